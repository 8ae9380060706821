import { sampleSkewness } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { buildFeatures, centerInOriginalUnits } from '../../../src/core/cluster/features';

describe('buildFeatures', () => {
  it('standardises numeric columns to mean 0 and sample sd 1', () => {
    // days 10, 20, 30: mean 20, sample sd = sqrt((100 + 0 + 100) / 2) = 10 → -1, 0, 1.
    const m = buildFeatures([{ days: 10 }, { days: 20 }, { days: 30 }], { numeric: ['days'], logColumns: [] });
    expect(Array.from(m.points.data)).toEqual([-1, 0, 1]);
    expect(m.features[0]).toMatchObject({ name: 'days', kind: 'numeric', log: false, mean: 20, sd: 10 });
  });

  it("log-scales skewed spend under 'auto' and leaves symmetric columns alone", () => {
    const spend = [5, 8, 10, 12, 15, 20, 30, 60, 200, 1500];
    const age = [20, 25, 30, 35, 40, 45, 50, 55, 60, 65];
    expect(sampleSkewness(spend)).toBeGreaterThan(1);
    const rows = spend.map((s, i) => ({ spend: s, age: age[i] }));
    const m = buildFeatures(rows, { numeric: ['spend', 'age'] });
    expect(m.features.map((f) => f.log)).toEqual([true, false]);
    // The centre of the first customer's own point maps back to its spend, through log1p and the z-score.
    expect(centerInOriginalUnits([m.points.data[0], m.points.data[1]], m.features)[0]).toBeCloseTo(5, 10);
    expect(centerInOriginalUnits([m.points.data[0], m.points.data[1]], m.features)[1]).toBeCloseTo(20, 10);
  });

  it('one-hot encodes categories, 0/1 unscaled, with blanks as their own level', () => {
    const rows = [
      { spend: 1, city: 'Taipei' },
      { spend: 2, city: 'Taipei' },
      { spend: 3, city: 'Kaohsiung' },
      { spend: 4, city: null },
    ];
    const m = buildFeatures(rows, { numeric: ['spend'], categorical: ['city'], logColumns: [] });
    expect(m.features.map((f) => f.name)).toEqual(['spend', 'city=Taipei', 'city=(blank)', 'city=Kaohsiung']);
    const row = (i: number) => Array.from(m.points.data.subarray(i * 4 + 1, i * 4 + 4));
    expect(row(0)).toEqual([1, 0, 0]);
    expect(row(2)).toEqual([0, 0, 1]);
    expect(row(3)).toEqual([0, 1, 0]);
  });

  it('pools rare levels beyond maxLevels as (other)', () => {
    const rows = ['a', 'a', 'a', 'b', 'b', 'c', 'd'].map((city, i) => ({ x: i, city }));
    const m = buildFeatures(rows, { numeric: ['x'], categorical: ['city'], maxLevels: 3 });
    expect(m.features.slice(1).map((f) => f.level)).toEqual(['a', 'b', '(other)']);
  });

  it('leaves out rows with a missing or non-numeric value and says which', () => {
    const rows = [{ x: 1 }, { x: '' }, { x: '2,500' }, { x: 'n/a' }, { x: 4 }];
    const m = buildFeatures(rows, { numeric: ['x'], logColumns: [] });
    expect(Array.from(m.rowIndex)).toEqual([0, 2, 4]);
    expect(m.excludedRows).toEqual([1, 3]);
    expect(m.warnings).toContainEqual({ code: 'missingValues', params: { rows: 2, first: '2, 4' } });
  });

  it('drops a constant column with a warning', () => {
    const m = buildFeatures([{ x: 1, y: 3 }, { x: 2, y: 3 }, { x: 4, y: 3 }], { numeric: ['x', 'y'], logColumns: [] });
    expect(m.features.map((f) => f.name)).toEqual(['x']);
    expect(m.warnings).toContainEqual({ code: 'constantColumn', params: { column: 'y' } });
  });
});
