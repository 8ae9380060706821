/**
 * =NPS on answers that are not from the 0–10 question (issue 19), through the built bundle
 * (`npm run build` first): 1–5 star ratings gave −100 without a word; they are now refused with
 * the scale read and the way out (CSAT, or scale 10 for real 0–10 answers).
 */
import { describe, expect, it } from 'vitest';
import { loadAddOn } from '../harness';

const col = (...values: unknown[]) => values.map((v) => [v]);
const nps = (locale: string, ...args: unknown[]) => () => loadAddOn({ locale }).callCustomFunction('NPS', ...args);

describe('NPS reads the answer scale', () => {
  it('refuses 1–5 star ratings, pointing to CSAT', () => {
    expect(nps('en_US', col(5, 4, 4, 3, 5, ''))).toThrow(
      'NPS: scores_range looks like 1–5 ratings (no 0, highest 5), but NPS needs answers from 0 to 10; for ratings use =CSAT(scores_range), or give scale 10 if these are 0–10 answers',
    );
  });
  it('refuses 1–7 ratings, pointing to CSAT with threshold 6, in the spreadsheet language', () => {
    expect(nps('zh_TW', col(7, 6, 2, 5))).toThrow('NPS: scores_range 看起來是 1–7 分的評分（沒有 0，最高 7），但 NPS 需要 0 到 10 分的回答；評分請用 =CSAT(scores_range, 6)，若這些確實是 0–10 分的回答，請將 scale 設為 10');
    expect(nps('ms_MY', col(7, 6, 2, 5))).toThrow('NPS: scores_range kelihatan seperti penilaian 1–7');
  });
  it('computes 0–10 answers as before, and low 0–10 answers when scale 10 says so', () => {
    const addon = loadAddOn();
    expect(addon.callCustomFunction('NPS', col(10, 9, 8, 7, 6, 0))).toBeCloseTo(((2 - 2) / 6) * 100, 12);
    expect(addon.callCustomFunction('NPS', col(7, 6, 3), 10)).toBeCloseTo(-200 / 3, 12);
  });
  it('refuses another scale: NPS is only defined on 0–10', () => {
    expect(nps('en_US', col(5, 4), 5)).toThrow('NPS: scale must be 10, the 0–10 question NPS is asked on (got 5); for 1–5 or 1–7 ratings use =CSAT');
    expect(nps('en_US', col(5, 4), 'ten')).toThrow('NPS: scale must be a number, got "ten"');
  });
  it('still names a score off 0–10 first', () => {
    expect(nps('en_US', col(3, 11))).toThrow('NPS: scores_range must hold whole numbers from 0 to 10, got 11 (row 2 of the range)');
  });
});
