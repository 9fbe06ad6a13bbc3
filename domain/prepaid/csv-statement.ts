import { isCalendarDate } from './arrival';
import { checkDeposit, StatementFormatError, type StatementDeposit } from './bank-statement';

/**
 * The CSV statement: UTF-8 (a BOM is fine; Shift_JIS is read too), RFC 4180 quoting, a header
 * row naming the columns in any order, one deposit per row:
 *
 * - `arrived_on` (required): the Tokyo date the money arrived, YYYY-MM-DD or YYYY/MM/DD.
 * - `amount` (required): integer yen, digits with optional thousands commas ("12,000").
 * - `remitter` (required): 振込依頼人名 as the bank shows it, e.g. "12345678 ﾔﾏﾀﾞ ﾀﾛｳ".
 * - `transaction_id` (optional): the bank's number for the deposit; the same deposit in another file is then recognised.
 *
 * Other columns are ignored; blank lines are skipped. Line numbers count text lines, header = 1.
 */
export const CSV_COLUMNS = { required: ['arrived_on', 'amount', 'remitter'], optional: ['transaction_id'] } as const;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const sjis = new TextDecoder('shift_jis', { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return sjis.decode(bytes);
    } catch {
      throw new StatementFormatError(1, 'not_shift_jis');
    }
  }
}

/** Splits CSV text into rows of fields, each with the text line it starts on. */
function rows(text: string): Array<{ lineNo: number; fields: string[] }> {
  const out: Array<{ lineNo: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') out.push({ lineNo: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"') {
      if (field.trim() !== '') throw new StatementFormatError(line, 'csv_quote');
      field = '';
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
    i++;
  }
  if (quoted) throw new StatementFormatError(rowLine, 'csv_quote');
  if (field !== '' || fields.length) endRow();
  return out;
}

function amountOf(value: string, lineNo: number): number {
  const v = value.trim();
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(v)) throw new StatementFormatError(lineNo, 'bad_amount', { value: v });
  return Number(v.replace(/,/g, ''));
}

function dateOf(value: string, lineNo: number): string {
  const v = value.trim().replace(/\//g, '-');
  if (!isCalendarDate(v)) throw new StatementFormatError(lineNo, 'bad_date', { field: 'arrived_on', value: value.trim() });
  return v;
}

/** Reads a whole CSV statement; any fault refuses it all, naming the line. */
export function parseCsvStatement(bytes: Uint8Array, today: string): StatementDeposit[] {
  const [header, ...body] = rows(decode(bytes));
  if (!header) throw new StatementFormatError(1, 'empty');
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_COLUMNS.required.filter((c) => !names.includes(c));
  if (missing.length)
    throw new StatementFormatError(header.lineNo, 'csv_header', { missing: missing.join(', '), columns: CSV_COLUMNS.required.join(', ') });
  const at = (name: string) => names.indexOf(name);
  return body.map(({ lineNo, fields }) => {
    if (fields.length !== names.length)
      throw new StatementFormatError(lineNo, 'csv_columns', { expected: names.length, found: fields.length });
    const remitter = fields[at('remitter')]!.trim();
    if (!remitter) throw new StatementFormatError(lineNo, 'empty_remitter');
    const bankRef = at('transaction_id') >= 0 ? fields[at('transaction_id')]!.trim() || null : null;
    return checkDeposit(
      {
        lineNo,
        arrivedOn: dateOf(fields[at('arrived_on')]!, lineNo),
        amount: amountOf(fields[at('amount')]!, lineNo),
        remitter,
        bankRef,
        cancelled: false,
      },
      today,
    );
  });
}
