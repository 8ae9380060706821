import { format } from '../i18n';
import type { Lang } from '../types';
import { PROFILE_ACTIONS, PROFILE_NEEDS, SENTENCE_SPACE, TRAIT_ACTIONS, TRAIT_NEEDS } from './messages';
import { traitValueText } from './traitValue';
import type { OverRepresented, RfmProfile } from './types';

/**
 * What a persona needs and what to do, from what distinguishes it: its RFM profile gives the playbook
 * (reward, retain, win back, welcome, let go) and its distinguishing trait, when one stands out, adds
 * what that trait asks for ("Start with those in Germany: write in their language...").
 * Two groups get the same text exactly when they share both, which is how personas that read the same
 * are found and joined (see `joinAlike.ts`).
 *
 * @example needsAndAction('loyal', null, 'en').action // 'Keep them: a loyalty programme or points, ...'
 */
export function needsAndAction(profile: RfmProfile, trait: OverRepresented | null, lang: Lang): { needs: string; action: string } {
  const needs = PROFILE_NEEDS[profile][lang];
  const action = PROFILE_ACTIONS[profile][lang];
  if (!trait) return { needs, action };
  const value = traitValueText(trait.attribute, trait.value, lang);
  const space = SENTENCE_SPACE[lang];
  return {
    needs: `${needs}${space}${format(TRAIT_NEEDS[trait.attribute], lang, { value })}`,
    action: `${action}${space}${format(TRAIT_ACTIONS[trait.attribute], lang, { value })}`,
  };
}
