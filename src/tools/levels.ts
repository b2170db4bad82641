/** Node-side level checks, shared by `npm run validate-levels` and the build. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROLES, type Registry } from '../core/registry.ts';
import { parseLevelBytes } from '../core/validate.ts';

export const LEVELS_DIR = 'levels';

export function levelFiles(root: string): string[] {
  const dir = join(root, LEVELS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every problem in the given files, each line naming the file and the field path. */
export function checkLevelFiles(files: string[], root: string, registry: Registry = ROLES): string[] {
  const errors: string[] = [];
  for (const file of files) {
    const name = relative(root, file) || file;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      errors.push(`${name}: cannot read: ${(e as Error).message}`);
      continue;
    }
    const result = parseLevelBytes(registry, bytes, name);
    if (!result.ok) errors.push(...result.errors);
  }
  return errors;
}
