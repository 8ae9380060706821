/**
 * The detected data: sheet picker (and the other sheets to combine, `sources.ts`), rows × columns,
 * the sheet's shape, and one drop-down per role (with the detection's confidence) to correct a wrong guess.
 */
import type { ColumnInfo, RoleName, SetupInfo } from '../../src/app/contract';
import { h, select } from '../dom';
import { assignRole, effectiveMapping, type Ctx, type RoleMove } from '../state';
import { num, t } from '../i18n';
import { extraSheetsPicker } from './sources';

/** Roles shown open; the rest sit under "More columns". */
const MAIN_ROLES: readonly RoleName[] = ['customerId', 'orderDate', 'amount', 'orderId', 'totalSpent', 'orderCount', 'lastOrderDate'];

function confidenceBadge(col: ColumnInfo | undefined): HTMLElement | null {
  if (!col || col.confidence <= 0) return null;
  const pct = Math.round(col.confidence * 100);
  const level = pct >= 80 ? 'high' : pct >= 50 ? 'medium' : 'low';
  return h('span', { class: `badge ${level}`, title: col.reason }, t('confidence', { pct }));
}

/** Where a role's drop-down is (its attributes) and what choosing a column does (null = not used). */
export interface RolePicker {
  attrs: Record<string, string>;
  pick(header: string | null): void;
}

function roleRow(columns: readonly ColumnInfo[], role: RoleName, label: string, mapping: Partial<Record<RoleName, string | null>>, picker: RolePicker): HTMLElement {
  const chosen = mapping[role] ?? '';
  const options = [{ value: '', label: t('notUsed') }].concat(columns.map((c) => ({ value: c.header, label: `${c.letter}: ${c.header}` })));
  const detected = columns.find((c) => c.header === chosen && c.role === role);
  const sel = select(options, chosen, {
    ...picker.attrs,
    'aria-label': label,
    onchange: (ev: Event) => {
      const value = (ev.target as HTMLSelectElement).value;
      picker.pick(value === '' ? null : value);
    },
  });
  return h('div', { class: 'role-row' }, h('label', { class: 'role-label' }, label), sel, confidenceBadge(detected));
}

/** One drop-down per role for a sheet's columns: the main roles (and those in use) open, the rest under "More columns". */
export function roleRows(roles: SetupInfo['roles'], columns: readonly ColumnInfo[], mapping: Partial<Record<RoleName, string | null>>, picker: (role: RoleName) => RolePicker): (HTMLElement | null)[] {
  const isMain = (role: RoleName) => MAIN_ROLES.indexOf(role) >= 0 || mapping[role];
  const main = roles.filter((r) => isMain(r.role));
  const more = roles.filter((r) => !isMain(r.role));
  const row = (r: SetupInfo['roles'][number]) => roleRow(columns, r.role, r.label, mapping, picker(r.role));
  return [...main.map(row), more.length ? h('details', null, h('summary', null, t('moreRoles')), more.map(row)) : null];
}

/** What the last choice did to other roles, in words: a swap or a role left waiting is never silent. */
function movesNote(setup: SetupInfo, moves: RoleMove[]): HTMLElement | null {
  if (!moves.length) return null;
  const label = (role: RoleName) => setup.roles.find((r) => r.role === role)?.label ?? role;
  const column = (header: string) => {
    const c = setup.detectedColumns.find((d) => d.header === header);
    return c ? `${c.letter}: ${header}` : header;
  };
  const lines = moves.map((m) => (m.header === null ? t('roleFreed', { role: label(m.role), by: label(m.by) }) : t('roleMoved', { role: label(m.role), column: column(m.header) })));
  return h('p', { class: 'notice', role: 'status', id: 'role-moves' }, lines.join(' '));
}

export function columnsView(ctx: Ctx): HTMLElement {
  const { setup, settings } = ctx.state;
  if (!setup || !settings) return h('section', null);
  const mapping = effectiveMapping(setup, settings);
  const picker = (role: RoleName): RolePicker => ({
    attrs: { 'data-role': role },
    pick: (header) => {
      const current = ctx.state.settings;
      if (!current) return;
      const choice = assignRole(setup, current, role, header, ctx.state.waitingRoles);
      ctx.state.settings = choice.settings;
      ctx.state.roleMoves = choice.moved;
      ctx.state.waitingRoles = choice.waiting;
      void ctx.refreshSetup();
    },
  });
  const sheetSelect = select(
    setup.sheets.map((s) => ({ value: s, label: s })),
    setup.sheetName,
    {
      id: 'sheet',
      onchange: (ev: Event) => {
        if (!ctx.state.settings) return;
        const sourceSheet = (ev.target as HTMLSelectElement).value;
        // A sheet chosen as the one with the orders is no longer an extra one.
        const extraSheets = (ctx.state.settings.extraSheets ?? []).filter((n) => n !== sourceSheet);
        ctx.state.settings = { ...ctx.state.settings, sourceSheet, mapping: {}, extraSheets };
        ctx.state.roleMoves = [];
        ctx.state.waitingRoles = {};
        void ctx.refreshSetup();
      },
    },
  );
  return h(
    'section',
    { class: 'card', id: 'columns' },
    h('label', { class: 'field' }, h('span', null, t('sheet')), sheetSelect),
    // Several source sheets (issue 18): the others to combine, each with its own columns below.
    extraSheetsPicker(ctx),
    h('h2', null, t('detected')),
    h(
      'p',
      { class: 'meta' },
      h('span', { id: 'shape-size' }, t('rowsColumns', { rows: num(setup.rows), columns: num(setup.columns) })),
      ' · ',
      h('span', { id: 'shape-kind' }, setup.shape === 'customers' ? t('shapeCustomers') : t('shapeTransactions')),
    ),
    h('p', { class: 'hint' }, t('columnHint')),
    movesNote(setup, ctx.state.roleMoves),
    roleRows(setup.roles, setup.detectedColumns, mapping, picker),
  );
}
