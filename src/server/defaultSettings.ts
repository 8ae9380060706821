import type { Settings } from './contract';

/** Settings of a workbook that has never been configured. */
export function defaultSettings(): Settings {
  return {
    version: 1,
    lang: null,
    sourceSheet: null,
    mapping: {},
    analysisDate: null,
    bins: 5,
    preset: 'shopify',
    rules: null,
    currency: '',
    dateOrder: null,
    fitClv: true,
    marketingSpend: null,
    segmentBy: 'rfm',
  };
}

/** Fills missing or invalid fields of stored/sent settings with defaults (a copied workbook may be older). */
export function normaliseSettings(raw: unknown): Settings {
  const d = defaultSettings();
  if (!raw || typeof raw !== 'object') return d;
  const s = raw as Partial<Settings>;
  const bins = Number(s.bins);
  return {
    version: 1,
    lang: s.lang === 'en' || s.lang === 'zh-TW' || s.lang === 'zh-CN' || s.lang === 'ms' ? s.lang : null,
    sourceSheet: typeof s.sourceSheet === 'string' && s.sourceSheet ? s.sourceSheet : null,
    mapping: s.mapping && typeof s.mapping === 'object' ? { ...s.mapping } : {},
    analysisDate: typeof s.analysisDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.analysisDate) ? s.analysisDate : null,
    bins: Number.isInteger(bins) && bins >= 2 && bins <= 10 ? bins : d.bins,
    preset: typeof s.preset === 'string' && s.preset ? s.preset : d.preset,
    rules: Array.isArray(s.rules) ? s.rules : null,
    currency: typeof s.currency === 'string' ? s.currency.slice(0, 8) : '',
    dateOrder: s.dateOrder === 'dmy' || s.dateOrder === 'mdy' || s.dateOrder === 'ymd' ? s.dateOrder : null,
    fitClv: typeof s.fitClv === 'boolean' ? s.fitClv : d.fitClv,
    marketingSpend: typeof s.marketingSpend === 'number' && Number.isFinite(s.marketingSpend) && s.marketingSpend >= 0 ? s.marketingSpend : null,
    segmentBy: s.segmentBy === 'clusters' || s.segmentBy === 'both' ? s.segmentBy : 'rfm',
  };
}
