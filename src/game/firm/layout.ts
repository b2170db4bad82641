/**
 * Where things stand on the firm's map, as plain numbers (no Phaser), so the layout can be tested:
 * the institutions on a ring around the sharing platform (spaced evenly along the ring, so the
 * long top and bottom edges get more of them than the short sides), and the firm below as one
 * long building with a bay per operation, its grade plaque, and the legal representative beside it.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Spot {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface FirmLayout {
  /** A phone's strip: small nodes without names, bays without labels. */
  compact: boolean;
  nodes: Spot[];
  /** Width of an institution's name under its node (0 when compact). */
  labelW: number;
  /** The building: roof band (sign, plaque, budget) and facade (bays). */
  roof: Box;
  facade: Box;
  bays: Box[];
  /** Labels under the bays (height 0 when compact). */
  bayLabelH: number;
  plaque: Box;
  sign: Box;
  /** Five budget meters in the roof band (empty when compact). */
  meters: Box[];
  /** The legal representative: where the person stands (feet), and the three ways to travel under them (plane, high-speed rail, regular train); their words sit to the right of each icon unless compact. */
  rep: { x: number; y: number; size: number };
  travel: Box[];
  font: number;
  small: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** `n` points spaced evenly along an ellipse's outline, clockwise from the top. */
export function ringPoints(cx: number, cy: number, rx: number, ry: number, n: number): { x: number; y: number }[] {
  if (n <= 0) return [];
  const SAMPLES = 720;
  const pts: { x: number; y: number; d: number }[] = [];
  let d = 0;
  for (let i = 0; i <= SAMPLES; i++) {
    const a = -Math.PI / 2 + (i / SAMPLES) * Math.PI * 2;
    const p = { x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) };
    const prev = pts[pts.length - 1];
    if (prev) d += Math.hypot(p.x - prev.x, p.y - prev.y);
    pts.push({ ...p, d });
  }
  const total = d;
  const out: { x: number; y: number }[] = [];
  let j = 0;
  for (let k = 0; k < n; k++) {
    const want = (k / n) * total;
    while (j < pts.length - 1 && (pts[j + 1] as { d: number }).d < want) j++;
    const p = pts[j] as { x: number; y: number };
    out.push({ x: p.x, y: p.y });
  }
  return out;
}

export function firmLayout(width: number, height: number, institutions: readonly string[], centre: string, operations: number): FirmLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const compact = h < 330 || w < 460;
  const m = clamp(w * 0.02, 6, 24);
  const outer = institutions.filter((id) => id !== centre);
  const ops = Math.max(1, operations);

  // The building's share of the height, then the ring above it.
  const font = compact ? 10 : clamp(Math.min(w, h) / 52, 11, 15);
  const small = compact ? 9 : clamp(font - 1.5, 10, 13);
  const bayLabelH = compact ? 0 : Math.ceil(small * 1.25 * 3 + 4);
  const buildingH = compact ? clamp(h * 0.4, 44, 150) : clamp(h * 0.36, 150, 300);
  const netH = h - buildingH;

  // On a low strip the ring is flat: nodes shrink so the top and bottom ones clear the platform.
  const r = compact ? clamp(Math.min(netH * 0.12, w * 0.03, (netH / 2 - 6) / 3.6), 5, 15) : clamp(Math.min(w, netH) * 0.05, 15, 30);
  const labelW = compact ? 0 : clamp(w * 0.15, 76, 170);
  const labelH = compact ? 0 : font * 1.25 * 2 + 6;
  const rx = Math.max(r * 2, w / 2 - m - Math.max(r, labelW / 2));
  const mv = compact ? 3 : m;
  const top = mv + r;
  const bottom = netH - mv - labelH - r;
  const ry = Math.max(r, (bottom - top) / 2);
  const cy = top + ry;
  const cx = w / 2;
  const ring = ringPoints(cx, cy, rx, ry, outer.length);
  const nodes: Spot[] = [
    { id: centre, x: cx, y: cy, r: r * 1.45 },
    ...outer.map((id, i) => ({ id, x: (ring[i] as { x: number }).x, y: (ring[i] as { y: number }).y, r })),
  ];

  // The representative stands to the right of the building, the travel icons under them.
  const repW = compact ? clamp(w * 0.2, 60, 110) : clamp(w * 0.17, 96, 200);
  const bx = m;
  const bw = w - m * 2 - repW - m;
  const roofH = compact ? clamp(buildingH * 0.3, 14, 34) : clamp(buildingH * 0.24, 36, 60);
  const roof = { x: bx, y: netH + (compact ? 2 : m * 0.5), w: bw, h: roofH };
  const facadeTop = roof.y + roof.h;
  const facade = { x: bx, y: facadeTop, w: bw, h: Math.max(10, h - m * 0.5 - bayLabelH - facadeTop) };
  const gap = Math.max(2, facade.w * 0.012);
  const bayW = (facade.w - gap * (ops + 1)) / ops;
  const bayH = facade.h * 0.78;
  const bays = Array.from({ length: ops }, (_, i) => ({ x: facade.x + gap + i * (bayW + gap), y: facade.y + facade.h - bayH, w: bayW, h: bayH }));

  const plaqueS = Math.min(roof.h * (compact ? 1 : 0.92), compact ? 30 : 56);
  const plaque = { x: roof.x + 4, y: roof.y + (roof.h - plaqueS) / 2, w: plaqueS, h: plaqueS };
  const meterArea = compact ? 0 : Math.min(roof.w * 0.5, 5 * 76);
  const sign = { x: plaque.x + plaque.w + 8, y: roof.y + 3, w: Math.max(10, roof.w - plaque.w - 16 - meterArea), h: roof.h - 6 };
  const meters: Box[] = [];
  if (!compact) {
    const mw = meterArea / 5;
    for (let i = 0; i < 5; i++) meters.push({ x: roof.x + roof.w - meterArea + i * mw + 2, y: roof.y + 4, w: mw - 4, h: roof.h - 8 });
  }

  const repX = bx + bw + m + repW / 2;
  const size = compact ? clamp(buildingH * 0.42, 18, 40) : clamp(buildingH * 0.3, 40, 76);
  const rep = { x: repX, y: roof.y + size, size };
  let travel: Box[];
  if (compact) {
    // A row of three small icons under the person; the words are in the panel.
    const iconS = clamp(repW / 3.4, 12, 24);
    const ty = Math.min(rep.y + 4, h - iconS - 2);
    travel = [0, 1, 2].map((i) => ({ x: repX - (iconS * 3 + 8) / 2 + i * (iconS + 4), y: ty, w: iconS, h: iconS }));
  } else {
    // A short list under the person's name: icon, then its word to the right.
    const top = rep.y + small * 1.4 + 8;
    const iconS = clamp(Math.min((h - 4 - top) / 3 - 4, repW * 0.3), 16, 32);
    const left = repX - repW / 2 + 2;
    travel = [0, 1, 2].map((i) => ({ x: left, y: top + i * (iconS + 4), w: iconS, h: iconS }));
  }

  return { compact, nodes, labelW, roof, facade, bays, bayLabelH, plaque, sign, meters, rep, travel, font, small };
}
