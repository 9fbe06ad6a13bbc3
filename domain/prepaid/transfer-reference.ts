/** How long a bank-transfer reference is: the customer types it before their name (振込依頼人名). */
export const TRANSFER_REFERENCE_DIGITS = 8;

// Full-width digits (０-９) become ASCII; banks show names in half-width kana, but not every bank converts digits.
const toAsciiDigits = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * The transfer reference in a remitter's name as the bank shows it ("12345678 ﾔﾏﾀﾞ ﾀﾛｳ"): the
 * 8 digits at its start, else the only run of exactly 8 digits in it. Several runs, or none, is no reference.
 */
export function findTransferReference(remitter: string): string | null {
  const name = toAsciiDigits(remitter).trim();
  const leading = /^(\d{8})(?!\d)/.exec(name);
  if (leading) return leading[1]!;
  const runs = name.match(/(?<!\d)\d{8}(?!\d)/g) ?? [];
  return runs.length === 1 ? runs[0]! : null;
}
