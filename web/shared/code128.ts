/**
 * Code 128 barcodes for labels a handheld scanner reads back: the MACs, serials and order IDs on
 * the pack slip. Code Set B carries printable ASCII; runs of digits switch to Code Set C, which
 * packs two digits in a symbol, so long numbers stay short enough for a slip's column.
 */

/** Bar and space widths (in modules) of each symbol value 0-106; 106 is the stop, which has a final bar. */
// prettier-ignore
export const CODE128_PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

/** Symbol values with a meaning of their own. */
export const CODE128 = { codeB: 100, codeC: 99, startB: 104, startC: 105, stop: 106 } as const;

/** Blank modules each side, so a scanner finds where the symbol begins (the standard asks for 10). */
const QUIET_ZONE = 10;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function digitRun(text: string, from: number): number {
  let i = from;
  while (isDigit(text[i])) i++;
  return i - from;
}

/**
 * The symbol values for a text: start, data (with set switches), checksum, stop. Set C is used
 * where it saves space: four or more digits at the start or end, six or more in the middle.
 * Throws for characters outside printable ASCII, which Code Set B cannot carry.
 */
export function code128Values(text: string): number[] {
  if (text.length === 0) throw new Error('Code 128 needs at least one character');
  for (const c of text) if (c < ' ' || c > '~') throw new Error(`Code 128 set B cannot carry ${JSON.stringify(c)}`);
  const lead = digitRun(text, 0);
  let inC = lead >= 4 || (lead === text.length && lead % 2 === 0);
  const values: number[] = [inC ? CODE128.startC : CODE128.startB];
  let i = 0;
  while (i < text.length) {
    if (inC) {
      if (digitRun(text, i) >= 2) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
        continue;
      }
      values.push(CODE128.codeB);
      inC = false;
    }
    const run = digitRun(text, i);
    if (run >= 6 || (run >= 4 && i + run === text.length)) {
      // An odd run leaves its first digit in set B, so that set C gets whole pairs.
      if (run % 2 === 1) values.push(text.charCodeAt(i++) - 32);
      values.push(CODE128.codeC);
      inC = true;
      continue;
    }
    values.push(text.charCodeAt(i++) - 32);
  }
  const checksum = values.reduce((sum, v, k) => sum + v * Math.max(k, 1), 0) % 103;
  return [...values, checksum, CODE128.stop];
}

/** The symbol as alternating bar and space widths in modules, beginning and ending with a bar. */
export function code128Widths(text: string): number[] {
  return code128Values(text).flatMap((v) => [...CODE128_PATTERNS[v]!].map(Number));
}

/** The symbol drawn: each bar's start and width in modules, on a width that includes the quiet zones. */
export interface Code128Bars {
  modules: number;
  bars: Array<{ x: number; width: number }>;
}

/** Where the bars go, quiet zones included, for a renderer (the pack slip draws them as SVG). */
export function code128Bars(text: string): Code128Bars {
  const widths = code128Widths(text);
  const bars: Code128Bars['bars'] = [];
  let x = QUIET_ZONE;
  widths.forEach((w, k) => {
    if (k % 2 === 0) bars.push({ x, width: w });
    x += w;
  });
  return { modules: x + QUIET_ZONE, bars };
}
