import { format } from '../i18n';
import type { Lang } from '../types';
import type { AbTestResult } from './abTest';
import { kpiText } from './messages';

/**
 * A fraction as a percentage, up to two decimals: 0.05 → "5 %", 0.04393 → "4.39 %".
 * @example percentText(0.0655) // '6.55 %'
 */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))} %`;
}

/**
 * A confidence level as people write it: 0.95 → "95 %", 0.995 → "99.5 %".
 * @example confidenceLabel(0.95) // '95 %'
 */
export function confidenceLabel(confidence: number): string {
  return percentText(confidence);
}

/**
 * The plain-language verdict of an A/B test, with both rates in percent (the table's rates are
 * fractions). Only a significant result names a winner; a small sample says so rather than
 * reporting a p-value the normal approximation cannot back.
 * @example abVerdict(abTest(94, 214, 39, 128), 'en') // 'A converts better (43.93 % vs 30.47 %); the difference is real at 95 %'
 */
export function abVerdict(result: AbTestResult, lang: Lang = 'en'): string {
  const level = confidenceLabel(result.confidence);
  if (!result.enoughData) return format(kpiText.abTooFew, lang, { level });
  const rateA = percentText(result.rateA);
  const rateB = percentText(result.rateB);
  if (result.winner) {
    const [winnerRate, loserRate] = result.winner === 'A' ? [rateA, rateB] : [rateB, rateA];
    return format(kpiText.abBetter, lang, { winner: result.winner, winnerRate, loserRate, level });
  }
  return format(kpiText.abNotSignificant, lang, { rateA, rateB, level });
}
