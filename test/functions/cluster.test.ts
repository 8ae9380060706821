import { beforeAll, describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../src/core/cluster';
import { clusterFunctions } from '../../src/functions/cluster';
import { type AddOn, builtManifest, loadAddOn } from '../harness/index';
import { loadIris } from '../core/cluster/iris';

let addon: AddOn;
beforeAll(() => {
  addon = loadAddOn();
});

const iris = loadIris();
const call = (...args: unknown[]) => addon.callCustomFunction('CLUSTER', ...args) as unknown[][];

describe('=CLUSTER through the Apps Script harness', () => {
  it('labels the iris measurements with k = 3: one column, numbers 1..3, ARI with the species above 0.6', () => {
    const out = call(iris.rows);
    expect(out).toHaveLength(150);
    const labels = out.map((r) => r[0] as number);
    expect(new Set(labels)).toEqual(new Set([1, 2]));
    // By silhouette, standardised iris splits in 2 (setosa vs the rest, as unscaled iris does: see chooseK.test.ts);
    // with k = 3 the clusters follow the species far above chance (published unscaled k-means: ARI 0.7302383).
    const three = call(iris.rows, 3).map((r) => r[0] as number);
    expect(new Set(three)).toEqual(new Set([1, 2, 3]));
    expect(adjustedRandIndex(three, iris.species)).toBeGreaterThan(0.6);
    // Cluster 1 is the largest.
    const sizes = [1, 2, 3].map((c) => three.filter((l) => l === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('gives the same labels on every recalculation and keeps blank rows blank', () => {
    const block = [[1, 10], [2, 11], ['', ''], [40, 90], [41, 95], [1.5, 10.5]];
    const a = call(block, 2);
    expect(a).toEqual(call(block, 2));
    expect(a[2]).toEqual(['']);
    expect(a.map((r) => r[0])).toEqual([1, 1, '', 2, 2, 1]);
  });

  it('explains bad input in the cell', () => {
    expect(() => call([[1, 2], [3, 'x'], [5, 6]])).toThrow('CLUSTER: range must hold numbers, got "x" (row 2, column 2 of the range)');
    expect(() => call([[1, 2], [3, ''], [5, 6]])).toThrow(/empty cell \(row 2, column 2/);
    expect(() => call([[1], [2]])).toThrow(/at least 3 filled rows/);
    expect(() => call([[1], [2], [3], [4]], 9)).toThrow(/k must be a whole number from 2 to 3, got 9/);
    expect(() => call([[1], [1], [1]])).toThrow(/nothing to cluster on/);
  });

  it('is declared with help and an example', () => {
    const spec = builtManifest().customFunctions.find((f) => f.name === 'CLUSTER');
    expect(spec?.params.map((p) => p.name)).toEqual(['range', 'k']);
    expect(spec?.example).toBe(clusterFunctions[0].example);
  });
});
