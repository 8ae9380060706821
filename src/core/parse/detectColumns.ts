import { isBlank, columnLetter } from './cells';
import { detectExport, EXPORT_FORMATS, type ExportFormat } from './headers/exports';
import { matchHeader } from './headers/match';
import { normalizeHeader, splitCamel } from './headers/normalize';
import { message, type Message } from './message';
import { profileColumn, type ColumnProfile } from './profile';
import { DATE_ROLES, NUMBER_ROLES, ROLES, type Role } from './roles';

/** How many data rows under the header detection looks at. `startRead` should get at least these. */
export const DETECTION_SAMPLE_ROWS = 200;
/** Below this confidence a column is not given a role. */
export const MIN_CONFIDENCE = 0.35;

/** One column as detected. */
export interface ColumnDetection {
  index: number;
  /** Header text as written ("Column C" when the sheet has no header row). */
  header: string;
  role: Role | null;
  /** 0..1: how sure we are of `role`. */
  confidence: number;
  /** Why: localizable, e.g. "header "InvoiceDate" contains "date"; 100% of values are dates". */
  reason: Message;
}

/**
 * What detection found, and what the reader needs to parse the sheet.
 * Decisions that need the whole column (day/month order, decimal separator, currency) are not
 * taken here from a sample: the reader takes them once every row is read (`ReadResult.decisions`).
 */
export interface Detection {
  /** 0-based index of the header row in `values`; -1 when the sheet has none. */
  headerRow: number;
  width: number;
  columns: ColumnDetection[];
  /** Column index per detected role. */
  roles: Partial<Record<Role, number>>;
  /** One row per order (line) or one row per customer with totals. */
  shape: 'transactions' | 'customers';
  shapeReason: Message;
  /** The export format recognised from the headers, if any. */
  exportFormat: ExportFormat['id'] | null;
  /** Where the order amount comes from. */
  amountFrom: 'amount' | 'quantityTimesPrice' | 'none';
  /** The marketing column records consent ("accepts marketing"), so "no" means opted out. */
  marketingIsConsent: boolean;
  /** The same for the SMS / messaging column ("Accepts SMS Marketing"). */
  smsIsConsent: boolean;
  /** Sentences about choices made during detection (fallbacks, promotions). */
  notes: Message[];
}

interface Candidate {
  col: number;
  role: Role;
  confidence: number;
  reason: Message;
}

/** Content checks: share of sample values that fit the role, or null when the role takes any text. */
function fitOf(role: Role, p: ColumnProfile): number | null {
  if ((DATE_ROLES as readonly Role[]).includes(role)) return p.dateAny;
  if ((NUMBER_ROLES as readonly Role[]).includes(role)) return p.numeric;
  if (role === 'email') return p.email;
  return null;
}

function headerScore(row: readonly unknown[]): number {
  let score = 0;
  for (const v of row) {
    if (typeof v !== 'string' || v.trim() === '') continue;
    const m = matchHeader(normalizeHeader(splitCamel(v)));
    if (m.length) score += m[0].kind === 'exact' ? 1 : 0.6;
  }
  return score;
}

function looksLikeHeader(row: readonly unknown[]): boolean {
  let text = 0;
  let filled = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'string' && Number.isNaN(Number(v.replace(/[,.\s]/g, ''))) && !/^\d{4}-\d\d-\d\d/.test(v)) text++;
  }
  return filled > 0 && text === filled;
}

/** The header row: the row among the first ten with the most header words. */
function findHeaderRow(values: readonly unknown[][]): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(values.length, 10);
  for (let r = 0; r < limit; r++) {
    const s = headerScore(values[r] ?? []);
    if (s > bestScore) {
      bestScore = s;
      best = r;
    }
  }
  if (best >= 0) return best;
  const first = values.findIndex((row) => (row ?? []).some((v) => !isBlank(v)));
  if (first < 0) return 0;
  return looksLikeHeader(values[first]) ? first : -1;
}

const pct = (x: number) => Math.round(x * 100);

/**
 * Finds the header row and what each column means, from the header words (four languages and the
 * Shopify / WooCommerce / Square / HubSpot exports) confirmed by the values under them.
 * Every role comes with a confidence and a reason so the user can check and override it.
 * @example detectColumns([['Customer ID', 'Order Date', 'Amount'], ['C1', '2024-03-05', 'NT$1,234']]).roles
 * // { customerId: 0, orderDate: 1, amount: 2 }
 */
export function detectColumns(values: readonly unknown[][]): Detection {
  const width = values.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const headerRow = values.length ? findHeaderRow(values) : -1;
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const h = headerRow >= 0 ? values[headerRow]?.[c] : undefined;
    headers.push(h === undefined || isBlank(h) ? `Column ${columnLetter(c)}` : String(h).trim());
  }
  const normalized = headers.map((h, c) => (headerRow >= 0 && !isBlank(values[headerRow]?.[c]) ? normalizeHeader(splitCamel(h)) : ''));
  const sample: unknown[][] = [];
  for (let r = headerRow + 1; r < values.length && sample.length < DETECTION_SAMPLE_ROWS; r++) {
    const row = values[r];
    if (Array.isArray(row) && row.some((v) => !isBlank(v))) sample.push(row);
  }
  const profiles = headers.map((_, c) => profileColumn(sample, c));
  const exportFormat = detectExport(normalized);
  const notes: Message[] = [];

  const candidates: Candidate[] = [];
  for (let c = 0; c < width; c++) {
    const p = profiles[c];
    const header = headers[c];
    const fromExport = exportFormat?.columns[normalized[c]];
    const unused = exportFormat?.unused?.includes(normalized[c]) ?? false;
    const matches = fromExport
      ? [{ role: fromExport, kind: 'export' as const, word: header }]
      : unused
        ? []
        : matchHeader(normalized[c]);
    matches.forEach((m, rank) => {
      let confidence = m.kind === 'export' ? 0.97 : m.kind === 'exact' ? 0.95 : m.kind === 'weak' ? 0.5 : 0.7;
      confidence -= rank * 0.05;
      let reason =
        m.kind === 'export'
          ? message('reasonExport', { header, format: exportFormat!.label })
          : m.kind === 'exact' || m.kind === 'weak'
            ? message('reasonHeaderExact', { header })
            : message('reasonHeaderContains', { header, word: m.word });
      const fit = fitOf(m.role, p);
      if (fit !== null && p.nonBlank > 0) {
        if (fit < 0.5) {
          confidence *= 0.3;
          reason = message(DATE_ROLES.includes(m.role) ? 'reasonHeaderNotDates' : m.role === 'email' ? 'reasonHeaderNotEmails' : 'reasonHeaderNotNumbers', { header, percent: pct(fit) });
        } else {
          confidence = Math.min(1, confidence * (0.9 + 0.1 * fit));
          reason = message(DATE_ROLES.includes(m.role) ? 'reasonValuesDates' : m.role === 'email' ? 'reasonValuesEmails' : 'reasonValuesNumbers', { header, percent: pct(fit), format: exportFormat?.label ?? '' });
        }
      }
      candidates.push({ col: c, role: m.role, confidence, reason });
    });
    // Content alone, for columns whose header says nothing (or no header row at all).
    if (!matches.length && p.nonBlank > 0) {
      if (p.email >= 0.8) candidates.push({ col: c, role: 'email', confidence: 0.6, reason: message('reasonContentEmails', { header, percent: pct(p.email) }) });
      // Only without a header row: a header that names something else ("Last Activity Date") is not the order date.
      else if (headerRow < 0 && (p.dateLike >= 0.8 || (p.dateAny >= 0.9 && p.integer === 1))) candidates.push({ col: c, role: 'orderDate', confidence: 0.5, reason: message('reasonContentDates', { header, percent: pct(Math.max(p.dateLike, p.dateAny)) }) });
    }
  }
  if (headerRow < 0) addHeaderlessGuesses(candidates, profiles, headers);

  candidates.sort((a, b) => b.confidence - a.confidence || a.col - b.col);
  const roles: Partial<Record<Role, number>> = {};
  const byCol = new Map<number, Candidate>();
  for (const cand of candidates) {
    if (cand.confidence < MIN_CONFIDENCE || roles[cand.role] !== undefined || byCol.has(cand.col)) continue;
    roles[cand.role] = cand.col;
    byCol.set(cand.col, cand);
  }

  // Without a customer id column, a customer's email, then name, is the key (said in notes).
  const assign = (role: Role, from: Role, key: 'noteCustomerIdFromEmail' | 'noteCustomerIdFromName' | 'notePriceIsAmount') => {
    const col = roles[from]!;
    delete roles[from];
    roles[role] = col;
    const prev = byCol.get(col)!;
    byCol.set(col, { col, role, confidence: prev.confidence * 0.8, reason: message(key, { header: headers[col] }) });
    notes.push(message(key, { header: headers[col] }));
  };
  if (roles.customerId === undefined && roles.email !== undefined) assign('customerId', 'email', 'noteCustomerIdFromEmail');
  else if (roles.customerId === undefined && roles.name !== undefined) assign('customerId', 'name', 'noteCustomerIdFromName');
  // A lone "price" column with no quantity is the amount paid.
  if (roles.amount === undefined && roles.unitPrice !== undefined && roles.quantity === undefined) assign('amount', 'unitPrice', 'notePriceIsAmount');

  const amountFrom = amountSource(roles);
  if (amountFrom === 'quantityTimesPrice') notes.push(message('noteAmountFromQuantityPrice', { quantity: headers[roles.quantity!], price: headers[roles.unitPrice!] }));
  const { shape, shapeReason } = shapeOf(roles, headers);

  const columns: ColumnDetection[] = headers.map((header, index) => {
    const cand = byCol.get(index);
    return cand
      ? { index, header, role: cand.role, confidence: Math.round(cand.confidence * 100) / 100, reason: cand.reason }
      : { index, header, role: null, confidence: 0, reason: message('reasonNoRole', { header }) };
  });
  return {
    headerRow,
    width,
    columns,
    roles: orderRoles(roles),
    shape,
    shapeReason,
    exportFormat: exportFormat?.id ?? null,
    amountFrom,
    ...consentFlags(exportFormat?.id ?? null, roles, normalized),
    notes,
  };
}

/**
 * Whether the marketing and SMS columns record consent ("yes" = may contact) rather than opt-out,
 * from their headers. Taken again whenever the user maps those roles to other columns, so a chosen
 * consent column is never read as an opt-out one.
 */
export function consentFlags(format: ExportFormat['id'] | null, roles: Partial<Record<Role, number>>, normalizedHeaders: readonly string[]): Pick<Detection, 'marketingIsConsent' | 'smsIsConsent'> {
  const known = EXPORT_FORMATS.find((f) => f.id === format) ?? null;
  const header = (role: Role) => (roles[role] === undefined ? '' : (normalizedHeaders[roles[role] as number] ?? ''));
  return { marketingIsConsent: isConsentColumn(known, 'marketingOptOut', header('marketingOptOut')), smsIsConsent: isConsentColumn(known, 'smsOptOut', header('smsOptOut')) };
}

/**
 * Consent wording ("accepts marketing", "SMS marketing", 同意行銷, persetujuan) means "yes" = may contact;
 * refusal wording wins over it (不接收行銷 "do not receive marketing", tolak, berhenti langganan).
 */
function isConsentColumn(format: ExportFormat | null, role: Role, header: string): boolean {
  if (!header) return false;
  if (format?.consent && format.columns[header] === role) return true;
  const consent = /accept|consent|subscribed|newsletter|opt(ed)? in|^(email|sms) marketing$|同意|接收|簡訊行銷|短信营销|persetujuan|setuju|terima|^langganan|^pemasaran sms$/;
  const refusal = /unsubscribed|opt(ed)? out|do not|不接收|不接受|不同意|拒|tolak|tidak|berhenti/;
  return consent.test(header) && !refusal.test(header);
}

/** Roles in the canonical order, for stable output. */
function orderRoles(roles: Partial<Record<Role, number>>): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  for (const r of ROLES) if (roles[r] !== undefined) out[r] = roles[r];
  return out;
}

/**
 * A sheet without a header row (such as CDNOW_sample.txt): the first repeated id-like column is the
 * customer, the last numeric column with decimals the amount. Low confidence: the user should confirm.
 */
function addHeaderlessGuesses(candidates: Candidate[], profiles: ColumnProfile[], headers: string[]): void {
  const idCol = profiles.findIndex((p) => p.nonBlank > 0 && p.distinct < 0.9 && p.dateAny < 0.9);
  if (idCol >= 0) candidates.push({ col: idCol, role: 'customerId', confidence: 0.4, reason: message('reasonContentIds', { header: headers[idCol] }) });
  for (let c = profiles.length - 1; c >= 0; c--) {
    const p = profiles[c];
    if (c !== idCol && p.numeric >= 0.9 && p.integer < 1 && p.dateAny < 0.5) {
      candidates.push({ col: c, role: 'amount', confidence: 0.4, reason: message('reasonContentAmounts', { header: headers[c] }) });
      break;
    }
  }
}

/** Where order amounts come from, given the roles. */
export function amountSource(roles: Partial<Record<Role, number>>): Detection['amountFrom'] {
  return roles.amount !== undefined ? 'amount' : roles.quantity !== undefined && roles.unitPrice !== undefined ? 'quantityTimesPrice' : 'none';
}

/**
 * One row per customer when the sheet has customer totals (total spent, order count, last order
 * date) and no order date; otherwise one row per order (line).
 */
export function shapeOf(roles: Partial<Record<Role, number>>, headers: readonly string[]): Pick<Detection, 'shape' | 'shapeReason'> {
  const totals = (['totalSpent', 'orderCount', 'lastOrderDate'] as Role[]).filter((r) => roles[r] !== undefined);
  if (totals.length && roles.orderDate === undefined) {
    return { shape: 'customers', shapeReason: message('shapeCustomers', { columns: totals.map((r) => `“${headers[roles[r]!]}”`).join(', ') }) };
  }
  return { shape: 'transactions', shapeReason: message('shapeTransactions') };
}
