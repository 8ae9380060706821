import { format, type Localized } from '../core/i18n';
import { isoFromDay, ymdFromDay } from '../core/days';
import type { DayNumber, Lang } from '../core/types';
import type { ReviewReminder } from './contract';

/**
 * The review cadence the source articles ask for (review segments every 12–18 months at least):
 * when the segments were last run and, once `months` have passed, a suggestion to review them.
 * The last run's day comes from the History tab, so a copied workbook keeps its own cadence.
 * @example reviewReminder(19000, 19400, 12, 'en').due // true (more than 12 months)
 */
export function reviewReminder(lastRunDay: DayNumber | null, today: DayNumber, months: number, lang: Lang): ReviewReminder {
  if (lastRunDay === null) return { lastRunDay, due: false, text: format(TEXT.never, lang, {}) };
  const elapsed = monthsBetween(lastRunDay, today);
  const date = isoFromDay(lastRunDay);
  if (elapsed >= months) return { lastRunDay, due: true, text: format(TEXT.due, lang, { date, months: elapsed }) };
  return { lastRunDay, due: false, text: format(TEXT.recent, lang, { date }) };
}

/** Whole calendar months from `from` to `to` (a month is complete on the same day of the month). */
function monthsBetween(from: DayNumber, to: DayNumber): number {
  const a = ymdFromDay(from);
  const b = ymdFromDay(to);
  return Math.max(0, (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0));
}

const TEXT: Record<'never' | 'recent' | 'due', Localized> = {
  never: { en: 'Segments have not been run in this workbook yet.', 'zh-TW': '這個活頁簿還沒有執行過分群。', 'zh-CN': '这个工作簿还没有运行过细分。', ms: 'Segmen belum pernah dijalankan dalam buku kerja ini.' },
  recent: { en: 'Segments last run on {date}.', 'zh-TW': '上次分群：{date}。', 'zh-CN': '上次细分：{date}。', ms: 'Segmen terakhir dijalankan pada {date}.' },
  due: {
    en: 'Segments last run on {date}, {months} months ago: time to review them. Run again, and check that the rules and messages still fit your customers.',
    'zh-TW': '上次分群是 {date}，已經 {months} 個月：該重新檢視了。請重新執行，並確認規則與訊息仍適合您的顧客。',
    'zh-CN': '上次细分是 {date}，已经 {months} 个月：该重新检视了。请重新运行，并确认规则与信息仍适合您的客户。',
    ms: 'Segmen terakhir dijalankan pada {date}, {months} bulan lalu: masa untuk menyemaknya. Jalankan semula, dan pastikan peraturan dan mesej masih sesuai dengan pelanggan anda.',
  },
};
