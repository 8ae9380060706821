/**
 * Several sources as one customer base (issue 18): order files/sheets merged, customer lists
 * joined, the same person recognised by id, email or phone. See `combineSources.ts`.
 */
export { combineSources } from './combineSources';
export { sourceKind } from './sourceKind';
export { isCombined, type SourceRead } from './types';
export { sourcesDecisions, sourcesQualityItems } from './messages';
