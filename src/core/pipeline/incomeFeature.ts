import { bandWidth, incomeValue } from '../personas/incomeInterests';
import type { AttributeValue } from '../types';

/** Most distinct bands a categorical income may have to be a clustering feature (as for city or channel). */
const MAX_BANDS = 12;

/**
 * Income as a clustering feature (`clusterSegments.ts`): a numeric column when every customer has an
 * amount (the clusterer leaves out rows missing a numeric value, so a partial column would drop
 * customers); otherwise a category per band — amounts banded as the personas band them
 * (`bandWidth`), bands kept as written, blanks their own category — when there are 2 to 12 of them.
 * Null when income cannot help (no column, one band, too many bands).
 */
export function incomeFeature(incomes: readonly (AttributeValue | undefined)[]): { numeric: number[] } | { categorical: (string | null)[] } | null {
  const values = incomes.map(incomeValue);
  if (!values.some((v) => v !== null)) return null;
  if (values.every((v) => v !== null && 'amount' in v)) return { numeric: values.map((v) => (v as { amount: number }).amount) };
  const width = bandWidth(values.flatMap((v) => (v && 'amount' in v ? [v.amount] : [])));
  const categorical = values.map((v) => (v === null ? null : 'band' in v ? v.band : `#${Math.floor(v.amount / width) * width}`));
  const distinct = new Set(categorical.filter((v) => v !== null)).size;
  return distinct >= 2 && distinct <= MAX_BANDS ? { categorical } : null;
}
