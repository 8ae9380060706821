/**
 * Fakes of the Apps Script services other than the spreadsheet itself, with the documented limits:
 * document properties 9 KB per value and 500 KB per store; cache keys ≤ 250 characters, values ≤ 100 KB,
 * expiry ≤ 21,600 s; one document lock shared by every execution of the workbook.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HarnessEnv } from './env';
import type { FakeSpreadsheet } from './fakeSpreadsheet';

const KB = 1024;

export class FakeProperties {
  store = new Map<string, string>();
  constructor(private env: HarnessEnv) {}
  private size(): number {
    let n = 0;
    for (const [k, v] of this.store) n += Buffer.byteLength(k) + Buffer.byteLength(v);
    return n;
  }
  getProperty(key: string): string | null { return this.store.get(key) ?? null; }
  getProperties(): Record<string, string> { return Object.fromEntries(this.store); }
  getKeys(): string[] { return [...this.store.keys()]; }
  setProperty(key: string, value: string) {
    const v = String(value);
    if (Buffer.byteLength(v) > 9 * KB) throw new Error('Exception: Argument too large: value');
    const old = this.store.get(key);
    this.store.set(key, v);
    if (this.size() > 500 * KB) {
      if (old === undefined) this.store.delete(key);
      else this.store.set(key, old);
      throw new Error('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    return this;
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false) {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(props)) this.setProperty(k, v);
    return this;
  }
  deleteProperty(key: string) { this.store.delete(key); return this; }
  deleteAllProperties() { this.store.clear(); return this; }
}

export class FakeCache {
  private store = new Map<string, { value: string; expires: number }>();
  constructor(private now: () => number) {}
  get(key: string): string | null {
    const e = this.store.get(key);
    if (!e || e.expires < this.now()) return null;
    return e.value;
  }
  getAll(keys: string[]) { return Object.fromEntries(keys.map((k) => [k, this.get(k)]).filter(([, v]) => v !== null)); }
  put(key: string, value: string, seconds = 600) {
    if (key.length > 250) throw new Error('Exception: Argument too large: key');
    if (Buffer.byteLength(String(value)) > 100 * KB) throw new Error('Exception: Argument too large: value');
    if (seconds > 21600) seconds = 21600;
    this.store.set(key, { value: String(value), expires: this.now() + seconds * 1000 });
  }
  putAll(values: Record<string, string>, seconds?: number) { for (const [k, v] of Object.entries(values)) this.put(k, v, seconds); }
  remove(key: string) { this.store.delete(key); }
  removeAll(keys: string[]) { for (const k of keys) this.store.delete(k); }
}

/** One document lock for the workbook; `heldByOther` simulates a second user's running execution. */
export class FakeLock {
  heldBy: 'me' | 'other' | null = null;
  tryLock(_ms: number): boolean {
    if (this.heldBy === 'other') return false;
    this.heldBy = 'me';
    return true;
  }
  waitLock(ms: number): void {
    if (!this.tryLock(ms)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean { return this.heldBy === 'me'; }
  releaseLock(): void { if (this.heldBy === 'me') this.heldBy = null; }
}

export interface UiRecord {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
  alerts: string[];
}

class FakeHtmlOutput {
  title = '';
  constructor(private html: string) {}
  setTitle(t: string) { this.title = t; return this; }
  getTitle() { return this.title; }
  setSandboxMode(_m: unknown) { return this; }
  setWidth(_w: number) { return this; }
  setHeight(_h: number) { return this; }
  setXFrameOptionsMode(_m: unknown) { return this; }
  addMetaTag(_n: string, _c: string) { return this; }
  getContent() { return this.html; }
  setContent(h: string) { this.html = h; return this; }
  append(h: string) { this.html += h; return this; }
}

export function makeHtmlService(distDir: string) {
  return {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput: (html = '') => new FakeHtmlOutput(String(html)),
    createHtmlOutputFromFile: (name: string) => {
      const file = join(distDir, `${name.replace(/\.html$/, '')}.html`);
      if (!existsSync(file)) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(readFileSync(file, 'utf8'));
    },
  };
}

export function makeUi(env: HarnessEnv, record: UiRecord) {
  const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  const menu = (title: string) => {
    const m = { title, items: [] as { caption: string; functionName: string }[] };
    const api = {
      addItem: (caption: string, functionName: string) => { m.items.push({ caption, functionName }); return api; },
      addSeparator: () => { m.items.push({ caption: '---', functionName: '' }); return api; },
      addSubMenu: () => api,
      addToUi: () => { record.menus.push(m); },
    };
    return api;
  };
  return {
    ButtonSet,
    Button,
    createAddonMenu: () => menu('Add-on'),
    createMenu: (title: string) => menu(title),
    showSidebar: (out: FakeHtmlOutput) => {
      if (env.mode !== 'FULL') throw new Error('Exception: You do not have permission to call Ui.showSidebar');
      record.sidebars.push({ title: out.getTitle(), html: out.getContent() });
    },
    showModalDialog: (out: FakeHtmlOutput, title: string) => { record.dialogs.push({ title, html: out.getContent() }); },
    alert: (...args: unknown[]) => { record.alerts.push(String(args.length > 1 ? args[1] : args[0])); return Button.OK; },
  };
}

/** One formatter per zone: making an Intl.DateTimeFormat costs far more than using one (the fake's cost, not the add-on's). */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    zoneFormats.set(timeZone, f);
  }
  return f;
}

/** Utilities: the subset the add-on may use. `formatDate` supports the yyyy, MM, dd, HH, mm, ss and Z tokens. */
export function makeUtilities(env: HarnessEnv) {
  return {
    formatDate(date: Date, timeZone: string, pattern: string): string {
      const parts = Object.fromEntries(
        zoneFormat(timeZone)
          .formatToParts(new Date(date.getTime()))
          .map((p) => [p.type, p.value]),
      );
      const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
      const offsetMin = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
      const sign = offsetMin >= 0 ? '+' : '-';
      const abs = Math.abs(offsetMin);
      const Z = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
      return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (t) => ({ yyyy: parts.year, MM: parts.month, dd: parts.day, HH: parts.hour, mm: parts.minute, ss: parts.second, Z })[t] as string);
    },
    getUuid: () => crypto.randomUUID(),
    sleep: (ms: number) => { if (env.current) env.current.virtualMs += ms; },
    jsonStringify: (v: unknown) => JSON.stringify(v),
    jsonParse: (s: string) => JSON.parse(s),
  };
}

export function makeSpreadsheetApp(env: HarnessEnv, getBook: () => FakeSpreadsheet, ui: ReturnType<typeof makeUi>) {
  const denyNone = (name: string) => env.require(`SpreadsheetApp.${name}`, ['NONE']);
  const gradient = () => {
    const rule: Record<string, unknown> = {};
    const b: Record<string, (...a: any[]) => unknown> = {};
    for (const m of ['setGradientMinpoint', 'setGradientMaxpoint', 'setGradientMidpointWithValue', 'setGradientMinpointWithValue', 'setGradientMaxpointWithValue', 'setRanges', 'whenNumberGreaterThan', 'whenNumberLessThan', 'whenTextEqualTo', 'setBackground', 'setFontColor', 'setBold', 'whenCellNotEmpty']) {
      b[m] = (...a: unknown[]) => { rule[m] = a.map((x) => (x && typeof x === 'object' && 'getA1Notation' in (x as object) ? (x as { getA1Notation(): string }).getA1Notation() : x)); return b; };
    }
    b.build = () => ({ rule, getRanges: () => rule.setRanges });
    return b;
  };
  return {
    getActive: () => { denyNone('getActive'); return getBook(); },
    getActiveSpreadsheet: () => { denyNone('getActiveSpreadsheet'); return getBook(); },
    getActiveSheet: () => { denyNone('getActiveSheet'); return getBook().getActiveSheet(); },
    getActiveRange: () => { denyNone('getActiveRange'); return getBook().getActiveSheet().getRange(1, 1); },
    getUi: () => { env.require('SpreadsheetApp.getUi', ['CUSTOM_FUNCTION']); return ui; },
    flush: () => undefined,
    newConditionalFormatRule: gradient,
    InterpolationType: { MIN: 'MIN', MAX: 'MAX', NUMBER: 'NUMBER', PERCENT: 'PERCENT', PERCENTILE: 'PERCENTILE' },
    BorderStyle: { SOLID: 'SOLID' },
  };
}
