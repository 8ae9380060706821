import { format, type Localized } from '../core/i18n';
import { finishCustomerList, finishRead, localize, type ReadState } from '../core/parse';
import { combineSources, sourceKind, type SourceRead } from '../core/sources';
import type { Lang } from '../core/types';
import { UserError } from './messages';
import { segmentRead, type RunInput, type RunOutput } from './run';

/** What a combined run says when a source cannot be used, per language. */
export const SOURCES_MESSAGES = {
  sourceErrors: { en: '“{name}”: {errors}', 'zh-TW': '「{name}」：{errors}', 'zh-CN': '“{name}”：{errors}', ms: '“{name}”: {errors}' },
  noOrderSource: {
    en: 'None of the sources has orders (a customer, an order date and an amount per row): {names}. Add the order file or sheet; customer lists are joined to orders.',
    'zh-TW': '所有來源都沒有訂單資料（每列需有客戶、訂單日期與金額）：{names}。請加入訂單檔案或工作表；客戶名單會與訂單合併。',
    'zh-CN': '所有来源都没有订单数据（每行需有客户、订单日期与金额）：{names}。请加入订单文件或工作表；客户名单会与订单合并。',
    ms: 'Tiada sumber yang mempunyai pesanan (pelanggan, tarikh pesanan dan amaun setiap baris): {names}. Tambah fail atau helaian pesanan; senarai pelanggan digabungkan dengan pesanan.',
  },
} satisfies Record<string, Localized>;

/**
 * Finishes each source's read (a customer list through the reader's `finishCustomerList`), refusing with the first
 * source that has errors, named, in the user's language.
 */
export function finishSources(sources: readonly { name: string; state: ReadState }[], lang: Lang): SourceRead[] {
  const reads = sources.map(({ name, state }) => {
    const kind = sourceKind(state.detection);
    // One source is read as a one-source run reads it (a one-row-per-customer sheet with totals is segmented from its totals).
    const read = kind === 'customers' && sources.length > 1 ? finishCustomerList(state) : finishRead(state);
    if (read.errors.length) throw new UserError(format(SOURCES_MESSAGES.sourceErrors, lang, { name, errors: read.errors.map((e) => localize(e, lang)).join(' ') }));
    return { name, read };
  });
  if (reads.length > 1 && !reads.some((r) => sourceKind(r.read.detection) === 'orders')) {
    throw new UserError(format(SOURCES_MESSAGES.noOrderSource, lang, { names: sources.map((s) => `“${s.name}”`).join(', ') }));
  }
  return reads;
}

/**
 * The run on several sources (order files or sheets and customer lists): each finished, combined
 * into one customer base (`core/sources`) and run as {@link segmentRead} runs one read.
 * One source runs as `segmentRun` would. Throws a {@link UserError} naming the source that cannot be read.
 */
export function segmentSources(sources: readonly { name: string; state: ReadState }[], input: Omit<RunInput, 'state'>): RunOutput {
  const reads = finishSources(sources, input.lang);
  return segmentRead(combineSources(reads, { lang: input.lang }), input);
}
