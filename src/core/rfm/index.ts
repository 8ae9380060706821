/** RFM scores, named segments and their summary. See each module for the method and its source. */
export * from './types';
export { quantile7Sorted, seqProbs } from './quantile7';
export { rPackageCutPoints } from './rPackageCutPoints';
export { scoreByCutPoints, recencyScoreByCutPoints } from './scoreByCutPoints';
export { equalCountScores } from './equalCount';
export { typicalDaysBetweenOrders, smallStoreRecencyCutPoints } from './smallStore';
export { rfmScores } from './rfmScores';
export { rfmInputsFromCustomers } from './rfmInputs';
export { OTHERS_ID, assignSegments, segmentName } from './segmentRules';
export { shopifySegments } from './shopifySegments';
export { rfmPackageSegments } from './rfmPackageSegments';
export { rulesAtScores } from './presetsAtScores';
export { validateRules, ruleProblemText } from './validateRules';
export { segmentSummary, type SegmentSummaryRow } from './segmentSummary';
export { OTHERS_NAME, WARNING_MESSAGES, RULE_CHECK_MESSAGES, rfmWarningText } from './messages';
