/** The help page: what the add-on does and where the results go, in the user's language. */
import { TAB_NAMES } from '../../src/core/report/labels';
import { h } from '../dom';
import { getLang, t } from '../i18n';

/** The tabs a run adds, named as the run names them. */
function tabList(): string {
  return Object.values(TAB_NAMES)
    .map((name) => name[getLang()])
    .join(t('listSeparator'));
}

export function helpView(): HTMLElement {
  return h(
    'section',
    { class: 'card', id: 'help' },
    h('h2', null, t('helpTitle')),
    h('ol', null, h('li', null, t('help1')), h('li', null, t('help2')), h('li', null, t('help3')), h('li', null, t('help4', { tabs: tabList() })), h('li', null, t('help5', { history: TAB_NAMES.history[getLang()] }))),
    h('p', { class: 'hint' }, t('helpPrivacy')),
  );
}
