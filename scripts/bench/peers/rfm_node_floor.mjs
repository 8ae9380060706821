/**
 * Not a peer but a floor for scripts/bench/engine.ts: the pandas peer's RFM (rfm_pandas.py: the
 * same filter, recency, frequency, monetary and rank-first quintiles, the same CSV) in one plain
 * Node process with none of the add-on's reading: no column detection, no data-quality checks, no
 * duplicate rows, no decimal-separator evidence, no refunds by status, one fixed layout. It shows
 * what a reader that works on each column's distinct texts could reach (fields interned by their
 * bytes, typed arrays indexed by those ids, no string or array per row), and so how much of our
 * time is the per-row design rather than Node itself.
 *
 * usage: node rfm_node_floor.mjs FILE.csv YYYY-MM-DD
 *
 * FILE has the columns InvoiceNo, InvoiceDate (YYYY-MM-DD ...), CustomerID, Amount, no quotes.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const [file, analysisDate] = process.argv.slice(2);
const DAY_MS = 86_400_000;
const dayOf = (y, m, d) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const analysisDay = dayOf(...analysisDate.split('-').map(Number));

/** A column's distinct texts by their bytes (FNV-1a, open addressing); the bytes are copied in. */
class Texts {
  mask = 1023;
  slots = new Int32Array(1024).fill(-1);
  hashes = [];
  starts = [];
  lengths = [];
  store = new Uint8Array(1 << 16);
  used = 0;
  get size() {
    return this.starts.length;
  }
  id(buf, s, e, h) {
    const len = e - s;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.slots[i];
      if (k < 0) return this.add(buf, s, e, h, i);
      if (this.hashes[k] !== h || this.lengths[k] !== len) continue;
      const a = this.starts[k];
      let j = 0;
      while (j < len && this.store[a + j] === buf[s + j]) j++;
      if (j === len) return k;
    }
  }
  add(buf, s, e, h, slot) {
    const k = this.starts.length;
    if (this.used + (e - s) > this.store.length) {
      const bigger = new Uint8Array(2 * (this.used + (e - s)));
      bigger.set(this.store);
      this.store = bigger;
    }
    this.store.set(buf.subarray(s, e), this.used);
    this.starts.push(this.used);
    this.lengths.push(e - s);
    this.hashes.push(h);
    this.used += e - s;
    this.slots[slot] = k;
    if (2 * (k + 1) > this.mask) {
      this.mask = 2 * this.mask + 1;
      this.slots = new Int32Array(this.mask + 1).fill(-1);
      for (let q = 0; q <= k; q++) {
        let i = this.hashes[q] & this.mask;
        while (this.slots[i] >= 0) i = (i + 1) & this.mask;
        this.slots[i] = q;
      }
    }
    return k;
  }
  text(k) {
    return Buffer.from(this.store.buffer, this.store.byteOffset + this.starts[k], this.lengths[k]).toString('latin1');
  }
}

const invoices = new Texts();
const dates = new Texts();
const customers = new Texts();
const dayOfDate = [];
let lastDay = new Int32Array(1024).fill(-1);
let spent = new Float64Array(1024);
let orders = new Int32Array(1024);
let seen = new Uint8Array(1024);
/** Per invoice: the last customer counted for it + 1 (0: none), so an invoice counts once per customer. */
let counted = new Int32Array(1 << 16);
const grow = (a, n, fill = 0) => {
  const b = new a.constructor(Math.max(n, 2 * a.length));
  b.set(a);
  if (fill) b.fill(fill, a.length);
  return b;
};

const TENS = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** The number written `buf[s, e)` as digits with an optional sign and point: digits over a power of ten, rounded once as Number() rounds. */
function decimal(buf, s, e) {
  let i = s;
  const negative = buf[i] === 45;
  if (negative) i++;
  let v = 0;
  let decimals = -1;
  for (; i < e; i++) {
    const b = buf[i];
    if (b === 46 && decimals < 0) decimals = 0;
    else if (b >= 48 && b <= 57) {
      v = v * 10 + (b - 48);
      if (decimals >= 0) decimals++;
    } else return Number(buf.subarray(s, e).toString('latin1'));
  }
  const x = decimals > 0 ? v / TENS[decimals] : v;
  return negative ? -x : x;
}

/** Reads one line `buf[s, e)` (no line end) into the totals. */
function line(buf, s, e) {
  let i = s;
  let h = 2166136261;
  const c0 = buf[i];
  while (buf[i] !== 44) h = Math.imul(h ^ buf[i++], 16777619);
  const invoice = invoices.id(buf, s, i, h);
  let f = ++i;
  h = 2166136261;
  while (buf[i] !== 44) h = Math.imul(h ^ buf[i++], 16777619);
  const date = dates.id(buf, f, i, h);
  if (dayOfDate[date] === undefined) {
    const d = (p, n) => Number(Buffer.from(buf.subarray(f + p, f + p + n)).toString('latin1'));
    dayOfDate[date] = dayOf(d(0, 4), d(5, 2), d(8, 2));
  }
  f = ++i;
  h = 2166136261;
  while (buf[i] !== 44) h = Math.imul(h ^ buf[i++], 16777619);
  if (i === f || c0 === 67) return;
  const customer = customers.id(buf, f, i, h);
  const amount = decimal(buf, i + 1, e);
  if (!(amount >= 0)) return;
  if (customer >= lastDay.length) {
    lastDay = grow(lastDay, customer + 1, -1);
    spent = grow(spent, customer + 1);
    orders = grow(orders, customer + 1);
    seen = grow(seen, customer + 1);
  }
  if (invoice >= counted.length) counted = grow(counted, invoice + 1);
  seen[customer] = 1;
  const day = dayOfDate[date];
  if (day > lastDay[customer]) lastDay[customer] = day;
  spent[customer] += amount;
  if (counted[invoice] !== customer + 1) {
    // Lines of one invoice sit together: a customer's invoice is new when the invoice last counted someone else.
    counted[invoice] = customer + 1;
    orders[customer]++;
  }
}

const fd = openSync(file, 'r');
const block = Buffer.allocUnsafe(4 << 20);
let carry = Buffer.alloc(0);
let header = true;
for (;;) {
  const n = readSync(fd, block, 0, block.length, null);
  const buf = carry.length ? Buffer.concat([carry, block.subarray(0, n)]) : block.subarray(0, n);
  let s = 0;
  for (let lf = buf.indexOf(10, s); lf >= 0; lf = buf.indexOf(10, s)) {
    const e = lf > s && buf[lf - 1] === 13 ? lf - 1 : lf;
    if (header) header = false;
    else if (e > s) line(buf, s, e);
    s = lf + 1;
  }
  carry = Buffer.from(buf.subarray(s));
  if (n === 0) break;
}
if (carry.length) line(carry, 0, carry.length);
closeSync(fd);

// Customers in id order (pandas' groupby sorts them), then rank-first quintiles (pd.qcut of the ranks).
const ids = [];
for (let c = 0; c < customers.size; c++) if (seen[c]) ids.push(c);
const names = ids.map((c) => customers.text(c));
const order = ids.map((_, k) => k).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
const recency = order.map((k) => analysisDay - lastDay[ids[k]]);
const frequency = order.map((k) => orders[ids[k]]);
const monetary = order.map((k) => Math.round(spent[ids[k]] * 100) / 100);
function quintiles(values, ascending) {
  const n = values.length;
  const byRank = values.map((_, i) => i).sort((a, b) => (ascending ? values[a] - values[b] : values[b] - values[a]) || a - b);
  const edges = [1, 2, 3, 4].map((k) => 1 + ((n - 1) * k) / 5);
  const out = new Array(n);
  byRank.forEach((i, r) => {
    out[i] = 1 + edges.filter((e) => r + 1 > e).length;
  });
  return out;
}
const [r, f, m] = [quintiles(recency, false), quintiles(frequency, true), quintiles(monetary, true)];
const rows = ['customer_id,recency_days,frequency,monetary,r,f,m,rfm_score'];
// pandas writes a float column's whole numbers with ".0".
const money = (x) => (Number.isInteger(x) ? x.toFixed(1) : String(x));
for (const [i, k] of order.entries()) rows.push(`${names[k]},${recency[i]},${frequency[i]},${money(monetary[i])},${r[i]},${f[i]},${m[i]},${r[i] * 100 + f[i] * 10 + m[i]}`);
process.stdout.write(`${rows.join('\n')}\n`);
