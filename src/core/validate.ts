/** Turning raw level data into a checked level, with messages a content author can act on. */
import type { z } from 'zod';
import { VillageLevel } from './schema.ts';

export type LevelResult<T> = { ok: true; level: T } | { ok: false; errors: string[] };

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.length
    ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('')
    : '(top level)';
  return `${path}: ${issue.message}`;
}

export function parseVillageLevel(raw: unknown, file: string): LevelResult<VillageLevel> {
  const result = VillageLevel.safeParse(raw);
  if (result.success) return { ok: true, level: result.data };
  return { ok: false, errors: result.error.issues.map((i) => `${file}: ${describe(i)}`) };
}

/** Parse JSON text and validate it; a syntax error is reported like any other problem. */
export function parseVillageLevelText(text: string, file: string): LevelResult<VillageLevel> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${file}: not valid JSON: ${(e as Error).message}`] };
  }
  return parseVillageLevel(raw, file);
}
