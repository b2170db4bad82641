/** The tools around level files: the command-line check, the build plugin and the JSON Schema for editors. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/core/registry';
import { checkLevelFiles, levelFiles } from '../../src/tools/levels';
import { levelCheckPlugin } from '../../src/tools/level-plugin';
import { jsonSchemaFor, schemaPath } from '../../src/tools/write-schema';

/** A project folder holding one level file with the given content (text or bytes). */
function projectWith(name: string, content: string | Uint8Array): string {
  const root = mkdtempSync(join(tmpdir(), 'scored-levels-'));
  mkdirSync(join(root, 'levels'));
  writeFileSync(join(root, 'levels', name), content);
  return root;
}

const village = () => JSON.parse(readFileSync('levels/village.json', 'utf8'));

/** What the build plugin reports for a project. */
async function buildError(root: string): Promise<string> {
  const plugin = levelCheckPlugin(root);
  let message = '';
  const ctx = {
    error: (m: string) => {
      message = m;
      throw new Error(m);
    },
  };
  await expect((plugin.buildStart as unknown as (this: typeof ctx) => Promise<void>).call(ctx)).rejects.toThrow();
  return message;
}

describe('level tools', () => {
  it('the shipped levels pass, one per role', () => {
    const files = levelFiles('.');
    expect(checkLevelFiles(files, '.')).toEqual([]);
    for (const role of ROLES) expect(files.some((f) => f.endsWith(`levels/${role.id}.json`)), role.id).toBe(true);
  });

  const bad: [string, string | Uint8Array, RegExp][] = [
    ['a field of the wrong kind', JSON.stringify({ ...village(), title: 5 }), /^levels\/x\.json: title: /],
    ['no role', JSON.stringify({ ...village(), role: undefined }), /^levels\/x\.json: role: missing; a level names its role, one of: village/],
    ['an unknown role', JSON.stringify({ ...village(), role: 'lottery' }), /^levels\/x\.json: role: unknown role "lottery"/],
    ['another role’s content', JSON.stringify({ ...village(), role: ROLES.find((r) => r.id !== 'village')?.id ?? 'village', villagers: 1 }), /^levels\/x\.json: /],
    ['broken JSON', '{ "format": 1,\n  "id": }', /^levels\/x\.json: not valid JSON \(line 2, column \d+\)/],
    ['an empty file', '  \n', /^levels\/x\.json: the file is empty/],
    ['a byte-order mark', '\uFEFF' + JSON.stringify(village()), /^levels\/x\.json: starts with a byte-order mark \(BOM\)/],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), /^levels\/x\.json: not UTF-8 text \(byte 7 is/],
    ['a key given twice', '{"format": 1, "id": "a", "title": {"en": "A", "en": "B"}}', /^levels\/x\.json: title\.en: this key appears twice/],
    ['an overlong text', JSON.stringify({ ...village(), title: { en: 'x'.repeat(5000) } }), /^levels\/x\.json: title\.en: a text is at most 1200 characters/],
    ['a huge file', ' '.repeat(1_000_001), /^levels\/x\.json: the file is 1000001 bytes; a level is at most 1000000 bytes/],
  ];

  for (const [what, content, message] of bad) {
    it(`refuses ${what}, with the same message in validate-levels and the build`, async () => {
      const root = projectWith('x.json', content);
      const errors = checkLevelFiles(levelFiles(root), root);
      expect(errors[0]).toMatch(message);
      expect(await buildError(root)).toContain(errors[0]);
    });
  }

  it('finds a duplicate key deep inside arrays', () => {
    const text = '{"a": [{"b": 1}, {"c": {"d": 1, "d": 2}}]}';
    const root = projectWith('x.json', text);
    expect(checkLevelFiles(levelFiles(root), root)).toEqual(['levels/x.json: a[1].c.d: this key appears twice in the same object; keep one']);
  });

  it('a file that cannot be read is reported, not thrown', () => {
    const root = mkdtempSync(join(tmpdir(), 'scored-levels-'));
    expect(checkLevelFiles([join(root, 'gone.json')], root)).toEqual([expect.stringMatching(/^gone\.json: cannot read/)]);
  });

  it('npm run validate-levels exits 1 naming the problem, and 0 on good files', () => {
    const root = projectWith('x.json', JSON.stringify({ ...village(), role: 'lottery' }));
    let out = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'src/tools/validate-levels.ts', join(root, 'levels/x.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      code = err.status;
      out = err.stderr;
    }
    expect(code).toBe(1);
    expect(out).toContain('role: unknown role "lottery"');
    expect(execFileSync('npx', ['tsx', 'src/tools/validate-levels.ts'], { encoding: 'utf8' })).toMatch(/Level check passed/);
  }, 30_000);

  it('the JSON Schema for editors is up to date for every role (if not: npm run schema)', () => {
    for (const role of ROLES) expect(readFileSync(schemaPath(role.id), 'utf8'), role.id).toBe(jsonSchemaFor(role));
  });
});
