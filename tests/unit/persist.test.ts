import { describe, expect, it } from 'vitest';
import { emptySave, migrate, readSave, writeSave, SAVE_VERSION } from '../../src/core/persist';

describe('saved data', () => {
  it('starts empty with no notice when nothing is stored', () => {
    expect(readSave(null)).toEqual({ save: emptySave() });
  });

  it('round-trips what it writes', () => {
    const save = { ...emptySave(), lang: 'zh' as const };
    save.progress.village.run = { levelId: 'village', seed: 9, route: 'short', actions: [{ type: 'decline', deedId: 'x' }] };
    expect(readSave(writeSave(save))).toEqual({ save });
  });

  it('discards unreadable text with a notice', () => {
    expect(readSave('{not json')).toEqual({ save: emptySave(), notice: 'corrupt' });
  });

  it('discards data that is not ours', () => {
    for (const raw of ['[]', '42', '"hello"', '{"theme":"dark"}', 'null']) expect(readSave(raw).notice).toBe('foreign');
  });

  it('discards data from a newer version', () => {
    expect(readSave(JSON.stringify({ version: SAVE_VERSION + 1 })).notice).toBe('newer');
  });

  it('discards our own record when its fields are wrong', () => {
    expect(readSave(JSON.stringify({ version: 1, lang: 'xx' })).notice).toBe('corrupt');
    expect(readSave(JSON.stringify({ version: 1, progress: { village: { run: { seed: 'x' } } } })).notice).toBe('corrupt');
    expect(readSave(JSON.stringify({ version: 0 })).notice).toBe('corrupt');
  });
});

describe('migrations', () => {
  it('upgrade step by step, and give up when a step is missing', () => {
    const steps = {
      1: (o: Record<string, unknown>) => ({ ...o, version: 2, lang: o.language }),
      2: (o: Record<string, unknown>) => ({ ...o, version: 3, settings: { reducedMotion: 'system' } }),
    };
    expect(migrate({ version: 1, language: 'zh' }, steps, 3)).toEqual({ version: 3, language: 'zh', lang: 'zh', settings: { reducedMotion: 'system' } });
    expect(migrate({ version: 0 }, steps, 3)).toBeNull();
    expect(migrate({ version: 3, x: 1 }, steps, 3)).toEqual({ version: 3, x: 1 });
  });
});
