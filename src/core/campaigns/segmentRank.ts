import type { SegmentRule } from '../rfm';

/**
 * Tiers of the R `rfm` vignette preset, best first, as the JSDoc of rfmPackageSegments.ts ranks
 * them: Champions; Potential Loyalist; the six middle groups (which differ in kind, not rank);
 * About To Sleep; Lost. The Movement tab ranks by the same tiers.
 */
const RFM_PACKAGE_TIERS = new Map<string, number>([
  ['champions', 1],
  ['potential_loyalist', 2],
  ...['loyal_customers', 'promising', 'new_customers', 'cant_lose_them', 'at_risk', 'need_attention'].map((id): [string, number] => [id, 3]),
  ['about_to_sleep', 4],
  ['lost', 5],
]);

/** A rule for customers with no orders yet (Shopify's Prospects, scores 0): not better or worse than a buyer. */
const isProspects = (r: SegmentRule) => r.r[1] === 0;

/**
 * How good each segment is, lower is better, for telling a customer who slipped. The R `rfm` preset
 * ranks by its tiers; any other list (the Shopify-style preset runs from best to worst after
 * Prospects, shopifySegments.ts) by position. Prospects and "Others" have no rank: moving from or to
 * them is not a slip.
 */
export function segmentRanks(rules: readonly SegmentRule[]): Map<string, number> {
  if (rules.length > 0 && rules.every((r) => RFM_PACKAGE_TIERS.has(r.id))) return new Map(rules.map((r) => [r.id, RFM_PACKAGE_TIERS.get(r.id)!]));
  return new Map(rules.filter((r) => !isProspects(r)).map((r, i) => [r.id, i]));
}
