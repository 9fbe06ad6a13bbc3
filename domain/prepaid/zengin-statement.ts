import { isCalendarDate } from './arrival';
import { checkDeposit, StatementFormatError, type StatementDeposit } from './bank-statement';

/**
 * The Zengin (全銀協) 振込入金通知 / 振込入金明細 file: fixed 200-byte records in Shift_JIS (half-width
 * kana), with or without a line break after each. Records: header 1, data 2 (one per deposit),
 * trailer 8 (closing each header's group), end 9. Fields used, by byte position (1-based):
 *
 * - header 1: データ区分 1 "1", 種別コード 2-3 "01" (振込入金通知), コード区分 4 "0" (JIS/Shift_JIS).
 * - data 2: データ区分 1 "2", 照会番号 2-7 (the bank's number for the deposit), 勘定日 8-13,
 *   起算日 14-19 (the value date: the day the money counts as arrived, used as the arrival date),
 *   金額 20-29, 振込依頼人名 50-97 (the remitter, with the customer's reference), 取消区分 128 ("1":
 *   the bank cancels an earlier notice). Dates are YYMMDD in the Reiwa era (令和8年 = 2026).
 * - trailer 8: 入金件数 2-7, 入金額合計 8-19, 取消件数 20-25, 取消金額合計 26-37, checked against the group.
 * - end 9: nothing after it.
 */
export const ZENGIN_RECORD_BYTES = 200;

const REIWA_OFFSET = 2018;
const sjis = new TextDecoder('shift_jis', { fatal: true });

const text = (rec: Uint8Array, from: number, len: number, lineNo: number): string => {
  try {
    return sjis.decode(rec.subarray(from - 1, from - 1 + len));
  } catch {
    throw new StatementFormatError(lineNo, 'not_shift_jis');
  }
};

const digits = (rec: Uint8Array, from: number, len: number, lineNo: number, field: string): string => {
  const s = text(rec, from, len, lineNo);
  if (!/^\d+$/.test(s)) throw new StatementFormatError(lineNo, 'not_numeric', { field, value: s.trim() });
  return s;
};

const number = (rec: Uint8Array, from: number, len: number, lineNo: number, field: string) => Number(digits(rec, from, len, lineNo, field));

function reiwaDate(rec: Uint8Array, from: number, lineNo: number, field: string): string {
  const s = digits(rec, from, 6, lineNo, field);
  const date = `${Number(s.slice(0, 2)) + REIWA_OFFSET}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
  if (!isCalendarDate(date)) throw new StatementFormatError(lineNo, 'bad_date', { field, value: s });
  return date;
}

/** Cuts the file into records: by line breaks when it has them, else every 200 bytes. */
function records(bytes: Uint8Array): Uint8Array[] {
  const body = bytes.at(-1) === 0x1a ? bytes.subarray(0, -1) : bytes;
  const hasBreaks = body.includes(0x0a) || body.includes(0x0d);
  const out: Uint8Array[] = [];
  if (hasBreaks) {
    let start = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i === body.length || body[i] === 0x0a) {
        let end = i;
        if (end > start && body[end - 1] === 0x0d) end--;
        if (i < body.length || end > start) out.push(body.subarray(start, end));
        start = i + 1;
      }
    }
  } else {
    for (let i = 0; i < body.length; i += ZENGIN_RECORD_BYTES) out.push(body.subarray(i, i + ZENGIN_RECORD_BYTES));
  }
  out.forEach((r, i) => {
    if (r.length !== ZENGIN_RECORD_BYTES)
      throw new StatementFormatError(i + 1, 'record_length', { length: r.length, expected: ZENGIN_RECORD_BYTES });
  });
  return out;
}

function dataRecord(rec: Uint8Array, lineNo: number): StatementDeposit {
  reiwaDate(rec, 8, lineNo, '勘定日');
  return {
    lineNo,
    bankRef: digits(rec, 2, 6, lineNo, '照会番号'),
    arrivedOn: reiwaDate(rec, 14, lineNo, '起算日'),
    amount: number(rec, 20, 10, lineNo, '金額'),
    remitter: text(rec, 50, 48, lineNo).trimEnd(),
    cancelled: text(rec, 128, 1, lineNo) === '1',
  };
}

function checkTrailer(rec: Uint8Array, lineNo: number, group: StatementDeposit[]): void {
  const paid = group.filter((d) => !d.cancelled);
  const cancelled = group.filter((d) => d.cancelled);
  const sum = (ds: StatementDeposit[]) => ds.reduce((s, d) => s + d.amount, 0);
  const stated = [
    number(rec, 2, 6, lineNo, '入金件数'),
    number(rec, 8, 12, lineNo, '入金額合計'),
    number(rec, 20, 6, lineNo, '取消件数'),
    number(rec, 26, 12, lineNo, '取消金額合計'),
  ];
  const actual = [paid.length, sum(paid), cancelled.length, sum(cancelled)];
  if (stated.some((v, i) => v !== actual[i]))
    throw new StatementFormatError(lineNo, 'trailer_mismatch', {
      count: stated[0]!,
      total: stated[1]!,
      actualCount: actual[0]!,
      actualTotal: actual[1]!,
    });
}

/** Reads a whole Zengin deposit file; any fault refuses it all, naming the record. */
export function parseZenginStatement(bytes: Uint8Array, today: string): StatementDeposit[] {
  const recs = records(bytes);
  if (recs.length === 0) throw new StatementFormatError(1, 'empty');
  const deposits: StatementDeposit[] = [];
  let group: StatementDeposit[] | null = null;
  let ended = false;
  recs.forEach((rec, i) => {
    const lineNo = i + 1;
    const kind = text(rec, 1, 1, lineNo);
    if (ended) throw new StatementFormatError(lineNo, 'after_end');
    const expected = group !== null ? '2/8' : i === 0 ? '1' : '1/9';
    if (kind === '1' && group === null) {
      const type = text(rec, 2, 2, lineNo);
      if (type !== '01') throw new StatementFormatError(lineNo, 'unsupported_kind', { kind: type });
      if (text(rec, 4, 1, lineNo) !== '0') throw new StatementFormatError(lineNo, 'code_division', { value: text(rec, 4, 1, lineNo) });
      group = [];
    } else if (kind === '2' && group !== null) {
      group.push(checkDeposit(dataRecord(rec, lineNo), today));
    } else if (kind === '8' && group !== null) {
      checkTrailer(rec, lineNo, group);
      deposits.push(...group);
      group = null;
    } else if (kind === '9' && group === null && i > 0) {
      ended = true;
    } else {
      throw new StatementFormatError(lineNo, 'record_order', { expected, found: kind });
    }
  });
  if (!ended) throw new StatementFormatError(recs.length + 1, 'missing_end');
  return deposits;
}
