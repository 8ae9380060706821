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
