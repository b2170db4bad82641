/**
 * Where things stand in the village, as plain numbers (no Phaser), so the layout can be reasoned
 * about and tested: the street with a home per villager, the scorer's table with the ledger, the
 * information board with a card per villager, and the places people walk to.
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface VillageLayout {
  /** A phone's strip: no board cards, just the street, the table and the top three. */
  compact: boolean;
  /** Where the sky meets the fields. */
  horizon: number;
  /** Where villagers stand at home, in level order; each house sits just behind. */
  homes: Point[];
  houseW: number;
  table: Rect;
  /** Where the villager whose deed is being scored stands, and the one asking a favour. */
  atTable: Point;
  asker: Point;
  board: Rect;
  /** Card slots on the board, in ranking order (first = top); only the top three when compact. */
  slots: Rect[];
  /** Where villagers gather in front of the board, in ranking order. */
  crowd: Point[];
  /** A person's height (head and body), and the type size for names on cards. */
  figure: number;
  fontSize: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function villageLayout(width: number, height: number, count: number, cardCount = count): VillageLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const n = Math.max(1, count);
  const compact = h < 300 || w < 420;
  const horizon = compact ? h * 0.32 : h * 0.3;
  const figure = clamp(Math.min(h * (compact ? 0.42 : 0.16), (w / n) * 0.95), 28, 110);
  const houseW = clamp(w / (n + 1), 24, 90);

  // The street: homes across the width, on a line just below the horizon.
  const streetY = horizon + figure * (compact ? 0.95 : 0.9);
  const margin = Math.max(8, w * 0.03);
  const homes = Array.from({ length: n }, (_, i) => ({ x: margin + houseW / 2 + (i * (w - 2 * margin - houseW)) / Math.max(1, n - 1), y: streetY }));

  if (compact) {
    const table = { x: margin, y: h - Math.max(22, h * 0.2) - 6, w: Math.min(w * 0.26, 150), h: Math.max(22, h * 0.2) };
    const board = { x: w - margin - Math.min(w * 0.3, 190), y: h * 0.08, w: Math.min(w * 0.3, 190), h: h * 0.5 };
    // Only the top three fit: the model citizens' places.
    const header = board.h * 0.22;
    const pad = 3;
    const cw = (board.w - pad * 4) / 3;
    const slots = [0, 1, 2].map((i) => ({ x: board.x + pad + i * (cw + pad), y: board.y + header, w: cw, h: board.h - header - pad }));
    return {
      compact,
      horizon,
      homes,
      houseW,
      table,
      atTable: { x: table.x + table.w + figure * 0.45, y: table.y + table.h },
      asker: { x: table.x + table.w + figure * 1.15, y: table.y + table.h },
      board,
      slots,
      crowd: Array.from({ length: n }, (_, i) => ({ x: board.x + board.w * (0.2 + 0.3 * (i % 3)), y: board.y + board.h + figure * 0.9 })),
      figure,
      fontSize: clamp(h * 0.07, 9, 14),
    };
  }

  // The board stands right of centre; the scorer's table in the left foreground.
  const boardW = clamp(w * 0.46, 200, 700);
  const boardH = clamp(h * 0.34, 130, 400);
  const board = { x: w - boardW - margin * 1.5, y: streetY + figure * 0.35, w: boardW, h: Math.max(60, Math.min(boardH, h - streetY - figure * 1.85)) };
  const table = { x: margin * 1.5, y: h - Math.max(48, h * 0.13) - margin, w: clamp(w * 0.3, 140, 360), h: Math.max(48, h * 0.13) };

  // Cards only for those on the board (someone never seen is not on it).
  const cards = Math.max(1, Math.min(n, cardCount));
  const cols = Math.min(cards, 5);
  const rows = Math.ceil(cards / cols);
  const header = Math.max(16, board.h * 0.14);
  const pad = Math.max(4, board.w * 0.015);
  const cardW = (board.w - pad * (cols + 1)) / cols;
  const cardH = (board.h - header - pad * (rows + 1)) / rows;
  const slots: Rect[] = [];
  for (let i = 0; i < cards; i++) {
    const c = i % cols;
    const r = Math.floor(i / cols);
    slots.push({ x: board.x + pad + c * (cardW + pad), y: board.y + header + pad + r * (cardH + pad), w: cardW, h: cardH });
  }
  // The crowd: two rows in front of the board, spread across the field, the best placed in front;
  // low enough that the back row's heads stay below the board and never hide its cards.
  const front = Math.min(h - 4, board.y + board.h + figure * 1.4);
  const perRow = Math.ceil(n / 2);
  const left = Math.max(table.x + table.w + figure * 0.4, board.x - board.w * 0.35);
  const right = board.x + board.w;
  const crowd = Array.from({ length: n }, (_, i) => {
    const row = i < perRow ? 0 : 1;
    const k = row ? i - perRow : i;
    const span = (right - left) * (row ? 0.9 : 1);
    const x0 = left + (right - left - span) / 2;
    return { x: x0 + ((k + 0.5 + (row ? 0.5 : 0)) * span) / (perRow + (row ? 0.5 : 0)), y: front - row * figure * 0.32 };
  });
  return {
    compact,
    horizon,
    homes,
    houseW,
    table,
    atTable: { x: table.x + table.w + figure * 0.5, y: table.y + table.h },
    asker: { x: table.x + table.w + figure * 1.25, y: table.y + table.h },
    board,
    slots,
    crowd,
    figure,
    fontSize: clamp(Math.min(cardW / 7, (cardH - 8) / 4.2), 8, 16),
  };
}
