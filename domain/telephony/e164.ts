/**
 * A number as we store it (national digits for Japan, `+` and country code for overseas numbers)
 * in E.164, the form SIP carriers and caller-ID headers carry: 0312345678 → +81312345678.
 */
export function toE164(stored: string): string {
  if (stored.startsWith('+')) return stored;
  if (stored.startsWith('0')) return `+81${stored.slice(1)}`;
  return stored;
}

// Number lengths by prefix (総務省 numbering plan): the part after the first hyphen is split where
// the public dials it; an unknown prefix is shown with no hyphens rather than split wrongly.
const GROUPS: [RegExp, number[]][] = [
  [/^0(120|800)/, [4, 3, 3]],
  [/^0800/, [4, 3, 4]],
  [/^0(570|180)/, [4, 3, 3]],
  [/^0[5789]0/, [3, 4, 4]],
  [/^0[36]/, [2, 4, 4]],
  [/^0\d{2}/, [3, 3, 4]],
];

/**
 * The national form a person reads beside an E.164 number: 0312345678 → 03-1234-5678,
 * 0120123456 → 0120-123-456. Overseas numbers are shown as E.164.
 */
export function toNationalDisplay(stored: string): string {
  const national = stored.startsWith('+81') ? `0${stored.slice(3)}` : stored;
  if (!national.startsWith('0')) return national;
  for (const [prefix, sizes] of GROUPS) {
    if (!prefix.test(national) || sizes.reduce((a, b) => a + b, 0) !== national.length) continue;
    const parts: string[] = [];
    let at = 0;
    for (const size of sizes) parts.push(national.slice(at, (at += size)));
    return parts.join('-');
  }
  return national;
}
