/** =AB_TEST: which variant converts better, and is the difference real. */
import { abTest } from '../../core/kpi/abTest';
import { abVerdict, confidenceLabel } from '../../core/kpi/abVerdict';
import { kpiText } from '../../core/kpi/messages';
import { format } from '../../core/i18n';
import { type Arg, guard, numberArg, optionalNumberArg, resultLang } from '../args';
import type { CustomFunctionSpec } from '../spec';

const FN = 'AB_TEST';

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

export const AB_TEST: CustomFunctionSpec = {
  name: 'AB_TEST',
  description: 'A/B test of two conversion rates: lift, p-value of the two-proportion z-test, confidence interval of the difference and a plain-language verdict.',
  params: [
    { name: 'conversions_a', description: 'Conversions of variant A.' },
    { name: 'visitors_a', description: 'Visitors of variant A.' },
    { name: 'conversions_b', description: 'Conversions of variant B.' },
    { name: 'visitors_b', description: 'Visitors of variant B.' },
    { name: 'confidence', description: 'Confidence level, e.g. 95 % (default) or 99 %.', optional: true },
    { name: 'language', description: 'Language of the labels: en, zh-TW, zh-CN or ms; default the spreadsheet’s.', optional: true },
  ],
  example: '=AB_TEST(120, 2400, 156, 2350)',
  returns: 'a two-column table: rates of A and B, lift, difference, p-value, confidence interval and verdict',
  run,
};
