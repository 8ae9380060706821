/** The review cadence (src/app/review.ts): when segments were last run, and a review suggested once `months` have passed. */
import { describe, expect, it } from 'vitest';
import { reviewReminder } from '../../src/app/review';
import { readSettings } from '../../src/app/settings';
import { dayFromIso } from '../../src/core/days';
import { LANGS } from '../../src/core/types';

const day = (iso: string) => dayFromIso(iso) as number;

describe('review reminder', () => {
  it('names the last run, and suggests a review from 12 whole months on', () => {
    expect(reviewReminder(day('2025-03-15'), day('2026-03-14'), 12, 'en')).toEqual({ lastRunDay: day('2025-03-15'), due: false, text: 'Segments last run on 2025-03-15.' });
    const due = reviewReminder(day('2025-03-15'), day('2026-03-15'), 12, 'en');
    expect(due.due).toBe(true);
    expect(due.text).toMatch(/^Segments last run on 2025-03-15, 12 months ago: time to review them\./);
    expect(reviewReminder(day('2025-03-15'), day('2025-09-20'), 6, 'en').due).toBe(true);
  });

  it('says there was no run yet, in every language, and never suggests a review then', () => {
    for (const lang of LANGS) {
      const r = reviewReminder(null, day('2026-01-01'), 12, lang);
      expect(r.due).toBe(false);
      expect(r.text.length).toBeGreaterThan(5);
    }
    expect(reviewReminder(day('2024-01-01'), day('2026-01-01'), 18, 'zh-TW').text).toBe('上次分群是 2024-01-01，已經 24 個月：該重新檢視了。請重新執行，並確認規則與訊息仍適合您的顧客。');
  });

  it('is a setting that travels with the workbook: 1 to 60 months, default 12', () => {
    expect(readSettings({}).settings.reviewMonths).toBe(12);
    expect(readSettings({ reviewMonths: 18 }).settings.reviewMonths).toBe(18);
    const bad = readSettings({ reviewMonths: 0 });
    expect(bad.settings.reviewMonths).toBe(12);
    expect(bad.problems).toEqual([expect.objectContaining({ kind: 'badValue', setting: 'reviewMonths' })]);
  });
});
