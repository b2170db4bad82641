/**
 * Seed codes a class can share: six characters of Crockford's base 32 (no I, L, O or U to misread),
 * e.g. "7K2M9Q". The same code gives the same week on every device.
 */
import { MAX_SEED } from './rng';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** New seeds fit in six characters. */
export const CODE_SEEDS = 2 ** 30;
export const CODE_LENGTH = 6;

export function seedCode(seed: number): string {
  let n = Math.floor(Math.abs(seed)) % (MAX_SEED + 1);
  let out = '';
  do {
    out = ALPHABET[n % 32] + out;
    n = Math.floor(n / 32);
  } while (n > 0);
  return out.padStart(CODE_LENGTH, '0');
}

export type CodeResult = { ok: true; seed: number } | { ok: false; reason: 'empty' | 'length' | 'characters' | 'range' };

/** Read a typed code: case, spaces and dashes do not matter; I and L read as 1, O as 0. */
export function parseSeedCode(input: string): CodeResult {
  const cleaned = input.trim().toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!cleaned) return { ok: false, reason: 'empty' };
  if (cleaned.length > 7) return { ok: false, reason: 'length' };
  let n = 0;
  for (const ch of cleaned) {
    const d = ALPHABET.indexOf(ch);
    if (d < 0) return { ok: false, reason: 'characters' };
    n = n * 32 + d;
  }
  if (n > MAX_SEED) return { ok: false, reason: 'range' };
  return { ok: true, seed: n };
}
