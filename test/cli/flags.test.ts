import { describe, expect, it } from 'vitest';
import { checkFlag, checkFlags, shown, splitArgs, UsageError, type FlagSpec } from '../../src/cli/flags';
import { csvCell, csvTable } from '../../src/cli/csvCell';
import { errorReport } from '../../src/cli/commands';
import { CliError } from '../../src/cli/flags';

const specs: FlagSpec[] = [
  { name: 'bins', kind: 'integer', min: 2, max: 10 },
  { name: 'analysis-date', kind: 'date' },
  { name: 'marketing-spend', kind: 'number', min: 0 },
  { name: 'segment-by', kind: 'enum', values: ['rfm', 'clusters', 'both'] },
  { name: 'force', kind: 'switch' },
  { name: 'out', kind: 'output' },
];
const msg = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe('flag checks', () => {
  it('names the flag, the value and what is allowed', () => {
    expect(msg(() => checkFlag(specs[0], '0'))).toBe('--bins must be a whole number from 2 to 10, got "0"');
    expect(msg(() => checkFlag(specs[0], '5.5'))).toBe('--bins must be a whole number from 2 to 10, got "5.5"');
    expect(msg(() => checkFlag(specs[3], 'cluster'))).toBe('--segment-by must be rfm, clusters or both, got "cluster"');
    expect(msg(() => checkFlag(specs[2], '-5'))).toBe('--marketing-spend must be a number ≥ 0, got "-5"');
    expect(msg(() => checkFlag(specs[1], '2024-13-45'))).toMatch(/^--analysis-date must be a real date as YYYY-MM-DD .*got "2024-13-45"$/);
    expect(msg(() => checkFlag(specs[1], '2023-02-29'))).toMatch(/got "2023-02-29"/);
    expect(msg(() => checkFlag(specs[0], true))).toBe('--bins needs a value: a whole number from 2 to 10');
    expect(msg(() => checkFlag(specs[4], 'yes'))).toBe('--force takes no value, got "yes"');
  });
  it('accepts good values in canonical form', () => {
    expect(checkFlag(specs[0], ' 07 ')).toBe('7');
    expect(checkFlag(specs[1], '2024-02-29')).toBe('2024-02-29');
    expect(checkFlag(specs[2], '0')).toBe('0');
    expect(checkFlag(specs[2], '1.5e3')).toBe('1.5e3');
    expect(checkFlag({ name: 'lang', kind: 'enum', values: ['en', 'zh-TW'], caseInsensitive: true }, 'zh_tw')).toBe('zh-TW');
  });
  it('truncates what was given to about 60 characters', () => {
    const m = msg(() => checkFlag(specs[3], 'x'.repeat(500)));
    expect(m.length).toBeLessThan(140);
    expect(m).toContain('…"');
    expect(shown('a\nb')).toBe('"a\\nb"');
  });
  it('refuses unknown flags with the list of known ones', () => {
    expect(msg(() => checkFlags({ bin: '5' }, specs, 'segment'))).toBe('unknown flag --bin for segment; known flags: --bins, --analysis-date, --marketing-spend, --segment-by, --force, --out');
  });
  it('splits argv by the declared kinds: a value flag takes "-5", a switch takes nothing', () => {
    expect(splitArgs(['a.csv', '--marketing-spend', '-5', '--force', 'b'], specs)).toEqual({ positional: ['a.csv', 'b'], flags: { 'marketing-spend': '-5', force: true } });
    expect(splitArgs(['--out=x.xlsx', '--', '--weird.csv'], specs)).toEqual({ positional: ['--weird.csv'], flags: { out: 'x.xlsx' } });
    expect(splitArgs(['--out', '--force'], specs).flags).toEqual({ out: true, force: true });
    expect(() => splitArgs(['--bins', '3', '--bins', '4'], specs)).toThrow('--bins is given twice');
  });
  it('maps errors to exit codes; unexpected ones say "Internal error" without a stack unless --debug', () => {
    expect(errorReport(new UsageError('x'), false)).toEqual({ code: 2, text: 'Error: x' });
    expect(errorReport(new CliError('y'), false)).toEqual({ code: 1, text: 'Error: y' });
    const internal = errorReport(new TypeError('undefined is not iterable'), false);
    expect(internal.code).toBe(1);
    expect(internal.text).toMatch(/^Internal error: undefined is not iterable\n.*report it/);
    expect(internal.text).not.toMatch(/\n\s+at /);
    expect(errorReport(new TypeError('boom'), true).text).toMatch(/\n\s+at /);
  });
  it('says those lines in the --lang language: an internal error and a file the system refused', () => {
    const missing = Object.assign(new Error('ENOENT'), { code: 'ENOENT', path: 'orders.csv' });
    for (const lang of ['zh-TW', 'zh-CN', 'ms'] as const) {
      const internal = errorReport(new TypeError('boom'), false, lang).text;
      expect(internal).toContain('boom');
      expect(internal).toContain('--debug');
      expect(internal).not.toMatch(/Internal error|This is a bug|add --debug/);
      const file = errorReport(missing, false, lang).text;
      expect(file).toContain('orders.csv');
      expect(file).not.toMatch(/no such file|^Error:/);
    }
  });
});

describe('csvCell (OWASP CSV injection)', () => {
  it('prefixes a quote to text starting with = + - @ tab or CR', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });
  it('keeps genuine numbers, quotes delimiters, quotes and newlines', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date(Date.UTC(2024, 0, 2)))).toBe('2024-01-02');
    expect(csvCell('plain')).toBe('plain');
  });
  it('csvTable escapes headers and cells', () => {
    expect(csvTable([{ id: '=1+1', n: -2 }])).toBe("id,n\n'=1+1,-2\n");
  });
});
