/**
 * The campaign message templates travel with the workbook's settings (src/app/settings.ts): {} by
 * default (the built-in messages), kept as written when valid, replaced by {} and reported when not.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings } from '../../../src/app/settings';

describe('the campaignTemplates setting', () => {
  it('defaults to none, so the built-in messages are used', () => {
    expect(defaultSettings().campaignTemplates).toEqual({});
    expect(readSettings({}).settings.campaignTemplates).toEqual({});
  });

  it("keeps a consultant's templates, in any language", () => {
    const campaignTemplates = { champions: '感謝您！本週貴賓獨享 9 折。', at_risk: 'Kami rindu anda: diskaun 15% minggu ini.' };
    expect(readSettings({ campaignTemplates })).toEqual({ settings: { ...defaultSettings(), campaignTemplates }, problems: [] });
  });

  it.each([
    ['a list', ['hi']],
    ['a number as a message', { champions: 5 }],
    ['an empty segment id', { '': 'hi' }],
    ['more than a settings cell holds', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`s${i}`, 'x'.repeat(1500)]))],
  ])('refuses %s and says so', (_, campaignTemplates) => {
    const read = readSettings({ campaignTemplates });
    expect(read.settings.campaignTemplates).toEqual({});
    expect(read.problems).toEqual([expect.objectContaining({ kind: 'badValue', setting: 'campaignTemplates' })]);
  });
});
