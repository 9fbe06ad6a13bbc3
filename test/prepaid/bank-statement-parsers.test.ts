import { describe, expect, it } from 'vitest';
import { StatementFormatError } from '../../domain/prepaid/bank-statement';
import { parseStatement } from '../../domain/prepaid/parse-statement';
import { findTransferReference } from '../../domain/prepaid/transfer-reference';
import { arrivalRefusal, arrivedInTime } from '../../domain/prepaid/arrival';
import { csvStatement, zenginStatement } from './statement-files';

const today = '2026-12-01';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(StatementFormatError);
    return (err as StatementFormatError).params;
  }
  throw new Error('not refused');
};

describe('bank statement files', () => {
  it('reads a Zengin deposit notice in Shift_JIS half-width kana, with or without line breaks', () => {
    const deposits = [
      { date: '2026-11-30', amount: 12_000, remitter: '12345678 ﾔﾏﾀﾞ ﾀﾛｳ', inquiryNo: 101 },
      { date: '2026-12-01', amount: 5_500, remitter: 'ｶ)ｻﾄｳｼｮｳｼﾞ', inquiryNo: 102 },
    ];
    for (const breaks of [true, false]) {
      expect(parseStatement('zengin', zenginStatement(deposits, { breaks }), today)).toEqual([
        { lineNo: 2, arrivedOn: '2026-11-30', amount: 12_000, remitter: '12345678 ﾔﾏﾀﾞ ﾀﾛｳ', bankRef: '000101', cancelled: false },
        { lineNo: 3, arrivedOn: '2026-12-01', amount: 5_500, remitter: 'ｶ)ｻﾄｳｼｮｳｼﾞ', bankRef: '000102', cancelled: false },
      ]);
    }
  });

  it('refuses a Zengin file whose trailer does not add up, naming the trailer record', () => {
    const file = zenginStatement([{ date: '2026-11-30', amount: 1_000, remitter: 'X' }], { trailerCount: 2 });
    expect(refusal(() => parseStatement('zengin', file, today))).toMatchObject({
      line: 3,
      problem: 'trailer_mismatch',
      count: 2,
      actualCount: 1,
    });
  });

  it('refuses a record of the wrong length, a future date and a missing end record', () => {
    const good = zenginStatement([{ date: '2026-11-30', amount: 1_000, remitter: 'X' }]);
    const lines = good.toString('latin1').split('\r\n');
    lines[1] = lines[1]!.slice(0, 150);
    expect(refusal(() => parseStatement('zengin', Buffer.from(lines.join('\r\n'), 'latin1'), today))).toMatchObject({
      line: 2,
      problem: 'record_length',
    });
    const future = zenginStatement([{ date: '2026-12-02', amount: 1_000, remitter: 'X' }]);
    expect(refusal(() => parseStatement('zengin', future, today))).toMatchObject({ line: 2, problem: 'date_in_future' });
    const noEnd = Buffer.from(good.toString('latin1').split('\r\n').slice(0, 3).join('\r\n'), 'latin1');
    expect(refusal(() => parseStatement('zengin', noEnd, today))).toMatchObject({ line: 4, problem: 'missing_end' });
  });

  it('reads the documented CSV layout and names the line of a bad amount', () => {
    const csv = csvStatement([{ date: '2026-11-30', amount: 12_000, remitter: '12345678 ﾔﾏﾀﾞ ﾀﾛｳ', transactionId: 'T-1' }]);
    expect(parseStatement('csv', csv, today)).toEqual([
      { lineNo: 2, arrivedOn: '2026-11-30', amount: 12_000, remitter: '12345678 ﾔﾏﾀﾞ ﾀﾛｳ', bankRef: 'T-1', cancelled: false },
    ]);
    const bad = Buffer.from('arrived_on,amount,remitter\n2026-11-30,1000,A\n2026-11-30,12.5,B\n');
    expect(refusal(() => parseStatement('csv', bad, today))).toMatchObject({ line: 3, problem: 'bad_amount', value: '12.5' });
    expect(refusal(() => parseStatement('csv', Buffer.from('date,amount\n'), today))).toMatchObject({ line: 1, problem: 'csv_header' });
  });

  it('finds the 8-digit reference the customer put before their name', () => {
    expect(findTransferReference('12345678 ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('12345678');
    expect(findTransferReference('１２３４５６７８ﾔﾏﾀﾞ')).toBe('12345678');
    expect(findTransferReference('ﾔﾏﾀﾞ ﾀﾛｳ 87654321')).toBe('87654321');
    expect(findTransferReference('ﾔﾏﾀﾞ 123456789')).toBeNull();
    expect(findTransferReference('11111111 22222222')).toBe('11111111');
    expect(findTransferReference('ﾔﾏﾀﾞ 11111111 22222222')).toBeNull();
  });

  it('judges lateness by the arrival date against the deadline, not by when it is confirmed', () => {
    const deadline = new Date('2026-11-30T01:00:00Z'); // 10:00 JST on 30 November
    expect(arrivedInTime('2026-11-30', deadline)).toBe(true);
    expect(arrivedInTime('2026-12-01', deadline)).toBe(false);
    const ctx = { now: new Date('2026-12-01T03:00:00Z'), orderedAt: new Date('2026-11-23T01:00:00Z') };
    expect(arrivalRefusal('2026-12-02', ctx)).toEqual({ code: 'arrival_in_future', today: '2026-12-01' });
    expect(arrivalRefusal('2026-11-22', ctx)).toEqual({ code: 'arrival_before_order', orderedOn: '2026-11-23' });
    expect(arrivalRefusal('2026-11-23', ctx)).toBeUndefined();
  });
});
