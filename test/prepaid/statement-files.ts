import { Buffer } from 'node:buffer';

/** One deposit for a test statement. */
export interface TestDeposit {
  /** Tokyo date, YYYY-MM-DD. */
  date: string;
  amount: number;
  /** ASCII and half-width kana only (what a Zengin remitter name holds). */
  remitter: string;
  inquiryNo?: number;
  cancelled?: boolean;
}

/** Shift_JIS for ASCII and half-width kana, the only characters Zengin names use. */
function sjis(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0xff61 && code <= 0xff9f) return code - 0xfec0;
      throw new Error(`not half-width: ${c}`);
    }),
  );
}

const field = (text: string, len: number) => {
  const b = sjis(text);
  if (b.length > len) throw new Error(`"${text}" is longer than ${len} bytes`);
  return Buffer.concat([b, Buffer.alloc(len - b.length, 0x20)]);
};
const num = (n: number, len: number) => sjis(String(n).padStart(len, '0'));
const reiwa = (iso: string) => sjis(`${String(Number(iso.slice(0, 4)) - 2018).padStart(2, '0')}${iso.slice(5, 7)}${iso.slice(8, 10)}`);

/** Today in Tokyo, YYYY-MM-DD. */
export const tokyoToday = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

/**
 * A Zengin 振込入金通知 file (200-byte records, CRLF after each unless `breaks: false`), with a
 * trailer that matches its deposits unless `trailerCount` says otherwise.
 */
export function zenginStatement(deposits: TestDeposit[], opts: { breaks?: boolean; trailerCount?: number } = {}): Buffer {
  const today = tokyoToday();
  const header = Buffer.concat([
    sjis('1010'),
    reiwa(today),
    reiwa(deposits[0]?.date ?? today),
    reiwa(today),
    sjis('0001'),
    field('ﾐｽﾞﾎ', 15),
    sjis('210'),
    field('ｼﾌﾞﾔ', 15),
    sjis('1'),
    sjis('1234567'),
    field('ｶ)ｸﾗｳﾄﾞﾋﾟｰﾋﾞｰｴｯｸｽ', 40),
    field('', 93),
  ]);
  const data = deposits.map((d, i) =>
    Buffer.concat([
      sjis('2'),
      num(d.inquiryNo ?? i + 1, 6),
      reiwa(d.date),
      reiwa(d.date),
      num(d.amount, 10),
      num(0, 10),
      num(0, 10),
      field(d.remitter, 48),
      field('ﾐﾂｲｽﾐﾄﾓ', 15),
      field('ﾎﾝﾃﾝ', 15),
      sjis(d.cancelled ? '1' : '0'),
      field('', 20),
      field('', 52),
    ]),
  );
  const paid = deposits.filter((d) => !d.cancelled);
  const cancelled = deposits.filter((d) => d.cancelled);
  const sum = (ds: TestDeposit[]) => ds.reduce((s, d) => s + d.amount, 0);
  const trailer = Buffer.concat([
    sjis('8'),
    num(opts.trailerCount ?? paid.length, 6),
    num(sum(paid), 12),
    num(cancelled.length, 6),
    num(sum(cancelled), 12),
    field('', 163),
  ]);
  const end = Buffer.concat([sjis('9'), field('', 199)]);
  const records = [header, ...data, trailer, end];
  return opts.breaks === false ? Buffer.concat(records) : Buffer.concat(records.flatMap((r) => [r, Buffer.from('\r\n')]));
}

/** A CSV statement with the documented columns. */
export function csvStatement(deposits: Array<{ date: string; amount: number; remitter: string; transactionId?: string }>): Buffer {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['arrived_on,amount,remitter,transaction_id'];
  for (const d of deposits)
    lines.push([d.date, quote(d.amount.toLocaleString('en-US')), quote(d.remitter), d.transactionId ?? ''].join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
