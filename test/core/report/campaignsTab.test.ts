/**
 * The Campaign lists tab: named in the owner's language, this week's list, per segment who may be
 * contacted and who was left out with the suggested message, and everyone who may be contacted with
 * their contact columns; registered in buildTabs after the Segment summary, whose table gains the
 * share who may be contacted.
 */
import { describe, expect, it } from 'vitest';
import { campaignsTab } from '../../../src/core/report/campaignsTab';
import { buildTabs, type TabContext } from '../../../src/core/report/buildTabs';
import { suggestedMessage } from '../../../src/core/campaigns/suggestedMessage';
import { LANGS, type Lang } from '../../../src/core/types';
import { WORDINGS, consentRun, type ConsentRun } from '../campaigns/consentSheets';

const wording = (lang: Lang, kind: 'consent' | 'optOut') => WORDINGS.find((w) => w.lang === lang && w.kind === kind)!;
const tabOf = (run: ConsentRun, lang: Lang, templates = {}) => campaignsTab(run.seg, lang, { consent: run.consent, templates, previous: run.previous, sameSegment: run.sameSegment });

describe('campaignsTab', () => {
  it.each(LANGS)('is named and worded in the language (%s)', (lang) => {
    const run = consentRun(wording(lang, 'optOut'));
    const tab = tabOf(run, lang);
    expect(tab.kind).toBe('campaigns');
    expect(tab.name).toBe({ en: 'Campaign lists', 'zh-TW': '行銷名單', 'zh-CN': '营销名单', ms: 'Senarai kempen' }[lang]);
    const [, week, perSegment] = tab.blocks;
    expect(week.values[0].at(-1)).toBe({ en: 'Suggested message', 'zh-TW': '建議訊息', 'zh-CN': '建议信息', ms: 'Mesej dicadangkan' }[lang]);
    expect(perSegment.values.slice(1).map((r) => r.at(-1))).toEqual(perSegment.values.slice(1).map((r) => suggestedMessage(run.seg.customers.find((c) => c.segmentName === r[0])!.segment, run.seg.rules, {}, lang)));
  });

  it('says which rule left customers out: opt-outs only, or also no consent where the sheet records consent', () => {
    expect(tabOf(consentRun(wording('en', 'optOut')), 'en').blocks[0].values[0][0]).toMatch(/^Only customers you may contact are listed: customers who opted out/);
    expect(tabOf(consentRun(wording('en', 'consent')), 'en').blocks[0].values[0][0]).toMatch(/your sheet records consent/);
  });

  it('shows per segment how many may be contacted and how many were left out, and why', () => {
    const run = consentRun(wording('ms', 'optOut'));
    const perSegment = tabOf(run, 'ms').blocks[2].values;
    expect(perSegment[0].slice(0, 4)).toEqual(['Segmen', 'Boleh dihubungi', 'Dikecualikan: menolak', 'Dikecualikan: tiada persetujuan']);
    const body = perSegment.slice(1);
    expect(body.reduce((n, r) => n + (r[1] as number) + (r[2] as number) + (r[3] as number), 0)).toBe(run.seg.customers.length);
    expect(body.reduce((n, r) => n + (r[2] as number), 0)).toBe(4);
  });

  it('lists everyone who may be contacted with the contact columns the sheet has, value as spend without a forecast', () => {
    const run = consentRun(wording('zh-TW', 'optOut'));
    const list = tabOf(run, 'zh-TW').blocks[3];
    expect(list.filter).toBe(true);
    expect(list.values[0]).toEqual(['分群', '顧客編號', '姓名', '電子郵件', '電話', 'LINE / WhatsApp ID', '潛在金額：目前累計消費', '最近購買']);
    expect(list.values).toHaveLength(1 + 8);
    expect(list.formats?.[4]).toBe('text');
    const row = list.values.find((r) => r[1] === 'C11')!;
    expect(row.slice(2, 6)).toEqual(['Buyer11 Tan', 'buyer11@shop.test', '+60 12-300 1011', 'chat-11-id']);
  });

  it("puts this week's slipping high-value customers first, with the reason and message", () => {
    const run = consentRun(wording('en', 'optOut'));
    const week = tabOf(run, 'en', { at_risk: 'Come back for 15% off.' }).blocks[1];
    expect(week.title).toMatch(/^This week's list: up to 20 high-value customers who are slipping/);
    expect(week.values.slice(1).map((r) => r[1])).toEqual(['C11', 'C10']);
    expect(week.values[1].at(-2)).toMatch(/^Moved from Champions to At risk since the last run\./);
    expect(week.values[1].at(-1)).toBe('Come back for 15% off.');
  });

  it('says so when nobody is slipping', () => {
    const run = consentRun(wording('zh-CN', 'optOut'));
    // Everyone stayed in their segment and ordered today.
    const stayed = new Map(run.seg.customers.map((c) => [c.summary.customerId, { segment: c.segmentName, sinceDay: null }]));
    const quiet = campaignsTab({ ...run.seg, customers: run.seg.customers.map((c) => ({ ...c, recencyDays: 0 })) }, 'zh-CN', { consent: run.consent, templates: {}, previous: stayed, sameSegment: run.sameSegment });
    expect(quiet.blocks[1].values).toEqual([['目前没有可联系的高价值客户正在流失。']]);
  });
});

describe('buildTabs and the Segment summary', () => {
  const context = (run: ConsentRun, consent?: TabContext['consent']): TabContext => ({
    lang: 'en', currency: '', runDay: 0, previousPlacements: run.previous, previousHistory: [], sameSegment: run.sameSegment, quality: [], decisions: [], consent,
  });

  it('places the Campaign lists tab after the Segment summary', () => {
    const run = consentRun(wording('en', 'optOut'));
    const kinds = buildTabs(run.seg, context(run, run.consent)).map((t) => t.kind);
    expect(kinds.indexOf('campaigns')).toBe(kinds.indexOf('summary') + 1);
  });

  it('adds the share who may be contacted to each segment of the summary', () => {
    const run = consentRun(wording('en', 'consent'));
    const summary = buildTabs(run.seg, context(run, run.consent)).find((t) => t.kind === 'summary')!.blocks[0];
    const col = summary.values[0].indexOf('Share who may be contacted');
    expect(summary.formats?.[col]).toBe('percent');
    const contactable = summary.values.slice(1).reduce((n, r) => n + (r[col] as number) * (r[1] as number), 0);
    expect(Math.round(contactable)).toBe(4);
  });

  it('reads strictly when the caller does not pass the consent columns', () => {
    const run = consentRun(wording('en', 'optOut'));
    const listed = (consent?: TabContext['consent']) => buildTabs(run.seg, context(run, consent)).find((t) => t.kind === 'campaigns')!.blocks[3].values.length - 1;
    expect(listed(run.consent)).toBe(8);
    // Strict: only a cell that allows contact; an opt-out sheet's "no" does, its blanks do not.
    expect(listed()).toBe(4);
  });
});
