// Helvetica's advance widths (1/1000 em) for U+0020..U+007E, from Adobe's AFM.
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278,
  278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const YEN = 0xa5;

/** True for a character the Latin font (Helvetica, WinAnsi) shows: printable ASCII and the yen sign. */
export const isLatin = (code: number) => (code >= 0x20 && code <= 0x7e) || code === YEN;

/** Width of one character in 1/1000 em: Helvetica's for Latin, full width for Japanese, half for half-width kana. */
function charWidth(code: number): number {
  if (code === YEN) return 556;
  if (code >= 0x20 && code <= 0x7e) return HELVETICA[code - 0x20]!;
  if (code >= 0xff61 && code <= 0xff9f) return 500;
  return 1000;
}

/** The width of a text at a font size, in points. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += charWidth(text.charCodeAt(i));
  return (w * size) / 1000;
}

/** Splits a text into runs of Latin and of Japanese characters, each drawn with its own font. */
export function textRuns(text: string): Array<{ latin: boolean; text: string }> {
  const runs: Array<{ latin: boolean; text: string }> = [];
  for (let i = 0; i < text.length; i++) {
    const latin = isLatin(text.charCodeAt(i));
    const last = runs[runs.length - 1];
    if (last && last.latin === latin) last.text += text[i];
    else runs.push({ latin, text: text[i]! });
  }
  return runs;
}
