import { describe, expect, it } from 'vitest';
import { affordsSmoothing, DRAW_BUDGET_MS, OVERDRAW, PROBE } from '../../src/game/quality';

const laptop = 1280 * 720;
const probePixels = PROBE.side * PROBE.side * PROBE.passes;

describe('smoothed stage edges', () => {
  it('are kept where a graphics card draws the probe in well under a millisecond', () => {
    expect(affordsSmoothing(0.3, laptop)).toBe(true);
    expect(affordsSmoothing(0.3, laptop * 4)).toBe(true);
  });

  it('are dropped where WebGL is drawn in software (this machine: about 9 ms for the probe)', () => {
    expect(affordsSmoothing(9, laptop)).toBe(false);
    expect(affordsSmoothing(9, 390 * 300 * 4)).toBe(false);
  });

  it('follow the estimate at the budget exactly, and larger stages need faster devices', () => {
    const atBudget = (DRAW_BUDGET_MS * probePixels) / (laptop * OVERDRAW);
    expect(affordsSmoothing(atBudget, laptop)).toBe(true);
    expect(affordsSmoothing(atBudget * 1.01, laptop)).toBe(false);
    expect(affordsSmoothing(atBudget, laptop * 2)).toBe(false);
  });

  it('are dropped when the probe could not run', () => {
    expect(affordsSmoothing(Infinity, laptop)).toBe(false);
    expect(affordsSmoothing(Number.NaN, laptop)).toBe(false);
    expect(affordsSmoothing(-1, laptop)).toBe(false);
  });
});
