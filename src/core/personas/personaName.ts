import { format } from '../i18n';
import type { Lang } from '../types';
import { ageWord, type AgeBand } from './ageBand';
import { AGE_WORDS, GENDER_WORDS, NAME_TEMPLATES, PLACE_TEMPLATES, PROFILE_NOUNS } from './messages';
import { genderKey } from './traitValue';
import type { OverRepresented, RfmProfile, TraitAttribute } from './types';

/** Share of the group a trait must reach to go into the name (a majority-ish, not just a lift). */
const NAME_SHARE = 0.3;

/**
 * A descriptive persona name from the group's RFM profile and its most distinguishing traits:
 * the over-represented age band ("young"), a clear gender majority ("female") and the over-represented
 * city ("in Taipei"), e.g. "Young female repeat buyers in Taipei" / "台北年輕女性忠實回購顧客".
 * A trait enters the name only when it is over-represented (lift ≥ 1.2) and held by at least 30 % of
 * the group (60 % for gender), so the name describes most of the group.
 *
 * @example personaName('loyal', [{ attribute: 'ageBand', value: '25-34', share: 0.5, overallShare: 0.3, lift: 1.67 }], 'en') // 'Young repeat buyers'
 */
export function personaName(profile: RfmProfile, traits: readonly OverRepresented[], lang: Lang): string {
  const top = (attribute: TraitAttribute, minShare: number) => traits.find((t) => t.attribute === attribute && t.share >= minShare);
  const age = top('ageBand', NAME_SHARE);
  const gender = top('gender', 0.6);
  const city = top('city', NAME_SHARE);
  const genderWord = gender ? genderKey(gender.value) : null;
  const text = format(NAME_TEMPLATES, lang, {
    age: age ? AGE_WORDS[ageWord(age.value as AgeBand)][lang] : '',
    gender: genderWord ? GENDER_WORDS[genderWord][lang] : '',
    noun: PROFILE_NOUNS[profile][lang],
    place: city ? format(PLACE_TEMPLATES, lang, { city: city.value }) : '',
  })
    .replace(/\s+/g, ' ')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
