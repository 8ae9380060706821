import type { Lang } from '../core/types';
import { langFromLocale } from '../core/i18n';

/**
 * The user's language from their Google locale. Available in every auth mode, `onOpen` in
 * AuthMode.NONE included, so the menu can be built in the user's language.
 */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}

/** A fresh random id (a run's), 16 hex characters. */
export function newRunId(): string {
  return Utilities.getUuid().replace(/-/g, '').slice(0, 16);
}
