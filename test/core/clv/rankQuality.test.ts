import { describe, expect, it } from 'vitest';
import { areaUnderCurve, weightedAreaUnderCurve } from '../../../src/core/clv/rankQuality';

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

describe('weightedAreaUnderCurve', () => {
  it('equals the ungrouped figure on the same customers', () => {
    // scikit-learn's example again, plus ties, grouped by score.
    expect(weightedAreaUnderCurve([0.1, 0.35, 0.4, 0.8], [0, 1, 0, 1], [1, 0, 1, 0])).toBe(0.75);
    const scores = [0.2, 0.2, 0.9, 0.5, 0.5, 0.5];
    const came = [true, false, true, false, true, false];
    expect(weightedAreaUnderCurve([0.2, 0.5, 0.9], [1, 1, 1], [1, 2, 0])).toBeCloseTo(areaUnderCurve(scores, came)!, 12);
    expect(weightedAreaUnderCurve([0.3], [2], [0])).toBeNull();
  });
});
