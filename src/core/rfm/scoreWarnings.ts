import type { RfmDimension, RfmWarning } from './types';

/**
 * Warnings about one dimension's score counts: a score nobody got, or a score holding more than
 * `crowdedShare` (default 40 %) of customers. Both are the R `rfm` issue #17 situation: many tied
 * values (most customers with 1 order, or one big order day) make quantile cut points coincide.
 * The fix we suggest is fewer scores or custom cut points.
 * @example scoreWarnings('frequency', [0, 10, 3, 3, 4]).map((w) => w.code) // ['emptyScore', 'crowdedScore']
 */
export function scoreWarnings(dimension: RfmDimension, countsPerScore: readonly number[], crowdedShare = 0.4): RfmWarning[] {
  const total = countsPerScore.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const out: RfmWarning[] = [];
  const empty = countsPerScore.map((c, i) => (c === 0 ? i + 1 : 0)).filter((s) => s > 0);
  if (empty.length) out.push({ code: 'emptyScore', dimension, params: { scores: empty.join(', '), bins: countsPerScore.length } });
  countsPerScore.forEach((c, i) => {
    if (c / total > crowdedShare) {
      out.push({ code: 'crowdedScore', dimension, params: { score: i + 1, share: Math.round((c / total) * 100), customers: c, bins: countsPerScore.length } });
    }
  });
  return out;
}
