import { addMoney, beyondPrecision, MONEY_UNITS, type Reader } from './cellReader';
import { cellText, isErrorCell } from './cells';
import { addIssue } from './quality';
import type { CustomerAcc, ReadState } from './state';

/** One row of a one-row-per-customer sheet (HubSpot contacts, a loyalty list with totals). */
export function readCustomerRow(state: ReadState, reader: Reader, cells: readonly unknown[], row: number, cid: string, cidCol: number): void {
  const { roles } = state.detection;
  if (cid === '') {
    addIssue(state.issues, 'missingCustomerId', cidCol, row);
    return;
  }
  const acc: CustomerAcc = { cid, row, total: null, ambDot: 0, ambComma: 0, count: null, first: null, last: null };
  if (roles.totalSpent !== undefined) {
    const c = roles.totalSpent;
    const t = reader.moneyCell(c, cells[c], row);
    if (t !== null && Number.isNaN(t)) {
      if (!isErrorCell(cells[c])) addIssue(state.issues, 'unparseableAmount', c, row, cellText(cells[c]));
      return;
    }
    if (t !== null) {
      if (t < 0) {
        addIssue(state.issues, 'negativeAmount', c, row, cellText(cells[c]));
        return;
      }
      if (beyondPrecision(cells[c], t)) {
        addIssue(state.issues, 'beyondPrecision', c, row, cellText(cells[c]));
        return;
      }
      acc.total = 0;
      addMoney(acc, Math.round(t * MONEY_UNITS), reader.ambiguous);
    }
  }
  if (roles.orderCount !== undefined) {
    const c = roles.orderCount;
    const n = reader.moneyCell(c, cells[c], row);
    if (n !== null && (Number.isNaN(n) || n < 0)) {
      if (!isErrorCell(cells[c])) addIssue(state.issues, 'unparseableNumber', c, row, cellText(cells[c]));
      return;
    }
    acc.count = n;
  }
  for (const [role, key] of [['firstOrderDate', 'first'], ['lastOrderDate', 'last']] as const) {
    const c = roles[role];
    if (c === undefined) continue;
    const d = reader.dateCell(c, cells[c], row);
    if (d !== null && Number.isNaN(d)) {
      if (!isErrorCell(cells[c])) addIssue(state.issues, 'unparseableDate', c, row, cellText(cells[c]));
      return;
    }
    acc[key] = d;
  }
  state.customers.push(acc);
}
