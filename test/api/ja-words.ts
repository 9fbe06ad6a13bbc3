/**
 * What a Japanese message may spell in Latin letters: what a program or a person must type or read
 * as is (HTTP methods, header names, formats, the currency), and names that Japanese writes in
 * Latin letters (API, URL, ID…). Anything in backquotes is a code, and anything in 「」 is the
 * caller's own input quoted back: both are always allowed.
 */
export const JA_LATIN_ALLOWED = new Set([
  // HTTP methods and headers
  'HTTP',
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'Idempotency-Key',
  'X-CSRF-Token',
  'X-Request-Id',
  'Authorization',
  'Allow',
  'Retry-After',
  'Content-Type',
  'Accept-Language',
  'Location',
  // Names Japanese writes in Latin letters
  'API',
  'URL',
  'ID',
  'JSON',
  'SIP',
  'MAC',
  'CSV',
  'UUID',
  'FAX',
  'IPv4',
  'IPv6',
  'Webhook',
  'VISA',
  'Mastercard',
  'JCB',
  '3D',
  // Standards and formats
  'JPY',
  'ISO',
  'RFC',
  'JIS',
  'JIS/Shift_JIS',
  'Shift_JIS',
  'UTF-8',
  'base64',
  'base64url',
  'http',
  'https',
  'http://',
  'https://',
  'YYYY-MM-DD',
  'YYYY-MM',
  'YYYY-03-31',
  'YYYY-09-30',
  'HH:MM:SS',
  // Examples the caller types
  'US',
  'GB',
  'SG',
]);

const VALUE_FORMS = [
  /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, // dates and RFC 3339 times
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUIDs
  /^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/, // MAC addresses
  /^[^A-Za-z]*$/, // no Latin letter at all
];

/** The Latin words of a Japanese text that are not allowed: anything outside backquotes, 「」 and the list. */
export function foreignWords(text: string): string[] {
  const outside = text.replace(/`[^`]*`/g, ' ').replace(/「[^」]*」/g, ' ');
  const words = outside.match(/[A-Za-z0-9][A-Za-z0-9_:+./-]*/g) ?? [];
  return words
    .map((w) => w.replace(/[.:/-]+$/, (m) => (w.endsWith('://') ? m : '')))
    .filter((w) => !JA_LATIN_ALLOWED.has(w) && !VALUE_FORMS.some((f) => f.test(w)));
}
