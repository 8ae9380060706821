/**
 * Run, progress and cancel. Progress is what the client knows (rows read) combined with what the
 * server reports through `getProgress` (kept in CacheService, polled while a call works).
 */
import type { SetupInfo } from '../../src/app/contract';
import { h, replaceChildren } from '../dom';
import { num, t } from '../i18n';
import type { Ctx, RunState } from '../state';
import { summaryView } from './summary';

/** The stage line and percentage to show: the later of the client's and the server's view. */
export function progressLine(run: RunState): { text: string; percent: number } {
  const flow = run.flow;
  const server = run.server && !run.server.done ? run.server : null;
  let percent = flow ? flow.percent : 0;
  let text = t('working');
  if (flow) {
    if (flow.stage === 'begin') text = t('stageBegin');
    else if (flow.stage === 'read') text = t('stageRead', { done: num(flow.rowsRead), total: num(flow.rowsTotal) });
    else text = t('stageFinish');
  }
  if (server && server.percent >= percent) {
    percent = server.percent;
    if (server.message) text = server.message;
  }
  return { text, percent: Math.max(0, Math.min(100, Math.round(percent))) };
}

/**
 * Moves the bar and stage text of a panel already showing progress, without rebuilding it, so the
 * Cancel button under the user's pointer stays the same element while ticks arrive. False when the
 * panel is not showing progress (then the caller rebuilds it).
 */
export function updateProgressInPlace(panel: HTMLElement, run: RunState): boolean {
  const bar = panel.querySelector('[data-percent]');
  const stage = panel.querySelector('#stage');
  if (run.status !== 'running' || !bar || !stage) return false;
  const p = progressLine(run);
  bar.setAttribute('data-percent', String(p.percent));
  bar.setAttribute('aria-valuenow', String(p.percent));
  const fill = bar.firstElementChild;
  if (fill) fill.setAttribute('style', `width:${p.percent}%`);
  replaceChildren(stage, p.text, ' ', h('span', { class: 'percent' }, t('percent', { pct: p.percent })));
  return true;
}

/** Why a run would fail before it starts: the cell-limit refusal and the sample's reading errors (no customer column...). */
export function blockingReasons(setup: SetupInfo): string[] {
  const reasons = setup.sampleQuality.filter((q) => q.severity === 'error').map((q) => q.message);
  return setup.refusal ? [setup.refusal, ...reasons] : reasons;
}

export function runPanelView(ctx: Ctx, start: () => void, cancel: () => void): HTMLElement {
  const { run, setup } = ctx.state;
  const working = run.status === 'running' || run.status === 'cancelling';
  const blocked = setup ? blockingReasons(setup) : [];
  const parts: (HTMLElement | null)[] = [];
  parts.push(
    h('button', { type: 'button', id: 'run-button', class: 'primary', disabled: working || blocked.length > 0 || !setup, 'aria-describedby': blocked.length ? 'run-blocked' : null, onclick: start }, t('run')),
  );
  if (blocked.length) parts.push(h('p', { class: 'error', role: 'alert', id: 'run-blocked' }, t('runBlocked', { reason: blocked.join(' ') })));
  if (working) {
    const p = progressLine(run);
    parts.push(
      h(
        'div',
        { class: 'progress-box', id: 'progress' },
        h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': p.percent, 'data-percent': p.percent },
          h('div', { class: 'bar', style: `width:${p.percent}%` })),
        h('p', { class: 'stage', id: 'stage' }, run.status === 'cancelling' ? t('cancelling') : p.text, ' ', h('span', { class: 'percent' }, t('percent', { pct: p.percent }))),
        h('button', { type: 'button', id: 'cancel-button', disabled: run.status === 'cancelling', onclick: cancel }, t('cancel')),
      ),
    );
  }
  if (run.status === 'cancelled') parts.push(h('p', { class: 'notice', id: 'run-cancelled' }, t('cancelled')));
  if (run.status === 'error' && run.error) parts.push(h('p', { class: 'error', role: 'alert', id: 'run-error' }, `${t('errorPrefix')} ${run.error}`));
  if (run.status === 'done' && run.summary) parts.push(summaryView(ctx, run.summary));
  return h('div', { id: 'run-panel' }, parts);
}
