/**
 * The shape of one custom function in the registry. The build reads these to generate the
 * top-level `function NAME(params) {}` stubs with `@customfunction` JSDoc that Sheets needs
 * for autocomplete and help, so a function is declared exactly once.
 */
export interface ParamSpec {
  /** Parameter name as Sheets shows it, snake_case (`new_customers`). */
  name: string;
  /** One line shown in the help panel. Say the unit and whether a range is accepted. */
  description: string;
  optional?: boolean;
}

export interface CustomFunctionSpec {
  /** Upper-case name typed in the cell (`CLTV`). */
  name: string;
  /** One-line description shown by autocomplete. */
  description: string;
  params: ParamSpec[];
  /** A formula a user can paste, e.g. `=CAC(B2, C2)`. */
  example: string;
  /** What comes back, e.g. "a number" or "a two-column table (customer, value)". */
  returns: string;
  /** The implementation. Receives what Sheets passes: a value for a cell, a 2-D array for a range. */
  run: (...args: any[]) => unknown;
}
