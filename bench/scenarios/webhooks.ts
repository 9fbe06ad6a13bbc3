import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { recordEvent } from '../../db/webhooks/events.store';
import { verifyPbxSignature } from '../../lib/api-client/webhook-signature';
import { loadConfig } from '../../lib/config';
import { createTemporalClient } from '../../lib/temporal';
import { runBaseline } from '../../workflows/bench/starters';
import type { BaselineStep } from '../../workflows/bench/baseline.workflow';
import { apiClient } from '../lib/client';
import { fixedRate } from '../lib/load';
import type { Scenario } from '../lib/scenario';
import { percentile } from '../lib/stats';

const RATE = Number(process.env.BENCH_WEBHOOKS_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_WEBHOOKS_SECONDS ?? 30);
const DRAIN_SECONDS = Number(process.env.BENCH_WEBHOOKS_DRAIN_SECONDS ?? 120);
/** A delivery's own activities (take the next delivery, attempt it): the baseline runs as many no-op ones. */
const DELIVERY_STEPS: BaselineStep[] = ['activity', 'activity'];

/** A receiver that acknowledges at once and notes, per event, the instant of its first 2xx. */
async function startReceiver(secretOf: () => string) {
  const ackedAt = new Map<string, number>();
  const counts = { requests: 0, duplicates: 0, badSignatures: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      counts.requests++;
      const eventId = req.headers['pbx-event-id'];
      if (typeof eventId !== 'string') return void res.writeHead(204).end(); // the baseline's plain POST
      const raw = Buffer.concat(chunks).toString('utf8');
      if (!verifyPbxSignature(secretOf(), raw, String(req.headers['pbx-signature'] ?? ''))) counts.badSignatures++;
      res.writeHead(204).end();
      if (ackedAt.has(eventId)) counts.duplicates++;
      else ackedAt.set(eventId, Date.now());
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    ackedAt,
    counts,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

/** Median round trip of a plain POST from here to the receiver: the network and HTTP floor of one delivery. */
async function plainPostMs(url: string, n = 200): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"plain"}' });
    await res.arrayBuffer();
    samples.push(performance.now() - at);
  }
  return percentile(samples, 50);
}

/**
 * Event webhooks at 100 events per second: each event is recorded by the outbox function the
 * domain itself calls (`recordEvent` in a transaction of its own, as a store does with its
 * change), so the path measured from the commit on is the production one: NOTIFY, the dispatcher,
 * the per-resource queue workflow, the signed POST. The events are `order.completed` of distinct
 * orders, one queue each, as real order events are. An API action (a balance adjustment, an
 * order) would add its own cost before the commit and measure that instead. The yardstick, in the
 * same run and at the same rate: no-op workflows with a delivery's two activities.
 */
export const webhooks: Scenario = {
  name: 'webhooks',
  description: `${RATE} events/s for ${SECONDS} s from commit to the receiver's 2xx, against no-op workflows at the same rate`,
  async run({ stack, db, progress }) {
    let secret = '';
    const receiver = await startReceiver(() => secret);
    const config = loadConfig(stack.env);
    const temporal = await createTemporalClient(config.temporal);
    try {
      const api = apiClient(stack.apiUrl);
      const customer = await api.newCustomer('webhooks');
      // Created through the API, which also starts the task queue's dispatcher.
      const created = await api.call('POST', '/v1/webhook-endpoints', {
        token: customer.token,
        body: { url: receiver.url, eventTypes: ['order.completed'], description: 'bench' },
      });
      if (created.status !== 201) throw new Error(`endpoint refused: ${created.status} ${JSON.stringify(created.body)}`);
      secret = created.body.secret;
      const receiverRttMs = await plainPostMs(receiver.url);
      progress(`endpoint ready; a plain POST to the receiver takes ${receiverRttMs.toFixed(2)} ms; recording ${RATE} events/s`);

      const orderIds: string[] = [];
      const load = await fixedRate({
        ratePerSec: RATE,
        durationSec: SECONDS,
        fire: async () => {
          const orderId = randomUUID();
          await db.transaction((trx) =>
            recordEvent(trx, {
              type: 'order.completed',
              accountId: customer.accountId,
              resource: { type: 'order', id: orderId },
              data: { orderId, kind: 'services', status: 'completed', total: 3630, failureReason: null },
              dedupeKey: `bench:${orderId}`,
            }),
          );
          orderIds.push(orderId);
          return true;
        },
        onProgress: (sent) => progress(`${sent} events recorded, ${receiver.ackedAt.size} acknowledged`),
      });
      const sent = load.sent - load.errors;
      const deadline = Date.now() + DRAIN_SECONDS * 1000;
      for (let waited = 1; receiver.ackedAt.size < sent && Date.now() < deadline; waited++) {
        await new Promise((r) => setTimeout(r, 1000));
        if (waited % 5 === 0) progress(`draining: ${receiver.ackedAt.size}/${sent} acknowledged`);
      }

      // The commit instant of each event, by the database's clock (the same host's as the receiver's).
      const rows: Array<{ id: string; occurred_at: Date }> = await db('events')
        .whereIn(
          'dedupe_key',
          orderIds.map((id) => `bench:${id}`),
        )
        .select('id', 'occurred_at');
      const latencies = rows.flatMap((r) => {
        const acked = receiver.ackedAt.get(r.id);
        return acked === undefined ? [] : [acked - r.occurred_at.getTime()];
      });
      if (latencies.length === 0) throw new Error(`none of ${sent} events was delivered within ${DRAIN_SECONDS} s`);
      const lastAck = Math.max(...receiver.ackedAt.values());
      const firstCommit = Math.min(...rows.map((r) => r.occurred_at.getTime()));
      if (latencies.length < sent) progress(`⚠ ${sent - latencies.length} events not delivered within ${DRAIN_SECONDS} s of the end`);

      progress(`baseline: no-op workflows of ${DELIVERY_STEPS.length} activities at ${RATE}/s for ${SECONDS} s`);
      const runId = Date.now().toString(36);
      const baseline = await fixedRate({
        ratePerSec: RATE,
        durationSec: SECONDS,
        fire: async (i) => {
          await runBaseline(temporal, config.temporal.taskQueue, `WebhooksBaseline:${runId}:${i}`, DELIVERY_STEPS);
          return true;
        },
      });
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);
      return {
        sent,
        delivered: latencies.length,
        duplicates: receiver.counts.duplicates,
        bad_signatures: receiver.counts.badSignatures,
        rate_per_s: load.ratePerSec,
        delivered_per_s: latencies.length / ((lastAck - firstCommit) / 1000),
        p50_ms: p50,
        p95_ms: percentile(latencies, 95),
        p99_ms: p99,
        max_ms: Math.max(...latencies),
        record_p99_ms: load.p99Ms,
        receiver_post_p50_ms: receiverRttMs,
        baseline_p50_ms: baseline.p50Ms,
        baseline_p99_ms: baseline.p99Ms,
        baseline_errors: baseline.errors,
        ratio_p50_to_baseline: p50 / baseline.p50Ms,
        ratio_p99_to_baseline: p99 / baseline.p99Ms,
      };
    } finally {
      await temporal.connection.close();
      await receiver.close();
    }
  },
};
