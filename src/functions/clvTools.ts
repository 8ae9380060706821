import { bgbbFunctions } from './bgbb';
import { clvFormulaFunctions } from './clvFormulas';
import { clvTableFunctions } from './clvTables';
import type { CustomFunctionSpec } from './spec';

/**
 * The CLV formulas peers offer (Python lifetimes, PyMC-Marketing, R CLVTools, R BTYD) beyond
 * P(alive), expected purchases and CLV (issue 13): summary and holdout tables from order rows,
 * the tracking table, P(X(t) = n), P(no purchase), log-likelihood, Gamma-Gamma spend and BG/BB.
 */
export const clvToolFunctions: CustomFunctionSpec[] = [...clvTableFunctions, ...clvFormulaFunctions, ...bgbbFunctions];
