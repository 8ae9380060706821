/**
 * Sidebar entry: loads the setup for the active sheet, draws the page the menu asked for
 * (`data-start-page` on <body>: run, settings or help) and drives runs with {@link runFlow}.
 * All text goes through `dom.ts`, so data from the sheet is always shown as text.
 */
import type { Lang } from '../src/core/types';
import { langFromLocale } from '../src/core/i18n';
import { h, replaceChildren, select, type Child } from './dom';
import { LANG_NAMES, getLang, setLang, t } from './i18n';
import { errorText, rpcFromGoogle } from './rpc';
import { runFlow } from './runFlow';
import { initialRunState, editableRules, type AppState, type Ctx, type Page } from './state';
import { columnsView } from './views/columns';
import { extraSourcesView } from './views/sources';
import { helpView } from './views/help';
import { optionsView } from './views/options';
import { qualityView } from './views/quality';
import { rulesView } from './views/rules';
import { runPanelView, updateProgressInPlace } from './views/runPanel';
import { templatesView } from './views/templates';
import { bigQueryView } from './views/bigquery';

const root = document.getElementById('app') as HTMLElement;
const startPage = document.body.getAttribute('data-start-page');
const state: AppState = {
  page: startPage === 'settings' || startPage === 'help' ? startPage : 'run',
  setup: null,
  settings: null,
  rules: [],
  ruleWarnings: [],
  run: initialRunState(),
  notice: null,
  busy: true,
  roleMoves: [],
  waitingRoles: {},
};
const call = rpcFromGoogle();
let cancelRequested = false;
let pollTimer: ReturnType<typeof setInterval> | null = null;
let runPanel: HTMLElement | null = null;

/** Language in force: the user's choice, else what the server resolved from the Google locale. */
function activeLang(): Lang {
  return (state.settings?.lang) || (state.setup ? state.setup.lang : getLang());
}

const ctx: Ctx = {
  state,
  call,
  render,
  renderRun,
  refreshSetup,
  fail(e: unknown) {
    state.busy = false;
    state.notice = { kind: 'error', text: errorText(e) };
    render();
  },
};

async function refreshSetup(): Promise<void> {
  state.busy = true;
  renderBusy();
  try {
    const s = state.settings;
    const setup = await call('getSetup', s ? s.sourceSheet : null, s ? s.lang : null, s);
    state.setup = setup;
    state.settings = setup.settings;
    state.rules = editableRules(setup.settings, setup);
    state.ruleWarnings = setup.ruleWarnings;
    state.busy = false;
    setLang(activeLang());
    render();
  } catch (e) {
    ctx.fail(e);
  }
}

function stopPolling(): void {
  if (pollTimer !== null) clearInterval(pollTimer);
  pollTimer = null;
}

/** Polls the server's progress once a second while a call works (one poll in flight at most). */
function startPolling(runId: string): void {
  stopPolling();
  let inFlight = false;
  pollTimer = setInterval(() => {
    if (inFlight) return;
    inFlight = true;
    call('getProgress', runId)
      .then((p) => {
        if (p && state.run.runId === runId && state.run.status === 'running') {
          state.run.server = p;
          renderRun();
        }
      })
      .catch(() => undefined) // a missed poll only delays the bar
      .then(() => {
        inFlight = false;
      });
  }, 1000);
}

async function startRun(): Promise<void> {
  const { setup, settings } = state;
  if (!setup || !settings) return;
  cancelRequested = false;
  state.notice = null;
  state.run = { ...initialRunState(), status: 'running' };
  renderRun();
  try {
    const result = await runFlow(call, settings.sourceSheet || setup.sheetName, settings, {
      onStart: (runId) => {
        state.run.runId = runId;
        startPolling(runId);
      },
      onProgress: (p) => {
        state.run.flow = p;
        renderRun();
      },
      isCancelled: () => cancelRequested,
    });
    if (result.status === 'done') state.run = { ...state.run, status: 'done', summary: result.summary };
    else state.run = { ...state.run, status: 'cancelled' };
  } catch (e) {
    // The server refuses the next step of a cancelled run; that is the cancel, not an error.
    state.run = cancelRequested ? { ...state.run, status: 'cancelled' } : { ...state.run, status: 'error', error: errorText(e) };
  }
  stopPolling();
  renderRun();
}

function cancelRun(): void {
  cancelRequested = true;
  state.run.status = 'cancelling';
  renderRun();
  if (state.run.runId) call('cancelRun', state.run.runId).catch(() => undefined);
}

function renderRun(): void {
  if (!runPanel?.isConnected) return;
  if (updateProgressInPlace(runPanel, state.run)) return;
  const next = runPanelView(ctx, () => void startRun(), cancelRun);
  runPanel.replaceWith(next);
  runPanel = next;
  const summary = document.getElementById('summary');
  if (summary && state.run.status === 'done') summary.scrollIntoView({ block: 'start' });
}

function renderBusy(): void {
  const el = document.getElementById('busy');
  if (el) el.hidden = !state.busy;
}

function header(): HTMLElement {
  const nav = (page: Page, label: string) =>
    h('button', {
      type: 'button',
      class: state.page === page ? 'nav active' : 'nav',
      'data-page': page,
      'aria-current': state.page === page ? 'page' : null,
      onclick: () => {
        state.page = page;
        state.notice = null;
        render();
      },
    }, label);
  const langs = [{ value: '', label: `${t('langAuto')}` }].concat((Object.keys(LANG_NAMES) as Lang[]).map((l) => ({ value: l, label: LANG_NAMES[l] })));
  const langSelect = select(langs, state.settings?.lang ? state.settings.lang : '', {
    id: 'lang',
    'aria-label': t('language'),
    onchange: (ev: Event) => {
      const value = (ev.target as HTMLSelectElement).value as Lang | '';
      if (!state.settings) return;
      state.settings = { ...state.settings, lang: value === '' ? null : value };
      setLang(activeLang());
      render();
      void refreshSetup(); // role labels, quality and rule warnings come localized from the server
    },
  });
  return h(
    'header',
    null,
    h('div', { class: 'title-row' }, h('h1', null, t('title')), langSelect),
    h('nav', null, nav('run', t('navRun')), nav('settings', t('navSettings')), nav('help', t('navHelp'))),
  );
}

function settingsPage(): HTMLElement[] {
  return [
    h('p', { class: 'hint' }, t('settingsIntro')),
    optionsView(ctx, () => {
      // Score levels change which rules can match: re-check them.
      if (!state.settings) return;
      call('checkRules', state.rules, state.settings.bins, getLang())
        .then((w) => {
          state.ruleWarnings = w;
          render();
        })
        .catch(ctx.fail);
    }),
    rulesView(ctx),
    templatesView(ctx),
    bigQueryView(ctx),
    h('button', {
      type: 'button',
      id: 'save-settings',
      class: 'primary',
      onclick: () => {
        if (!state.settings) return;
        call('saveSettings', state.settings)
          .then((saved) => {
            state.settings = saved;
            state.notice = { kind: 'ok', text: t('saved') };
            render();
            // The saved rules may name other segments: the campaign messages follow them.
            void refreshSetup();
          })
          .catch(ctx.fail);
      },
    }, t('save')),
  ];
}

function render(): void {
  document.documentElement.lang = getLang();
  const body: (Child | Child[])[] = [];
  if (!state.setup) {
    body.push(state.notice ? null : h('p', { class: 'loading' }, t('loading')));
  } else if (state.page === 'run') {
    runPanel = runPanelView(ctx, () => void startRun(), cancelRun);
    body.push(columnsView(ctx), extraSourcesView(ctx), qualityView(ctx), h('section', { class: 'card run' }, runPanel));
  } else if (state.page === 'settings') {
    body.push(settingsPage());
  } else {
    body.push(helpView());
  }
  replaceChildren(
    root,
    header(),
    h('div', { id: 'busy', class: 'busy', hidden: !state.busy }, t('working')),
    state.notice ? h('p', { class: state.notice.kind === 'error' ? 'error' : 'notice', role: state.notice.kind === 'error' ? 'alert' : 'status', id: 'notice' }, state.notice.text) : null,
    // Saved settings the server could not use (a hand-edited settings sheet): said once, on every page.
    state.setup?.settingsWarnings.length ? h('ul', { class: 'warning', id: 'settings-warnings', role: 'status' }, state.setup.settingsWarnings.map((w) => h('li', null, w))) : null,
    // The review cadence: when segments were last run, and a suggestion once a review is due.
    state.setup && state.page === 'run' && state.setup.review.text ? h('p', { class: state.setup.review.due ? 'warning' : 'hint', id: 'review', role: 'status' }, state.setup.review.text) : null,
    ...body,
  );
}

// The browser's language until the server answers (the server knows the Google account's locale).
setLang(langFromLocale(navigator.language));
render();
void refreshSetup();
