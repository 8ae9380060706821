/**
 * The Apps Script harness: loads the built `dist/Code.js` as text into a Node `vm` context that has
 * only what Apps Script's V8 has (no setTimeout, TextEncoder, URL, require, process), plus in-memory
 * fakes of the services the add-on uses. Tests call the global functions exactly as Sheets would.
 *
 * @example
 * const addon = loadAddOn({ sheets: { Orders: [['Customer', 'Date', 'Amount'], ['a', new Date(), 5]] } });
 * addon.callCustomFunction('CAC', 1000, 20); // 50
 * addon.runTrigger('onOpen', 'NONE');
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { HarnessEnv, type AuthMode, type ExecutionRecord } from './env';
import { FakeSpreadsheet } from './fakeSpreadsheet';
import type { FakeBigQuery } from './fakeBigQuery';
import { FakeCache, FakeLock, FakeProperties, makeHtmlService, makeSpreadsheetApp, makeUi, makeUtilities, type UiRecord } from './services';

export { FakeSpreadsheet, FakeSheet } from './fakeSpreadsheet';
export type { AuthMode, ExecutionRecord } from './env';

/** The built add-on: `$ADDON_DIST`, else `dist/` of the repository (tests and the preview run from its root). */
export const DIST = process.env.ADDON_DIST ?? join(process.cwd(), 'dist');

/** Apps Script's execution limits, in ms. */
export const LIMITS = { customFunction: 30_000, server: 360_000 };

export interface LoadOptions {
  /** Sheets to create, in order; the first is active. Values as getValues would return them. */
  sheets?: Record<string, unknown[][]>;
  /** `Session.getActiveUserLocale()`, e.g. 'zh_TW'. */
  locale?: string;
  /** The spreadsheet's time zone. */
  timeZone?: string;
  /** Reuse an existing workbook (e.g. a copy) instead of creating one. */
  spreadsheet?: FakeSpreadsheet;
  /** Reuse document properties (e.g. to show they do not travel with a copy). */
  documentProperties?: FakeProperties;
  /** Path of the bundle; defaults to dist/Code.js. */
  codePath?: string;
  /** Connected Sheets fakes (test/harness/fakeBigQuery.ts); without it the DataSource API is absent. */
  bigQuery?: FakeBigQuery;
}

let cachedCode: { path: string; code: string; script: vm.Script } | null = null;

/**
 * Built-ins the bundle uses in hot loops. Node's `vm` resolves every global through an interceptor,
 * about 30× slower than Apps Script's V8 resolves its globals, which would make the harness's timings
 * meaningless; binding the built-ins once as locals removes that artefact and nothing else.
 */
const BUILTINS = ['NaN', 'Infinity', 'Object', 'Array', 'Number', 'String', 'Boolean', 'Math', 'JSON', 'Date', 'Map', 'Set', 'WeakMap', 'Error', 'TypeError', 'RangeError', 'RegExp', 'Symbol', 'Promise', 'Intl', 'Reflect', 'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'Float64Array', 'Float32Array', 'Int32Array', 'Uint32Array', 'Int16Array', 'Uint16Array', 'Int8Array', 'Uint8Array', 'ArrayBuffer'];

/** The top-level function names a bundle declares (`function name(`), which Apps Script makes global. */
function topLevelFunctions(code: string): string[] {
  return [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]);
}

function compiled(path: string) {
  if (!cachedCode || cachedCode.path !== path) {
    const code = readFileSync(path, 'utf8');
    const names = topLevelFunctions(code);
    const wrapped = `(function () {\nconst ${BUILTINS.map((b) => `${b} = globalThis.${b}`).join(', ')};\n${code}\n;${names.map((n) => `globalThis.${n} = ${n};`).join('')} globalThis.AddOn = AddOn;\n})();`;
    cachedCode = { path, code, script: new vm.Script(wrapped, { filename: 'Code.js' }) };
  }
  return cachedCode;
}

export interface AddOn {
  env: HarnessEnv;
  spreadsheet: FakeSpreadsheet;
  documentProperties: FakeProperties;
  userProperties: FakeProperties;
  scriptCache: FakeCache;
  userCache: FakeCache;
  documentCache: FakeCache;
  lock: FakeLock;
  ui: UiRecord;
  context: vm.Context;
  /** Calls a custom function as Sheets does: in CUSTOM_FUNCTION mode, with ranges as 2-D arrays. */
  callCustomFunction(name: string, ...args: unknown[]): unknown;
  /** Calls a trigger or menu function (`onOpen` in NONE mode, menu items in FULL). */
  runTrigger(name: string, mode?: AuthMode, event?: unknown): unknown;
  /** Calls a function the sidebar calls with `google.script.run` (FULL mode; JSON in and out, as the real bridge). */
  runFromSidebar(name: string, ...args: unknown[]): unknown;
  /** The global function names the bundle declares. */
  globals(): string[];
  /** Evaluates an expression inside the script's context (for checks on what the context has). */
  evaluate(expression: string): unknown;
  /** Executions so far with their timing. */
  executions: ExecutionRecord[];
}

/** Loads the built add-on into a fresh Apps Script-like context. */
export function loadAddOn(options: LoadOptions = {}): AddOn {
  const env = new HarnessEnv();
  const spreadsheet = options.spreadsheet ?? new FakeSpreadsheet(env, 'Test workbook', options.timeZone ?? 'Asia/Taipei', options.locale ?? 'en_US');
  (spreadsheet as { env: HarnessEnv }).env = env;
  for (const [name, values] of Object.entries(options.sheets ?? {})) spreadsheet.addSheetWithValues(name, values);
  if (spreadsheet.sheets.length === 0) spreadsheet.addSheetWithValues('Sheet1', []);

  const ui: UiRecord = { menus: [], sidebars: [], dialogs: [], alerts: [] };
  const uiApi = makeUi(env, ui);
  const documentProperties = options.documentProperties ?? new FakeProperties(env);
  const userProperties = new FakeProperties(env);
  const now = () => Date.now();
  const scriptCache = new FakeCache(now);
  const userCache = new FakeCache(now);
  const documentCache = new FakeCache(now);
  const lock = new FakeLock();
  const locale = options.locale ?? 'en_US';

  const logs: string[] = [];
  const sandbox: Record<string, unknown> = {
    SpreadsheetApp: makeSpreadsheetApp(env, () => spreadsheet, uiApi),
    PropertiesService: {
      getDocumentProperties: () => { env.require('PropertiesService.getDocumentProperties', ['NONE']); return documentProperties; },
      getUserProperties: () => { env.require('PropertiesService.getUserProperties', ['NONE']); return userProperties; },
      getScriptProperties: () => { env.require('PropertiesService.getScriptProperties', ['NONE']); return userProperties; },
    },
    CacheService: {
      getScriptCache: () => { env.require('CacheService.getScriptCache', ['NONE']); return scriptCache; },
      getUserCache: () => { env.require('CacheService.getUserCache', ['NONE']); return userCache; },
      getDocumentCache: () => { env.require('CacheService.getDocumentCache', ['NONE']); return documentCache; },
    },
    LockService: {
      getDocumentLock: () => { env.require('LockService.getDocumentLock', ['NONE']); return lock; },
      getScriptLock: () => lock,
      getUserLock: () => lock,
    },
    Session: {
      getActiveUserLocale: () => locale,
      getScriptTimeZone: () => 'Etc/UTC',
      getTemporaryActiveUserKey: () => 'temp-user-key',
      getEffectiveUser: () => ({ getEmail: () => '' }),
      getActiveUser: () => ({ getEmail: () => '' }),
    },
    HtmlService: makeHtmlService(options.codePath ? dirname(options.codePath) : DIST),
    Utilities: makeUtilities(env),
    Logger: { log: (...a: unknown[]) => { logs.push(a.map(String).join(' ')); } },
    console: { log: (...a: unknown[]) => logs.push(a.map(String).join(' ')), info: () => undefined, warn: () => undefined, error: () => undefined },
    Charts: { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE' }, Position: { RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', TOP: 'TOP', NONE: 'NONE' } },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } },
  };
  options.bigQuery?.install(sandbox, spreadsheet, env);
  const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  // Remove what Node's vm adds that Apps Script lacks.
  vm.runInContext('delete globalThis.queueMicrotask; delete globalThis.structuredClone;', context);
  // Copies host values into the context's realm so `Array.isArray`, `instanceof` and Date checks behave as in Apps Script.
  const toRealm = vm.runInContext(
    `(function () { const Array = globalThis.Array, Object = globalThis.Object, Date = globalThis.Date; return function toRealm(v) {
       if (Array.isArray(v)) { var out = new Array(v.length); for (var i = 0; i < v.length; i++) out[i] = toRealm(v[i]); return out; }
       if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
       if (v && typeof v === 'object') { var o = {}; for (var k in v) o[k] = toRealm(v[k]); return o; }
       return v;
     }; })()`,
    context,
  ) as (v: unknown) => unknown;
  env.toRealm = toRealm;
  env.readBlock = vm.runInContext(
    `(function () { const Array = globalThis.Array, Date = globalThis.Date, toString = globalThis.Object.prototype.toString; return function readBlock(data, row0, col0, rows, cols) {
       var out = new Array(rows);
       for (var r = 0; r < rows; r++) {
         var src = data[row0 + r], row = new Array(cols);
         for (var c = 0; c < cols; c++) {
           var v = src ? src[col0 + c] : undefined;
           row[c] = v === undefined || v === null ? '' : toString.call(v) === '[object Date]' ? new Date(v.getTime()) : v;
         }
         out[r] = row;
       }
       return out;
     }; })()`,
    context,
  ) as HarnessEnv['readBlock'];

  const path = options.codePath ?? join(DIST, 'Code.js');
  compiled(path).script.runInContext(context);

  const executions: ExecutionRecord[] = env.executions;
  /** JSON text parsed in the add-on's realm: what google.script.run hands a server function. */
  const parseInRealm = vm.runInContext('(function () { const JSON = globalThis.JSON; return function parse(text) { return JSON.parse(text); }; })()', context) as (text: string) => unknown[];
  const execute = (name: string, mode: AuthMode, limitMs: number, args: unknown[], inRealm = false) => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const record: ExecutionRecord = { name, mode, wallMs: 0, virtualMs: 0, reads: 0, writes: 0, cellsRead: 0 };
    env.mode = mode;
    env.current = record;
    const t0 = performance.now();
    let result: unknown;
    try {
      result = (fn as (...a: unknown[]) => unknown)(...((inRealm ? args : toRealm(args)) as unknown[]));
    } finally {
      record.wallMs = performance.now() - t0;
      env.current = null;
      env.mode = 'FULL';
      lock.releaseLock(); // Apps Script releases a script's locks when its execution ends
      executions.push(record);
    }
    if (record.wallMs + record.virtualMs > limitMs) {
      throw new Error(`Exceeded maximum execution time (${name}: ${Math.round(record.wallMs + record.virtualMs)} ms > ${limitMs} ms)`);
    }
    return result;
  };

  return {
    env,
    spreadsheet,
    documentProperties,
    userProperties,
    scriptCache,
    userCache,
    documentCache,
    lock,
    ui,
    context,
    executions,
    callCustomFunction: (name, ...args) => execute(name, 'CUSTOM_FUNCTION', LIMITS.customFunction, args),
    runTrigger: (name, mode = 'FULL', event) => execute(name, mode, LIMITS.server, event === undefined ? [] : [event]),
    runFromSidebar: (name, ...args) => {
      // google.script.run carries JSON-like values only: no Date, no functions, no DOM nodes.
      const check = (v: unknown): void => {
        if (typeof v === 'function') throw new Error(`google.script.run cannot pass a function to ${name}`);
        if (Object.prototype.toString.call(v) === '[object Date]') throw new Error(`google.script.run cannot pass a Date to ${name}`);
        if (v && typeof v === 'object') for (const x of Object.values(v)) check(x);
      };
      args.forEach(check);
      // Parsed once, in the add-on's realm, as the real transport delivers it.
      const result = execute(name, 'FULL', LIMITS.server, parseInRealm(JSON.stringify(args)), true);
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    },
    evaluate: (expression) => vm.runInContext(expression, context),
    globals: () => vm.runInContext('Object.keys(globalThis).filter(function (k) { return typeof globalThis[k] === "function"; })', context) as string[],
  };
}

/** Loads the manifest the build wrote (custom functions and entry points). */
export function builtManifest(): { customFunctions: { name: string; description: string; params: { name: string; description: string; optional?: boolean }[]; example: string; returns: string }[]; entryPoints: { name: string; params: string[] }[] } {
  return JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
}

/** The bundle's text. */
export function builtCode(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}
