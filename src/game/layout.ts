/** Where things go on the stage, as plain numbers (no Phaser), so it can be reasoned about and tested. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface StageLayout {
  board: Rect;
  /** Card slots in rank order (first = top of the board). */
  slots: Rect[];
  horizon: number;
  portrait: number;
  fontSize: number;
}

export function stageLayout(width: number, height: number, count: number): StageLayout {
  const cols = Math.min(count, 5);
  const rows = Math.ceil(count / cols);
  const boardW = Math.min(width * 0.92, 900);
  const boardH = Math.min(height * 0.66, boardW * 0.62);
  const board = { x: (width - boardW) / 2, y: height - boardH - Math.max(8, height * 0.05), w: boardW, h: boardH };
  const header = Math.max(14, boardH * 0.12);
  const pad = Math.max(4, boardW * 0.015);
  const cardW = (boardW - pad * (cols + 1)) / cols;
  const cardH = (boardH - header - pad * (rows + 1)) / rows;
  const slots: Rect[] = [];
  for (let i = 0; i < count; i++) {
    const c = i % cols;
    const r = Math.floor(i / cols);
    slots.push({ x: board.x + pad + c * (cardW + pad), y: board.y + header + pad + r * (cardH + pad), w: cardW, h: cardH });
  }
  const portrait = Math.max(20, Math.min(cardW * 0.7, cardH * 0.5));
  // Name and points must fit under the portrait: about 2.8 lines of text.
  const fontSize = Math.max(8, Math.min(18, cardW / 7.5, (cardH - 12 - portrait) / 2.8));
  return { board, slots, horizon: board.y - Math.max(10, height * 0.04), portrait, fontSize };
}
