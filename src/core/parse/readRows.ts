import { addMoney, beyondPrecision, MAX_EXACT_AMOUNT, MONEY_UNITS, Reader, type Zone } from './cellReader';
import { cellText, idText, isBlank, isErrorCell } from './cells';
import type { Detection } from './detectColumns';
import { RowHasher } from './hash';
import { ambiguityCode, pricedUnits, ProductDictionary, pushLine } from './lines';
import { amountInfo } from './parseAmount';
import { addIssue, type CheckId } from './quality';
import { ATTRIBUTE_ROLES, DATE_ROLES, type Role } from './roles';
import { ProductCells } from './productCells';
import { pushRow } from './rows';
import { emptyRowOrders, newOrder, newState, pushRowOrder, type CustomerAttributes, type OrderAcc, type ReadState, type StoredOptions } from './state';
import { isRefundStatus } from './status';
import { attributeValue } from './attributeCells';
import { readCustomerRow } from './customerRow';


/**
 * Reads data rows (no header) of a sheet whose columns are already detected, into a fresh state.
 * `firstSheetRow` is the sheet row number of `rows[0]`, used in every report.
 */
export function readRows(detection: Detection, options: StoredOptions, rows: readonly unknown[][], firstSheetRow: number, zone?: Zone): ReadState {
  const reader = new RowReader(detection, options, zone);
  reader.read(rows, firstSheetRow);
  return reader.finish();
}

/** The column of each role the row loop reads (-1: none). */
interface RoleColumns {
  cid: number;
  oid: number;
  date: number;
  amount: number;
  qty: number;
  price: number;
  status: number;
  cancel: number;
  channel: number;
  product: number;
  productName: number;
}

/**
 * Reads batches of data rows of one sheet into one state, as {@link readRows} reads them all at
 * once: a file read in batches of a few thousand rows (the CLI) goes on with the same orders,
 * parse memos and look-ups, where a state per batch, merged into the others, cost a merge per order
 * per batch and a fresh memo each time. Batches come in sheet order without overlap.
 */
export class RowReader {
  private readonly state: ReadState;
  private readonly reader: Reader;
  private readonly cols: RoleColumns;
  // Products: the key is the product id cell, or the name when there is no id (or the id is blank).
  private readonly products: ProductDictionary | null;
  private readonly productOfCells = new ProductCells();
  /** In these exports the order total sits on the order's first line only: a line's money is quantity × price. */
  private readonly linePriced: boolean;
  private readonly priceInfo = amountInfo();
  private readonly attrCols: readonly (readonly [Role, number, boolean])[];
  private readonly byKey = new Map<string, OrderAcc>();
  private readonly attributes = new Map<string, CustomerAttributes>();
  private readonly statusCache = new Map<string, boolean>();
  private readonly hasher = new RowHasher();
  private readonly hashBlocks: ReadState['hashes'] = emptyListOfObjects();
  // Lines of one order sit together in exports, so each row's order id and customer id are most
  // often the previous row's: those cells' text and look-ups are reused (a look-up per row was the
  // reader's main cost). Classes and module functions, not closures made per call: each batch's
  // closures are new functions, and code optimized on the last batch's was thrown away at their
  // first call ("wrong call target").
  private readonly customerIds: IdColumn;
  private readonly orderIds: IdColumn;
  // Given values here, not at first use, so every reader has the same map (see Reader.lastDate).
  private lastAcc: OrderAcc | undefined = undefined;
  private lastAttrsCid = '';
  private lastAttrs: CustomerAttributes | undefined = undefined;
  /** Rows without an order id are read into one scratch order each, then kept as columns. */
  private readonly rowOrders = emptyRowOrders();

  constructor(
    private readonly detection: Detection,
    options: StoredOptions,
    zone?: Zone,
  ) {
    this.state = newState(detection, options);
    this.reader = new Reader(this.state, zone);
    const { roles } = detection;
    const col = (r: Role) => roles[r] ?? -1;
    this.cols = {
      cid: col('customerId'),
      oid: col('orderId'),
      date: col('orderDate'),
      amount: col('amount'),
      qty: col('quantity'),
      price: col('unitPrice'),
      status: col('status'),
      cancel: col('cancelledAt'),
      channel: col('channel'),
      product: col('product'),
      productName: col('productName'),
    };
    this.products = this.cols.product >= 0 || this.cols.productName >= 0 ? new ProductDictionary() : null;
    this.linePriced = detection.amountFrom === 'amount' && this.cols.qty >= 0 && this.cols.price >= 0 && (detection.exportFormat === 'shopify-orders' || detection.exportFormat === 'woocommerce-orders');
    this.attrCols = ATTRIBUTE_ROLES.filter((r) => roles[r] !== undefined).map(
      (r) => [r, roles[r]!, r === 'age' || r === 'satisfaction' || (DATE_ROLES as readonly Role[]).includes(r)] as const,
    );
    this.customerIds = new IdColumn(this.state.issues);
    this.orderIds = new IdColumn(this.state.issues);
  }

  /** Reads the next batch of rows; `firstSheetRow` is the sheet row number of `rows[0]`. */
  read(rows: readonly unknown[][], firstSheetRow: number): void {
    // Fields in locals: the loop reads them on every row.
    const { state, reader, detection, products, productOfCells, linePriced, priceInfo, attrCols, byKey, attributes, statusCache, hasher, customerIds, orderIds, rowOrders } = this;
    const { width } = detection;
    const { cid: cidCol, oid: oidCol, date: dateCol, amount: amountCol, qty: qtyCol, price: priceCol, status: statusCol, cancel: cancelCol, channel: channelCol, product: productCol, productName: productNameCol } = this.cols;
    const issues = state.issues;
    const customersShape = detection.shape === 'customers';
    let { lastAcc, lastAttrsCid, lastAttrs } = this;
    // Typed while read (no number object per row), a plain array in the state (it travels as JSON).
    const hashes = new Float64Array(rows.length);
    let rowOrder: OrderAcc | null = null;
    for (let i = 0; i < rows.length; i++) {
      if (rowOrder) {
        pushRowOrder(rowOrders, rowOrder);
        rowOrder = null;
      }
      const cells = rows[i];
      const row = firstSheetRow + i;
      if (!Array.isArray(cells)) {
        hashes[i] = -1;
        continue;
      }
      let filled = false;
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (v !== '' && v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) {
          filled = true;
          break;
        }
      }
      if (!filled) {
        hashes[i] = -1;
        reportCell(issues, 'blankRows', -1, row);
        continue;
      }
      state.rowsRead++;
      if (row < state.firstRow) state.firstRow = row;
      if (row > state.lastRow) state.lastRow = row;
      hasher.hashInto(cells, width, hashes, i);

      const cid = cidCol >= 0 ? customerIds.text(cells[cidCol], cidCol, row) : '';

      if (customersShape) {
        readCustomerRow(state, reader, cells, row, cid, cidCol);
      } else {
        // ---- one order line ----
        let oid = '';
        if (oidCol >= 0) {
          oid = orderIds.text(cells[oidCol], oidCol, row);
          if (oid === '') reportCell(issues, 'missingOrderId', oidCol, row);
        }
        // A row without an order id is an order of its own: no look-up, nothing to merge it with.
        let acc = oid === '' ? undefined : lastAcc !== undefined && lastAcc.key === oid ? lastAcc : byKey.get(oid);
        if (oid === '') {
          acc = newOrder('', row);
          rowOrder = acc;
        } else if (!acc) {
          acc = newOrder(oid, row);
          byKey.set(oid, acc);
          state.orders.push(acc);
        }
        if (oid !== '') lastAcc = acc;
        if (cid === '') {
          acc.blankCid++;
          pushRow(acc.blankCidRows, row);
        } else {
          const entry = acc.cids.length && acc.cids[0][0] === cid ? acc.cids[0] : acc.cids.find((e) => e[0] === cid);
          if (entry) entry[1]++;
          else acc.cids.push([cid, 1, row]);
        }

        // refunds and cancellations
        let refunded = false;
        if (statusCol >= 0) {
          const s = cells[statusCol];
          if (typeof s === 'string' && s !== '') {
            let r = statusCache.get(s);
            if (r === undefined) {
              r = isRefundStatus(s);
              statusCache.set(s, r);
            }
            refunded = r;
          }
        }
        let refundCol = statusCol;
        if (!refunded && cancelCol >= 0 && !isBlank(cells[cancelCol])) {
          refunded = true;
          refundCol = cancelCol;
        }

        // amount of the line
        let units = 0;
        let ambiguous: '' | '.' | ',' = '';
        let hasAmount = false;
        let bad = false;
        let quantity = 0;
        if (qtyCol >= 0) {
          const q = reader.moneyCell(qtyCol, cells[qtyCol], row);
          if (q !== null && !Number.isNaN(q)) quantity = q;
          else if (q !== null && detection.amountFrom === 'quantityTimesPrice') {
            reportCell(issues, 'unparseableAmount', qtyCol, row, cells[qtyCol]);
            bad = true;
          }
        }
        if (!bad && detection.amountFrom === 'amount') {
          const a = reader.moneyCell(amountCol, cells[amountCol], row);
          if (a !== null) {
            if (Number.isNaN(a)) {
              if (!isErrorCell(cells[amountCol])) reportCell(issues, 'unparseableAmount', amountCol, row, cells[amountCol]);
              bad = true;
            } else if (beyondPrecision(cells[amountCol], a)) {
              reportCell(issues, 'beyondPrecision', amountCol, row, cells[amountCol]);
              bad = true;
            } else {
              units = Math.round(a * MONEY_UNITS);
              ambiguous = reader.ambiguous;
              hasAmount = true;
            }
          }
        } else if (!bad && detection.amountFrom === 'quantityTimesPrice') {
          const p = reader.moneyCell(priceCol, cells[priceCol], row);
          if (p !== null && Number.isNaN(p)) {
            if (!isErrorCell(cells[priceCol])) reportCell(issues, 'unparseableAmount', priceCol, row, cells[priceCol]);
            bad = true;
          } else if (p !== null && !isBlank(cells[qtyCol]) && (beyondPrecision(cells[qtyCol], quantity) || beyondPrecision(cells[priceCol], p) || Math.abs(quantity * p) > MAX_EXACT_AMOUNT)) {
            const c = beyondPrecision(cells[qtyCol], quantity) ? qtyCol : priceCol;
            reportCell(issues, 'beyondPrecision', c, row, `${cellText(cells[qtyCol])} × ${cellText(cells[priceCol])}`);
            bad = true;
          } else if (p !== null && !isBlank(cells[qtyCol])) {
            units = Math.round(quantity * p * MONEY_UNITS);
            ambiguous = reader.ambiguous;
            hasAmount = true;
          }
        }
        // Online Retail: invoice "C536379" with negative quantities is a cancellation.
        if (!refunded && oid.length > 1 && (oid.charCodeAt(0) === 67 || oid.charCodeAt(0) === 99) && oid.charCodeAt(1) >= 48 && oid.charCodeAt(1) <= 57 && (units < 0 || quantity < 0)) {
          refunded = true;
          refundCol = oidCol;
        }
        if (refunded) {
          reportCell(issues, 'refunded', refundCol, row, cells[refundCol]);
          continue;
        }
        if (bad) continue;
        // A negative quantity that is not a cancellation (stock adjustments, returns) is not a sale.
        if (units < 0 || quantity < 0) {
          const c = units < 0 && detection.amountFrom === 'amount' ? amountCol : quantity < 0 ? qtyCol : priceCol;
          reportCell(issues, 'negativeAmount', c, row, c === priceCol ? `${cellText(cells[qtyCol])} × ${cellText(cells[priceCol])}` : cells[c]);
          continue;
        }
        let date: number | null = null;
        let minute = -1;
        if (dateCol >= 0) {
          date = reader.dateCell(dateCol, cells[dateCol], row);
          if (date !== null && Number.isNaN(date)) {
            if (!isErrorCell(cells[dateCol])) reportCell(issues, 'unparseableDate', dateCol, row, cells[dateCol]);
            continue;
          }
          if (date !== null) minute = reader.minute;
        }
        if (hasAmount && units === 0) reportCell(issues, 'zeroAmount', detection.amountFrom === 'amount' ? amountCol : priceCol, row);
        acc.lines++;
        if (hasAmount) {
          acc.hasAmount = true;
          addMoney(acc, units, ambiguous);
        }
        acc.quantity += quantity;
        if (date !== null && acc.date === null) {
          acc.date = date;
          acc.dateRow = row;
          acc.minute = minute;
        }
        if (products) {
          // The dictionary entry by the two cells' hashes, just computed for the row's fingerprint: no text read or made per line.
          const idA = productCol >= 0 ? hasher.cellHashA(productCol) : 0;
          const idB = productCol >= 0 ? hasher.cellHashB(productCol) : 0;
          const nameA = productNameCol >= 0 ? hasher.cellHashA(productNameCol) : 0;
          const nameB = productNameCol >= 0 ? hasher.cellHashB(productNameCol) : 0;
          let p = productOfCells.get(idA, idB, nameA, nameB);
          if (p === ProductCells.MISSING) {
            const id = productCol >= 0 ? productText(cells[productCol]) : '';
            const name = productNameCol >= 0 ? productText(cells[productNameCol]) : '';
            p = id !== '' || name !== '' ? products.add(id === '' ? name : id, name) : -1;
            productOfCells.set(idA, idB, nameA, nameB, p);
          }
          if (p >= 0) {
            const priced = linePriced ? pricedUnits(cells[priceCol], quantity, priceInfo) : NaN;
            const money = Number.isNaN(priced) ? units : priced;
            const amb = ambiguityCode(Number.isNaN(priced) ? ambiguous : priceInfo.ambiguous);
            acc.ln = pushLine(acc.ln, p, quantity, money, amb, row - acc.row);
          }
        }
        if (channelCol >= 0 && acc.channel === null) {
          const ch = cells[channelCol];
          if (!isBlank(ch) && !isErrorCell(ch)) {
            acc.channel = String(ch).trim();
            acc.channelRow = row;
          }
        }
      }
      if (cid !== '' && attrCols.length) {
        let attrs = cid === lastAttrsCid ? lastAttrs : attributes.get(cid);
        if (!attrs) {
          attrs = {};
          attributes.set(cid, attrs);
        }
        lastAttrsCid = cid;
        lastAttrs = attrs;
        // Indexed, not for-of or destructured: an iterator per row showed in the allocation profile.
        for (let k = 0; k < attrCols.length; k++) {
          const role = attrCols[k][0];
          const c = attrCols[k][1];
          const evidence = attrCols[k][2];
          const v = cells[c];
          if (isBlank(v)) continue;
          // Error cells are reported on every row, so the report does not depend on where chunks start.
          if (isErrorCell(v)) {
            reportCell(issues, 'errorCell', c, row, v);
            continue;
          }
          // Date and number attributes are read on every row: the column's evidence (day/month order,
          // separators) must not depend on where chunks start.
          if (attrs[role] !== undefined && !evidence) continue;
          const value = attributeValue(role, v, detection, reader, c, row, issues);
          if (value !== null && attrs[role] === undefined) attrs[role] = [value, row];
        }
      }
    }
    if (rowOrder) pushRowOrder(rowOrders, rowOrder);
    this.lastAcc = lastAcc;
    this.lastAttrsCid = lastAttrsCid;
    this.lastAttrs = lastAttrs;
    this.hashBlocks.push({ firstRow: firstSheetRow, hashes: plainArray(hashes) });
  }

  /** The detection and options the rows are read with (what a reader of another part of the same sheet needs). */
  get reading(): Pick<ReadState, 'detection' | 'options'> {
    return { detection: this.state.detection, options: this.state.options };
  }

  /** The state of the rows read (the reader is not used after). */
  finish(): ReadState {
    const state = this.state;
    // Arrays made here with their entries, not pushed onto newState's empty ones: code optimized while
    // an earlier batch ran saw those still empty, and was thrown away at the push ("not a Smi").
    state.hashes = this.hashBlocks;
    if (this.rowOrders.rows.length) state.rowOrders.push(this.rowOrders);
    if (this.products) {
      state.productIds = this.products.ids;
      state.productNames = this.products.names;
    }
    state.attributes = [...this.attributes].filter((entry) => Object.keys(entry[1]).length > 0);
    return state;
  }
}

/**
 * An id column's text per row (`idText`), the previous row's reused when the cell is the same;
 * an error cell is reported on every row and reads as no id.
 */
class IdColumn {
  private lastCell: unknown = '';
  private lastText = '';

  constructor(private readonly issues: ReadState['issues']) {}

  text(v: unknown, col: number, row: number): string {
    if (v === this.lastCell) return this.lastText;
    if (isErrorCell(v)) {
      reportCell(this.issues, 'errorCell', col, row, v);
      return '';
    }
    this.lastCell = v;
    this.lastText = idText(v);
    return this.lastText;
  }
}

/** Counts a check on a row, with the cell's text as the example when one is given. */
function reportCell(issues: ReadState['issues'], check: CheckId, c: number, row: number, v?: unknown): void {
  addIssue(issues, check, c, row, v === undefined ? undefined : cellText(v));
}

/** A product cell as text: ids as `idText` writes them ("71053", not "71053.0"), names trimmed; '' when blank or an error. */
function productText(v: unknown): string {
  if (isBlank(v) || isErrorCell(v)) return '';
  return typeof v === 'number' ? idText(v) : String(v).trim();
}

/**
 * An empty array whose elements are already objects. An empty `[]` holds small integers until its
 * first push: a push run once per batch then saw that map on the first batch only, and code
 * optimized during the second batch was thrown away at its end ("wrong map").
 */
function emptyListOfObjects<T extends object>(): T[] {
  const list: (T | null)[] = [null];
  list.length = 0;
  return list as T[];
}

/** A typed array's numbers in a plain array, by a loop (Array.from goes through an iterator: ten times slower). */
function plainArray(typed: Float64Array): number[] {
  const out = new Array<number>(typed.length);
  for (let i = 0; i < typed.length; i++) out[i] = typed[i];
  return out;
}
