import { describe, expect, it } from 'vitest';
import { areaUnderCurve } from '../../../src/core/clv/rankQuality';

describe('areaUnderCurve', () => {
  it('gives scikit-learn\u2019s documented roc_auc_score example: y = [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8] \u2192 0.75 (sklearn.metrics.roc_auc_score docstring)', () => {
    expect(areaUnderCurve([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
  });

  it('counts ties as one half, and is 0.5 for a constant score', () => {
    expect(areaUnderCurve([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
    expect(areaUnderCurve([0.2, 0.2, 0.9], [true, false, true])).toBe(0.75);
  });

  it('is null when everyone did the same', () => {
    expect(areaUnderCurve([0.1, 0.2], [true, true])).toBeNull();
    expect(areaUnderCurve([], [])).toBeNull();
  });
});
