import { z } from 'zod';
import type { StatementImport, StatementLine } from '../../db/prepaid/bank-statements.store';
import { STATEMENT_FORMATS } from '../../domain/prepaid/bank-statement';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
import { importStatement } from './bank-statements.service';
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
  importedAt: z.iso.datetime(),
  lineCount: z.number().int(),
  totalAmount: z.number().int(),
  pendingCount: z.number().int(),
});

const lineSchema = z.object({
  id: z.uuid(),
  lineNo: z.number().int(),
  arrivedOn: z.iso.date(),
  amount: z.number().int(),
  remitter: z.string(),
  bankRef: z.string().nullable(),
  reference: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
  orderId: z.uuid().nullable(),
  applyAt: z.iso.datetime().nullable(),
  reviewId: z.uuid().nullable(),
});

const presentImport = (i: StatementImport) => ({
  id: i.id,
  fileName: i.fileName,
  format: i.format,
  importedAt: i.createdAt.toISOString(),
  lineCount: i.lineCount,
  totalAmount: i.totalAmount,
  pendingCount: i.pendingCount,
});

const presentLine = (l: StatementLine) => ({
  id: l.id,
  lineNo: l.lineNo,
  arrivedOn: l.arrivedOn,
  amount: l.amount,
  remitter: l.remitter,
  bankRef: l.bankRef,
  reference: l.reference,
  outcome: l.outcome,
  orderId: l.orderId,
  applyAt: l.applyAt?.toISOString() ?? null,
  reviewId: l.reviewId,
});

const detailSchema = z.object({ import: importSchema, lines: z.array(lineSchema) });

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
    responses: {
      200: {
        description: 'The same file was imported before: nothing changed',
        schema: detailSchema.extend({ duplicate: z.literal(true) }),
      },
      201: { description: 'Imported; each line with its outcome', schema: detailSchema.extend({ duplicate: z.literal(false) }) },
    },
    handler: async ({ principal, body, deps }) => {
      const r = await importStatement(deps, staffIdOf(principal), body);
      return {
        status: r.duplicate ? 200 : 201,
        body: { import: presentImport(r.import), lines: r.lines.map(presentLine), duplicate: r.duplicate },
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
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
    responses: { 200: { description: 'Imports', schema: z.object({ items: z.array(importSchema) }) } },
    handler: async ({ query, deps }) => ({
      body: { items: (await deps.stores.bankStatements.list(query.limit)).map(presentImport) },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/bank-statements/:importId',
    operationId: 'getBankStatement',
    tag: 'operator',
    summary: 'One imported statement with each line and what it led to',
    access: ['operator'],
    params: z.object({ importId: uuidSchema }),
    responses: { 200: { description: 'The import', schema: detailSchema } },
    handler: async ({ params, deps }) => {
      const found = await deps.stores.bankStatements.get(params.importId);
      if (!found) throw new NotFoundError('bank statement');
      return { body: { import: presentImport(found), lines: (await deps.stores.bankStatements.lines(found.id)).map(presentLine) } };
    },
  }),
];
