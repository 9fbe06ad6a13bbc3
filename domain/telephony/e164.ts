/**
 * A number as we store it (national digits for Japan, `+` and country code for overseas numbers)
 * in E.164, the form SIP carriers and caller-ID headers carry: 0312345678 → +81312345678.
 */
export function toE164(stored: string): string {
  if (stored.startsWith('+')) return stored;
  if (stored.startsWith('0')) return `+81${stored.slice(1)}`;
  return stored;
}
