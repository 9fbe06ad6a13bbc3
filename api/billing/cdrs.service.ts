import type { Client } from '@temporalio/client';
import { z } from 'zod';
import type { CdrInput } from '../../db/billing/cdrs.store';
import { InputError } from '../../domain/errors';
import { normalizeDestination } from '../../domain/billing/rate-table';
import type { CdrRatingInput } from '../../workflows/billing/contract';
import type { ApiDeps } from '../deps';
import { fieldError, type FieldError } from '../http/field-messages';
import type { Lang } from '../http/messages';
import { wakeCdrRating } from '../../workflows/billing/starters';

/** A dialled number in any usual spelling, normalised for rating (national digits, or 010 + country code). */
export const destinationSchema = z
  .string()
  .min(3)
  .max(32)
  .transform((v, ctx) => {
    const n = normalizeDestination(v);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a phone number: digits, optionally +country code' });
      return z.NEVER;
    }
    return n;
  });

/** One CDR as the PBX posts it. */
export const cdrSchema = z
  .object({
    callId: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[\x21-\x7e]+$/, 'visible ASCII only'),
    uniqueId: z.uuid(),
    direction: z.enum(['outbound', 'inbound']).default('outbound'),
    destination: destinationSchema,
    startedAt: z.iso.datetime({ offset: true }),
    durationSeconds: z.number().int().min(0).max(86_400),
  })
  .strict();

/** A record the ingest refused, by its position in the request. */
export interface RejectedCdr {
  index: number;
  callId: string | null;
  code: 'malformed' | 'unknown_unique';
  errors: FieldError[];
}

/** What an ingest request achieved. */
export interface IngestResult {
  accepted: number;
  duplicates: string[];
  rejected: RejectedCdr[];
}

/**
 * Stores a batch of CDRs: every record is validated on its own and bad ones are reported by
 * index, the rest go in with one set-based insert, and the rating workflow is woken (once per
 * batch at most, coalesced across concurrent requests).
 */
export async function ingestCdrs(deps: ApiDeps, records: unknown[], lang: Lang): Promise<IngestResult> {
  const max = deps.config.billing.cdrBatchMax;
  if (records.length > max) throw new InputError('too_many_records', { max }, 'records');
  const rejected: RejectedCdr[] = [];
  const valid: Array<{ index: number; cdr: CdrInput }> = [];
  records.forEach((raw, index) => {
    const parsed = cdrSchema.safeParse(raw);
    if (parsed.success) valid.push({ index, cdr: { ...parsed.data, startedAt: new Date(parsed.data.startedAt) } });
    else
      rejected.push({
        index,
        callId: callIdOf(raw),
        code: 'malformed',
        errors: parsed.error.issues.map((i) => fieldError(i, `records.${index}`, lang)),
      });
  });
  const known = await deps.stores.cdrs.knownUniques([...new Set(valid.map((v) => v.cdr.uniqueId))]);
  const accepted = valid.filter((v) => {
    if (known.has(v.cdr.uniqueId)) return true;
    const message = lang === 'ja' ? 'ユニークが存在しません。' : 'No such unique.';
    rejected.push({
      index: v.index,
      callId: v.cdr.callId,
      code: 'unknown_unique',
      errors: [{ field: `records.${v.index}.uniqueId`, code: 'unknown_unique', message }],
    });
    return false;
  });
  const { inserted } = await deps.stores.cdrs.ingest(accepted.map((v) => v.cdr));
  if (inserted.size > 0) wakeRating(deps);
  rejected.sort((a, b) => a.index - b.index);
  return { accepted: inserted.size, duplicates: accepted.map((v) => v.cdr.callId).filter((id) => !inserted.has(id)), rejected };
}

const callIdOf = (raw: unknown): string | null => {
  const id = (raw as { callId?: unknown } | null)?.callId;
  return typeof id === 'string' ? id.slice(0, 128) : null;
};

const inFlight = new WeakMap<Client, { again: boolean }>();

/**
 * Signals (or starts) the rating workflow. At most one signal per client is in flight and one
 * more is queued behind it, so a flood of ingest requests costs a few signals, not one each. A
 * failure is logged only: the CDRs are stored and the workflow's periodic sweep finds them.
 */
export function wakeRating(deps: ApiDeps): void {
  const running = inFlight.get(deps.temporal);
  if (running) {
    running.again = true;
    return;
  }
  const state = { again: false };
  inFlight.set(deps.temporal, state);
  const input: CdrRatingInput = { batchSize: deps.config.billing.ratingBatch, sweepSeconds: 60, maxRoundsPerRun: 500 };
  const send = async () => {
    do {
      state.again = false;
      await wakeCdrRating(deps.temporal, deps.config.temporal.taskQueue, input);
    } while (state.again);
  };
  send()
    .catch((err) => deps.log.warn({ err }, 'could not wake the CDR rating workflow; its sweep will pick the CDRs up'))
    .finally(() => inFlight.delete(deps.temporal));
}
