/**
 * `node dist/cli.js inspect <file.csv|.txt|.xlsx> [--json] [--lang en|zh-TW|zh-CN|ms]
 *   [--date-order dmy|mdy] [--decimal .|,] [--analysis-date YYYY-MM-DD]`
 *
 * Shows how the add-on reads a sheet: each column's detected role with confidence and reason,
 * the parse decisions (day/month order, decimal separator, currency, shape) and the data-quality
 * report, exactly as the sidebar would (same core code, `src/core/parse`).
 * Exit code 0 when the sheet can be analysed, 1 when a blocking problem was found (it is printed).
 */
import { basename } from 'node:path';
import { dayFromIso } from '../core/days';
import { langFromLocale } from '../core/i18n';
import { localize, qualityMessage, readOrders, roleLabel, type ReadOptions, type ReadResult } from '../core/parse';
import { columnLetter } from '../core/parse/cells';
import type { Lang } from '../core/types';
import type { CliCommand } from './command';
import { defineCommand, LANG_FLAG, READ_FLAGS } from './flags';
import { readFileTable } from './input';

/** Read options from the (already checked) flags. */
function options(flags: Record<string, string | true>): ReadOptions {
  const out: ReadOptions = {};
  if (flags['date-order'] !== undefined) out.dateOrder = flags['date-order'] as 'dmy' | 'mdy';
  if (flags.decimal !== undefined) out.decimal = flags.decimal as '.' | ',';
  if (typeof flags['analysis-date'] === 'string') out.analysisDay = dayFromIso(flags['analysis-date']) ?? undefined;
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The inspection as plain data (the `--json` output). */
export function inspectionJson(file: string, r: ReadResult, lang: Lang): unknown {
  const d = r.detection;
  return {
    file: basename(file),
    headerRow: d.headerRow + 1,
    shape: d.shape,
    exportFormat: d.exportFormat,
    amountFrom: d.amountFrom,
    columns: d.columns.map((c) => ({
      column: columnLetter(c.index),
      header: c.header,
      role: c.role,
      label: c.role ? roleLabel(c.role, lang) : null,
      confidence: c.confidence,
      reason: localize(c.reason, lang),
    })),
    decisions: r.decisions.map((x) => ({ topic: x.topic, column: x.column === null ? null : columnLetter(x.column), value: x.value, source: x.source, text: localize(x, lang) })),
    quality: {
      rowsRead: r.quality.rowsRead,
      ordersKept: r.quality.ordersKept,
      customers: r.quality.customers,
      issues: r.quality.issues.map((i) => ({ ...i, column: i.column === null ? null : columnLetter(i.column), message: qualityMessage(i, lang) })),
    },
    errors: r.errors.map((e) => ({ code: e.key, column: e.column === null ? null : columnLetter(e.column), rows: e.rows, message: localize(e, lang) })),
    summary: {
      orders: r.orders.length,
      customers: r.customers.length,
      revenue: round2(r.customers.reduce((s, c) => s + c.revenue, 0)),
    },
  };
}

const HEADINGS: Record<string, Record<Lang, string>> = {
  columns: { en: 'Columns', 'zh-TW': '欄位', 'zh-CN': '列', ms: 'Lajur' },
  decisions: { en: 'Decisions', 'zh-TW': '解讀方式', 'zh-CN': '解读方式', ms: 'Keputusan' },
  quality: { en: 'Data quality', 'zh-TW': '資料品質', 'zh-CN': '数据质量', ms: 'Kualiti data' },
  errors: { en: 'Cannot analyse yet', 'zh-TW': '尚無法分析', 'zh-CN': '尚无法分析', ms: 'Belum boleh dianalisis' },
  noIssues: { en: 'no problems found', 'zh-TW': '未發現問題', 'zh-CN': '未发现问题', ms: 'tiada masalah ditemui' },
  unused: { en: '(not used)', 'zh-TW': '（未使用）', 'zh-CN': '（未使用）', ms: '(tidak digunakan)' },
  result: { en: 'Result', 'zh-TW': '結果', 'zh-CN': '结果', ms: 'Keputusan akhir' },
};

/** The inspection as text for a terminal. */
export function inspectionText(file: string, r: ReadResult, lang: Lang): string {
  const h = (k: string) => HEADINGS[k][lang];
  const d = r.detection;
  const fmt = (n: number) => n.toLocaleString('en-US');
  const lines: string[] = [];
  lines.push(`${basename(file)}: ${fmt(r.quality.rowsRead)} data rows, header row ${d.headerRow + 1}${d.exportFormat ? `, ${d.exportFormat}` : ''}`);
  lines.push(`${localize(d.shapeReason, lang)}`);
  lines.push('', h('columns'));
  const width = Math.min(28, Math.max(...d.columns.map((c) => c.header.length), 6));
  for (const c of d.columns) {
    const role = c.role ? `${roleLabel(c.role, lang)} ${String(Math.round(c.confidence * 100)).padStart(3)}%` : h('unused');
    lines.push(`  ${columnLetter(c.index).padEnd(3)} ${c.header.slice(0, 28).padEnd(width)}  ${role.padEnd(24)} ${c.role ? localize(c.reason, lang) : ''}`.trimEnd());
  }
  lines.push('', h('decisions'));
  for (const x of r.decisions) lines.push(`  - ${localize(x, lang)}`);
  lines.push('', h('quality'));
  if (!r.quality.issues.length) lines.push(`  ${h('noIssues')}`);
  for (const i of r.quality.issues) lines.push(`  ${i.severity === 'warning' ? '!' : 'i'} ${qualityMessage(i, lang)}`);
  if (r.errors.length) {
    lines.push('', h('errors'));
    for (const e of r.errors) lines.push(`  x ${localize(e, lang)}`);
  } else {
    const revenue = r.customers.reduce((s, c) => s + c.revenue, 0);
    lines.push('', `${h('result')}: ${fmt(r.quality.ordersKept)} orders, ${fmt(r.customers.length)} customers, revenue ${fmt(round2(revenue))}`);
  }
  return `${lines.join('\n')}\n`;
}

export const inspectCommand: CliCommand = defineCommand({
  name: 'inspect',
  summary: 'show how a sheet is read: detected columns, parse decisions, data-quality report',
  usage: 'inspect <file.csv|.txt|.xlsx> [--json] [--lang en|zh-TW|zh-CN|ms] [--date-order dmy|mdy] [--decimal .|,] [--analysis-date YYYY-MM-DD]',
  positional: [{ name: 'file', file: true }],
  flags: [
    { name: 'json', kind: 'switch' },
    LANG_FLAG,
    { name: 'date-order', kind: 'enum', values: ['dmy', 'mdy'] },
    { name: 'decimal', kind: 'enum', values: ['.', ','] },
    { name: 'analysis-date', kind: 'date' },
    ...READ_FLAGS,
  ],
  async run(args) {
    const file = args.positional[0];
    const lang = langFromLocale(args.str('lang') ?? 'en');
    const result = readOrders(await readFileTable(file, args), options(args.flags));
    process.stdout.write(args.on('json') ? `${JSON.stringify(inspectionJson(file, result, lang), null, 2)}\n` : inspectionText(file, result, lang));
    return result.errors.length ? 1 : 0;
  },
});
