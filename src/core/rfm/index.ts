/** RFM scores, named segments and their summary. See each module for the method and its source. */
export * from './types';
export { quantile7Sorted, seqProbs } from './quantile7';
export { rPackageCutPoints, rPackageCutPointsSorted } from './rPackageCutPoints';
export { scoreByCutPoints, recencyScoreByCutPoints } from './scoreByCutPoints';
export { equalCountScores } from './equalCount';
export { typicalDaysBetweenOrders, smallStoreRecencyCutPoints } from './smallStore';
export { scoreWarnings } from './scoreWarnings';
export { rfmScores } from './rfmScores';
export { rfmInputsFromCustomers } from './rfmInputs';
export { OTHERS_ID, assignSegments, ruleMatches, firstMatch, segmentName, type RuleScores } from './segmentRules';
export { shopifySegments } from './shopifySegments';
export { rfmPackageSegments } from './rfmPackageSegments';
export { validateRules, ruleProblemText, type RuleCheck, type RuleProblem } from './validateRules';
export { segmentSummary, type SegmentSummaryRow, type SegmentedCustomer } from './segmentSummary';
export { OTHERS_NAME, DIMENSION_NAMES, WARNING_MESSAGES, RULE_CHECK_MESSAGES, rfmWarningText } from './messages';
