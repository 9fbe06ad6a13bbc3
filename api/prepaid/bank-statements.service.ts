import { createHash } from 'node:crypto';
import type { StatementImport, StatementLine } from '../../db/prepaid/bank-statements.store';
import { InputError } from '../../domain/errors';
import { arrivalRefusal } from '../../domain/prepaid/arrival';
import type { StatementFormat } from '../../domain/prepaid/bank-statement';
import { tokyoDate } from '../../domain/prepaid/business-calendar';
import { parseStatement } from '../../domain/prepaid/parse-statement';
import { findTransferReference } from '../../domain/prepaid/transfer-reference';
import type { ApiDeps } from '../deps';
import { confirmTransfer } from './operator.service';
import { deliverPaymentEvent } from './payment-events.service';

/** A statement file as the operator uploads it. */
export interface StatementUpload {
  fileName: string;
  format: StatementFormat;
  contentBase64: string;
}

/** An import with its lines, and whether this upload found it already done. */
export interface ImportResult {
  import: StatementImport;
  lines: StatementLine[];
  duplicate: boolean;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function fileBytes(contentBase64: string): Uint8Array {
  const text = contentBase64.replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw new InputError('statement_not_base64', {}, 'body.contentBase64');
  return Buffer.from(text, 'base64');
}

/**
 * Imports a bank statement. The whole file is read and checked first: one bad line refuses it
 * all, and nothing is applied. Then each deposit goes through the desk's own confirmation, under
 * an ID derived from its line, so crediting stays exactly-once. The same file again changes
 * nothing; a file whose earlier upload was cut short finishes its pending lines.
 */
export async function importStatement(deps: ApiDeps, staffId: string, upload: StatementUpload, now = new Date()): Promise<ImportResult> {
  const bytes = fileBytes(upload.contentBase64);
  const deposits = parseStatement(upload.format, bytes, tokyoDate(now)).map((d) => ({
    ...d,
    reference: findTransferReference(d.remitter),
  }));
  const hash = createHash('sha256').update(upload.format).update(bytes).digest('hex');
  const store = deps.stores.bankStatements;
  const { importId, created } = await store.record({ hash, name: upload.fileName, format: upload.format, staffId }, deposits);
  const pending = (await store.lines(importId)).filter((l) => l.outcome === 'pending');
  for (const line of pending) await applyLine(deps, staffId, line, now);
  return { import: (await store.get(importId))!, lines: await store.lines(importId), duplicate: !created && pending.length === 0 };
}

/** Settles one deposit: confirmed to its order, or put in front of an operator with the line attached. */
async function applyLine(deps: ApiDeps, staffId: string, line: StatementLine, now: Date): Promise<void> {
  const { topups, bankStatements } = deps.stores;
  const topup = line.reference ? await topups.findTransferByReference(line.reference) : undefined;
  // No order has this reference, or the money arrived before the order existed: a person must find whose it is.
  if (!topup || arrivalRefusal(line.arrivedOn, { now, orderedAt: topup.createdAt })) {
    await topups.transaction(async (trx) => {
      const reviewId = await topups.openUnknownDepositReview({ statementLineId: line.id, amount: line.amount }, trx);
      await bankStatements.settle(line.id, { outcome: 'unknown', reviewId }, trx);
    });
    return;
  }
  if (topup.receivedAmount !== null) {
    // Confirmed before (at the desk, or by another statement): the same money, or a second payment to review.
    const same = topup.receivedAmount === line.amount && (topup.receivedOn === null || topup.receivedOn === line.arrivedOn);
    if (!same)
      await deliverPaymentEvent(deps, topup, { key: `statement-line:${line.id}`, kind: 'paid', amount: line.amount, source: 'operator' });
    await bankStatements.settle(line.id, { outcome: same ? 'already_confirmed' : 'late_review', orderId: topup.orderId });
    return;
  }
  const result = await confirmTransfer(
    deps,
    staffId,
    topup.orderId,
    { amount: line.amount, arrivedOn: line.arrivedOn, confirmationId: `statement-line:${line.id}` },
    now,
  );
  await bankStatements.settle(line.id, {
    outcome: result.duplicate ? 'already_confirmed' : result.outcome,
    orderId: topup.orderId,
    applyAt: result.applyAt,
  });
}
