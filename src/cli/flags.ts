/**
 * The CLI's one flag checker. Each command declares its flags (name and kind); `defineCommand`
 * checks them before the command runs, whether it was called from `main.ts` or from a test, so a
 * bad value never becomes a silently wrong answer: unknown flags are refused with the list of known
 * ones, and each error names the flag, what was given and what is allowed.
 */
import { existsSync, statSync } from 'node:fs';
import { dayFromIso } from '../core/days';
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
  { name: 'threads', kind: 'integer', min: 1, max: 16, help: 'threads for reading a big CSV file (default: the cores, at most 4; 1 = one thread)' },
];

export const LANG_FLAG: FlagSpec = { name: 'lang', kind: 'enum', values: ['en', 'zh-TW', 'zh-CN', 'ms'], caseInsensitive: true };

/** `--debug` is taken by every command (main.ts prints stack traces with it). */
const GLOBAL_FLAGS: FlagSpec[] = [{ name: 'debug', kind: 'switch' }];

/** A given value as shown in a message: quoted, at most 60 characters, control characters visible. */
export function shown(v: unknown): string {
  const text = String(v).replace(/[\r\n\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
  return `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}

const orList = (values: readonly string[]) => (values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`);

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Checks one flag's value; returns it in canonical form or throws a {@link UsageError}. */
export function checkFlag(spec: FlagSpec, value: string | true): string | true {
  const flag = `--${spec.name}`;
  if (spec.kind === 'switch') {
    if (value !== true) throw new UsageError(`${flag} takes no value, got ${shown(value)}`);
    return true;
  }
  if (value === true) throw new UsageError(`${flag} needs a value${describe(spec) ? `: ${describe(spec)}` : ''}`);
  switch (spec.kind) {
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) || dayFromIso(value) === null) throw new UsageError(`${flag} must be a real date as YYYY-MM-DD (e.g. 2024-01-31), got ${shown(value)}`);
      return value.trim();
    }
    case 'integer': {
      const n = Number(value.trim());
      if (!INTEGER.test(value.trim()) || n < spec.min || n > spec.max) throw new UsageError(`${flag} must be ${describe(spec)}, got ${shown(value)}`);
      return String(n);
    }
    case 'number': {
      const n = Number(value.trim());
      if (!NUMBER.test(value.trim()) || !Number.isFinite(n) || n < spec.min || (spec.max !== undefined && n > spec.max)) throw new UsageError(`${flag} must be ${describe(spec)}, got ${shown(value)}`);
      return value.trim();
    }
    case 'enum': {
      const norm = (s: string) => (spec.caseInsensitive ? s.replace(/_/g, '-').toLowerCase() : s);
      const hit = spec.values.find((v) => norm(v) === norm(value.trim()));
      if (hit === undefined) throw new UsageError(`${flag} must be ${describe(spec)}, got ${shown(value)}`);
      return hit;
    }
    case 'file':
      return checkInputFile(value, flag);
    case 'output':
    case 'string':
      if (value === '') throw new UsageError(`${flag} needs a value, got ""`);
      return value;
  }
}

function describe(spec: FlagSpec): string {
  switch (spec.kind) {
    case 'date':
      return 'a date as YYYY-MM-DD';
    case 'integer':
      return `a whole number from ${spec.min} to ${spec.max}`;
    case 'number':
      return spec.max === undefined ? `a number ≥ ${spec.min}` : `a number from ${spec.min} to ${spec.max}`;
    case 'enum':
      return orList(spec.values);
    case 'file':
      return 'a file';
    case 'output':
      return 'an output file';
    default:
      return '';
  }
}

/** An input file that exists and is a file; throws a {@link UsageError} naming it otherwise. */
export function checkInputFile(path: string, what = 'input'): string {
  if (path === '') throw new UsageError(`${what} needs a file name, got ""`);
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
  if (statSync(path).isDirectory()) throw new UsageError(`${path}: is a folder, not a file`);
  return path;
}

/**
 * Splits `argv` by the declared flags: `--name value`, `--name=value`, `--switch`; a value flag
 * takes the next argument even when it starts with "-" (so `--marketing-spend -5` is checked, not lost).
 * `--` ends the flags.
 */
export function splitArgs(argv: readonly string[], specs: readonly FlagSpec[]): { positional: string[]; flags: FlagValues } {
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
    if (name in flags) throw new UsageError(`--${name} is given twice`);
    if (eq > 0) flags[name] = a.slice(eq + 1);
    else if (spec && spec.kind !== 'switch' && i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
    else flags[name] = true;
  }
  return { positional, flags };
}

/** Checks every flag against the declarations: unknown ones, bad values, missing required ones. */
export function checkFlags(flags: FlagValues, specs: readonly FlagSpec[], command: string): FlagValues {
  const all = [...specs, ...GLOBAL_FLAGS];
  const byName = new Map(all.map((s) => [s.name, s]));
  const out: FlagValues = {};
  for (const [name, value] of Object.entries(flags)) {
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`unknown flag --${name.slice(0, 40)} for ${command}; known flags: ${specs.map((s) => `--${s.name}`).join(', ')}`);
    out[name] = checkFlag(spec, value);
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
      const missing = [
        ...spec.positional.slice(positional.length).map((p) => `<${p.name}>`),
        ...spec.flags.filter((f) => f.required && flags[f.name] === undefined).map((f) => `--${f.name}`),
      ];
      if (missing.length) {
        process.stderr.write(`Error: ${spec.name} needs ${orList(missing).replace(/ or /, ' and ')}. Usage: node dist/cli.js ${spec.usage}\n`);
        return 2;
      }
      if (positional.length > spec.positional.length) {
        const extra = positional.slice(spec.positional.length);
        throw new UsageError(`${spec.name} takes ${spec.positional.length === 1 ? 'one file' : `${spec.positional.length} arguments`}; unexpected ${extra.map(shown).join(', ')}`.slice(0, 200));
      }
      spec.positional.forEach((p, i) => {
        if (p.file) checkInputFile(positional[i]);
      });
      const str = (n: string) => (typeof flags[n] === 'string' ? (flags[n] as string) : undefined);
      const number = (n: string) => (str(n) === undefined ? undefined : Number(str(n)));
      return spec.run({ positional, flags, str, int: number, num: number, on: (n) => flags[n] === true });
    },
  };
}
