/**
 * The BigQuery card of the Settings page: "Export SQL for BigQuery" (type the table, see the SQL of
 * this workbook's settings, Copy or Download .sql; no new permission) and the opt-in "Run in
 * BigQuery" (a switch and the Cloud project id, saved with the settings, and its Run button, which
 * polls the server while BigQuery works). Everything shown goes through `dom.ts`, as text.
 */
import type { BigQueryStep } from '../../src/app/bigqueryContract';
import type { BigQuerySettings, RunSummary, Settings } from '../../src/app/contract';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { errorText, type Call } from '../rpc';
import { initialRunState, type Ctx } from '../state';

/**
 * Drives "Run in BigQuery": `runInBigQuery`, then `pollBigQueryRun` while the query still runs
 * (each call waits on the server, so no timer is needed here). No DOM: the harness test drives it too.
 */
export async function bigQueryFlow(call: Call, settings: Settings, onWait: (seconds: number) => void = () => undefined): Promise<RunSummary> {
  let step: BigQueryStep = await call('runInBigQuery', settings);
  while (step.status === 'running') {
    onWait(step.waitedSeconds);
    step = await call('pollBigQueryRun', step.runId, step.attempt, settings);
  }
  return step.summary;
}

/** Copies text: the Clipboard API where the sidebar's frame allows it, else a selected text area. */
async function copyText(text: string, area: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    area.select();
    document.execCommand('copy');
  }
}

/** Saves the SQL as a file through a temporary link (a Blob URL, revoked right after). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/sql' }));
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function bigQueryView(ctx: Ctx): HTMLElement {
  const s = ctx.state.settings;
  if (!s) return h('section', null);
  const bq = s.bigQuery;
  const set = (patch: Partial<BigQuerySettings>) => {
    if (ctx.state.settings) ctx.state.settings = { ...ctx.state.settings, bigQuery: { ...ctx.state.settings.bigQuery, ...patch } };
  };
  const result = h('div', { id: 'bq-result', 'aria-live': 'polite' });
  const runStatus = h('p', { id: 'bq-run-status', class: 'hint', role: 'status' });

  const showSql = () => {
    const settings = ctx.state.settings;
    if (!settings) return;
    replaceChildren(result, h('p', { class: 'hint' }, t('working')));
    ctx.call('exportBigQuerySql', settings, settings.bigQuery.table)
      .then((out) => {
        if (!out.ok) {
          replaceChildren(result, h('p', { class: 'field-error', id: 'bq-problem', role: 'alert' }, out.problem));
          return;
        }
        const area = h('textarea', { id: 'bq-sql', readonly: true, rows: 12, spellcheck: 'false', 'aria-label': t('bqSql') });
        area.value = out.sql;
        const copied = h('span', { id: 'bq-copied', class: 'hint', role: 'status' });
        replaceChildren(
          result,
          h('p', { class: 'hint', id: 'bq-columns' }, t('bqColumns', { columns: out.columns.join(t('listSeparator')), date: out.analysisDate })),
          area,
          h(
            'div',
            { class: 'bq-actions' },
            h('button', { type: 'button', id: 'bq-copy', onclick: () => void copyText(out.sql, area).then(() => { copied.textContent = t('bqCopied'); }) }, t('bqCopy')),
            h('button', { type: 'button', id: 'bq-download', onclick: () => download(out.sql, out.fileName) }, t('bqDownload')),
            copied,
          ),
        );
      })
      .catch((e) => replaceChildren(result, h('p', { class: 'error', role: 'alert' }, errorText(e))));
  };

  const runNow = () => {
    const settings = ctx.state.settings;
    if (!settings) return;
    runStatus.textContent = t('bqRunning', { seconds: 0 });
    // The permission is checked first, so a missing one is explained before (and after) Google's prompt.
    let scopeText = '';
    ctx.call('bigQueryAccess', settings.lang ?? ctx.state.setup?.lang ?? 'en')
      .then((access) => {
        scopeText = access.text;
        if (scopeText) runStatus.textContent = scopeText;
        return bigQueryFlow(ctx.call, settings, (seconds) => {
          runStatus.textContent = t('bqRunning', { seconds });
        });
      })
      .then((summary) => {
        ctx.state.run = { ...initialRunState(), status: 'done', summary };
        ctx.state.page = 'run';
        ctx.render();
      })
      .catch((e) => {
        replaceChildren(runStatus, scopeText ? h('span', { class: 'warning' }, scopeText, ' ') : null, h('span', { class: 'error', role: 'alert' }, errorText(e)));
      });
  };

  return h(
    'section',
    { class: 'card', id: 'bigquery' },
    h('h2', null, t('bqTitle')),
    h('p', { class: 'hint' }, t('bqIntro')),
    h(
      'label',
      { class: 'field' },
      h('span', null, t('bqTable')),
      h('input', { type: 'text', id: 'bq-table', value: bq.table, placeholder: 'my-shop.sales.orders', spellcheck: 'false', autocomplete: 'off', oninput: (ev: Event) => set({ table: (ev.target as HTMLInputElement).value.trim() }), onkeydown: (ev: Event) => { if ((ev as KeyboardEvent).key === 'Enter') showSql(); } }),
    ),
    h('button', { type: 'button', id: 'bq-show', onclick: showSql }, t('bqShowSql')),
    result,
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        id: 'bq-run',
        checked: bq.run,
        onchange: (ev: Event) => {
          set({ run: (ev.target as HTMLInputElement).checked });
          ctx.render();
        },
      }),
      h('span', null, t('bqRunToggle')),
    ),
    h('small', { class: 'hint' }, t('bqRunHint')),
    bq.run
      ? h(
          'div',
          { id: 'bq-run-options' },
          h('label', { class: 'field' }, h('span', null, t('bqProject')), h('input', { type: 'text', id: 'bq-project', value: bq.projectId, placeholder: 'my-shop', spellcheck: 'false', autocomplete: 'off', oninput: (ev: Event) => set({ projectId: (ev.target as HTMLInputElement).value.trim() }) })),
          h('button', { type: 'button', id: 'bq-run-now', class: 'primary', onclick: runNow }, t('bqRun')),
          runStatus,
        )
      : null,
  );
}
