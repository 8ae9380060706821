/** "When they buy" (issue 18): weekday × hour, weekday and month-of-year timing of orders, overall and per group. */
export { hourBand, MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
export { busiestTimeText, MIN_ORDERS_FOR_SLOT, MIN_ORDERS_FOR_WEEKDAY } from './busiestSlot';
export type { TimingTally } from './tally';
export { personaBusiestTimes, timingReport, type GroupTiming, type TimingReport } from './timingReport';
