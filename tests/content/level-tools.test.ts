/** The tools around level files: the command-line check, the build plugin and the JSON Schema for editors. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLevelFiles, levelCheckPlugin, levelFiles } from '../../src/tools/levels';
import { villageJsonSchema } from '../../src/tools/write-schema';

function brokenProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'scored-levels-'));
  mkdirSync(join(root, 'levels'));
  const level = JSON.parse(readFileSync('levels/village.json', 'utf8'));
  level.deeds[2].evidence = 'rumour';
  writeFileSync(join(root, 'levels/broken.json'), JSON.stringify(level));
  copyFileSync('levels/village.json', join(root, 'levels/village.json'));
  return root;
}

describe('level tools', () => {
  it('the shipped levels pass', () => {
    expect(checkLevelFiles(levelFiles('.'), '.')).toEqual([]);
  });

  it('a broken file is named with the field path and what was expected', () => {
    const root = brokenProject();
    const errors = checkLevelFiles(levelFiles(root), root);
    expect(errors).toEqual([expect.stringMatching(/^levels\/broken\.json: deeds\[2\]\.evidence: .*"witnessed"\|"record"\|"hearsay"/)]);
  });

  it('the build fails with the same message', () => {
    const root = brokenProject();
    const plugin = levelCheckPlugin(root);
    let message = '';
    const ctx = { error: (m: string) => { message = m; throw new Error(m); } };
    expect(() => (plugin.buildStart as unknown as (this: typeof ctx) => void).call(ctx)).toThrow();
    expect(message).toContain(checkLevelFiles(levelFiles(root), root)[0]);
  });

  it('a file that cannot be read or parsed is reported, not thrown', () => {
    const root = mkdtempSync(join(tmpdir(), 'scored-levels-'));
    writeFileSync(join(root, 'bad.json'), '{ "format": 1, ');
    expect(checkLevelFiles([join(root, 'bad.json'), join(root, 'gone.json')], root)).toEqual([
      expect.stringMatching(/^bad\.json: not valid JSON/),
      expect.stringMatching(/^gone\.json: cannot read/),
    ]);
  });

  it('the JSON Schema for editors is up to date (if not: npm run schema)', () => {
    expect(readFileSync('levels/schema/village.schema.json', 'utf8')).toBe(villageJsonSchema());
  });
});
