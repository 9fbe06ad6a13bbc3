import type { MessageTable } from '../http/messages';

/** The base-date report's answers, in Japanese and English. */
export const unusedBalanceMessages: MessageTable = {
  not_a_base_date: {
    en: (p) =>
      `${p.baseDate} is not a base date. Under the Payment Services Act the base dates are March 31 and September 30 of each year (YYYY-03-31 or YYYY-09-30); the latest that has ended is ${p.latest}.`,
    ja: (p) =>
      `${p.baseDate} は基準日ではありません。資金決済法の基準日は毎年3月31日と9月30日です（YYYY-03-31 または YYYY-09-30）。終了した直近の基準日は ${p.latest} です。`,
  },
  base_date_not_ended: {
    en: (p) =>
      `The base date ${p.baseDate} has not ended yet (it ends at 24:00 Japan time on that day), so its unused balance is not known. The latest that has ended is ${p.latest}.`,
    ja: (p) =>
      `基準日 ${p.baseDate} はまだ終わっていないため（当日24:00（日本時間）まで）、未使用残高は確定していません。終了した直近の基準日は ${p.latest} です。`,
  },
};
