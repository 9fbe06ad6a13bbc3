import type { Knex } from 'knex';
import { createSipCallRecordsStore, type SipCallRecord } from '../../db/telephony/sip-call-records.store';

export interface CdrShipperOptions {
  db: Knex;
  /** Our API; records go to POST /v1/calls/cdrs. */
  apiUrl: string;
  /** PBX_CLIENT_KEY, sent as X-Pbx-Key. */
  pbxKey: string;
  /** How often to look for finished calls. */
  intervalMs?: number;
  /** Records per request. */
  batchSize?: number;
  log?: (message: string) => void;
}

export interface CdrShipper {
  /** Sends everything recorded so far; resolves when the backlog is empty or the API refused the request. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 10_000;

type IngestAnswer = { accepted: number; duplicates: string[]; rejected: Array<{ index: number; code: string }> };

/**
 * Posts Kamailio's call records to the API in batches, oldest first, and marks each batch sent
 * only after the API answered. A crash between the two sends the batch again, which the API
 * reports as duplicates by call ID: every call is rated once. While the API is down the records
 * wait in the table and go out, in order, when it is back.
 */
export function startCdrShipper(opts: CdrShipperOptions): CdrShipper {
  const records = createSipCallRecordsStore(opts.db);
  const batchSize = opts.batchSize ?? 500;
  const log = opts.log ?? (() => {});
  let running: Promise<number> | null = null;
  let stopped = false;

  async function post(batch: SipCallRecord[]): Promise<IngestAnswer> {
    const res = await fetch(`${opts.apiUrl.replace(/\/$/, '')}/v1/calls/cdrs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pbx-key': opts.pbxKey },
      body: JSON.stringify({
        records: batch.map((r) => ({
          callId: r.callId,
          uniqueId: r.uniqueId,
          direction: r.direction,
          destination: r.destination,
          startedAt: r.startedAt.toISOString(),
          durationSeconds: r.durationSeconds,
        })),
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (res.status !== 200) throw new Error(`POST /v1/calls/cdrs answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return (await res.json()) as IngestAnswer;
  }

  async function shipOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const pending = await records.unshipped(batchSize);
      if (!pending.length) return sent;
      // A record whose SIP user no unique ever had cannot be billed to anyone; it is kept, marked.
      const orphans = pending.filter((r) => !r.uniqueId);
      const batch = pending.filter((r) => r.uniqueId);
      const rejected = new Map(orphans.map((r) => [r.id, 'unknown_sip_user']));
      if (batch.length) {
        const answer = await post(batch);
        for (const r of answer.rejected) rejected.set(batch[r.index]!.id, r.code);
      }
      await records.markShipped(
        pending.map((r) => r.id),
        rejected,
      );
      if (rejected.size) log(`CDR shipper: ${rejected.size} call record(s) refused: ${JSON.stringify(Object.fromEntries(rejected))}`);
      sent += batch.length;
    }
  }

  const flush = () => {
    running ??= shipOnce().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => {
    if (stopped) return;
    flush().catch((err: Error) => log(`CDR shipper: ${err.message} (will retry)`));
  }, opts.intervalMs ?? 1000);
  timer.unref();

  return {
    flush,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
