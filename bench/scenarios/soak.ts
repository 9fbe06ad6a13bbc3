import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESTINATIONS, makeCdrs, seedCallers } from '../lib/billing';
import { keepAlivePoster } from '../lib/client';
import { fundedCustomers, waitForClosed, type BenchCustomer } from '../lib/customers';
import { pbxHeaders } from '../lib/pbx';
import type { Scenario, ScenarioContext } from '../lib/scenario';
import { heapTrend, sampleMemory } from '../lib/soak-memory';
import { minuteTable, RouteTimes, soakMarkdown, type SoakResult } from '../lib/soak-report';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
/** Multiplies every stream's rate: 2 doubles the traffic. */
const SCALE = Number(process.env.BENCH_SOAK_SCALE ?? 1);
/** A live heap that climbs faster than this over the judged window fails the soak. */
const HEAP_LIMIT_MB_PER_MIN = Number(process.env.BENCH_SOAK_HEAP_LIMIT_MB_PER_MIN ?? 1);
/** The judged window: the last 8 minutes, after the first two's warm-up (JIT, caches, pools filling). */
const JUDGED_SECONDS = Math.min(480, SECONDS);
const SAMPLE_MS = 10_000;
/** How often the live heap is measured (a forced full collection in each process). */
const LIVE_EVERY_MS = Number(process.env.BENCH_SOAK_LIVE_HEAP_SECONDS ?? 60) * 1000;
/** Fewer live-heap measurements than this in the judged window (a short run) are reported, not judged. */
const MIN_LIVE_POINTS = 4;
const CUSTOMERS = 20;
const CDR_BATCH_MAX = 500;
const root = join(__dirname, '..', '..');
/** The sandbox's test cards (README "Prepaid top-up"): this one asks for 3-D Secure. */
const CARD_3DS = '4111111111111111';
const SHIP_TO = { name: 'ソーク株式会社 総務部', postalCode: '150-0002', address: '東京都渋谷区渋谷2-21-1', phone: '03-1234-5678' };

/** Each stream's period in ms at scale 1: a modest steady load a 2-core box carries beside its other work. */
const PERIOD_MS = { authorize: 50, cdrs: 5000, servicesOrder: 4000, devicesOrder: 8000, topup: 5000 };
const periodOf = (k: keyof typeof PERIOD_MS) => PERIOD_MS[k] / SCALE;
const perSecond = (k: keyof typeof PERIOD_MS) => `${Math.round((1000 / periodOf(k)) * 100) / 100}/s`;

interface Setup {
  customers: BenchCustomer[];
  uniqueIds: string[];
  numberIds: string[];
  model: string;
  pbx: Record<string, string>;
  processorUrl: string;
}

async function setUp({ stack, db }: ScenarioContext): Promise<Setup> {
  const customers = await fundedCustomers(stack.apiUrl, db, CUSTOMERS, 100_000_000, 'soak');
  const { uniqueIds } = await seedCallers(db, 100, 2);
  const numbers = Math.ceil((SECONDS * 1000) / periodOf('servicesOrder')) + 10;
  const numberIds = (
    await db('phone_numbers').where({ kind: 'local', status: 'available' }).orderBy('number').limit(numbers).select('id')
  ).map((r: { id: string }) => r.id);
  if (numberIds.length < numbers) throw new Error(`only ${numberIds.length} local numbers for sale; the soak needs ${numbers}`);
  // A model of its own, stocked for the whole soak, so that the seeded models' stock is left alone.
  const model = `SOAK${randomUUID().slice(0, 6).toUpperCase()}`;
  await db('device_models').insert({
    code: model,
    maker: 'Bench',
    name: model,
    features: JSON.stringify({ ja: ['ベンチ'], en: ['bench'] }),
    sip_accounts: 2,
    warranty_months: 6,
    price: 1_000,
    stock: 1_000_000,
    sort_order: 99,
  });
  return { customers, uniqueIds, numberIds, model, pbx: (await pbxHeaders(stack, db)).headers, processorUrl: stack.env.PROCESSOR_URL! };
}

/** A JSON request that resolves with the body when the status is the expected one, and throws with the status and problem code otherwise. */
async function request(url: string, method: string, expected: number, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (res.status !== expected) throw new Error(`HTTP ${res.status} ${parsed?.code ?? ''}`.trim());
  return parsed;
}

/** Calls `fire(i)` every `periodMs` until `endAt`, without waiting for earlier calls (open loop); resolves when all have settled. */
async function every(periodMs: number, endAt: number, fire: (i: number) => Promise<unknown>): Promise<number> {
  const started = Date.now();
  const inflight: Promise<unknown>[] = [];
  for (let i = 0; started + i * periodMs < endAt; i++) {
    const wait = started + i * periodMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(fire(i).catch(() => undefined));
  }
  await Promise.all(inflight);
  return inflight.length;
}

/** Ten minutes (BENCH_SOAK_SECONDS) of every kind of traffic at once; see the scenario's description. */
async function drive(ctx: ScenarioContext, s: Setup, times: RouteTimes, endAt: number) {
  const api = (path: string) => `${ctx.stack.apiUrl}${path}`;
  const auth = (c: BenchCustomer, more: Record<string, string> = {}) => ({ authorization: `Bearer ${c.token}`, ...more });
  const placed = { services: [] as string[], devices: [] as string[], topups: [] as string[] };
  const runId = Date.now().toString(36);
  const pbx = keepAlivePoster(ctx.stack.apiUrl, s.pbx, 16);
  const pbxPost = async (path: string, body: unknown) => {
    const status = await pbx.post(path, body);
    if (status !== 200) throw new Error(`HTTP ${status}`);
  };
  let authorized = 0;
  let reported = 0;
  const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

  const streams = {
    // The PBX asks before each call; the CDRs of those calls follow in batches and settle their holds.
    authorize: every(periodOf('authorize'), endAt, async (i) => {
      const body = {
        uniqueId: s.uniqueIds[i % s.uniqueIds.length],
        destination: DESTINATIONS[i % DESTINATIONS.length],
        callId: `bench-${runId}-${i}`,
      };
      await times.time('POST /v1/calls/authorize', () => pbxPost('/v1/calls/authorize', body));
      authorized = Math.max(authorized, i + 1);
    }),
    cdrs: every(periodOf('cdrs'), endAt, async () => {
      const count = Math.min(CDR_BATCH_MAX, authorized - reported);
      if (count <= 0) return;
      const records = makeCdrs(runId, s.uniqueIds, count, reported);
      reported += count;
      await times.time('POST /v1/calls/cdrs', () => pbxPost('/v1/calls/cdrs', { records }));
    }),
    // A unique and a Tokyo-area number: the number is held first, as the portal's cart does.
    servicesOrder: every(periodOf('servicesOrder'), endAt, async (i) => {
      const c = s.customers[i % s.customers.length]!;
      const numberId = s.numberIds[i]!;
      await times.time('POST /v1/numbers/holds', () => request(api('/v1/numbers/holds'), 'POST', 201, { numberId }, auth(c)));
      const body = { circleId: c.circleId, uniques: { sip_terminal: 1 }, numberIds: [numberId] };
      const order = await times.time('POST /v1/service-orders', () =>
        request(api('/v1/service-orders'), 'POST', 201, body, auth(c, { 'idempotency-key': randomUUID() })),
      );
      placed.services.push(order.id);
    }),
    // A phone bought and, a few seconds later, cancelled before it ships (nobody packs in a soak): refunded, stock back.
    devicesOrder: every(periodOf('devicesOrder'), endAt, async (i) => {
      const c = s.customers[i % s.customers.length]!;
      const body = { model: s.model, quantity: 1, shipTo: SHIP_TO };
      const order = await times.time('POST /v1/device-orders', () =>
        request(api('/v1/device-orders'), 'POST', 201, body, auth(c, { 'idempotency-key': randomUUID() })),
      );
      placed.devices.push(order.id);
      await later(5000);
      await times.time('POST /v1/device-orders/{id}/cancel', () =>
        request(api(`/v1/device-orders/${order.id}/cancel`), 'POST', 200, undefined, auth(c)),
      );
    }),
    // A new card that asks for 3-D Secure, passed at the processor sandbox as the customer's browser would.
    topup: every(periodOf('topup'), endAt, async (i) => {
      const c = s.customers[i % s.customers.length]!;
      const card = await request(`${s.processorUrl}/v1/tokens`, 'POST', 201, { number: CARD_3DS, expMonth: 12, expYear: 2031, cvc: '123' });
      const order = await times.time('POST /v1/prepaid/topups', () =>
        request(api('/v1/prepaid/topups'), 'POST', 201, { method: 'card', amount: 3_000, cardToken: card.token }, auth(c)),
      );
      placed.topups.push(order.id);
      if (order.nextAction?.url) await request(order.nextAction.url, 'POST', 200, { result: 'pass' });
    }),
  };
  const sent = Object.fromEntries(await Promise.all(Object.entries(streams).map(async ([k, p]) => [k, await p] as const)));
  pbx.close();
  ctx.progress(`sent: ${JSON.stringify(sent)}; CDRs reported ${reported} of ${authorized} authorised calls`);
  return placed;
}

/** Every order placed has closed, each as it should: services completed, devices cancelled, top-ups credited. */
async function checkOrders(ctx: ScenarioContext, placed: Awaited<ReturnType<typeof drive>>, failures: string[]) {
  const expected: Array<[keyof typeof placed, string]> = [
    ['services', 'completed'],
    ['devices', 'cancelled'],
    ['topups', 'credited'],
  ];
  const orders: Record<string, number> = {};
  for (const [kind, status] of expected) {
    const ids = placed[kind];
    const closed = await waitForClosed(ctx.db, ids, 180_000).catch(
      (err: Error) => (failures.push(`${kind} orders: ${err.message}`), undefined),
    );
    const wrong = closed ? [...closed.values()].filter((c) => c.status !== status) : [];
    if (wrong.length)
      failures.push(
        `${wrong.length} of ${ids.length} ${kind} orders closed otherwise than ${status}: ${[...new Set(wrong.map((w) => w.status))].join(', ')}`,
      );
    Object.assign(orders, { [`${kind}_placed`]: ids.length, [`${kind}_${status}`]: closed ? ids.length - wrong.length : 0 });
  }
  return orders;
}

const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/**
 * Ten minutes of everything at once at a modest fixed rate: services orders (a unique and a number),
 * device orders (cancelled before they ship), card top-ups through 3-D Secure, call authorisations and
 * the CDRs of those calls. Samples the API's and the worker's RSS and used heap every 10 s, takes
 * each route's p99 per minute, and fails when a live heap (measured after a forced full collection
 * every minute) climbs steadily over the last 8 minutes.
 */
export const soak: Scenario = {
  name: 'soak',
  description: `${SECONDS} s of mixed traffic (authorize ${perSecond('authorize')}, CDR batch ${perSecond('cdrs')}, services order ${perSecond('servicesOrder')}, device order ${perSecond('devicesOrder')}, top-up ${perSecond('topup')}); RSS and heap every 10 s`,
  onlyWhenNamed: true,
  async run(ctx) {
    const s = await setUp(ctx);
    ctx.progress(
      `${s.customers.length} funded customers, ${s.uniqueIds.length} calling uniques, ${s.numberIds.length} numbers for sale; soaking`,
    );
    const started = Date.now();
    const times = new RouteTimes(started);
    const memory = sampleMemory(
      { pid: ctx.stack.api.pid!, metricsUrl: `${ctx.stack.apiUrl}/metrics` },
      { pid: ctx.stack.worker.pid!, metricsUrl: `http://127.0.0.1:${ctx.stack.env.WORKER_METRICS_PORT}/metrics` },
      SAMPLE_MS,
      LIVE_EVERY_MS,
    );
    const progress = setInterval(() => {
      const m = memory.samples[memory.samples.length - 1];
      if (m)
        ctx.progress(
          `${m.s} s: API ${m.api.rssMb} MB RSS / ${m.api.heapUsedMb} MB heap, worker ${m.worker.rssMb} / ${m.worker.heapUsedMb} MB`,
        );
    }, 60_000);
    const placed = await drive(ctx, s, times, started + SECONDS * 1000).finally(() => clearInterval(progress));
    const samples = await memory.stop();
    const failures: string[] = [];
    const orders = await checkOrders(ctx, placed, failures);
    const heap = { api: heapTrend(samples, 'api', JUDGED_SECONDS), worker: heapTrend(samples, 'worker', JUDGED_SECONDS) };
    for (const who of ['api', 'worker'] as const)
      if (heap[who].livePoints < MIN_LIVE_POINTS)
        ctx.progress(
          `${who} heap not judged: ${heap[who].livePoints} live-heap measurements in the last ${JUDGED_SECONDS} s, ${MIN_LIVE_POINTS} wanted`,
        );
      else if (heap[who].liveSlopeMbPerMin > HEAP_LIMIT_MB_PER_MIN)
        failures.push(
          `${who} heap grows steadily: live heap ${heap[who].liveSlopeMbPerMin} MB/min > ${HEAP_LIMIT_MB_PER_MIN} MB/min over the last ${JUDGED_SECONDS} s (${heap[who].liveFirstMb} → ${heap[who].liveLastMb} MB)`,
        );
    const routes = times.routes().map((route) => ({
      route,
      requests: times.count(route),
      failures: times.failures(route),
      p99Ms: times.overallP99(route),
      p99MsByMinute: Array.from({ length: times.minutes() }, (_, m) => times.p99(route, m)),
    }));
    const failedRequests = routes.reduce((a, r) => a + r.failures, 0);
    if (failedRequests) failures.push(`${failedRequests} requests failed: ${JSON.stringify(times.reasons())}`);
    const result: SoakResult = {
      at: new Date().toISOString(),
      commit: commit(),
      seconds: SECONDS,
      rates: Object.fromEntries(Object.keys(PERIOD_MS).map((k) => [k, perSecond(k as keyof typeof PERIOD_MS)])),
      routes,
      memory: samples,
      heap: {
        ...heap,
        limitMbPerMin: HEAP_LIMIT_MB_PER_MIN,
        judgedSeconds: JUDGED_SECONDS,
        judged: Math.min(heap.api.livePoints, heap.worker.livePoints) >= MIN_LIVE_POINTS,
      },
      orders,
      failures,
    };
    const file = join(root, 'bench', 'results', `soak-${stamp()}`);
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(`${file}.json`, JSON.stringify(result, null, 2) + '\n');
    writeFileSync(`${file}.md`, soakMarkdown(result));
    for (const line of minuteTable(result)) ctx.progress(line);
    ctx.progress(`API heap ${JSON.stringify(heap.api)}; worker heap ${JSON.stringify(heap.worker)}`);
    ctx.progress(`written to ${file}.json and .md`);
    for (const f of failures) ctx.progress(`FAILED: ${f}`);
    if (failures.length) throw new Error(`soak failed: ${failures.join('; ')}`);
    const first = samples[0]!;
    const last = samples[samples.length - 1]!;
    return {
      seconds: SECONDS,
      requests: routes.reduce((a, r) => a + r.requests, 0),
      ...Object.fromEntries(routes.map((r) => [`p99_ms_${r.route.replace(/^POST \/v1\//, '').replace(/[^a-z0-9]+/gi, '_')}`, r.p99Ms])),
      api_rss_mb_start: first.api.rssMb,
      api_rss_mb_end: last.api.rssMb,
      worker_rss_mb_start: first.worker.rssMb,
      worker_rss_mb_end: last.worker.rssMb,
      api_live_heap_mb_end: heap.api.liveLastMb ?? 0,
      worker_live_heap_mb_end: heap.worker.liveLastMb ?? 0,
      api_live_heap_mb_per_min: heap.api.liveSlopeMbPerMin,
      worker_live_heap_mb_per_min: heap.worker.liveSlopeMbPerMin,
    };
  },
};
