import { z } from 'zod';
import type { StatementImport, StatementLine } from '../../db/prepaid/bank-statements.store';
import { STATEMENT_FORMATS } from '../../domain/prepaid/bank-statement';
import { defineRoute, locationHeader } from '../http/route';
import { listQuerySchema, pageOf, toPage } from '../page';
import { CURRENCY, currencySchema, uuidSchema, yenSchema } from '../schemas';
import { toJstIso } from '../../lib/time/jst';
import { importStatement } from './bank-statements.service';
import { IMPORT_ID, LINE_ID, TOPUP_ID } from './examples';
import { afterCursor, timeIdKey } from './keyset';
import { staffIdOf } from './operator.service';
import { NotFoundError } from '../../domain/errors';

const OUTCOMES = [
  'pending',
  'credit',
  'scheduled',
  'review',
  'late_review',
  'unknown',
  'already_confirmed',
  'bank_cancellation',
  'duplicate_deposit',
] as const;

const importSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  format: z.enum(STATEMENT_FORMATS),
  importedAt: z.iso.datetime({ offset: true }),
  lineCount: z.number().int(),
  totalAmount: yenSchema,
  currency: currencySchema,
  pendingCount: z.number().int(),
});

const lineSchema = z.object({
  id: z.uuid(),
  lineNo: z.number().int(),
  arrivedOn: z.iso.date().describe('The Tokyo date the money arrived'),
  amount: yenSchema,
  currency: currencySchema,
  remitter: z.string(),
  bankRef: z.string().nullable(),
  reference: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
  orderId: z.uuid().nullable(),
  applyAt: z.iso.datetime({ offset: true }).nullable().describe('When a scheduled credit is applied, Japan time (+09:00)'),
  reviewId: z.uuid().nullable(),
});

const presentImport = (i: StatementImport) => ({
  id: i.id,
  fileName: i.fileName,
  format: i.format,
  importedAt: i.createdAt.toISOString(),
  lineCount: i.lineCount,
  totalAmount: i.totalAmount,
  currency: CURRENCY,
  pendingCount: i.pendingCount,
});

const presentLine = (l: StatementLine) => ({
  id: l.id,
  lineNo: l.lineNo,
  arrivedOn: l.arrivedOn,
  amount: l.amount,
  currency: CURRENCY,
  remitter: l.remitter,
  bankRef: l.bankRef,
  reference: l.reference,
  outcome: l.outcome,
  orderId: l.orderId,
  applyAt: l.applyAt ? toJstIso(l.applyAt) : null,
  reviewId: l.reviewId,
});

/** An import with each of its lines: the resource GET /v1/operator/bank-statements/{id} answers. */
const detailSchema = importSchema.extend({ lines: z.array(lineSchema).describe('Every deposit of the file, in file order') });

const presentDetail = (i: StatementImport, lines: StatementLine[]) => ({ ...presentImport(i), lines: lines.map(presentLine) });

const importExample = {
  id: IMPORT_ID,
  fileName: 'furikomi_20261120.txt',
  format: 'zengin',
  importedAt: '2026-11-20T01:30:00.000Z',
  lineCount: 2,
  totalAmount: 15000,
  currency: 'JPY',
  pendingCount: 0,
};
const detailExample = {
  ...importExample,
  lines: [
    {
      id: LINE_ID,
      lineNo: 1,
      arrivedOn: '2026-11-20',
      amount: 10000,
      currency: 'JPY',
      remitter: '48213307ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ',
      bankRef: '000123',
      reference: '48213307',
      outcome: 'scheduled',
      orderId: TOPUP_ID,
      applyAt: '2026-11-24T09:00:00+09:00',
      reviewId: null,
    },
    {
      id: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f7',
      lineNo: 2,
      arrivedOn: '2026-11-20',
      amount: 5000,
      currency: 'JPY',
      remitter: 'ｽｽﾞｷ ﾀﾛｳ',
      bankRef: '000124',
      reference: null,
      outcome: 'unknown',
      orderId: null,
      applyAt: null,
      reviewId: 'e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7',
    },
  ],
};
const location = (id: string) => ({ location: `/v1/operator/bank-statements/${id}` });

const IMPORT_DESCRIPTION = `
Upload the bank's statement as JSON: \`fileName\`, \`format\` and the file's bytes in \`contentBase64\`.
The whole file is checked first; a malformed one is refused (422 \`statement_malformed\`, with \`params.line\` and what is wrong) and nothing is applied.
Each deposit's transfer reference is read from the remitter's name (振込依頼人名): its leading 8 digits, else the only 8-digit run.
A deposit whose reference names a bank-transfer order is confirmed to it exactly as at the desk, with the statement's amount and arrival date
(outcome \`credit\`, \`scheduled\`, \`review\` for another amount, \`late_review\` after the deadline's date; \`already_confirmed\` when the desk confirmed that money before).
A deposit with no matching order goes to review with its line attached (\`unknown\`). A bank cancellation (取消区分 1) is shown, never applied (\`bank_cancellation\`);
a deposit another statement already carried (same bank number, date and amount) is \`duplicate_deposit\`. Uploading the same file again changes nothing (\`duplicate: true\`).

**zengin**: 全銀協 振込入金通知/振込入金明細 (種別コード 01), 200-byte records in Shift_JIS, with or without line breaks: header 1, data 2, trailer 8, end 9.
Data record bytes used: 照会番号 2–7, 勘定日 8–13, 起算日 14–19 (the arrival date), 金額 20–29, 振込依頼人名 50–97, 取消区分 128. Dates are Reiwa YYMMDD.
The trailer's counts and totals (2–7, 8–19, 20–25, 26–37) must match the records.

**csv**: UTF-8 (or Shift_JIS), RFC 4180 quoting, a header row naming the columns in any order:
\`arrived_on\` (YYYY-MM-DD or YYYY/MM/DD), \`amount\` (whole yen, thousands commas allowed), \`remitter\` (振込依頼人名), optional \`transaction_id\` (the bank's number for the deposit).
Other columns are ignored; line numbers count text lines, the header being line 1.
`.trim();

/** Operators: bank statement import (Zengin or CSV), and earlier imports with each line's outcome. */
export const bankStatementRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/operator/bank-statements',
    operationId: 'importBankStatement',
    tag: 'operator',
    summary: 'Import a bank statement: each deposit is matched to its order by reference and amount',
    description: IMPORT_DESCRIPTION,
    access: ['operator'],
    idempotent: true,
    body: z
      .object({
        fileName: z.string().trim().min(1).max(200),
        format: z.enum(STATEMENT_FORMATS),
        contentBase64: z.string().min(1),
      })
      .strict(),
    bodyExample: {
      fileName: 'furikomi_20261120.csv',
      format: 'csv',
      contentBase64: Buffer.from('arrived_on,amount,remitter\n2026-11-20,"10,000",48213307ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ\n').toString('base64'),
    },
    responses: {
      200: {
        description: 'The same file was imported before: nothing changed (with a Location header)',
        schema: detailSchema.extend({ duplicate: z.literal(true) }),
        example: { ...detailExample, duplicate: true },
      },
      201: {
        description: 'Imported; each line with its outcome (and a Location header)',
        schema: detailSchema.extend({ duplicate: z.literal(false) }),
        example: { ...detailExample, duplicate: false },
        headers: locationHeader('/v1/operator/bank-statements/{importId}'),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const r = await importStatement(deps, staffIdOf(principal), body);
      return {
        status: r.duplicate ? 200 : 201,
        body: { ...presentDetail(r.import, r.lines), duplicate: r.duplicate },
        headers: location(r.import.id),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/bank-statements',
    operationId: 'listBankStatements',
    tag: 'operator',
    summary: 'Imported bank statements, newest first',
    access: ['operator'],
    query: listQuerySchema.strict(),
    responses: {
      200: { description: 'A page of imports', schema: pageOf(importSchema), example: { items: [importExample], nextCursor: null } },
    },
    handler: async ({ query, deps }) => {
      const rows = await deps.stores.bankStatements.list({ limit: query.limit + 1, after: afterCursor(query.cursor) });
      return { body: toPage(rows, query.limit, presentImport, (i) => timeIdKey(i.createdAt, i.id)) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/bank-statements/:importId',
    operationId: 'getBankStatement',
    tag: 'operator',
    summary: 'One imported statement with each line and what it led to',
    access: ['operator'],
    params: z.object({ importId: uuidSchema }),
    responses: { 200: { description: 'The import with its lines', schema: detailSchema, example: detailExample } },
    handler: async ({ params, deps }) => {
      const found = await deps.stores.bankStatements.get(params.importId);
      if (!found) throw new NotFoundError('bank statement');
      return { body: presentDetail(found, await deps.stores.bankStatements.lines(found.id)) };
    },
  }),
];
