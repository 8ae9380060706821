/**
 * =AB_TEST given rates where counts belong (issue 19), through the built bundle (`npm run build`
 * first) as Sheets calls it: =AB_TEST(0.05, 2400, 0.066, 2350) used to say only "not enough data
 * yet"; it now names the argument, in the language asked or the spreadsheet's.
 */
import { describe, expect, it } from 'vitest';
import { loadAddOn } from '../harness';

const call = (locale: string, ...args: unknown[]) => () => loadAddOn({ locale }).callCustomFunction('AB_TEST', ...args);

describe('AB_TEST refuses rates passed as counts', () => {
  it('English: names conversions_a and shows the count it meant', () => {
    expect(call('en_US', 0.05, 2400, 0.066, 2350)).toThrow(
      'AB_TEST: conversions_a is 5 %, which looks like a rate; AB_TEST needs counts: the number of conversions, not a share (e.g. 120 conversions for 5 % of 2400 visitors)',
    );
    expect(call('en_US', 120, 2400, '6.6%', 2350)).toThrow('AB_TEST: conversions_b is 6.6 %, which looks like a rate; AB_TEST needs counts: the number of conversions, not a share (e.g. 155 conversions for 6.6 % of 2350 visitors)');
    expect(call('en_US', 120, 0.5, 156, 2350)).toThrow('AB_TEST: visitors_a is 50 %, which looks like a rate; AB_TEST needs counts: the number of visitors, not a share');
  });
  it('Traditional Chinese from the spreadsheet locale, Malay and Simplified Chinese from the language argument', () => {
    expect(call('zh_TW', 0.05, 2400, 0.066, 2350)).toThrow('AB_TEST: conversions_a 是 5 %，看起來是比率；AB_TEST 需要的是次數：轉換次數，而不是比例（例如 2400 位訪客的 5 % 是 120 次轉換）');
    expect(call('en_US', 0.05, 2400, 0.066, 2350, 0.95, 'ms')).toThrow('AB_TEST: conversions_a ialah 5 %, kelihatan seperti kadar; AB_TEST memerlukan bilangan: bilangan penukaran, bukan bahagian (cth. 120 penukaran bagi 5 % daripada 2400 pelawat)');
    expect(call('en_US', 120, 2400, 156, 0.9, '', 'zh-CN')).toThrow('AB_TEST: visitors_b 是 90 %，看起来是比率；AB_TEST 需要的是次数：访客人数，而不是比例');
  });
  it('still accepts counts of 0 and 1, and the real counts behind those rates', () => {
    const ok = loadAddOn();
    expect(() => ok.callCustomFunction('AB_TEST', 0, 1, 1, 1)).not.toThrow();
    const out = JSON.parse(JSON.stringify(ok.callCustomFunction('AB_TEST', 120, 2400, 155, 2350))) as [string, number | string][];
    expect(out[0]).toEqual(['conversion rate A', 0.05]);
    expect(out.at(-1)?.[1]).toBe('B converts better (6.6 % vs 5 %); the difference is real at 95 %');
  });
});
