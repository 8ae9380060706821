/**
 * Area under the ROC curve of a score against a yes/no outcome, by the Mann–Whitney statistic:
 * the chance that a customer who came back scores higher than one who did not, ties counting
 * one half (Hanley & McNeil 1982, Radiology 143(1), eq. 2; scikit-learn's `roc_auc_score`).
 * 0.5 is a coin toss, 1 a perfect ranking. Null when every outcome is the same.
 *
 * @example areaUnderCurve([0.9, 0.4, 0.6, 0.1], [true, false, true, false]) // 1
 */
export function areaUnderCurve(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number | null {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  // Average ranks (1-based) over runs of tied scores.
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) {
      if (positive[order[k]]) {
        positives++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * {@link areaUnderCurve} for grouped data: `scores[i]` is shared by `positives[i]` customers who
 * came back and `negatives[i]` who did not (customers with the same history share a score, so
 * this is the same figure, computed over far fewer rows).
 *
 * @example weightedAreaUnderCurve([0.9, 0.1], [2, 0], [1, 3]) // (2·3 + 2·1·½) / (2·4) = 0.875
 */
export function weightedAreaUnderCurve(scores: ArrayLike<number>, positives: ArrayLike<number>, negatives: ArrayLike<number>): number | null {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let pos = 0;
  let neg = 0;
  let wins = 0;
  // Walking up the scores: each positive beats every negative below it, and ties count one half.
  for (let i = 0; i < order.length; ) {
    let j = i;
    let p = 0;
    let n = 0;
    while (j < order.length && scores[order[j]] === scores[order[i]]) {
      p += positives[order[j]];
      n += negatives[order[j]];
      j++;
    }
    wins += p * neg + (p * n) / 2;
    pos += p;
    neg += n;
    i = j;
  }
  return pos === 0 || neg === 0 ? null : wins / (pos * neg);
}
