/**
 * Campaign messages: the owner's own message per segment for the Campaign lists tab, the built-in
 * one as the placeholder. An empty box means the built-in message, so its segment leaves
 * `settings.campaignTemplates`; the texts are saved with the other settings by "Save settings".
 */
import type { CampaignMessage, Settings } from '../../src/app/contract';
import { MAX_TEMPLATE_CHARS } from '../../src/app/settings';
import { TAB_NAMES } from '../../src/core/report/labels';
import { h } from '../dom';
import { getLang, t } from '../i18n';
import type { Ctx } from '../state';

/** Longest message the editor takes: the settings' own limit. */
const MESSAGE_LIMIT = MAX_TEMPLATE_CHARS;

/** The templates with `segmentId`'s text replaced ('' removes it). Built by fromEntries, so an id such as "__proto__" is an ordinary key. */
function withTemplate(templates: Settings['campaignTemplates'], segmentId: string, text: string): Settings['campaignTemplates'] {
  const others = Object.entries(templates).filter(([id]) => id !== segmentId);
  return Object.fromEntries(text ? [...others, [segmentId, text]] : others);
}

function messageField(ctx: Ctx, m: CampaignMessage, own: string): HTMLElement {
  const counter = h('small', { class: 'hint counter' });
  const reset = h('button', { type: 'button', class: 'use-built-in', 'aria-label': t('useBuiltInFor', { segment: m.segmentName }) }, t('useBuiltIn'));
  const box = h('textarea', { rows: 3, maxlength: MESSAGE_LIMIT, placeholder: m.builtIn, value: own });
  const show = () => {
    counter.textContent = t('charCount', { n: box.value.length, max: MESSAGE_LIMIT });
    reset.disabled = box.value === '';
  };
  const changed = () => {
    show();
    const s = ctx.state.settings;
    // Blank or spaces only: the built-in message (the run trims a template too).
    if (s) ctx.state.settings = { ...s, campaignTemplates: withTemplate(s.campaignTemplates, m.segmentId, box.value.trim()) };
  };
  box.addEventListener('input', changed);
  reset.addEventListener('click', () => {
    box.value = '';
    changed();
    box.focus();
  });
  show();
  return h(
    'div',
    { class: 'template', 'data-segment': m.segmentId },
    h('label', { class: 'field' }, h('span', null, m.segmentName), box),
    h('div', { class: 'template-foot' }, counter, reset),
  );
}

/** The "Campaign messages" card of the Settings page: one box per segment of the rules in force, "Others" last. */
export function templatesView(ctx: Ctx): HTMLElement {
  const { setup, settings } = ctx.state;
  if (!setup || !settings) return h('section', null);
  // Own keys only: a segment id such as "constructor" must not find an inherited property.
  const own = new Map(Object.entries(settings.campaignTemplates));
  return h(
    'section',
    { class: 'card', id: 'templates' },
    h('h2', null, t('templates')),
    h('p', { class: 'hint' }, t('templatesHint', { tab: TAB_NAMES.campaigns[getLang()] })),
    setup.campaignMessages.map((m) => messageField(ctx, m, own.get(m.segmentId) ?? '')),
  );
}
