/**
 * Row fingerprints on their way to the sidebar (packed as base64) and duplicates settled there.
 * The reference for duplicates is the plain definition (a row whose cells an earlier row had,
 * found with a Set of the rows' JSON), not the fingerprints.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finishRead, mergeReadStates, readChunk, readPart, startRead, withoutRows } from '../../../src/core/parse';
import { duplicateRows, groupedFingerprints, packHashes, settleDuplicates, unpackHashes, withPackedHashes } from '../../../src/core/parse/rowHashes';
import { onlineRetailTable } from '../../helpers/onlineRetail';

describe('packHashes', () => {
  it('gives back every 52-bit fingerprint and the blank-row -1 exactly', () => {
    const fingerprint = fc.oneof(fc.constant(-1), fc.constant(0), fc.constant(2 ** 52 - 1), fc.integer({ min: 0, max: 2 ** 31 }).chain((hi) => fc.integer({ min: 0, max: 2 ** 21 - 1 }).map((x) => (x * 2 ** 31 + hi) % 2 ** 52)));
    fc.assert(
      fc.property(fc.array(fingerprint, { maxLength: 40 }), (hashes) => {
        expect([...unpackHashes(packHashes(hashes))]).toEqual(hashes);
      }),
    );
  });

  it('is standard base64 of 7 little-endian bytes a row', () => {
    // 0x0102030405 → bytes 05 04 03 02 01 00 00 → base64 "BQQDAgEAAA=="
    expect(packHashes([0x0102030405])).toBe('BQQDAgEAAA==');
    expect(packHashes([])).toBe('');
  });
});

describe('groupedFingerprints', () => {
  it('holds the filled fingerprints, each in the group of its top 12 bits', () => {
    const fingerprint = fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 20 }), fc.constant(2 ** 52 - 1), fc.integer({ min: 0, max: 2 ** 31 }).chain((lo) => fc.integer({ min: 0, max: 2 ** 21 - 1 }).map((hi) => hi * 2 ** 31 + lo)));
    fc.assert(
      fc.property(fc.array(fc.array(fingerprint, { maxLength: 80 }), { maxLength: 4 }), (blocks) => {
        const { values, starts } = groupedFingerprints(blocks.map((hashes) => ({ hashes })));
        const filled = blocks.flat().filter((h) => h >= 0);
        expect([...values].sort((a, b) => a - b)).toEqual(filled.sort((a, b) => a - b));
        expect(starts.length).toBe(4097);
        expect(starts[0]).toBe(0);
        expect(starts[4096]).toBe(values.length);
        for (let g = 0; g < 4096; g++) for (let i = starts[g]; i < starts[g + 1]; i++) expect(Math.floor(values[i] / 2 ** 40)).toBe(g);
      }),
    );
  });
});

/** Copies by definition: the keys (sheet row `firstRow + i` has `keys[i]`, null when blank) that an earlier key equals, with the first five rows. */
function copiesOf(keys: readonly (string | number | null)[], firstRow: number): { count: number; rows: number[] } {
  const seen = new Set<string | number>();
  const rows: number[] = [];
  let count = 0;
  keys.forEach((k, i) => {
    if (k === null) return;
    if (seen.has(k)) {
      count++;
      if (rows.length < 5) rows.push(firstRow + i);
    } else seen.add(k);
  });
  return { count, rows };
}

/** Duplicates by definition: rows (sheet order) whose cells an earlier non-blank row had, found by the rows' JSON. */
const naiveDuplicates = (rows: readonly unknown[][], firstRow: number) => copiesOf(rows.map((r) => (r.every((v) => v === '') ? null : JSON.stringify(r))), firstRow);

/** The same over fingerprints as the reader makes them (-1: a blank row). */
const naiveFingerprintCopies = (hashes: readonly number[], firstRow: number) => copiesOf(hashes.map((h) => (h < 0 ? null : h)), firstRow);

describe('duplicateRows and settleDuplicates', () => {
  const header = ['Customer', 'Order', 'Date', 'Amount'];
  // Blank rows among them: a blank row is never a copy, however many there are.
  const row = fc.oneof(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.constantFrom('1', '2'), fc.constantFrom('2024-01-02', '2024-02-03'), fc.constantFrom<string | number>(5, 7, '')), fc.constant(['', '', '', ''] as [string, string, string, string | number]));
  it('count the rows an earlier row copies, with the first five, whatever the chunks and their order', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), (rows, size, reversed) => {
        const started = withoutRows(startRead([header, ...rows.slice(0, 1)]));
        const parts = [];
        for (let i = 0; i < rows.length; i += size) parts.push(withPackedHashes(readPart(started, rows.slice(i, i + size), 2 + i)));
        if (reversed) parts.reverse();
        const merged = parts.reduce((a, b) => mergeReadStates(a, b), started);
        expect(duplicateRows(merged.hashes)).toEqual(naiveDuplicates(rows, 2));
        expect(settleDuplicates(merged).duplicates).toEqual(naiveDuplicates(rows, 2));
        // As threads reading parts give them: each part's fingerprints grouped apart, counted together.
        expect(duplicateRows(merged.hashes, 5, parts.map((p) => groupedFingerprints(p.hashes)))).toEqual(naiveDuplicates(rows, 2));
      }),
    );
  });

  it('leave the Online Retail quality report as the one-shot read gives it (5,268 copied rows)', () => {
    const table = onlineRetailTable();
    const oneShot = finishRead(startRead(table));
    const started = withoutRows(startRead(table.slice(0, 501)));
    let state = started;
    for (let i = 1; i < table.length; i += 100_000) state = mergeReadStates(state, withPackedHashes(readChunk(started, table.slice(i, i + 100_000), i + 1)));
    const settled = settleDuplicates(state);
    expect(settled.hashes).toEqual([]);
    const dup = oneShot.quality.issues.find((q) => q.check === 'exactDuplicate');
    expect(dup?.count).toBe(naiveDuplicates(table.slice(1), 2).count);
    expect(dup?.count).toBe(5_268);
    expect(finishRead(settled).quality).toEqual(oneShot.quality);
  });

  it('find the first copies by the counted repeats when they lie beyond the first 65,536 filled rows', () => {
    // Fingerprints as the reader makes them (one per row, -1 for blank): 70,000 distinct rows with
    // two copies among them, three more copies after them and blank rows between.
    const hashes: number[] = [];
    for (let i = 0; i < 70_000; i++) hashes.push(i % 1000 === 999 ? -1 : i * 7919 + 2 ** 40);
    hashes[100] = hashes[50];
    hashes[60_000] = hashes[10];
    hashes.push(hashes[3], -1, hashes[3], hashes[70_000 - 2]);
    const expected = naiveFingerprintCopies(hashes, 2);
    expect(expected).toEqual({ count: 5, rows: [102, 60_002, 70_002, 70_004, 70_005] });
    const blocks = [];
    for (let i = 0; i < hashes.length; i += 4096) blocks.push({ firstRow: 2 + i, hashes: hashes.slice(i, i + 4096) });
    expect(duplicateRows(blocks)).toEqual(expected);
    expect(duplicateRows([...blocks].reverse(), 5, [groupedFingerprints(blocks.slice(0, 9)), groupedFingerprints(blocks.slice(9))])).toEqual(expected);
    // One first row asked for: the small search finds it early, and the count is still all copies.
    expect(duplicateRows(blocks, 1)).toEqual({ count: 5, rows: [102] });
  });

  it('refuse to merge a settled state with another chunk', () => {
    const s = startRead([header, ['A', '1', '2024-01-02', 5]]);
    expect(() => mergeReadStates(settleDuplicates(s), s)).toThrow(/settled/);
  });
});
