/**
 * Several source sheets (issue 18): a multi-select of the workbook's other sheets to combine with
 * the sheet with the orders (the add-on's own tabs are never offered: the server lists only
 * source sheets), and one section per chosen sheet with its own detected columns and drop-downs.
 * A saved sheet that was renamed or deleted stays listed, ticked and marked "not found" (its card
 * shows the server's sentence naming it), so the user can untick it.
 */
import type { RoleName, SourceSetup } from '../../src/app/contract';
import { mappingOf, withSheetMapping } from '../../src/app/sourceSheets';
import { h } from '../dom';
import { num, t } from '../i18n';
import { assignRole, effectiveMapping, type Ctx } from '../state';
import { roleRows, type RolePicker } from './columns';

/** The chosen extra sheets after ticking or unticking `sheet`; their column choices stay with them. */
function toggled(names: readonly string[], sheet: string, on: boolean): string[] {
  return on ? [...names.filter((n) => n !== sheet), sheet] : names.filter((n) => n !== sheet);
}

/** The multi-select: one checkbox per other sheet of the workbook, ticked when it is combined. */
export function extraSheetsPicker(ctx: Ctx): HTMLElement | null {
  const { setup, settings } = ctx.state;
  if (!setup || !settings) return null;
  const chosen = settings.extraSheets ?? [];
  const offered = setup.sheets.filter((s) => s !== setup.sheetName);
  // A saved name the workbook no longer has is shown, so the user sees it and can untick it.
  const missing = chosen.filter((n) => n !== setup.sheetName && !setup.sheets.includes(n));
  const box = (name: string, gone: boolean) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        'data-sheet': name,
        checked: chosen.includes(name),
        onchange: (ev: Event) => {
          const current = ctx.state.settings;
          if (!current) return;
          const extraSheets = toggled(current.extraSheets ?? [], name, (ev.target as HTMLInputElement).checked);
          const extraMappings = Object.fromEntries(Object.entries(current.extraMappings ?? {}).filter(([n]) => extraSheets.includes(n)));
          // The sheet with the orders is pinned by name, so its mapping stays its own whichever sheet is active later.
          ctx.state.settings = { ...current, sourceSheet: setup.sheetName, extraSheets, extraMappings };
          void ctx.refreshSetup();
        },
      }),
      ' ',
      gone ? t('sheetMissing', { sheet: name }) : name,
    );
  return h(
    'fieldset',
    { class: 'field sources', id: 'extra-sheets' },
    h('legend', null, t('extraSheets')),
    h('p', { class: 'hint' }, t('extraSheetsHint')),
    offered.length || missing.length ? [...offered.map((n) => box(n, false)), ...missing.map((n) => box(n, true))] : h('p', { class: 'hint' }, t('noOtherSheets')),
  );
}

/** One extra sheet's card: size, shape, the reason it cannot be read, and its own role drop-downs. */
function sourceCard(ctx: Ctx, source: SourceSetup, index: number): HTMLElement {
  const { setup, settings } = ctx.state;
  if (!setup || !settings) return h('section', null);
  // The shared column rules (one role per column, swaps) on this sheet's columns and choices.
  const sheetSetup = { ...setup, detectedColumns: source.detectedColumns };
  const sheetSettings = { ...settings, mapping: mappingOf(settings, source.sheetName) };
  const mapping = effectiveMapping(sheetSetup, sheetSettings);
  const picker = (role: RoleName): RolePicker => ({
    attrs: { 'data-source-role': role, 'data-sheet': source.sheetName },
    pick: (header) => {
      const current = ctx.state.settings;
      if (!current) return;
      const choice = assignRole(sheetSetup, { ...current, mapping: mappingOf(current, source.sheetName) }, role, header);
      ctx.state.settings = withSheetMapping(current, source.sheetName, choice.settings.mapping);
      void ctx.refreshSetup();
    },
  });
  return h(
    'section',
    { class: 'card source', id: `source-${index + 1}`, 'data-sheet': source.sheetName },
    h('h2', null, t('sourceColumns', { sheet: source.sheetName })),
    source.problem
      ? h('p', { class: 'warning', role: 'status' }, source.problem)
      : h(
          'p',
          { class: 'meta' },
          t('rowsColumns', { rows: num(source.rows), columns: num(source.columns) }),
          ' · ',
          source.shape === 'customers' ? t('shapeCustomers') : t('shapeTransactions'),
        ),
    source.detectedColumns.length ? roleRows(setup.roles, source.detectedColumns, mapping, picker) : null,
  );
}

/** The column view of every extra source sheet, in the order they were chosen. */
export function extraSourcesView(ctx: Ctx): HTMLElement[] {
  const extras = ctx.state.setup?.extraSources ?? [];
  return extras.map((s, i) => sourceCard(ctx, s, i));
}
