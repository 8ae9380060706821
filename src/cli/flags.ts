/**
 * The CLI's one flag checker. Each command declares its flags (name and kind); `defineCommand`
 * checks them before the command runs, whether it was called from `main.ts` or from a test, so a
 * bad value never becomes a silently wrong answer: unknown flags are refused with the list of known
 * ones, and each error names the flag, what was given and what is allowed.
 */
import { existsSync, statSync } from 'node:fs';
import { dayFromIso } from '../core/days';
import { format, type Localized } from '../core/i18n';
import type { Lang } from '../core/types';
import type { CliCommand } from './command';

/** A mistake in how the command was called: exit code 2, one line, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The data or a file cannot be used (empty file, no readable order): exit code 1, the message only. */
export class CliError extends Error {
  override name = 'CliError';
}

export type FlagKind =
  | { kind: 'switch' }
  | { kind: 'date' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'number'; min: number; max?: number }
  | { kind: 'enum'; values: readonly string[]; caseInsensitive?: boolean }
  | { kind: 'file' }
  | { kind: 'output' }
  | { kind: 'string' };

export type FlagSpec = FlagKind & { name: string; required?: boolean; help?: string };

export type FlagValues = Record<string, string | true>;

/** What a command gets after the check: strings as given (enum values in their canonical spelling). */
export interface CheckedArgs {
  positional: string[];
  flags: FlagValues;
  str(name: string): string | undefined;
  int(name: string): number | undefined;
  num(name: string): number | undefined;
  on(name: string): boolean;
}

/** Flags every command that reads a file takes (passed to io.ts's reader by `readFileTable` in input.ts). */
export const READ_FLAGS: FlagSpec[] = [
  { name: 'sheet', kind: 'string', help: 'worksheet of an .xlsx file' },
  { name: 'encoding', kind: 'string', help: 'text encoding of a CSV file' },
  { name: 'threads', kind: 'integer', min: 1, max: 16, help: 'threads for reading a CSV file of 1 MB or more (default: one thread below 128 MB, then the cores, at most 4)' },
];

export const LANG_FLAG: FlagSpec = { name: 'lang', kind: 'enum', values: ['en', 'zh-TW', 'zh-CN', 'ms'], caseInsensitive: true };

/** What the flag check says, per language (`--lang` chooses, English without it). `{value}` is a given value as {@link shown}. */
const FLAG_TEXT = {
  error: { en: 'Error: {message}', 'zh-TW': '錯誤：{message}', 'zh-CN': '错误：{message}', ms: 'Ralat: {message}' },
  takesNoValue: { en: '{flag} takes no value, got {value}', 'zh-TW': '{flag} 不接受值，卻收到 {value}', 'zh-CN': '{flag} 不接受值，却收到 {value}', ms: '{flag} tidak menerima nilai, diberi {value}' },
  needsValue: { en: '{flag} needs a value', 'zh-TW': '{flag} 需要一個值', 'zh-CN': '{flag} 需要一个值', ms: '{flag} memerlukan nilai' },
  needsValueOf: { en: '{flag} needs a value: {allowed}', 'zh-TW': '{flag} 需要一個值：{allowed}', 'zh-CN': '{flag} 需要一个值：{allowed}', ms: '{flag} memerlukan nilai: {allowed}' },
  needsNonEmpty: { en: '{flag} needs a value, got ""', 'zh-TW': '{flag} 需要一個值，卻收到 ""', 'zh-CN': '{flag} 需要一个值，却收到 ""', ms: '{flag} memerlukan nilai, diberi ""' },
  badDate: { en: '{flag} must be a real date as YYYY-MM-DD (e.g. 2024-01-31), got {value}', 'zh-TW': '{flag} 必須是以 YYYY-MM-DD 表示的真實日期（例如 2024-01-31），卻收到 {value}', 'zh-CN': '{flag} 必须是以 YYYY-MM-DD 表示的真实日期（例如 2024-01-31），却收到 {value}', ms: '{flag} mestilah tarikh sebenar dalam bentuk YYYY-MM-DD (cth. 2024-01-31), diberi {value}' },
  mustBe: { en: '{flag} must be {allowed}, got {value}', 'zh-TW': '{flag} 必須是 {allowed}，卻收到 {value}', 'zh-CN': '{flag} 必须是 {allowed}，却收到 {value}', ms: '{flag} mestilah {allowed}, diberi {value}' },
  date: { en: 'a date as YYYY-MM-DD', 'zh-TW': '以 YYYY-MM-DD 表示的日期', 'zh-CN': '以 YYYY-MM-DD 表示的日期', ms: 'tarikh dalam bentuk YYYY-MM-DD' },
  integer: { en: 'a whole number from {min} to {max}', 'zh-TW': '{min} 到 {max} 的整數', 'zh-CN': '{min} 到 {max} 的整数', ms: 'nombor bulat dari {min} hingga {max}' },
  numberAtLeast: { en: 'a number ≥ {min}', 'zh-TW': '≥ {min} 的數字', 'zh-CN': '≥ {min} 的数字', ms: 'nombor ≥ {min}' },
  numberFromTo: { en: 'a number from {min} to {max}', 'zh-TW': '{min} 到 {max} 的數字', 'zh-CN': '{min} 到 {max} 的数字', ms: 'nombor dari {min} hingga {max}' },
  file: { en: 'a file', 'zh-TW': '檔案', 'zh-CN': '文件', ms: 'fail' },
  output: { en: 'an output file', 'zh-TW': '輸出檔案', 'zh-CN': '输出文件', ms: 'fail keluaran' },
  or: { en: '{list} or {last}', 'zh-TW': '{list} 或 {last}', 'zh-CN': '{list} 或 {last}', ms: '{list} atau {last}' },
  and: { en: '{list} and {last}', 'zh-TW': '{list} 和 {last}', 'zh-CN': '{list} 和 {last}', ms: '{list} dan {last}' },
  listSeparator: { en: ', ', 'zh-TW': '、', 'zh-CN': '、', ms: ', ' },
  input: { en: 'input', 'zh-TW': '輸入檔案', 'zh-CN': '输入文件', ms: 'fail masukan' },
  needsFileName: { en: '{what} needs a file name, got ""', 'zh-TW': '{what} 需要檔案名稱，卻收到 ""', 'zh-CN': '{what} 需要文件名，却收到 ""', ms: '{what} memerlukan nama fail, diberi ""' },
  noSuchFile: { en: '{path}: no such file', 'zh-TW': '{path}：沒有這個檔案', 'zh-CN': '{path}：没有这个文件', ms: '{path}: tiada fail sedemikian' },
  isFolder: { en: '{path}: is a folder, not a file', 'zh-TW': '{path}：是資料夾，不是檔案', 'zh-CN': '{path}：是文件夹，不是文件', ms: '{path}: ialah folder, bukan fail' },
  givenTwice: { en: '{flag} is given twice', 'zh-TW': '{flag} 出現了兩次', 'zh-CN': '{flag} 出现了两次', ms: '{flag} diberi dua kali' },
  unknownFlag: { en: 'unknown flag {flag} for {command}; known flags: {known}', 'zh-TW': '{command} 沒有 {flag} 這個選項；可用的選項：{known}', 'zh-CN': '{command} 没有 {flag} 这个选项；可用的选项：{known}', ms: 'bendera {flag} tidak dikenali untuk {command}; bendera yang dikenali: {known}' },
  missing: { en: '{command} needs {missing}. Usage: node dist/cli.js {usage}', 'zh-TW': '{command} 需要 {missing}。用法：node dist/cli.js {usage}', 'zh-CN': '{command} 需要 {missing}。用法：node dist/cli.js {usage}', ms: '{command} memerlukan {missing}. Penggunaan: node dist/cli.js {usage}' },
  extraFile: { en: '{command} takes one file; unexpected {extra}', 'zh-TW': '{command} 只接受一個檔案；多出了 {extra}', 'zh-CN': '{command} 只接受一个文件；多出了 {extra}', ms: '{command} menerima satu fail sahaja; tidak dijangka: {extra}' },
  extraArguments: { en: '{command} takes {n} arguments; unexpected {extra}', 'zh-TW': '{command} 接受 {n} 個引數；多出了 {extra}', 'zh-CN': '{command} 接受 {n} 个参数；多出了 {extra}', ms: '{command} menerima {n} argumen; tidak dijangka: {extra}' },
} satisfies Record<string, Localized>;

/** An error's line as the CLI prints it: "Error: …" in `lang`. */
export function errorLine(message: string, lang: Lang): string {
  return format(FLAG_TEXT.error, lang, { message });
}

/** `--debug` is taken by every command (main.ts prints stack traces with it). */
const GLOBAL_FLAGS: FlagSpec[] = [{ name: 'debug', kind: 'switch' }];

/** A given value as shown in a message: quoted, at most 60 characters, control characters visible. */
export function shown(v: unknown): string {
  const text = String(v).replace(/[\r\n\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
  return `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}

/** "a, b or c" (or "a, b and c") in `lang`. */
const listOf = (values: readonly string[], lang: Lang, last: 'or' | 'and' = 'or') =>
  values.length <= 1 ? values.join('') : format(FLAG_TEXT[last], lang, { list: values.slice(0, -1).join(FLAG_TEXT.listSeparator[lang]), last: values[values.length - 1] });

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Checks one flag's value; returns it in canonical form or throws a {@link UsageError} in `lang`. */
export function checkFlag(spec: FlagSpec, value: string | true, lang: Lang = 'en'): string | true {
  const flag = `--${spec.name}`;
  const refuse = (text: Localized) => new UsageError(format(text, lang, { flag, value: value === true ? '' : shown(value), allowed: describe(spec, lang) }));
  if (spec.kind === 'switch') {
    if (value !== true) throw refuse(FLAG_TEXT.takesNoValue);
    return true;
  }
  if (value === true) throw refuse(describe(spec, lang) ? FLAG_TEXT.needsValueOf : FLAG_TEXT.needsValue);
  switch (spec.kind) {
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) || dayFromIso(value) === null) throw refuse(FLAG_TEXT.badDate);
      return value.trim();
    }
    case 'integer': {
      const n = Number(value.trim());
      if (!INTEGER.test(value.trim()) || n < spec.min || n > spec.max) throw refuse(FLAG_TEXT.mustBe);
      return String(n);
    }
    case 'number': {
      const n = Number(value.trim());
      if (!NUMBER.test(value.trim()) || !Number.isFinite(n) || n < spec.min || (spec.max !== undefined && n > spec.max)) throw refuse(FLAG_TEXT.mustBe);
      return value.trim();
    }
    case 'enum': {
      const norm = (s: string) => (spec.caseInsensitive ? s.replace(/_/g, '-').toLowerCase() : s);
      const hit = spec.values.find((v) => norm(v) === norm(value.trim()));
      if (hit === undefined) throw refuse(FLAG_TEXT.mustBe);
      return hit;
    }
    case 'file':
      return checkInputFile(value, flag, lang);
    case 'output':
    case 'string':
      if (value === '') throw refuse(FLAG_TEXT.needsNonEmpty);
      return value;
  }
}

function describe(spec: FlagSpec, lang: Lang): string {
  switch (spec.kind) {
    case 'date':
      return format(FLAG_TEXT.date, lang);
    case 'integer':
      return format(FLAG_TEXT.integer, lang, { min: spec.min, max: spec.max });
    case 'number':
      return format(spec.max === undefined ? FLAG_TEXT.numberAtLeast : FLAG_TEXT.numberFromTo, lang, { min: spec.min, max: spec.max ?? '' });
    case 'enum':
      return listOf(spec.values, lang);
    case 'file':
      return format(FLAG_TEXT.file, lang);
    case 'output':
      return format(FLAG_TEXT.output, lang);
    default:
      return '';
  }
}

/** An input file that exists and is a file; throws a {@link UsageError} naming it otherwise. */
export function checkInputFile(path: string, what?: string, lang: Lang = 'en'): string {
  if (path === '') throw new UsageError(format(FLAG_TEXT.needsFileName, lang, { what: what ?? format(FLAG_TEXT.input, lang) }));
  if (!existsSync(path)) throw new UsageError(format(FLAG_TEXT.noSuchFile, lang, { path }));
  if (statSync(path).isDirectory()) throw new UsageError(format(FLAG_TEXT.isFolder, lang, { path }));
  return path;
}

/**
 * The language of the CLI's messages: `--lang` (as `--lang X` or `--lang=X`) when given and valid,
 * else English. Read before the other flags are checked, so their errors already speak it.
 */
export function langOfArgs(argv: readonly string[]): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const end = argv.indexOf('--');
  if (at < 0 || (end >= 0 && end < at)) return 'en';
  return langOfValue(argv[at] === '--lang' ? argv[at + 1] : argv[at].slice('--lang='.length));
}

/** A `--lang` value as a language; English when missing or not valid (its own error then says so in English). */
function langOfValue(value: string | true | undefined): Lang {
  if (typeof value !== 'string') return 'en';
  try {
    return checkFlag(LANG_FLAG, value) as Lang;
  } catch {
    return 'en';
  }
}

/**
 * Splits `argv` by the declared flags: `--name value`, `--name=value`, `--switch`; a value flag
 * takes the next argument even when it starts with "-" (so `--marketing-spend -5` is checked, not lost).
 * `--` ends the flags.
 */
export function splitArgs(argv: readonly string[], specs: readonly FlagSpec[], lang: Lang = 'en'): { positional: string[]; flags: FlagValues } {
  const byName = new Map([...specs, ...GLOBAL_FLAGS].map((s) => [s.name, s]));
  const positional: string[] = [];
  const flags: FlagValues = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '--') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    const spec = byName.get(name);
    if (name in flags) throw new UsageError(format(FLAG_TEXT.givenTwice, lang, { flag: `--${name}` }));
    if (eq > 0) flags[name] = a.slice(eq + 1);
    else if (spec && spec.kind !== 'switch' && i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
    else flags[name] = true;
  }
  return { positional, flags };
}

/** Checks every flag against the declarations: unknown ones, bad values, missing required ones; errors in the `--lang` language. */
export function checkFlags(flags: FlagValues, specs: readonly FlagSpec[], command: string): FlagValues {
  const lang = langOfValue(flags.lang);
  const all = [...specs, ...GLOBAL_FLAGS];
  const byName = new Map(all.map((s) => [s.name, s]));
  const out: FlagValues = {};
  for (const [name, value] of Object.entries(flags)) {
    const spec = byName.get(name);
    if (!spec) throw new UsageError(format(FLAG_TEXT.unknownFlag, lang, { flag: `--${name.slice(0, 40)}`, command, known: specs.map((s) => `--${s.name}`).join(', ') }));
    out[name] = checkFlag(spec, value, lang);
  }
  return out;
}

/** What a command declares besides its run. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** The usage line after `node dist/cli.js`. */
  usage: string;
  /** Names of the positional arguments, e.g. ['file']; all required. Input files are checked to exist. */
  positional: { name: string; file?: boolean }[];
  /** The last positional argument may be repeated (`segment FILE1 FILE2 …`); each is checked like it. */
  variadic?: boolean;
  flags: FlagSpec[];
  run(args: CheckedArgs): Promise<number>;
}

/** Builds a {@link CliCommand} whose flags are checked before it runs. */
export function defineCommand(spec: CommandSpec): CliCommand {
  return {
    summary: spec.summary,
    flags: spec.flags,
    async run(positional, rawFlags) {
      const flags = checkFlags(rawFlags, spec.flags, spec.name);
      const lang = langOfValue(flags.lang);
      const missing = [
        ...spec.positional.slice(positional.length).map((p) => `<${p.name}>`),
        ...spec.flags.filter((f) => f.required && flags[f.name] === undefined).map((f) => `--${f.name}`),
      ];
      if (missing.length) {
        process.stderr.write(`${errorLine(format(FLAG_TEXT.missing, lang, { command: spec.name, missing: listOf(missing, lang, 'and'), usage: spec.usage }), lang)}\n`);
        return 2;
      }
      if (positional.length > spec.positional.length && !spec.variadic) {
        const extra = positional.slice(spec.positional.length);
        const text = spec.positional.length === 1 ? FLAG_TEXT.extraFile : FLAG_TEXT.extraArguments;
        throw new UsageError(format(text, lang, { command: spec.name, n: spec.positional.length, extra: extra.map(shown).join(', ') }).slice(0, 200));
      }
      spec.positional.forEach((p, i) => {
        if (p.file) checkInputFile(positional[i], undefined, lang);
      });
      if (spec.variadic && spec.positional.at(-1)?.file) for (const extra of positional.slice(spec.positional.length)) checkInputFile(extra, undefined, lang);
      const str = (n: string) => (typeof flags[n] === 'string' ? (flags[n] as string) : undefined);
      const number = (n: string) => (str(n) === undefined ? undefined : Number(str(n)));
      return spec.run({ positional, flags, str, int: number, num: number, on: (n) => flags[n] === true });
    },
  };
}
