import { type Points, squaredDistance } from './points';

/**
 * k-means++ seeding (Arthur & Vassilvitskii 2007, "k-means++: The Advantages of Careful Seeding",
 * SODA '07, section 2.2): the first centre is a uniformly random point; each next centre is a point
 * drawn with probability proportional to its squared distance to the nearest centre chosen so far.
 * This spreads the starting centres out, which makes Lloyd's iterations converge faster and the result
 * O(log k)-competitive with the optimum in expectation.
 *
 * Returns k centres (copies of data points) as a flat array of k * d numbers.
 * When fewer than k distinct points exist, the remaining centres repeat a chosen point; the caller
 * must not ask for more clusters than distinct points.
 *
 * @example
 * kMeansPlusPlus(pointsFromRows([[0], [0.1], [10]]), 2, seededRandom(1)) // one centre near 0, one at 10
 */
export function kMeansPlusPlus(points: Points, k: number, random: () => number): Float64Array {
  const { data, n, d } = points;
  const centers = new Float64Array(k * d);
  const nearest = new Float64Array(n);
  let first = Math.floor(random() * n);
  if (first >= n) first = n - 1;
  centers.set(data.subarray(first * d, first * d + d), 0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    nearest[i] = squaredDistance(data, i, centers, 0, d);
    total += nearest[i];
  }
  for (let c = 1; c < k; c++) {
    let chosen = first;
    if (total > 0) {
      // Walk the cumulative distribution; the last positive weight catches rounding at the end.
      let target = random() * total;
      chosen = -1;
      for (let i = 0; i < n; i++) {
        if (nearest[i] <= 0) continue;
        chosen = i;
        target -= nearest[i];
        if (target < 0) break;
      }
    }
    centers.set(data.subarray(chosen * d, chosen * d + d), c * d);
    total = 0;
    for (let i = 0; i < n; i++) {
      const dist = squaredDistance(data, i, centers, c, d);
      if (dist < nearest[i]) nearest[i] = dist;
      total += nearest[i];
    }
  }
  return centers;
}
