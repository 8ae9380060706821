/**
 * How customers are grouped: by the RFM segment rules, by behavioural clusters, or both (each large
 * RFM segment split into its clusters). One list, so settings, the CLI and the sidebar agree.
 */
export const SEGMENT_BY = ['rfm', 'clusters', 'both'] as const;
export type SegmentBy = (typeof SEGMENT_BY)[number];

/** True when `v` is one of {@link SEGMENT_BY}. */
export function isSegmentBy(v: unknown): v is SegmentBy {
  return (SEGMENT_BY as readonly unknown[]).includes(v);
}
