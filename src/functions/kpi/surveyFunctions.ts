/** Satisfaction surveys as custom functions: NPS and CSAT. */
import { format } from '../../core/i18n';
import { csat } from '../../core/kpi/csat';
import { nps } from '../../core/kpi/nps';
import { surveyScale } from '../../core/kpi/surveyScale';
import { type Arg, blank, cellNumber, cells, fail, guard, isMissing, optionalNumberArg, resultLang, where } from '../args';
import type { CustomFunctionSpec } from '../spec';
import { kpiErrorText } from './errorText';

/** The answered scores of a range (blanks are unanswered) and each one's cell index for messages. */
function scores(fn: string, arg: Arg): { values: number[]; positions: number[] } {
  const flat = cells(arg);
  const values: number[] = [];
  const positions: number[] = [];
  flat.forEach((c, i) => {
    if (blank(c)) return;
    values.push(cellNumber(fn, 'scores_range', c, () => where(i, arg)));
    positions.push(i);
  });
  return { values, positions };
}

/**
 * =NPS refuses 1–5 and 1–7 star ratings: on them every answer is a "detractor" (0–6) and the
 * score a meaningless −100. `scale` 10 says the answers really are 0–10 (a small or unhappy
 * survey can have none above 7); any other scale is refused, as NPS is only defined on 0–10.
 */
function runNps(scoresRange: Arg, scale?: Arg): number {
  const fn = 'NPS';
  const { values, positions } = scores(fn, scoresRange);
  const declared = isMissing(scale) ? null : optionalNumberArg(fn, 'scale', scale, 10);
  if (declared !== null && declared !== 10) fail(fn, format(kpiErrorText.scaleNotTen, resultLang(fn, undefined), { scale: declared }));
  // Scores off 0–10 are refused first, with their row, by the core.
  const score = guard(fn, '', () => nps(values), (i) => where(positions[i], scoresRange));
  const read = declared === null ? surveyScale(values) : null;
  if (read && read.max !== 10) {
    const csatCall = read.max === 5 ? '=CSAT(scores_range)' : '=CSAT(scores_range, 6)';
    fail(fn, format(kpiErrorText.ratingScale, resultLang(fn, undefined), { max: read.max, highest: read.highest, csat: csatCall }));
  }
  return score;
}

const NPS: CustomFunctionSpec = {
  name: 'NPS',
  description: 'Net Promoter Score: % of 9–10 answers minus % of 0–6 answers on the 0–10 "would you recommend us?" scale; blanks are skipped. 1–5 or 1–7 ratings are refused (use CSAT).',
  params: [
    { name: 'scores_range', description: 'Answers from 0 to 10 (a range; blank cells are unanswered).' },
    { name: 'scale', description: 'Give 10 when the answers are 0–10 but none is 0 or above 7, which otherwise reads as a 1–5 or 1–7 rating.', optional: true },
  ],
  example: '=NPS(E2:E)',
  returns: 'a score from −100 to 100',
  run: runNps,
};

const CSAT: CustomFunctionSpec = {
  name: 'CSAT',
  description: 'Customer satisfaction score: share of answers at or above the threshold (default 4 on a 1–5 scale), as a fraction (format the cell as %).',
  params: [
    { name: 'scores_range', description: 'Satisfaction answers (a range; blank cells are unanswered).' },
    { name: 'threshold', description: 'Lowest score that counts as satisfied; default 4 (scores must then be on 1–5). For 0–10 use e.g. 8.', optional: true },
  ],
  example: '=CSAT(F2:F)',
  returns: 'a fraction from 0 to 1 (format the cell as %)',
  run: (scoresRange: Arg, threshold?: Arg) => {
    const { values, positions } = scores('CSAT', scoresRange);
    const t = isMissing(threshold) ? undefined : optionalNumberArg('CSAT', 'threshold', threshold, 0);
    return guard('CSAT', '', () => csat(values, t), (i) => where(positions[i], scoresRange));
  },
};

export const surveyFunctions: CustomFunctionSpec[] = [NPS, CSAT];
