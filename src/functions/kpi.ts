import { AB_TEST } from './kpi/abTestFunction';
import { CAC } from './kpi/cacFunction';
import { rateFunctions } from './kpi/rateFunctions';
import { ROI } from './kpi/roiFunction';
import { surveyFunctions } from './kpi/surveyFunctions';
import { valueFunctions } from './kpi/valueFunctions';
import type { CustomFunctionSpec } from './spec';

/**
 * The KPI custom functions owners type in cells (issue 6): CLTV in three forms, CAC, LTV:CAC, CAC
 * payback, campaign ROI, conversion/CTR/ad funnel, NPS, CSAT, repurchase, retention and churn rates, AOV and A/B tests.
 * The math lives in `src/core/kpi/`; these entries read what Sheets passes and word the errors.
 */
export const kpiFunctions: CustomFunctionSpec[] = [...valueFunctions, CAC, ROI, ...rateFunctions, ...surveyFunctions, AB_TEST];
