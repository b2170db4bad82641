/**
 * Where the drawn phone and its parts go, in CSS pixels, for a stage of w × h. Pure maths, tested
 * in tests/unit/sesame-layout.test.ts.
 *
 * Two arrangements:
 * - "side" (wide screens): the phone stands in the stage beside the HTML panel, with, when there is
 *   room, a column of the world outside the app (the court, a competing score, other platforms).
 * - "fill" (narrow screens, the same breakpoint as sesame.css): the drawn phone fills the stage;
 *   the app's header (gauge, perks, streak) is drawn above `panelTop`, and the HTML panel sits over
 *   the rest of the phone's screen, so the decisions are on the phone itself.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Gauge {
  cx: number;
  cy: number;
  r: number;
  thickness: number;
}

export interface PhoneLayout {
  mode: 'fill' | 'side';
  /** The phone's outer edge (the bezel). */
  phone: Rect;
  bezel: number;
  radius: number;
  /** The phone's screen, inside the bezel. */
  screen: Rect;
  /** Fill mode: where the HTML panel begins (the canvas draws the app above it). Side mode: the screen's bottom. */
  panelTop: number;
  /** A status bar (side mode only). */
  status: Rect | null;
  appBar: Rect;
  gauge: Gauge;
  /** Streak, badges and rank. */
  info: Rect;
  /** The perks: three rows. */
  perks: Rect;
  perkRow: number;
  /** The court's band when the player is on its list. */
  band: Rect;
  /** The friends' leaderboard (side mode with room), its rows and their height. */
  board: Rect | null;
  boardRows: number;
  rowH: number;
  /** The world beside the phone (side mode with room). */
  world: Rect | null;
  /** Where the reveal draws, inside the screen under the app bar. */
  reveal: Rect;
  /** Base type size. */
  font: number;
}

/** The CSS breakpoint under which the phone fills the stage (sesame.css uses the same). */
export const FILL_MAX_WIDTH = 820;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Fill mode: the height of the app's header above the HTML panel; sesame.css: clamp(190px, 27%, 240px). */
export function panelTop(h: number): number {
  return clamp(Math.round(h * 0.27), 190, 240);
}

/** The height of the phone's screen a row of the leaderboard takes, and how many fit. */
function boardFit(height: number, rowH: number): number {
  return Math.max(0, Math.min(7, Math.floor(height / rowH) - 1));
}

export function sesameLayout(w: number, h: number, fill: boolean): PhoneLayout {
  return fill ? fillLayout(w, h) : sideLayout(w, h);
}

function fillLayout(w: number, h: number): PhoneLayout {
  const bezel = 8;
  const phone = { x: 2, y: 2, w: Math.max(1, w - 4), h: Math.max(1, h - 4) };
  const screen = { x: phone.x + bezel, y: phone.y + bezel, w: Math.max(1, phone.w - 2 * bezel), h: Math.max(1, phone.h - 2 * bezel) };
  const top = Math.min(panelTop(h), Math.max(120, h - 40));
  const appBar = { x: screen.x, y: screen.y, w: screen.w, h: 30 };
  const y0 = appBar.y + appBar.h + 4;
  const y1 = top - 6;
  const gw = screen.w * 0.5;
  const font = clamp(Math.round(w * 0.034), 11, 15);
  // The gauge on the left: a half circle, its number inside, its name under it.
  const below = font * 1.6;
  const r = Math.max(24, Math.min(gw * 0.38, (y1 - y0 - below) * 0.86));
  const thickness = Math.max(8, r * 0.17);
  const gauge = { cx: screen.x + gw / 2, cy: y0 + thickness / 2 + r + 2, r, thickness };
  // On the right: streak and badges, three perks, the rank, the court's band.
  const rx = screen.x + gw + 4;
  const rw = screen.w - gw - 10;
  const info = { x: rx, y: y0, w: rw, h: font * 1.7 };
  const bandH = font * 1.8;
  const perkTop = info.y + info.h + 2;
  const perkRow = clamp((y1 - perkTop - bandH - 4) / 3, 18, 30);
  const perks = { x: rx, y: perkTop, w: rw, h: perkRow * 3 };
  const band = { x: rx, y: Math.min(y1 - bandH, perks.y + perks.h + 4), w: rw, h: bandH };
  return {
    mode: 'fill',
    phone,
    bezel,
    radius: 26,
    screen,
    panelTop: top,
    status: null,
    appBar,
    gauge,
    info,
    perks,
    perkRow,
    band,
    board: null,
    boardRows: 0,
    rowH: 0,
    world: null,
    reveal: { x: screen.x + 4, y: y0, w: screen.w - 8, h: Math.max(40, y1 - y0) },
    font,
  };
}

function sideLayout(w: number, h: number): PhoneLayout {
  const m = clamp(Math.min(w, h) * 0.04, 8, 32);
  let ph = Math.max(100, h - 2 * m);
  let pw = ph * 0.5;
  if (pw > w - 2 * m) {
    pw = Math.max(80, w - 2 * m);
    ph = Math.min(ph, pw * 2.1);
  }
  const room = w - pw - 3 * m;
  const ww = room >= 180 ? Math.min(room, pw * 1.5) : 0;
  const total = pw + (ww ? m + ww : 0);
  const px = (w - total) / 2;
  const py = (h - ph) / 2;
  const phone = { x: px, y: py, w: pw, h: ph };
  const bezel = clamp(pw * 0.035, 5, 14);
  const screen = { x: px + bezel, y: py + bezel, w: pw - 2 * bezel, h: ph - 2 * bezel };
  const font = clamp(Math.round(pw * 0.045), 9, 18);
  const status = { x: screen.x, y: screen.y, w: screen.w, h: Math.max(14, screen.h * 0.035) };
  const appBar = { x: screen.x, y: status.y + status.h, w: screen.w, h: Math.max(24, screen.h * 0.065) };
  const pad = screen.w * 0.05;
  const r = Math.min(screen.w * 0.36, screen.h * 0.15);
  const thickness = Math.max(8, r * 0.17);
  const gTop = appBar.y + appBar.h + pad * 0.8;
  const gauge = { cx: screen.x + screen.w / 2, cy: gTop + thickness / 2 + r, r, thickness };
  const info = { x: screen.x + pad, y: gauge.cy + font * 2.1, w: screen.w - 2 * pad, h: Math.max(18, font * 1.8) };
  const perkRow = Math.max(18, screen.h * 0.056);
  const perks = { x: screen.x + pad, y: info.y + info.h + pad * 0.3, w: screen.w - 2 * pad, h: perkRow * 3 };
  const bandH = Math.max(20, font * 2);
  const bottom = screen.y + screen.h - pad * 0.6;
  const rowH = Math.max(18, screen.h * 0.047);
  const boardTop = perks.y + perks.h + pad * 0.4;
  const rows = boardFit(bottom - boardTop - bandH - 4, rowH);
  const board = rows >= 2 ? { x: screen.x + pad, y: boardTop, w: screen.w - 2 * pad, h: (rows + 1) * rowH } : null;
  const band = { x: screen.x + pad, y: bottom - bandH, w: screen.w - 2 * pad, h: bandH };
  const world = ww ? { x: px + pw + m, y: py, w: ww, h: ph } : null;
  const revealTop = appBar.y + appBar.h + 4;
  return {
    mode: 'side',
    phone,
    bezel,
    radius: pw * 0.12,
    screen,
    panelTop: screen.y + screen.h,
    status,
    appBar,
    gauge,
    info,
    perks,
    perkRow,
    band,
    board,
    boardRows: board ? rows : 0,
    rowH,
    world,
    reveal: { x: screen.x + pad * 0.6, y: revealTop, w: screen.w - pad * 1.2, h: screen.y + screen.h - revealTop - pad * 0.6 },
    font,
  };
}

/** The gauge's angle for a score: 350 at the left end of the half circle, 950 at the right (radians, Phaser's clockwise). */
export function gaugeAngle(score: number, min = 350, max = 950): number {
  const f = clamp((score - min) / (max - min), 0, 1);
  return Math.PI + f * Math.PI;
}

/** A point on the gauge's circle at a score, `dr` further out than its radius. */
export function gaugePoint(g: Gauge, score: number, dr = 0): { x: number; y: number } {
  const a = gaugeAngle(score);
  return { x: g.cx + Math.cos(a) * (g.r + dr), y: g.cy + Math.sin(a) * (g.r + dr) };
}

/** Positions of a score path (start, then each move) in a rectangle: x by step, y by score between the path's extremes (padded). */
export function pathPoints(scores: readonly number[], box: Rect): { x: number; y: number }[] {
  if (!scores.length) return [];
  const lo = Math.min(...scores);
  const hi = Math.max(...scores);
  const span = Math.max(60, hi - lo);
  const mid = (hi + lo) / 2;
  const n = scores.length;
  return scores.map((s, i) => ({
    x: box.x + (n === 1 ? box.w / 2 : (i / (n - 1)) * box.w),
    y: box.y + box.h / 2 - ((s - mid) / span) * box.h * 0.9,
  }));
}

/** A grid of `total` dots in a rectangle: the columns and the dot pitch that fit them. */
export function dotGrid(total: number, box: Rect): { cols: number; rows: number; pitch: number } {
  let best = { cols: 1, rows: total, pitch: 0 };
  for (let cols = 1; cols <= total; cols++) {
    const rows = Math.ceil(total / cols);
    const pitch = Math.min(box.w / cols, box.h / rows);
    if (pitch > best.pitch) best = { cols, rows, pitch };
  }
  return best;
}
