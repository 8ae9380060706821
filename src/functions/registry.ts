import { finiteResult } from './args';
import type { CustomFunctionSpec } from './spec';
import { rfmFunctions } from './rfm';
import { kpiFunctions } from './kpi';
import { clvFunctions } from './clv';
import { clvToolFunctions } from './clvTools';
import { clusterFunctions } from './cluster';

/**
 * Defence in depth around one function (issue 14): whatever its own checks miss, no cell gets
 * Infinity, -Infinity or NaN (alone or inside a returned table), and every error names the
 * function. The wrapper keeps the implementation's `length`, `rowParams` and source text
 * (`toString`), which the registry test reads to check the parameters against the spec.
 */
export function guarded(spec: CustomFunctionSpec): CustomFunctionSpec {
  const inner = spec.run;
  const prefix = `${spec.name}: `;
  const run = (...args: unknown[]): unknown => {
    let out: unknown;
    try {
      out = inner(...args);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (msg.startsWith(prefix)) throw e;
      throw new Error(`${prefix}${msg}`);
    }
    return finiteResult(spec.name, out, '');
  };
  Object.defineProperty(run, 'length', { value: inner.length });
  Object.defineProperty(run, 'toString', { value: () => Function.prototype.toString.call(inner) });
  const rowParams = (inner as { rowParams?: unknown }).rowParams;
  if (rowParams !== undefined) Object.assign(run, { rowParams });
  return { ...spec, run };
}

/**
 * Every custom function the add-on ships, in the order the generated stubs appear.
 * The build turns each entry into a top-level `@customfunction` declaration.
 */
export const customFunctions: CustomFunctionSpec[] = [...kpiFunctions, ...rfmFunctions, ...clvFunctions, ...clvToolFunctions, ...clusterFunctions].map(guarded);
