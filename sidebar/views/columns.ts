/**
 * The detected data: sheet picker, rows × columns, the sheet's shape, and one drop-down per role
 * (with the detection's confidence) to correct a wrong guess.
 */
import type { ColumnInfo, RoleName, SetupInfo } from '../../src/app/contract';
import { h, select } from '../dom';
import { assignRole, effectiveMapping, type Ctx, type RoleMove } from '../state';
import { num, t } from '../i18n';

/** Roles shown open; the rest sit under "More columns". */
const MAIN_ROLES: readonly RoleName[] = ['customerId', 'orderDate', 'amount', 'orderId', 'totalSpent', 'orderCount', 'lastOrderDate'];

function confidenceBadge(col: ColumnInfo | undefined): HTMLElement | null {
  if (!col || col.confidence <= 0) return null;
  const pct = Math.round(col.confidence * 100);
  const level = pct >= 80 ? 'high' : pct >= 50 ? 'medium' : 'low';
  return h('span', { class: `badge ${level}`, title: col.reason }, t('confidence', { pct }));
}

function roleRow(ctx: Ctx, setup: SetupInfo, role: RoleName, label: string, mapping: Partial<Record<RoleName, string | null>>): HTMLElement {
  const chosen = mapping[role] ?? '';
  const options = [{ value: '', label: t('notUsed') }].concat(setup.detectedColumns.map((c) => ({ value: c.header, label: `${c.letter}: ${c.header}` })));
  const detected = setup.detectedColumns.find((c) => c.header === chosen && c.role === role);
  const sel = select(options, chosen, {
    'data-role': role,
    'aria-label': label,
    onchange: (ev: Event) => {
      const settings = ctx.state.settings;
      if (!settings) return;
      const value = (ev.target as HTMLSelectElement).value;
      const choice = assignRole(setup, settings, role, value === '' ? null : value, ctx.state.waitingRoles);
      ctx.state.settings = choice.settings;
      ctx.state.roleMoves = choice.moved;
      ctx.state.waitingRoles = choice.waiting;
      void ctx.refreshSetup();
    },
  });
  return h('div', { class: 'role-row' }, h('label', { class: 'role-label' }, label), sel, confidenceBadge(detected));
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
  const isMain = (role: RoleName) => MAIN_ROLES.indexOf(role) >= 0 || mapping[role];
  const main = setup.roles.filter((r) => isMain(r.role));
  const more = setup.roles.filter((r) => !isMain(r.role));
  const sheetSelect = select(
    setup.sheets.map((s) => ({ value: s, label: s })),
    setup.sheetName,
    {
      id: 'sheet',
      onchange: (ev: Event) => {
        if (!ctx.state.settings) return;
        ctx.state.settings = { ...ctx.state.settings, sourceSheet: (ev.target as HTMLSelectElement).value, mapping: {} };
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
    main.map((r) => roleRow(ctx, setup, r.role, r.label, mapping)),
    more.length ? h('details', null, h('summary', null, t('moreRoles')), more.map((r) => roleRow(ctx, setup, r.role, r.label, mapping))) : null,
  );
}
