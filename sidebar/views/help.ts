/** The help page: what the add-on does and where the results go, in the user's language. */
import { h } from '../dom';
import { t } from '../i18n';

export function helpView(): HTMLElement {
  return h(
    'section',
    { class: 'card', id: 'help' },
    h('h2', null, t('helpTitle')),
    h('ol', null, h('li', null, t('help1')), h('li', null, t('help2')), h('li', null, t('help3')), h('li', null, t('help4')), h('li', null, t('help5'))),
    h('p', { class: 'hint' }, t('helpPrivacy')),
  );
}
