import { format } from '../i18n';
import type { Lang } from '../types';
import { AGE_BAND_TEXT, GENDER_WORDS } from './messages';
import type { TraitAttribute } from './types';

/** Gender values as sheets write them, in the four languages. */
const FEMALE = /^(f|female|woman|women|girl|女|女性|女生|perempuan|wanita)$/i;
const MALE = /^(m|male|man|men|boy|男|男性|男生|lelaki|laki-laki)$/i;

/** Which gender word a sheet's value means; null when it is neither recognisably female nor male. */
export function genderKey(value: string): 'female' | 'male' | null {
  const v = value.trim();
  return FEMALE.test(v) ? 'female' : MALE.test(v) ? 'male' : null;
}

/**
 * An attribute value as a sentence names it: a recognised gender in the user's language ("F" → "female"),
 * an age band with its unit ("aged 25-34"), a place or channel as the sheet wrote it.
 * @example traitValueText('gender', '女', 'en') // 'female'
 */
export function traitValueText(attribute: TraitAttribute, value: string, lang: Lang): string {
  if (attribute === 'ageBand') return format(AGE_BAND_TEXT, lang, { band: value });
  if (attribute === 'gender') {
    const key = genderKey(value);
    return key ? GENDER_WORDS[key][lang] : value;
  }
  return value;
}
