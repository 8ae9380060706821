/**
 * This week's list: the high-value customers who may be contacted and are slipping (moved to a worse
 * segment since the last run, or overdue against their own gap between orders), most money at stake
 * first, each with the reason in the owner's language.
 */
import { describe, expect, it } from 'vitest';
import { campaignLists } from '../../../src/core/campaigns/campaignLists';
import { reasonText, thisWeeksList } from '../../../src/core/campaigns/thisWeek';
import { LANGS } from '../../../src/core/types';
import { WORDINGS, consentRun } from './consentSheets';

const optOut = (lang: (typeof LANGS)[number]) => WORDINGS.find((w) => w.lang === lang && w.kind === 'optOut')!;

describe('thisWeeksList', () => {
  it('takes high-value slipping customers, most money at stake first, at most the size asked', () => {
    const run = consentRun(optOut('en'));
    const lists = campaignLists(run.seg, run.consent, 'en');
    const week = thisWeeksList(run.seg, lists, run.previous, run.sameSegment);
    expect(week.map((p) => p.contact.customer.summary.customerId)).toEqual(['C11', 'C10']);
    expect(week[0].reasons).toEqual([{ kind: 'slipped', from: 'champions' }, { kind: 'overdue', days: 185, usualGap: 21 }]);
    expect(thisWeeksList(run.seg, lists, run.previous, run.sameSegment, 1)).toHaveLength(1);
  });

  it('without a previous run, only the overdue reason is left', () => {
    const run = consentRun(optOut('en'));
    const week = thisWeeksList(run.seg, campaignLists(run.seg, run.consent, 'en'), new Map(), run.sameSegment);
    expect(week.length).toBeGreaterThan(0);
    for (const p of week) expect(p.reasons.map((r) => r.kind)).toEqual(['overdue']);
  });

  it('a customer who stayed or moved up has not slipped', () => {
    const run = consentRun(optOut('en'));
    const stayed = new Map(run.seg.customers.map((c) => [c.summary.customerId, { segment: c.segmentName, sinceDay: null }]));
    const week = thisWeeksList(run.seg, campaignLists(run.seg, run.consent, 'en'), stayed, run.sameSegment);
    for (const p of week) expect(p.reasons.some((r) => r.kind === 'slipped')).toBe(false);
  });

  it.each(LANGS)('gives the reason in words (%s)', (lang) => {
    const run = consentRun(optOut(lang));
    const [pick] = thisWeeksList(run.seg, campaignLists(run.seg, run.consent, lang), run.previous, run.sameSegment);
    const text = reasonText(pick, run.seg.rules, lang);
    const expected = {
      en: 'Moved from Champions to At risk since the last run. Last ordered 185 days ago; usually orders every 21 days.',
      'zh-TW': '自上次執行以來，從「冠軍客戶」移到「流失風險」。上次購買是 185 天前；平常約每 21 天購買一次。',
      'zh-CN': '自上次运行以来，从“冠军客户”移到“流失风险”。上次购买是 185 天前；平常约每 21 天购买一次。',
      ms: 'Berpindah dari Juara ke Berisiko sejak larian lalu. Pesanan terakhir 185 hari lalu; biasanya membuat pesanan setiap 21 hari.',
    };
    expect(text).toBe(expected[lang]);
  });
});
