import type { CARRIERS } from './catalog';

/** A carrier the warehouse hands parcels to. */
export type Carrier = (typeof CARRIERS)[number];

/** Each carrier's public tracking page, opened with the parcel's number filled in. */
const TRACKING_PAGES: Record<Carrier, (trackingNumber: string) => string> = {
  yamato: (n) => `https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=${encodeURIComponent(n)}`,
  sagawa: (n) => `https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=${encodeURIComponent(n)}`,
  japanpost: (n) => `https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=${encodeURIComponent(n)}&locale=ja`,
};

/** Carrier names as the customer knows them. */
export const CARRIER_NAMES: Record<Carrier, { ja: string; en: string }> = {
  yamato: { ja: 'ヤマト運輸', en: 'Yamato Transport' },
  sagawa: { ja: '佐川急便', en: 'Sagawa Express' },
  japanpost: { ja: '日本郵便', en: 'Japan Post' },
};

/** The carrier's tracking page for a parcel, or null for a carrier we have no page for. */
export function trackingUrl(carrier: string, trackingNumber: string): string | null {
  const page = (TRACKING_PAGES as Record<string, ((n: string) => string) | undefined>)[carrier];
  return page ? page(trackingNumber) : null;
}

/** The carrier's name in a language, or its code when unknown. */
export const carrierName = (carrier: string, lang: 'ja' | 'en') =>
  (CARRIER_NAMES as Record<string, { ja: string; en: string } | undefined>)[carrier]?.[lang] ?? carrier;
