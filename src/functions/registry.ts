import type { CustomFunctionSpec } from './spec';
import { rfmFunctions } from './rfm';
import { kpiFunctions } from './kpi';
import { clvFunctions } from './clv';
import { clvToolFunctions } from './clvTools';
import { clusterFunctions } from './cluster';

/**
 * Every custom function the add-on ships, in the order the generated stubs appear.
 * The build turns each entry into a top-level `@customfunction` declaration.
 */
export const customFunctions: CustomFunctionSpec[] = [...kpiFunctions, ...rfmFunctions, ...clvFunctions, ...clvToolFunctions, ...clusterFunctions];
