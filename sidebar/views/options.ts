/** Run options: analysis date, score levels, currency, text-date order, CLV model, marketing spend, grouping. */
import type { Settings } from '../../src/app/contract';
import { h, select, type Child } from '../dom';
import { t } from '../i18n';
import type { Ctx } from '../state';

function field(label: string, control: HTMLElement, hint?: string, error?: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', null, label), control, hint ? h('small', { class: 'hint' }, hint) : null, error as Child);
}

/** Parses a spend figure the way people type it ("12,000", "RM 500"); null for empty, NaN for nonsense. */
export function parseSpend(text: string): number | null {
  const cleaned = text.replace(/[^\d.-]/g, '');
  if (text.trim() === '') return null;
  const n = Number(cleaned);
  return cleaned === '' || !Number.isFinite(n) ? NaN : n;
}

export function optionsView(ctx: Ctx, onBinsChange: () => void): HTMLElement {
  const s = ctx.state.settings;
  if (!s) return h('section', null);
  const set = (patch: Partial<Settings>) => {
    if (ctx.state.settings) ctx.state.settings = { ...ctx.state.settings, ...patch };
  };
  const binOptions = [2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ value: String(n), label: String(n) }));
  const spendError = h('small', { class: 'field-error', role: 'alert' });
  return h(
    'section',
    { class: 'card', id: 'options' },
    h('h2', null, t('options')),
    field(
      t('analysisDate'),
      h('input', { type: 'date', id: 'analysis-date', value: s.analysisDate ?? '', oninput: (ev: Event) => set({ analysisDate: (ev.target as HTMLInputElement).value || null }) }),
      t('analysisDateHint'),
    ),
    field(
      t('bins'),
      select(binOptions, String(s.bins), {
        id: 'bins',
        onchange: (ev: Event) => {
          set({ bins: Number((ev.target as HTMLSelectElement).value) });
          onBinsChange();
        },
      }),
    ),
    field(t('currency'), h('input', { type: 'text', id: 'currency', value: s.currency, maxlength: 8, oninput: (ev: Event) => set({ currency: (ev.target as HTMLInputElement).value.trim() }) }), t('currencyHint')),
    field(
      t('dateOrder'),
      select(
        [
          { value: '', label: t('dateAuto') },
          { value: 'dmy', label: t('dmy') },
          { value: 'mdy', label: t('mdy') },
          { value: 'ymd', label: t('ymd') },
        ],
        s.dateOrder ?? '',
        { id: 'date-order', onchange: (ev: Event) => set({ dateOrder: ((ev.target as HTMLSelectElement).value || null) as Settings['dateOrder'] }) },
      ),
    ),
    field(
      t('spend'),
      h('input', {
        type: 'text',
        inputmode: 'decimal',
        id: 'spend',
        value: s.marketingSpend === null ? '' : String(s.marketingSpend),
        oninput: (ev: Event) => {
          const v = parseSpend((ev.target as HTMLInputElement).value);
          spendError.textContent = v !== null && Number.isNaN(v) ? t('invalidNumber') : '';
          if (v === null || !Number.isNaN(v)) set({ marketingSpend: v });
        },
      }),
      t('spendHint'),
      spendError,
    ),
    field(
      t('segmentBy'),
      select(
        [
          { value: 'rfm', label: t('segRfm') },
          { value: 'clusters', label: t('segClusters') },
          { value: 'both', label: t('segBoth') },
        ],
        s.segmentBy,
        { id: 'segment-by', onchange: (ev: Event) => set({ segmentBy: (ev.target as HTMLSelectElement).value as Settings['segmentBy'] }) },
      ),
    ),
    field(
      t('reviewMonths'),
      select(
        [...new Set([6, 12, 18, 24, s.reviewMonths])].sort((a, b) => a - b).map((m) => ({ value: String(m), label: t('everyMonths', { months: m }) })),
        String(s.reviewMonths),
        { id: 'review-months', onchange: (ev: Event) => set({ reviewMonths: Number((ev.target as HTMLSelectElement).value) }) },
      ),
      t('reviewHint'),
    ),
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', id: 'fit-clv', checked: s.fitClv, onchange: (ev: Event) => set({ fitClv: (ev.target as HTMLInputElement).checked }) }),
      h('span', null, t('fitClv')),
    ),
  );
}
