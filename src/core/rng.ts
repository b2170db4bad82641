/** A small seeded pseudo-random generator (mulberry32). Same seed, same sequence, on every machine. */
export type Rng = () => number;

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array in an order decided by the generator (Fisher-Yates). */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export const MAX_SEED = 0xffffffff;

/** A fresh seed from a number the caller supplies (e.g. the clock), folded into the range of six-character codes. */
export function seedFrom(n: number): number {
  return Math.abs(Math.floor(n)) % 2 ** 30;
}
