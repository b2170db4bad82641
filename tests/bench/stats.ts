/** Small statistics for the bench: medians of runs, percentiles of frame intervals. */

export function median(xs: readonly (number | null | undefined)[]): number | null {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? (v[m] as number) : ((v[m - 1] as number) + (v[m] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100) of the values; null when there are none. */
export function percentile(xs: readonly number[], p: number): number | null {
  if (!xs.length) return null;
  const v = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * v.length));
  return v[rank - 1] as number;
}

export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

export const kb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
export const ms = (t: number | null) => (t === null ? '–' : `${Math.round(t)} ms`);
export const x = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}x`);
export const pct = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
