/**
 * A KPI input outside its domain, named by the parameter the user typed (`new_customers`).
 * Why a class: the core checks each domain once; the custom-function layer catches it and adds
 * the function name and the row, so a column of inputs gets "CAC: new_customers must be > 0 (row 7)".
 */
export class KpiInputError extends Error {
  readonly param: string;
  readonly problem: string;
  /** 0-based position of the offending value in the list the core received, when it is one value of a list. */
  readonly index?: number;
  constructor(param: string, problem: string, index?: number) {
    super(`${param} ${problem}${index === undefined ? '' : ` (value ${index + 1})`}`);
    this.name = 'KpiInputError';
    this.param = param;
    this.problem = problem;
    if (index !== undefined) this.index = index;
  }
}

/** True for a {@link KpiInputError}, by name so it also works across bundles and realms. */
export function isKpiInputError(e: unknown): e is KpiInputError {
  return e instanceof Error && e.name === 'KpiInputError';
}

/** Throws unless `value` is finite and ≥ 0. @example nonNegative('cost', 12) // 12 */
export function nonNegative(param: string, value: number): number {
  if (!Number.isFinite(value)) throw new KpiInputError(param, `must be a number, got ${value}`);
  if (value < 0) throw new KpiInputError(param, `must be ≥ 0, got ${value}`);
  return value;
}

/** Throws unless `value` is finite and > 0. */
export function positive(param: string, value: number): number {
  if (!Number.isFinite(value)) throw new KpiInputError(param, `must be a number, got ${value}`);
  if (value <= 0) throw new KpiInputError(param, `must be > 0, got ${value}`);
  return value;
}

/** Throws unless `value` is a fraction in [0, 1] (a cell formatted as % arrives as a fraction). */
export function fraction(param: string, value: number): number {
  if (!Number.isFinite(value)) throw new KpiInputError(param, `must be a number, got ${value}`);
  if (value < 0 || value > 1) throw new KpiInputError(param, `must be between 0 and 1 (0 % to 100 %), got ${value}`);
  return value;
}

/** Throws unless `value` is a finite number (may be negative). */
export function finite(param: string, value: number): number {
  if (!Number.isFinite(value)) throw new KpiInputError(param, `must be a number, got ${value}`);
  return value;
}

/**
 * Share of one funnel step that reached the next: `part / whole`, as a fraction so the cell can
 * be formatted as %. Refuses a part larger than its whole (more conversions than visitors is a
 * data error, not a 120 % rate). Used by the funnel rates and the A/B test.
 * @example share('conversions', 25, 'visitors', 1000) // 0.025
 */
export function share(partName: string, part: number, wholeName: string, whole: number): number {
  nonNegative(partName, part);
  positive(wholeName, whole);
  if (part > whole) throw new KpiInputError(partName, `(${part}) cannot be more than ${wholeName} (${whole})`);
  return part / whole;
}
