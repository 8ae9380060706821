/**
 * Reading any customer or order sheet: columns found, values parsed, problems reported.
 * See `read.ts` for the entry points, `detectColumns.ts` for column detection and
 * `quality.ts` for the data-quality report.
 */
export type { Role } from './roles';
export { ROLES } from './roles';
export { detectColumns, type Detection } from './detectColumns';
export { readOrders, startRead, startReading, finishStarted, withoutRows, readChunk, readPart, finishRead, type ReadOptions, type StartedRead } from './read';
export { RowReader } from './readRows';
export type { ReadResult } from './finish';
export { finishCustomerList } from './finishList';
export type { ReadState } from './state';
export { mergeReadStates, ReadAccumulator } from './merge';
export { finalForTransfer, packForTransfer } from './transfer';
export { customersFromOrders, summariesByNumber } from './customers';
export { parseAmount, amountInfo } from './parseAmount';
export { parseDate, resolvePending, dateInfo, PENDING } from './parseDate';
export { currencyCode } from './currency';
export { qualityMessage, type CheckId, type QualityIssue } from './quality';
export { localize } from './message';
export { roleLabel } from './roleLabels';
