/** Node-side level checks, shared by `npm run validate-levels` and the build. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseVillageLevelText } from '../core/validate.ts';

export const LEVELS_DIR = 'levels';

export function levelFiles(root: string): string[] {
  const dir = join(root, LEVELS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every problem in the given files, each line naming the file and the field path. */
export function checkLevelFiles(files: string[], root: string): string[] {
  const errors: string[] = [];
  for (const file of files) {
    const name = relative(root, file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      errors.push(`${name}: cannot read: ${(e as Error).message}`);
      continue;
    }
    const result = parseVillageLevelText(text, name);
    if (!result.ok) errors.push(...result.errors);
  }
  return errors;
}

/** A Vite plugin: the build fails on a broken level, with the same messages as `npm run validate-levels`. */
export function levelCheckPlugin(root: string): Plugin {
  return {
    name: 'scored-validate-levels',
    buildStart() {
      const errors = checkLevelFiles(levelFiles(root), root);
      if (errors.length) this.error(`Level check failed:\n  ${errors.join('\n  ')}`);
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes('/levels/') || !file.endsWith('.json')) return;
      const errors = checkLevelFiles([file], root);
      if (errors.length) server.config.logger.error(`Level check failed:\n  ${errors.join('\n  ')}`);
    },
  };
}
