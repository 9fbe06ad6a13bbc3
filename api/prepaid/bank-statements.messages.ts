import type { ErrorParams } from '../../domain/errors';
import type { MessageTable } from '../http/messages';

type Text = (p: ErrorParams) => string;

/** A CSV column is named as the file spells it (in backquotes); a Zengin field by its Japanese name. */
const column = (f: unknown) => (/^[\x21-\x7e]+$/.test(String(f)) ? `\`${f}\`` : String(f));

const fmt = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));

/** What is wrong with a statement line, by StatementProblem, in both languages. */
const PROBLEMS: Record<string, { en: Text; ja: Text }> = {
  empty: { en: () => 'the file holds no records', ja: () => 'ファイルにレコードがありません' },
  record_length: {
    en: (p) => `the record is ${p.length} bytes long; Zengin records are ${p.expected} bytes`,
    ja: (p) => `レコード長が${p.length}バイトです（全銀フォーマットは${p.expected}バイト）`,
  },
  record_order: {
    en: (p) => `a record of kind ${p.found || '(blank)'} where ${p.expected} was expected (header 1, data 2, trailer 8, end 9)`,
    ja: (p) =>
      `データ区分「${p.found || '空白'}」のレコードがありますが、ここでは${p.expected}が必要です（ヘッダー1・データ2・トレーラー8・エンド9）`,
  },
  unsupported_kind: {
    en: (p) => `種別コード ${p.kind} is not a deposit notice; export 振込入金明細 (種別コード 01)`,
    ja: (p) => `種別コード ${p.kind} は取り込めません。振込入金明細（種別コード01）を出力してください`,
  },
  code_division: {
    en: (p) => `コード区分 ${p.value}: only 0 (JIS / Shift_JIS) is read`,
    ja: (p) => `コード区分 ${p.value} は読めません（0: JIS/Shift_JIS のみ）`,
  },
  not_numeric: { en: (p) => `${p.field} is "${p.value}", not digits`, ja: (p) => `${column(p.field)}「${p.value}」が数字ではありません` },
  bad_date: { en: (p) => `${p.field} "${p.value}" is not a date`, ja: (p) => `${column(p.field)}「${p.value}」は日付ではありません` },
  date_in_future: {
    en: (p) => `the arrival date ${p.date} is after today (${p.today})`,
    ja: (p) => `入金日 ${p.date} が本日（${p.today}）より後です`,
  },
  zero_amount: { en: () => 'the amount is 0', ja: () => '金額が0円です' },
  trailer_mismatch: {
    en: (p) =>
      `the trailer states ${fmt(p.count)} deposits totalling ${fmt(p.total)} yen, the records hold ${fmt(p.actualCount)} totalling ${fmt(p.actualTotal)} yen`,
    ja: (p) =>
      `トレーラーの件数・金額（${fmt(p.count)}件 ${fmt(p.total)}円）がデータ（${fmt(p.actualCount)}件 ${fmt(p.actualTotal)}円）と一致しません`,
  },
  missing_end: { en: () => 'the file ends without its end record (9)', ja: () => 'エンドレコード（9）がありません' },
  after_end: { en: () => 'a record follows the end record (9)', ja: () => 'エンドレコード（9）の後にレコードがあります' },
  not_shift_jis: { en: () => 'the text is neither Shift_JIS nor UTF-8', ja: () => '文字コードが Shift_JIS でも UTF-8 でもありません' },
  csv_header: {
    en: (p) => `the header row lacks ${p.missing}; it must name ${p.columns} (transaction_id optional)`,
    ja: (p) => `見出し行に \`${p.missing}\` がありません（必須: \`${p.columns}\`、任意: \`transaction_id\`）`,
  },
  csv_columns: {
    en: (p) => `the row has ${p.found} fields; the header has ${p.expected}`,
    ja: (p) => `項目数が${p.found}個です（見出し行は${p.expected}個）`,
  },
  csv_quote: { en: () => 'a quoted field is not closed or is misplaced', ja: () => '引用符（"）の使い方が正しくありません' },
  bad_amount: {
    en: (p) => `the amount "${p.value}" is not whole yen (digits, thousands commas allowed)`,
    ja: (p) => `金額「${p.value}」が円単位の整数ではありません`,
  },
  empty_remitter: { en: () => 'the remitter (振込依頼人名) is empty', ja: () => '振込依頼人名が空です' },
  too_many_lines: {
    en: (p) => `a file may hold at most ${fmt(p.max)} deposits; split it`,
    ja: (p) => `1ファイルの明細は${fmt(p.max)}件までです。分割してください`,
  },
};

const problem = (p: ErrorParams, lang: 'en' | 'ja') => PROBLEMS[String(p.problem)]?.[lang](p) ?? String(p.problem);

/** The bank-statement import's answers, in Japanese and English. */
export const bankStatementMessages: MessageTable = {
  statement_malformed: {
    en: (p) => `Line ${p.line}: ${problem(p, 'en')}. Nothing was imported.`,
    ja: (p) => `${p.line}行目: ${problem(p, 'ja')}。取り込みは行っていません。`,
  },
  statement_not_base64: {
    en: () => "contentBase64 is not base64: send the file's bytes base64-encoded.",
    ja: () => '`contentBase64` が base64 ではありません。ファイルの内容を base64 で送信してください。',
  },
};
