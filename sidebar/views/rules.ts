/**
 * The segment rules: view, edit, reorder, add, remove, reset to the preset, with the server's rule
 * check shown live (rules that can never win, gaps, overlaps), and JSON import/export for consultants.
 * First match wins (R `rfm`'s `rfm_segment`), so order matters and is editable.
 */
import { h, replaceChildren, select } from '../dom';
import { getLang, t } from '../i18n';
import type { SegmentRule } from '../../src/app/contract';
import { editableRules, type Ctx } from '../state';

type EditableRule = SegmentRule;

const DIMS = ['r', 'f', 'm', 'fm'] as const;

/** A rule's name in the current language (custom rules may carry a plain string). */
export function ruleName(rule: EditableRule): string {
  if (typeof rule.name === 'string') return rule.name;
  return rule.name[getLang()] || rule.name.en || rule.id;
}

let checkTimer: ReturnType<typeof setTimeout> | null = null;

export function rulesView(ctx: Ctx): HTMLElement {
  const list = h('div', { class: 'rules', id: 'rules-list' });
  const warnings = h('div', { class: 'rule-warnings', id: 'rule-warnings', 'aria-live': 'polite' });
  const json = h('textarea', { id: 'rules-json', rows: 4, spellcheck: 'false', placeholder: t('importPlaceholder') });
  const rules = () => ctx.state.rules;

  const showWarnings = () => {
    const w = ctx.state.ruleWarnings;
    replaceChildren(warnings, w.length ? h('ul', null, w.map((x) => h('li', null, x))) : h('p', { class: 'ok' }, t('rulesOk')));
  };
  /** The server's validator, a moment after the last keystroke. */
  const check = () => {
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = setTimeout(() => {
      const s = ctx.state.settings;
      if (!s) return;
      ctx
        .call('checkRules', ctx.state.rules, s.bins, getLang())
        .then((w) => {
          ctx.state.ruleWarnings = w;
          showWarnings();
        })
        .catch(ctx.fail);
    }, 250);
  };
  /** An edit makes the rules custom. */
  const changed = (structural: boolean) => {
    if (ctx.state.settings) ctx.state.settings = { ...ctx.state.settings, rules: ctx.state.rules };
    if (structural) drawList();
    check();
  };
  const move = (i: number, by: number) => {
    const all = rules();
    const j = i + by;
    if (j < 0 || j >= all.length) return;
    const tmp = all[i];
    all[i] = all[j];
    all[j] = tmp;
    changed(true);
  };

  const scoreInput = (rule: EditableRule, dim: (typeof DIMS)[number], end: 0 | 1, label: string) =>
    h('input', {
      type: 'number',
      min: 0,
      max: 10,
      step: dim === 'fm' ? 0.5 : 1,
      class: 'score',
      'aria-label': `${label} ${end === 0 ? 'min' : 'max'}`,
      value: String((rule[dim] as [number, number])[end]),
      oninput: (ev: Event) => {
        const v = Number((ev.target as HTMLInputElement).value);
        if ((ev.target as HTMLInputElement).value === '' || !Number.isFinite(v)) return;
        (rule[dim] as [number, number])[end] = v;
        changed(false);
      },
    });

  const ruleCard = (rule: EditableRule, i: number, count: number) => {
    const nameInput = h('input', {
      type: 'text',
      class: 'rule-name',
      'aria-label': t('ruleName'),
      value: ruleName(rule),
      oninput: (ev: Event) => {
        const text = (ev.target as HTMLInputElement).value;
        // Keep the other languages' names; change only what the user sees.
        if (typeof rule.name === 'string') rule.name = text;
        else rule.name = { ...rule.name, [getLang()]: text };
        changed(false);
      },
    });
    const ranges = DIMS.filter((d) => d !== 'fm' || rule.fm).map((d) =>
      h('span', { class: 'range' }, h('b', null, d.toUpperCase()), scoreInput(rule, d, 0, d.toUpperCase()), '–', scoreInput(rule, d, 1, d.toUpperCase())),
    );
    return h(
      'div',
      { class: 'rule', 'data-rule': rule.id },
      h(
        'div',
        { class: 'rule-head' },
        h('span', { class: 'rule-index' }, `${i + 1}.`),
        nameInput,
        h('button', { type: 'button', class: 'icon-btn', title: t('moveUp'), 'aria-label': t('moveUp'), disabled: i === 0, onclick: () => move(i, -1) }, '↑'),
        h('button', { type: 'button', class: 'icon-btn', title: t('moveDown'), 'aria-label': t('moveDown'), disabled: i === count - 1, onclick: () => move(i, 1) }, '↓'),
        h('button', {
          type: 'button',
          class: 'icon-btn',
          title: t('remove'),
          'aria-label': t('remove'),
          onclick: () => {
            rules().splice(i, 1);
            changed(true);
          },
        }, '×'),
      ),
      h('div', { class: 'rule-ranges' }, ranges),
    );
  };

  const drawList = () => {
    const all = rules();
    replaceChildren(list, all.map((r, i) => ruleCard(r, i, all.length)));
  };

  const setup = ctx.state.setup;
  const settings = ctx.state.settings;
  if (!setup || !settings) return h('section', null);
  const presetSelect = select(
    setup.presets.map((p) => ({ value: p.id, label: p.name })),
    settings.preset,
    {
      id: 'preset',
      onchange: (ev: Event) => {
        if (!ctx.state.settings) return;
        ctx.state.settings = { ...ctx.state.settings, preset: (ev.target as HTMLSelectElement).value, rules: null };
        ctx.state.rules = editableRules(ctx.state.settings, setup);
        drawList();
        check();
      },
    },
  );

  drawList();
  showWarnings();
  return h(
    'section',
    { class: 'card', id: 'rules' },
    h('h2', null, t('rules')),
    h('p', { class: 'hint' }, t('rulesHint')),
    h('label', { class: 'field' }, h('span', null, t('preset')), presetSelect),
    list,
    h(
      'div',
      { class: 'row-buttons' },
      h('button', {
        type: 'button',
        id: 'add-rule',
        onclick: () => {
          const bins = ctx.state.settings ? ctx.state.settings.bins : 5;
          const ids = rules().map((r) => r.id);
          let n = 1;
          while (ids.indexOf(`custom-${n}`) >= 0) n++;
          rules().push({ id: `custom-${n}`, name: t('newRule'), r: [1, bins], f: [1, bins], m: [1, bins] });
          changed(true);
        },
      }, t('addRule')),
      h('button', {
        type: 'button',
        id: 'reset-rules',
        onclick: () => {
          if (!ctx.state.settings) return;
          ctx.state.settings = { ...ctx.state.settings, rules: null };
          ctx.state.rules = editableRules(ctx.state.settings, setup);
          drawList();
          check();
        },
      }, t('resetRules')),
    ),
    warnings,
    h(
      'details',
      { class: 'json' },
      h('summary', null, t('rulesJson')),
      json,
      h(
        'div',
        { class: 'row-buttons' },
        h('button', {
          type: 'button',
          id: 'export-rules',
          onclick: () => {
            const s = ctx.state.settings;
            if (!s) return;
            // exportRules reads the saved settings, so save what is on screen first.
            ctx
              .call('saveSettings', s)
              .then((saved) => {
                ctx.state.settings = saved;
                return ctx.call('exportRules');
              })
              .then((text) => {
                json.value = text;
                json.select();
              })
              .catch(ctx.fail);
          },
        }, t('exportRules')),
        h('button', {
          type: 'button',
          id: 'import-rules',
          onclick: () => {
            ctx
              .call('importRules', json.value, getLang())
              .then((res) => {
                ctx.state.rules = res.rules;
                ctx.state.ruleWarnings = res.warnings;
                if (ctx.state.settings) ctx.state.settings = { ...ctx.state.settings, rules: res.rules };
                ctx.state.notice = { kind: 'ok', text: t('imported', { n: res.rules.length }) };
                ctx.render();
              })
              .catch(ctx.fail);
          },
        }, t('importRules')),
      ),
    ),
  );
}
