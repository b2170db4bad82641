/**
 * Where things lie on the desk of "Myth or reality?", as plain numbers (no Phaser), so the layout
 * can be reasoned about and tested: the clipping being judged (lifted off its stack), and the two
 * piles it is sorted onto, "myths" on the left and "reality" on the right (as the answers are).
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MythsLayout {
  /** A phone's strip: small piles, no words on the piles' cards. */
  compact: boolean;
  /** The clipping being judged, unrotated; the stack of clippings still to come lies under it. */
  card: Rect;
  /** The bottom card of each pile; each card put on it sits `pileStep` higher. */
  piles: { myth: Rect; reality: Rect };
  pileStep: number;
  /** Where each pile's label is centred (its top edge), under the pile. */
  labels: { myth: { x: number; y: number }; reality: { x: number; y: number } };
  /** Type sizes: the claim on the clipping, the piles' labels, the stamp's word. */
  fontSize: number;
  labelSize: number;
  stampSize: number;
}

/** A clipping's height to its width. */
export const CARD_RATIO = 0.62;
/** How far a pile's tray reaches beyond it on each side, as a share of the pile's width. */
export const TRAY_PAD = 0.08;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * The desk for a stage of `width` x `height` CSS px and piles of up to `pileMax` cards. The
 * clipping is as large as the room beside the piles (a wide stage) or above them (a tall one) allows.
 */
export function mythsLayout(width: number, height: number, pileMax: number): MythsLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const n = Math.max(1, pileMax);
  const compact = h < 260 || w < 420;
  const m = clamp(Math.min(w, h) * 0.04, 6, 32);
  const labelSize = clamp(Math.min(w, h) * 0.045, 11, 26);
  const labelH = labelSize * 1.5;
  const pileW = clamp(Math.min(w * (compact ? 0.22 : 0.24), h * 0.5), 40, 240);
  const pileH = pileW * CARD_RATIO;
  // A full pile rises by at most a quarter of the stage (or of its own card).
  const pileStep = Math.min(pileH * 0.16, (h * 0.22) / n, 10);
  const pileY = h - m - labelH - pileH;
  // The trays under the piles reach a little beyond them.
  const edge = m + pileW * TRAY_PAD;
  const piles = { myth: { x: edge, y: pileY, w: pileW, h: pileH }, reality: { x: w - edge - pileW, y: pileY, w: pileW, h: pileH } };
  const pileTop = pileY - pileStep * (n - 1);

  // Beside the piles: the middle column, the full height.
  const sideW = Math.min(w - 2 * (pileW * (1 + 2 * TRAY_PAD)) - 4 * m, (h - 2 * m) / CARD_RATIO);
  // Above them: the full width, down to the top of a full pile.
  const aboveW = Math.min(w - 2 * m, (pileTop - 2 * m) / CARD_RATIO);
  const cardW = clamp(Math.max(sideW, aboveW), 24, 620);
  const cardH = cardW * CARD_RATIO;
  const card =
    sideW >= aboveW
      ? { x: (w - cardW) / 2, y: Math.max(m, (h - cardH) / 2 - labelH * 0.5), w: cardW, h: cardH }
      : { x: (w - cardW) / 2, y: Math.max(m, (pileTop - cardH) / 2), w: cardW, h: cardH };
  // Room for about five lines of claim.
  const fontSize = clamp(cardW * 0.052, 9, 30);
  return {
    compact,
    card,
    piles,
    pileStep,
    labels: { myth: { x: piles.myth.x + pileW / 2, y: pileY + pileH + labelH * 0.2 }, reality: { x: piles.reality.x + pileW / 2, y: pileY + pileH + labelH * 0.2 } },
    fontSize,
    labelSize,
    stampSize: clamp(cardW * 0.07, 10, 40),
  };
}

/** Where the k-th card (0 = bottom) of a pile lies: a little higher each time, slightly askew. */
export function pileSlot(pile: Rect, step: number, k: number): { x: number; y: number; angle: number } {
  const jitter = [0, 3, -2, 4, -3, 1, -4, 2][k % 8] as number;
  return { x: pile.x + pile.w / 2 + jitter * (pile.w / 120), y: pile.y + pile.h / 2 - k * step, angle: jitter * 0.8 };
}
