import { describe, expect, it } from 'vitest';
import { CODE128, CODE128_PATTERNS, code128Bars, code128Values, code128Widths } from '../../web/shared/code128';

/** Reads bar widths back as a scanner would: symbol by symbol, checking the checksum, switching sets. */
function decode(widths: number[]): string {
  const values: number[] = [];
  for (let i = 0; i < widths.length;) {
    const size = widths.length - i === 7 ? 7 : 6;
    const pattern = widths.slice(i, i + size).join('');
    const value = CODE128_PATTERNS.indexOf(pattern);
    if (value < 0) throw new Error(`no symbol ${pattern} at module ${i}`);
    values.push(value);
    i += size;
  }
  const [start, ...rest] = values;
  const stop = rest.pop();
  const checksum = rest.pop()!;
  expect(stop).toBe(CODE128.stop);
  expect([start!, ...rest].reduce((sum, v, k) => sum + v * Math.max(k, 1), 0) % 103).toBe(checksum);
  let set = start === CODE128.startC ? 'C' : 'B';
  let text = '';
  for (const v of rest) {
    if (set === 'C' && v === CODE128.codeB) set = 'B';
    else if (set === 'B' && v === CODE128.codeC) set = 'C';
    else text += set === 'C' ? String(v).padStart(2, '0') : String.fromCharCode(v + 32);
  }
  return text;
}

describe('Code 128 barcodes on the pack slip', () => {
  it('has the 107 symbols of the standard table: 11 modules each (13 for the stop), all different', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    for (const [v, p] of CODE128_PATTERNS.entries())
      expect(
        [...p].reduce((a, b) => a + Number(b), 0),
        String(v),
      ).toBe(v === 106 ? 13 : 11);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
  });

  it('encodes "A" in set B as start B, A, checksum 34 and stop, with the widths of the standard table', () => {
    expect(code128Values('A')).toEqual([104, 33, 34, 106]);
    expect(code128Widths('A').join('')).toBe(['211214', '111323', '131123', '2331112'].join(''));
  });

  it('encodes "PJJ123C" in set B (three digits do not pay for set C) with checksum 55', () => {
    // 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879 = 8·103 + 55
    expect(code128Values('PJJ123C')).toEqual([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
  });

  it('packs a number in set C, two digits a symbol: "123456" is 12, 34, 56 with checksum 44', () => {
    // 105 + 12·1 + 34·2 + 56·3 = 353 = 3·103 + 44
    expect(code128Values('123456')).toEqual([105, 12, 34, 56, 44, 106]);
    expect(code128Widths('123456').join('')).toBe(['211232', '112232', '131123', '331121', '132131', '2331112'].join(''));
  });

  it('switches to set C for a long run of digits inside a serial and back to set B for letters', () => {
    const values = code128Values('GS1234567890AB');
    expect(values.slice(0, 9)).toEqual([104, 39, 51, CODE128.codeC, 12, 34, 56, 78, 90]);
    expect(values.slice(9, 12)).toEqual([CODE128.codeB, 33, 34]);
  });

  it('keeps the first digit of an odd run in set B so that set C gets whole pairs', () => {
    expect(code128Values('AB12345').slice(0, 6)).toEqual([104, 33, 34, 17, CODE128.codeC, 23]);
  });

  it('reads back what it wrote: MACs, serials, order IDs and tracking numbers', () => {
    for (const text of [
      '000b82123456',
      '02ab34cd56ef',
      'GS0A1B2C3D4E5F',
      '5f0c2e8a-0b4d-4c9e-9a51-3f1e2d7c6b80',
      '123456789012',
      '12345',
      '7',
      'x',
      'A1B22C333D4444E55555',
    ])
      expect(decode(code128Widths(text)), text).toBe(text);
  });

  it('draws bars from the widths, with ten blank modules each side', () => {
    const { modules, bars } = code128Bars('A');
    expect(modules).toBe(10 + 11 * 3 + 13 + 10);
    expect(bars[0]).toEqual({ x: 10, width: 2 });
    expect(bars[1]).toEqual({ x: 13, width: 1 });
    expect(bars.at(-1)).toEqual({ x: modules - 10 - 2, width: 2 });
    expect(bars).toHaveLength(3 * 3 + 4);
  });

  it('refuses characters set B cannot carry rather than printing a barcode that scans as something else', () => {
    expect(() => code128Values('東京')).toThrow(/cannot carry/);
    expect(() => code128Values('')).toThrow(/at least one/);
  });
});
