/** The data-quality summary of the rows the setup read (the run's Data quality tab covers all rows). */
import type { QualityItem } from '../../src/app/contract';
import { h } from '../dom';
import { num, t } from '../i18n';
import type { Ctx } from '../state';

const ICON: Record<QualityItem['severity'], string> = { info: 'ℹ', warning: '⚠', error: '✖' };

/** The server's message already names the sheet rows ("rows 5, 6, 23 and 110 more"). */
function item(q: QualityItem): HTMLElement {
  return h(
    'li',
    { class: `quality ${q.severity}`, 'data-id': q.id },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[q.severity]),
    h('span', null, q.message),
  );
}

export function qualityView(ctx: Ctx): HTMLElement {
  const setup = ctx.state.setup;
  if (!setup) return h('section', null);
  const items = setup.sampleQuality;
  return h(
    'section',
    { class: 'card', id: 'quality' },
    h('h2', null, t('quality', { rows: num(setup.sampleRows) })),
    items.length ? h('ul', { class: 'quality-list' }, items.map(item)) : h('p', { class: 'ok' }, t('qualityOk')),
  );
}
