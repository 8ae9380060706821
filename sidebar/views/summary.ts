/** The closing summary: the server's sentence, segment sizes and revenue shares, links to each tab. */
import type { RunSummary } from '../../src/app/contract';
import { h } from '../dom';
import { num, t } from '../i18n';
import type { Ctx } from '../state';

export function summaryView(ctx: Ctx, s: RunSummary): HTMLElement {
  return h(
    'section',
    { class: 'card summary', id: 'summary' },
    h('h2', null, t('result')),
    h('p', { class: 'summary-text' }, s.summary),
    s.segments.length
      ? h(
          'table',
          { class: 'segments' },
          h('thead', null, h('tr', null, h('th', null, t('segment')), h('th', { class: 'num' }, t('customers')), h('th', { class: 'num' }, t('revenueShare')))),
          h('tbody', null, s.segments.map((g) => h('tr', null, h('td', null, g.name), h('td', { class: 'num' }, num(g.customers)), h('td', { class: 'num' }, `${num(g.revenueShare * 100, 1)}%`)))),
        )
      : null,
    s.tabs.length ? h('h3', null, t('openTab')) : null,
    h(
      'div',
      { class: 'tab-links' },
      s.tabs.map((tab) =>
        h('button', { type: 'button', class: 'link', 'data-kind': tab.kind, onclick: () => void ctx.call('openTab', tab.sheetId).catch(ctx.fail) }, tab.name),
      ),
    ),
    s.warnings.length ? h('div', { class: 'notes' }, h('h3', null, t('notes')), h('ul', null, s.warnings.map((w) => h('li', null, w)))) : null,
  );
}
