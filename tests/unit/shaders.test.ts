import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Game } from '../../src/game/phaser';
import { shaderCounts, warmShaders } from '../../src/game/shaders';

/** A stand-in for a Phaser game: only the quad batch handler that warmShaders reaches for. */
function fakeGame(max: number) {
  const built: number[] = [];
  let count = 0;
  const batch = {
    maxTexturesPerBatch: max,
    finalizeTextureCount: (n: number) => {
      count = n;
    },
    programManager: { getCurrentProgramSuite: () => built.push(count) },
  };
  const game = { renderer: { renderNodes: { getNode: (name: string) => (name === 'BatchHandlerQuad' ? batch : undefined) } } };
  return { game: game as unknown as Game, built, drop: () => ((game as { renderer: unknown }).renderer = null) };
}

describe('shaders built ahead', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts from the device limit down to one texture', () => {
    expect(shaderCounts(4)).toEqual([4, 3, 2, 1]);
    expect(shaderCounts(1)).toEqual([1]);
    expect(shaderCounts(0)).toEqual([1]);
  });

  it('builds one shader per idle moment, every count, then stops', () => {
    const { game, built } = fakeGame(3);
    warmShaders(game);
    expect(built).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(built).toEqual([3]);
    vi.advanceTimersByTime(1000);
    expect(built).toEqual([3, 2, 1]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when the stage is taken down, or its renderer is gone', () => {
    const a = fakeGame(8);
    const stop = warmShaders(a.game);
    vi.advanceTimersByTime(400);
    stop();
    vi.advanceTimersByTime(5000);
    expect(a.built).toEqual([8, 7]);
    const b = fakeGame(8);
    warmShaders(b.game);
    vi.advanceTimersByTime(200);
    b.drop();
    vi.advanceTimersByTime(5000);
    expect(b.built).toEqual([8]);
  });

  it('does nothing without a WebGL quad batch (a canvas renderer)', () => {
    const stop = warmShaders({ renderer: {} } as unknown as Game);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });
});
