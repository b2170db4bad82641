/**
 * Every shipped level, whatever its role: each quote is in the report, word for word, in the
 * section it names; each text is in every language; Chinese texts use Chinese punctuation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/content';
import { levelFiles } from '../../src/tools/levels';
import { HAVE_REPORT, norm, readReport } from '../fixtures/report';

function everyObject(node: unknown, visit: (o: Record<string, unknown>, path: string) => void, path = '') {
  if (Array.isArray(node)) node.forEach((n, i) => everyObject(n, visit, `${path}[${i}]`));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(node)) everyObject(v, visit, path ? `${path}.${k}` : k);
  }
}

const files = levelFiles('.').map((f) => [f.replace(/^.*levels\//, 'levels/'), JSON.parse(readFileSync(f, 'utf8')) as unknown] as const);

describe.each(files)('%s', (_name, level) => {
  it.skipIf(!HAVE_REPORT)('quotes the report word for word, in the section it names', () => {
    const report = readReport();
    const wrong: string[] = [];
    let count = 0;
    everyObject(level, (o, path) => {
      if (typeof o.quote !== 'string' || typeof o.section !== 'string') return;
      count++;
      const quote = norm(o.quote);
      if (!report.whole.includes(quote)) wrong.push(`${path}: not in the report: ${o.quote}`);
      else if (!report.sections.get(o.section)?.includes(quote)) {
        const actual = [...report.sections].find(([, text]) => text.includes(quote))?.[0];
        wrong.push(`${path}: cited as §${o.section} but it is in §${actual}: ${o.quote.slice(0, 60)}`);
      }
    });
    expect(count).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });

  it('has every text in every language', () => {
    const missing: string[] = [];
    everyObject(level, (o, path) => {
      if (typeof o.en !== 'string') return;
      for (const lang of LANGS) if (!(typeof o[lang] === 'string' && (o[lang] as string).trim())) missing.push(`${path}.${lang}`);
    });
    expect(missing).toEqual([]);
  });

  it('writes Chinese with Chinese punctuation', () => {
    const bad: string[] = [];
    everyObject(level, (o, path) => {
      const zh = o.zh;
      if (typeof zh !== 'string') return;
      // An ASCII comma, colon, semicolon, full stop, question or exclamation mark right after a Chinese character,
      // or a space after a Chinese full stop or comma.
      if (/[\u4e00-\u9fff][,:;.?!](?!\d)/.test(zh) || /[。，：；！？] /.test(zh)) bad.push(`${path}: ${zh.slice(0, 50)}`);
    });
    expect(bad).toEqual([]);
  });
});
