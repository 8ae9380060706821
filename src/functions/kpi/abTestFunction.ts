/** =AB_TEST: which variant converts better, and is the difference real. */
import { abTest } from '../../core/kpi/abTest';
import { abVerdict, confidenceLabel, percentText } from '../../core/kpi/abVerdict';
import { kpiText } from '../../core/kpi/messages';
import { format } from '../../core/i18n';
import type { Lang } from '../../core/types';
import { type Arg, fail, guard, numberArg, optionalNumberArg, resultLang } from '../args';
import type { CustomFunctionSpec } from '../spec';
import { kpiErrorText } from './errorText';

const FN = 'AB_TEST';

/**
 * Refuses a count between 0 and 1: no test has 0.05 conversions, so it is a rate typed where the
 * count belongs (=AB_TEST(0.05, 2400, ...)); computing on it would only say "not enough data".
 */
function refuseRate(param: string, value: number, kind: 'conversions' | 'visitors', visitors: number, lang: Lang): void {
  if (!(value > 0 && value < 1)) return;
  const shown = percentText(value);
  let message = format(kpiErrorText.rateAsCount, lang, { param, value: shown, what: kpiErrorText[kind][lang] });
  if (kind === 'conversions' && visitors >= 1) message += format(kpiErrorText.countExample, lang, { count: Math.round(value * visitors), value: shown, visitors });
  fail(FN, message);
}

function run(conversionsA: Arg, visitorsA: Arg, conversionsB: Arg, visitorsB: Arg, confidence?: Arg, language?: Arg): (string | number)[][] {
  const [ca, na, cb, nb] = (
    [
      ['conversions_a', conversionsA],
      ['visitors_a', visitorsA],
      ['conversions_b', conversionsB],
      ['visitors_b', visitorsB],
    ] as const
  ).map(([name, v]) => numberArg(FN, name, v));
  const level = optionalNumberArg(FN, 'confidence', confidence, 0.95);
  const lang = resultLang(FN, language);
  refuseRate('conversions_a', ca, 'conversions', na, lang);
  refuseRate('visitors_a', na, 'visitors', na, lang);
  refuseRate('conversions_b', cb, 'conversions', nb, lang);
  refuseRate('visitors_b', nb, 'visitors', nb, lang);
  const r = guard(FN, '', () => abTest(ca, na, cb, nb, level));
  const t = (key: keyof typeof kpiText) => format(kpiText[key], lang, { level: confidenceLabel(level) });
  return [
    [t('rateA'), r.rateA],
    [t('rateB'), r.rateB],
    [t('lift'), r.lift ?? ''],
    [t('difference'), r.difference],
    [t('pValue'), r.pValue],
    [t('ciLow'), r.ciLow],
    [t('ciHigh'), r.ciHigh],
    [t('verdict'), abVerdict(r, lang)],
  ];
}

// Rates stay numbers, not "4.4 %" text: a custom function cannot format its cells, and text could
// not be compared, charted or used in other formulas. The verdict says the rates in percent.
export const AB_TEST: CustomFunctionSpec = {
  name: 'AB_TEST',
  description:
    'A/B test of two conversion rates: lift, p-value of the two-proportion z-test, confidence interval of the difference and a plain-language verdict. Give counts, not rates. Rates, lift, difference and bounds come as fractions: format those cells as %.',
  params: [
    { name: 'conversions_a', description: 'Conversions of variant A: a count (e.g. 120), not a rate.' },
    { name: 'visitors_a', description: 'Visitors of variant A: a count.' },
    { name: 'conversions_b', description: 'Conversions of variant B: a count, not a rate.' },
    { name: 'visitors_b', description: 'Visitors of variant B: a count.' },
    { name: 'confidence', description: 'Confidence level, e.g. 95 % (default) or 99 %.', optional: true },
    { name: 'language', description: 'Language of the labels and messages: en, zh-TW, zh-CN or ms; default the spreadsheet’s.', optional: true },
  ],
  example: '=AB_TEST(120, 2400, 156, 2350)',
  returns: 'a two-column table: rates of A and B, lift, difference, p-value, confidence interval (fractions: format as %) and a verdict that states the rates in percent',
  run,
};
