/** Satisfaction surveys as custom functions: NPS and CSAT. */
import { csat } from '../../core/kpi/csat';
import { nps } from '../../core/kpi/nps';
import { type Arg, blank, cellNumber, cells, guard, isMissing, optionalNumberArg, where } from '../args';
import type { CustomFunctionSpec } from '../spec';

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

const NPS: CustomFunctionSpec = {
  name: 'NPS',
  description: 'Net Promoter Score: % of 9–10 answers minus % of 0–6 answers on the 0–10 "would you recommend us?" scale; blanks are skipped.',
  params: [{ name: 'scores_range', description: 'Answers from 0 to 10 (a range; blank cells are unanswered).' }],
  example: '=NPS(E2:E)',
  returns: 'a score from −100 to 100',
  run: (scoresRange: Arg) => {
    const { values, positions } = scores('NPS', scoresRange);
    return guard('NPS', '', () => nps(values), (i) => where(positions[i], scoresRange));
  },
};

const CSAT: CustomFunctionSpec = {
  name: 'CSAT',
  description: 'Customer satisfaction score: share of answers at or above the threshold (default 4 on a 1–5 scale), as a fraction.',
  params: [
    { name: 'scores_range', description: 'Satisfaction answers (a range; blank cells are unanswered).' },
    { name: 'threshold', description: 'Lowest score that counts as satisfied; default 4 (scores must then be on 1–5). For 0–10 use e.g. 8.', optional: true },
  ],
  example: '=CSAT(F2:F)',
  returns: 'a fraction from 0 to 1',
  run: (scoresRange: Arg, threshold?: Arg) => {
    const { values, positions } = scores('CSAT', scoresRange);
    const t = isMissing(threshold) ? undefined : optionalNumberArg('CSAT', 'threshold', threshold, 0);
    return guard('CSAT', '', () => csat(values, t), (i) => where(positions[i], scoresRange));
  },
};

export const surveyFunctions: CustomFunctionSpec[] = [NPS, CSAT];
