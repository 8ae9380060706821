/**
 * Issue 14: bad input never gives a silently wrong answer and never costs the user a file.
 * Each case runs the CLI in-process and checks the exit code, the message (one line for usage
 * errors, never a stack trace) and that every file in the folder is byte-identical afterwards,
 * with no output or temporary file left behind.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, makeFixtures, snapshot } from './hostile-cli.helpers';

let dir = '';
const f = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await makeFixtures();
});

type Case = [label: string, argv: () => string[], code: number, message: RegExp];

/** `segment orders.csv --out out.xlsx ...rest`; a `@name` in rest is a fixture file. */
const segment = (...rest: string[]) => () => ['segment', f('orders.csv'), '--out', f('out.xlsx'), ...rest.map((a) => (a.startsWith('@') ? f(a.slice(1)) : a))];

const CASES: Case[] = [
  // Outputs that would cost the user a file.
  ['segment --out the input csv', () => ['segment', f('orders.csv'), '--out', f('orders.csv')], 2, /^Error: --out ".*orders\.csv" is the input file .*orders\.csv; choose another output name/],
  ['segment --out the input csv with --force', () => ['segment', f('orders.csv'), '--out', f('orders.csv'), '--force'], 2, /is the input file/],
  ['segment --out the input xlsx', () => ['segment', f('orders.xlsx'), '--out', f('orders.xlsx')], 2, /--out ".*orders\.xlsx" is the input file .*never overwritten, even with --force/],
  ['segment --out the input xlsx with --force', () => ['segment', f('orders.xlsx'), '--out', f('orders.xlsx'), '--force'], 2, /is the input file/],
  ['segment --out the input xlsx by another spelling', () => ['segment', f('orders.xlsx'), '--out', join(dir, 'folder', '..', 'orders.xlsx')], 2, /is the input file/],
  ['segment --out a symlink to the input', () => ['segment', f('orders.xlsx'), '--out', f('link.xlsx'), '--force'], 2, /is the input file/],
  ['segment --out a .csv name', () => ['segment', f('orders.csv'), '--out', f('result.csv')], 2, /^Error: --out must be a file name ending in \.xlsx, got ".*result\.csv"$/],
  ['segment --out the rules file', () => ['segment', f('orders.csv'), '--rules', f('rules-ok.json'), '--out', f('rules-ok.json')], 2, /--out ".*rules-ok\.json" is the input file/],
  ['segment --out an existing workbook of the user', (() => ['segment', f('orders.csv'), '--out', f('user.xlsx')]), 2, /--out ".*user\.xlsx" already exists and was not written by this tool; choose another name or add --force/],
  ['segment --out a folder', () => ['segment', f('orders.csv'), '--out', f('folder')], 2, /must be a file name ending in \.xlsx/],
  ['demo --out an existing workbook of the user', () => ['demo', '--out', f('user.xlsx')], 2, /already exists and was not written by this tool/],
  // Flag values.
  ['segment --analysis-date 2024-13-45', segment('--analysis-date', '2024-13-45'), 2, /^Error: --analysis-date must be a real date as YYYY-MM-DD \(e\.g\. 2024-01-31\), got "2024-13-45"$/],
  ['segment --analysis-date 2023-02-29', segment('--analysis-date', '2023-02-29'), 2, /--analysis-date must be a real date.*got "2023-02-29"/],
  ['segment --analysis-date 12/01/2024', segment('--analysis-date', '12/01/2024'), 2, /--analysis-date must be a real date.*got "12\/01\/2024"/],
  ['segment --bins 0', segment('--bins', '0'), 2, /^Error: --bins must be a whole number from 2 to 10, got "0"$/],
  ['segment --bins 11', segment('--bins', '11'), 2, /--bins must be a whole number from 2 to 10, got "11"/],
  ['segment --bins 4.5', segment('--bins', '4.5'), 2, /--bins must be a whole number from 2 to 10, got "4\.5"/],
  ['segment --bins without a value', () => ['segment', f('orders.csv'), '--out', f('out.xlsx'), '--bins'], 2, /--bins needs a value: a whole number from 2 to 10/],
  ['segment --bins twice', segment('--bins', '3', '--bins', '4'), 2, /--bins is given twice/],
  ['segment --segment-by cluster', segment('--segment-by', 'cluster'), 2, /^Error: --segment-by must be rfm, clusters or both, got "cluster"$/],
  ['segment --marketing-spend -5', segment('--marketing-spend', '-5'), 2, /^Error: --marketing-spend must be a number ≥ 0, got "-5"$/],
  ['segment --marketing-spend 1,000', segment('--marketing-spend', '1,000'), 2, /--marketing-spend must be a number ≥ 0, got "1,000"/],
  ['segment --preset nope', segment('--preset', 'nope'), 2, /--preset must be shopify, rfm-package or rfm, got "nope"/],
  ['segment --lang klingon', segment('--lang', 'klingon'), 2, /--lang must be en, zh-TW, zh-CN or ms, got "klingon"/],
  ['segment --date-order dym', segment('--date-order', 'dym'), 2, /--date-order must be dmy, mdy or ymd, got "dym"/],
  ['segment --no-clv=yes', segment('--no-clv=yes'), 2, /--no-clv takes no value, got "yes"/],
  ['segment a very long bad value is cut short', segment('--segment-by', 'x'.repeat(300)), 2, /got "x{59}…"$/],
  ['segment unknown flag --bin', segment('--bin', '5'), 2, /^Error: unknown flag --bin for segment; known flags: --out, --lang, --analysis-date, --bins, --rules/],
  ['segment without --out', () => ['segment', f('orders.csv')], 2, /^Error: segment needs --out\. Usage: node dist\/cli\.js segment/],
  ['segment without a file', () => ['segment', '--out', f('out.xlsx')], 2, /segment needs <file>/],
  ['segment a file that does not exist', () => ['segment', f('nope.csv'), '--out', f('out.xlsx')], 2, /nope\.csv: no such file$/],
  ['segment a folder as input', () => ['segment', f('folder'), '--out', f('out.xlsx')], 2, /folder: is a folder, not a file/],
  // Several files are one customer base (issue 18): an unusable one is named, and nothing is written.
  ['segment two input files, one unusable', () => ['segment', f('orders.csv'), f('bad.csv'), '--out', f('out.xlsx')], 1, /bad\.csv.*No order date column found/],
  // Rules files.
  ['segment --rules missing', segment('--rules', '@missing.json'), 2, /missing\.json: no such file/],
  ['segment --rules with a rule without ranges', segment('--rules', '@rules-noranges.json'), 2, /^Error: --rules .*rules-noranges\.json: Rule 1 is not valid: it needs an id, a name and r, f, m ranges/],
  ['segment --rules with rule 2 bad', segment('--rules', '@rules-second.json'), 2, /rules-second\.json: Rule 2 is not valid/],
  ['segment --rules not JSON', segment('--rules', '@rules-badjson.json'), 2, /rules-badjson\.json: The rules file is not valid JSON: /],
  ['segment --rules with no rules', segment('--rules', '@rules-empty.json'), 2, /rules-empty\.json: .*no "rules" list/],
  ['segment --rules and --preset', segment('--rules', '@rules-ok.json', '--preset', 'shopify'), 2, /--rules and --preset cannot be used together/],
  // Data that cannot be segmented.
  ['segment a file whose rows are all bad prints the data-quality report', () => ['segment', f('bad.csv'), '--out', f('out.xlsx')], 1, /Data-quality report:\n {2}[x!i] /],
  ['segment an empty file', () => ['segment', f('empty.csv'), '--out', f('out.xlsx')], 1, /empty\.csv is empty/],
  ['segment a blank-lines file', () => ['segment', f('blank.csv'), '--out', f('out.xlsx')], 1, /blank\.csv (is empty|has no table)/],
  ['segment an .xlsx that is not a workbook', () => ['segment', f('fake.xlsx'), '--out', f('out.xlsx')], 1, /fake\.xlsx (cannot be read as an \.xlsx workbook|is not an Excel workbook)/],
  ['segment --sheet that is not there', (() => ['segment', f('orders.xlsx'), '--out', f('out.xlsx'), '--sheet', 'Nope']), 1, /Nope/],
  // rfm
  ['rfm on an empty file', () => ['rfm', f('empty.csv'), '--customer', 'a', '--date', 'b', '--amount', 'c', '--analysis-date', '2011-12-10'], 1, /^Error: .*empty\.csv is empty/],
  ['rfm a column that is not there', () => ['rfm', f('orders.csv'), '--customer', 'client', '--date', 'Invoice Date', '--amount', 'Amount', '--analysis-date', '2011-12-10'], 2, /--customer "client" is not a column of the file; its headers are: Invoice, Customer ID, Invoice Date, Amount, Country/],
  ['rfm --format xml', () => ['rfm', f('orders.csv'), '--customer', 'Customer ID', '--date', 'Invoice Date', '--amount', 'Amount', '--analysis-date', '2011-12-10', '--format', 'xml'], 2, /--format must be json or csv, got "xml"/],
  ['rfm --method foo', () => ['rfm', f('orders.csv'), '--customer', 'B', '--date', 'C', '--amount', 'D', '--analysis-date', '2011-12-10', '--method', 'foo'], 2, /--method must be r-rfm or equal-count, got "foo"/],
  ['rfm --bins 1', () => ['rfm', f('orders.csv'), '--customer', 'B', '--date', 'C', '--amount', 'D', '--analysis-date', '2011-12-10', '--bins', '1'], 2, /--bins must be a whole number from 2 to 10, got "1"/],
  ['rfm --analysis-date 2024-02-30', () => ['rfm', f('orders.csv'), '--customer', 'B', '--date', 'C', '--amount', 'D', '--analysis-date', '2024-02-30'], 2, /--analysis-date must be a real date/],
  ['rfm without --analysis-date', () => ['rfm', f('orders.csv'), '--customer', 'B', '--date', 'C', '--amount', 'D'], 2, /rfm needs --analysis-date/],
  ['rfm --rules with a rule without ranges', () => ['rfm', f('orders.csv'), '--customer', 'B', '--date', 'C', '--amount', 'D', '--analysis-date', '2011-12-10', '--rules', f('rules-noranges.json')], 2, /rules-noranges\.json: Rule 1 is not valid/],
  ['rfm unknown flag --out', () => ['rfm', f('orders.csv'), '--customer', 'B', '--date', 'C', '--amount', 'D', '--analysis-date', '2011-12-10', '--out', f('x.csv')], 2, /unknown flag --out for rfm; known flags: --customer/],
  ['rfm on rows that are all bad', () => ['rfm', f('bad.csv'), '--customer', 'A', '--date', 'B', '--amount', 'C', '--analysis-date', '2020-12-31'], 1, /bad\.csv: .*\nData-quality report:/],
  // fit
  ['fit --model xyz', () => ['fit', f('orders.csv'), '--model', 'xyz'], 2, /--model must be bgnbd, .*gg or bgbb, got "xyz"/],
  ['fit without --model', () => ['fit', f('orders.csv')], 2, /fit needs --model/],
  ['fit --penalty -1', () => ['fit', f('orders.csv'), '--model', 'bgnbd', '--penalty', '-1'], 2, /--penalty must be a number ≥ 0, got "-1"/],
  ['fit --unit month', () => ['fit', f('orders.csv'), '--model', 'bgnbd', '--unit', 'month'], 2, /--unit must be week or day, got "month"/],
  ['fit --calibration-end 1997-02-30', () => ['fit', f('orders.csv'), '--model', 'bgnbd', '--calibration-end', '1997-02-30'], 2, /--calibration-end must be a real date/],
  ['fit a column number outside the file', () => ['fit', f('orders.csv'), '--model', 'bgnbd', '--customer', '9', '--date', '3'], 2, /--customer 9: the file has 5 columns/],
  // cluster
  ['cluster --k 0', () => ['cluster', f('orders.csv'), '--columns', 'Amount', '--k', '0'], 2, /--k must be a whole number from 1 to 50, got "0"/],
  ['cluster --k-range 8-2', () => ['cluster', f('orders.csv'), '--columns', 'Amount', '--k-range', '8-2'], 2, /--k-range must be two whole numbers low-high/],
  ['cluster --min-share 2', () => ['cluster', f('orders.csv'), '--columns', 'Amount', '--min-share', '2'], 2, /--min-share must be a number from 0 to 1, got "2"/],
  ['cluster --columns not there', () => ['cluster', f('orders.csv'), '--columns', 'spend'], 2, /--columns "spend" is not a column of the file/],
  ['cluster --seed -1', () => ['cluster', f('orders.csv'), '--columns', 'Amount', '--seed', '-1'], 2, /--seed must be a whole number from 0 to/],
  ['cluster without --columns', () => ['cluster', f('orders.csv')], 2, /--columns is required/],
  // inspect, summary, holdout, tracking
  ['inspect --decimal x', () => ['inspect', f('orders.csv'), '--decimal', 'x'], 2, /--decimal must be \. or ,, got "x"/],
  ['inspect --json=1', () => ['inspect', f('orders.csv'), '--json=1'], 2, /--json takes no value/],
  ['inspect a missing file', () => ['inspect', f('nope.csv')], 2, /nope\.csv: no such file/],
  ['inspect an empty file', () => ['inspect', f('empty.csv')], 1, /empty\.csv is empty/],
  ['summary --format xml', () => ['summary', f('orders.csv'), '--format', 'xml'], 2, /--format must be table, csv or json, got "xml"/],
  ['summary --observation-end 2024-13-01', () => ['summary', f('orders.csv'), '--observation-end', '2024-13-01'], 2, /--observation-end must be a real date/],
  ['holdout without --calibration-end', () => ['holdout', f('orders.csv')], 2, /holdout needs --calibration-end/],
  ['holdout --observation-end before --calibration-end', () => ['holdout', f('orders.csv'), '--calibration-end', '2011-06-01', '--observation-end', '2011-01-01'], 2, /--observation-end must be after --calibration-end/],
  ['tracking --periods 0', () => ['tracking', f('orders.csv'), '--periods', '0'], 2, /--periods must be a whole number from 1 to 10000, got "0"/],
  ['tracking --params 1,2,x', () => ['tracking', f('orders.csv'), '--model', 'bgnbd', '--params', '1,2,x,4'], 2, /--params must be 4 numbers > 0/],
  ['tracking --model foo', () => ['tracking', f('orders.csv'), '--model', 'foo'], 2, /--model must be .*, got "foo"/],
  // The dispatcher.
  ['an unknown command', () => ['segmnt', f('orders.csv')], 2, /^Error: unknown command "segmnt"\nUsage: node dist\/cli\.js <command>/],
];

describe('hostile CLI input: a clear message and exit code, nothing lost', () => {
  it('has at least 50 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(50));
  it.each(CASES)('%s', async (_label, argv, code, message) => {
    const before = snapshot(dir);
    const r = await cli(argv());
    expect(r.code, r.err).toBe(code);
    expect(r.err.trimEnd()).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err).not.toMatch(/Internal error|undefined is not|see the data-quality report/);
    if (code === 2 && !/unknown command/.test(r.err)) expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);
});
