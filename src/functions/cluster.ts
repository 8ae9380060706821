import type { CustomFunctionSpec } from './spec';

/** Custom functions of this area; filled in by its issue. */
export const clusterFunctions: CustomFunctionSpec[] = [];
