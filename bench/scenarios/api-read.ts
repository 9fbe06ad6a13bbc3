import { randomUUID } from 'node:crypto';
import { apiClient } from '../lib/client';
import { fixedRate } from '../lib/load';
import type { Scenario } from '../lib/scenario';

const RATE = 500;
const SECONDS = Number(process.env.BENCH_API_READ_SECONDS ?? 30);
const ORDERS = 2000;

/** GET order status at a fixed 500 requests/s, served from PostgreSQL status rows. */
export const apiRead: Scenario = {
  name: 'api_read',
  description: `p99 of GET /v1/orders/{id} at ${RATE} req/s for ${SECONDS} s`,
  async run({ stack, db, progress }) {
    const api = apiClient(stack.apiUrl);
    const customer = await api.newCustomer('read');
    const ids = Array.from({ length: ORDERS }, () => randomUUID());
    // Status rows as order workflows leave them; the endpoint reads only these tables.
    await db('orders').insert(
      ids.map((id) => ({
        id,
        account_id: customer.accountId,
        kind: 'topup',
        status: 'completed',
        workflow_id: `BenchRead:${id}`,
        total: 1000,
        subtotal: 1000,
      })),
    );
    await db('order_events').insert(ids.map((id) => ({ order_id: id, status: 'completed', event_key: 'created' })));
    const read = async (i: number) =>
      (await fetch(`${stack.apiUrl}/v1/orders/${ids[i % ORDERS]}`, { headers: { authorization: `Bearer ${customer.token}` } }).then(
        async (res) => (await res.arrayBuffer(), res.status),
      )) === 200;
    progress('warming up (connection pools, JIT) for 3 s');
    await fixedRate({ ratePerSec: RATE, durationSec: 3, fire: read });
    progress(`seeded ${ORDERS} orders; reading at ${RATE}/s for ${SECONDS}s`);
    const r = await fixedRate({
      ratePerSec: RATE,
      durationSec: SECONDS,
      fire: read,
      onProgress: (done) => done % (RATE * 5) === 0 && progress(`${done} requests sent`),
    });
    return { rate_per_s: r.ratePerSec, p50_ms: r.p50Ms, p99_ms: r.p99Ms, errors: r.errors };
  },
};
