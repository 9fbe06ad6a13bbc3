/**
 * The convenience-store chains as a Japanese customer knows them. The processor names them in
 * English; a Japanese page or mail shows the chain's own name. A chain not listed is shown as sent.
 */
const JAPANESE_NAMES: Record<string, string> = {
  Lawson: 'ローソン',
  FamilyMart: 'ファミリーマート',
  'Circle K Sunkus': 'サークルK・サンクス',
  Ministop: 'ミニストップ',
  'Daily Yamazaki': 'デイリーヤマザキ',
  Seicomart: 'セイコーマート',
  'Seven-Eleven': 'セブン-イレブン',
};

/** The stores of a konbini slip, listed in the reader's language. */
export function konbiniStores(stores: readonly string[], lang: 'ja' | 'en'): string {
  return lang === 'ja' ? stores.map((s) => JAPANESE_NAMES[s] ?? s).join('、') : stores.join(', ');
}
