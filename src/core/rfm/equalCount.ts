/**
 * Equal-count scores: customers sorted by value (ties broken by customer id, so the split is
 * deterministic and does not depend on row order), then cut into `bins` groups of as equal size as
 * possible: the customer at sorted position i (0-based) of n gets `floor(i * bins / n) + 1`.
 *
 * Unlike R `rfm`'s quantile cut points this never leaves a score empty, at the price that two customers
 * with the same value can get different scores. Use it when ties (e.g. most customers with 1 order)
 * crowd one score (R rfm issue #17) and even groups matter more than "same value, same score".
 *
 * @param values one value per customer
 * @param ids customer ids, same order as `values`
 * @returns scores 1..bins in input order, and cut points: the lowest value of each score above 1
 * @example equalCountScores([5, 1, 3, 3], ['a', 'b', 'c', 'd'], 2) // { scores: [2, 1, 1, 2], cutPoints: [3] }
 */
export function equalCountScores(values: readonly number[], ids: readonly string[], bins: number): { scores: number[]; cutPoints: number[] } {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => values[a] - values[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const scores = new Array<number>(n);
  const cutPoints: number[] = [];
  let current = 0;
  for (let i = 0; i < n; i++) {
    const score = Math.floor((i * bins) / n) + 1;
    while (current < score) {
      current++;
      if (current > 1) cutPoints.push(values[order[i]]);
    }
    scores[order[i]] = score;
  }
  // Fewer customers than bins: the top scores have no customer; repeat the maximum so there are bins - 1 cut points.
  while (cutPoints.length < bins - 1) cutPoints.push(n ? values[order[n - 1]] : 0);
  return { scores, cutPoints };
}
