import { format } from '../i18n';
import type { Lang } from '../types';
import type { AbTestResult } from './abTest';
import { kpiText } from './messages';

/**
 * A confidence level as people write it: 0.95 → "95 %", 0.995 → "99.5 %".
 * @example confidenceLabel(0.95) // '95 %'
 */
export function confidenceLabel(confidence: number): string {
  return `${Number((confidence * 100).toFixed(2))} %`;
}

/**
 * The plain-language verdict of an A/B test. Only a significant result names a winner; a small
 * sample says so rather than reporting a p-value the normal approximation cannot back.
 * @example abVerdict(abTest(94, 214, 39, 128), 'en') // 'A converts better; the difference is real at 95 %'
 */
export function abVerdict(result: AbTestResult, lang: Lang = 'en'): string {
  const level = confidenceLabel(result.confidence);
  if (!result.enoughData) return format(kpiText.abTooFew, lang, { level });
  if (result.winner) return format(kpiText.abBetter, lang, { winner: result.winner, level });
  return format(kpiText.abNotSignificant, lang, { level });
}
