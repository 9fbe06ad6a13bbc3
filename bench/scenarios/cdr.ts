import { keepAlivePoster } from '../lib/client';
import { copyRowsPerSecond, makeCdrs, seedCallers } from '../lib/billing';
import { pbxHeaders } from '../lib/pbx';
import type { Scenario } from '../lib/scenario';

const TOTAL = Number(process.env.BENCH_CDR_COUNT ?? 1_000_000);
const BATCH = Number(process.env.BENCH_CDR_BATCH ?? 5000);
const SENDERS = Number(process.env.BENCH_CDR_SENDERS ?? 3);

/**
 * The PBX reports finished calls: TOTAL CDRs posted in batches to POST /v1/calls/cdrs by a few
 * concurrent senders, rated by the worker's CdrRating workflow as they arrive. Measured from the
 * first POST until the last CDR is rated; then PostgreSQL's COPY of the same rows as the ceiling.
 */
export const cdr: Scenario = {
  name: 'cdr',
  description: `${TOTAL} CDRs through POST /v1/calls/cdrs (${BATCH} per request, ${SENDERS} senders) and rated by the worker, against raw COPY`,
  async run({ stack, db, progress }) {
    const { uniqueIds } = await seedCallers(db, 200, 5);
    const { headers } = await pbxHeaders(stack, db);
    const client = keepAlivePoster(stack.apiUrl, headers, SENDERS);
    const runId = Date.now().toString(36);
    let accepted = 0;
    const unrated = async () => Number((await db.raw('select count(*)::int as n from cdrs where rated_at is null')).rows[0].n);
    const started = Date.now();
    const send = async (sender: number) => {
      for (let off = sender * BATCH; off < TOTAL; off += SENDERS * BATCH) {
        const status = await client.post('/v1/calls/cdrs', { records: makeCdrs(runId, uniqueIds, Math.min(BATCH, TOTAL - off), off) });
        if (status !== 200) throw new Error(`POST /v1/calls/cdrs answered ${status}`);
        accepted += Math.min(BATCH, TOTAL - off);
      }
    };
    const watch = setInterval(() => {
      void unrated().then(
        (n) => progress(`${accepted}/${TOTAL} posted, ${n} waiting for rating, ${Math.round((Date.now() - started) / 1000)} s`),
        () => undefined,
      );
    }, 5000);
    try {
      await Promise.all(Array.from({ length: SENDERS }, (_, s) => send(s)));
      const ingestSeconds = (Date.now() - started) / 1000;
      const deadline = Date.now() + 900_000;
      while ((await unrated()) > 0) {
        if (Date.now() > deadline) throw new Error('CDRs still unrated 15 minutes after the last POST');
        await new Promise((r) => setTimeout(r, 200));
      }
      // The poll's own instant (≤ 200 ms late), not max(rated_at): that is a batch's start, not its commit.
      const seconds = (Date.now() - started) / 1000;
      clearInterval(watch);
      const { rows } = await db.raw(`select count(*)::int as n from cdrs where call_id like ? and rated_at is not null`, [
        `bench-${runId}-%`,
      ]);
      if (Number(rows[0].n) !== TOTAL) throw new Error(`${rows[0].n} of ${TOTAL} CDRs stored and rated`);
      const cdrsPerSec = TOTAL / seconds;
      progress(`${TOTAL} rated in ${seconds.toFixed(1)} s (posting took ${ingestSeconds.toFixed(1)} s); COPY baseline of the same rows`);
      const copyPerSec = await copyRowsPerSecond(db, uniqueIds, TOTAL);
      return {
        cdrs: TOTAL,
        seconds,
        ingest_per_s: TOTAL / ingestSeconds,
        cdrs_per_s: cdrsPerSec,
        copy_rows_per_s: copyPerSec,
        ratio_to_copy: cdrsPerSec / copyPerSec,
      };
    } finally {
      clearInterval(watch);
      client.close();
    }
  },
};
