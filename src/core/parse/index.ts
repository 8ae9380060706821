/**
 * Reading any customer or order sheet: columns found, values parsed, problems reported.
 * See `read.ts` for the entry points, `detectColumns.ts` for column detection and
 * `quality.ts` for the data-quality report.
 */
export type { Role } from './roles';
export { ROLES, ATTRIBUTE_ROLES, DATE_ROLES, MONEY_ROLES, NUMBER_ROLES } from './roles';
export { detectColumns, DETECTION_SAMPLE_ROWS, type Detection, type ColumnDetection } from './detectColumns';
export { readOrders, startRead, withoutRows, readChunk, readPart, finishRead, type ReadOptions } from './read';
export type { ReadResult } from './finish';
export { mergeReadStates, type ReadState, type ReadError } from './state';
export { customersFromOrders } from './customers';
export { parseAmount, amountInfo, type AmountInfo } from './parseAmount';
export { parseDate, resolvePending, dateInfo, PENDING, type DateInfo } from './parseDate';
export { currencyCode } from './currency';
export { qualityMessage, CHECKS, type QualityIssue, type QualityReport, type CheckId, type Severity } from './quality';
export type { Decision, DateOrderDecision, DecimalDecision, CurrencyDecision } from './decisions';
export { message, localize, rowList, groupDigits, type Message } from './message';
export { PARSE_MESSAGES, type MessageKey } from './messages';
export { isRefundStatus, yesNo } from './status';
export { EXPORT_FORMATS, type ExportFormat } from './headers/exports';
export { roleLabel, ROLE_LABELS } from './roleLabels';
