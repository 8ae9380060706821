import type { CustomerResult, Segmentation } from '../pipeline/segmentCustomers';

/** What the money at stake is: the checked forecast's predicted value, or what the customer has spent. */
export type ValueBasis = 'predicted' | 'spend';

/**
 * Predicted value only when this run's forecast beat "each customer keeps their past pace" on the
 * shop's own history and a model is what is shown (`forecast.basis === 'model'` with its `used`
 * check line, see clv/validatedForecast.ts); otherwise the customer's spend so far.
 */
export function valueBasis(seg: Pick<Segmentation, 'valueReport'>): ValueBasis {
  const f = seg.valueReport?.forecast;
  return f?.basis === 'model' && f.used !== null ? 'predicted' : 'spend';
}

/** One customer's money at stake; a customer the forecast has no figure for counts 0, never their spend in its place. */
export function valueAtStake(c: CustomerResult, basis: ValueBasis): number {
  return basis === 'predicted' ? (c.value?.predictedValue ?? 0) : c.monetary;
}
