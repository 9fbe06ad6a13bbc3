import type { ResilientClient } from './client';
import { prng, type Prng } from './prng';

/** What the chaos clients share: the API client, staff sessions, sandbox URLs and the test customers. */
export interface World {
  client: ResilientClient;
  operator: string;
  warehouse: string;
  processorUrl: string;
  parcelUrl: string;
  /** Customers: one tops up, one buys services (funded, with a circle), one buys devices (funded). */
  topup: { accountId: string; token: string };
  services: { accountId: string; token: string; circleId: string };
  devices: { accountId: string; token: string };
  /** The uniques whose calls the "PBX" reports, all of one account. */
  cdr: { accountId: string; uniqueIds: string[] };
}

/** An order a client placed (or tried to), with the state it must end in. */
export interface TrackedOrder {
  kind: 'topup' | 'services' | 'devices';
  scenario: string;
  accountId: string;
  token: string;
  /** Null when the client never got an order back (its problem says why). */
  orderId: string | null;
  /** The terminal (or, for a transfer confirmed out of hours, resting) status it must reach. */
  expected: string;
  /** Top-ups: what must be credited (0 when nothing may be). */
  credit?: number;
  problem?: string;
  finalStatus?: string;
  /** Seconds from the start of settling until it showed the expected state. */
  settledAfterSec?: number;
}

/** What the CDR stream posted. */
export interface CdrStream {
  posted: Map<string, { uniqueId: string }>;
  requests: number;
  duplicatesReposted: number;
  problems: string[];
}

/** How much work one run puts in flight. */
export interface WorkSizes {
  topups: number;
  services: number;
  devices: number;
  cdrs: number;
}

const CARDS = {
  visa: '4111111111111111',
  threeDsAlways: '4000000000003220',
  threeDsFails: '4000000000003063',
  amexNoThreeDs: '370000000000077',
};
const TOPUP_SCENARIOS = ['card-3ds-pass', 'card-3ds-always', 'card-frictionless', 'card-3ds-fail', 'konbini', 'bank-transfer'] as const;
const TERMINAL_TOPUP = ['credited', 'failed', 'expired', 'cancelled', 'refunded', 'in_review', 'credit_scheduled'];
const DESTINATIONS = ['0312345678', '0662345678', '09012345678', '08012345678', '0501234567', '0120123456', '01014155550100', '0570012345'];
const SHIP_TO = { name: 'カオス株式会社 総務部', postalCode: '150-0002', address: '東京都渋谷区渋谷2-1-1', phone: '03-1234-5678' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hex = (rng: Prng, bytes: number) => Array.from({ length: bytes }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join('');

/** Reads a top-up until the predicate holds, a terminal status shows, or the deadline passes. */
async function waitTopup(w: World, orderId: string, until: (t: any) => boolean, deadline: number): Promise<any> {
  let last: any;
  while (Date.now() < deadline) {
    const res = await w.client.api('GET', `/v1/prepaid/topups/${orderId}`, { token: w.topup.token });
    last = res.body;
    if (res.status === 200 && (until(last) || TERMINAL_TOPUP.includes(last.status))) return last;
    await sleep(300);
  }
  return last;
}

/** One top-up as a customer makes it: order, then pass 3-D Secure, pay at the store, or have an operator confirm. */
async function topupFlow(w: World, rng: Prng, deadline: number): Promise<TrackedOrder> {
  const scenario = rng.pick(TOPUP_SCENARIOS);
  const amount = scenario === 'konbini' ? rng.int(2, 50) * 1000 : rng.int(1, 50) * 1000;
  const t: TrackedOrder = {
    kind: 'topup',
    scenario,
    accountId: w.topup.accountId,
    token: w.topup.token,
    orderId: null,
    expected: 'credited',
    credit: amount,
  };
  let body: Record<string, unknown> = {
    method: scenario === 'konbini' ? 'konbini' : scenario === 'bank-transfer' ? 'bank_transfer' : 'card',
    amount,
  };
  if (scenario.startsWith('card')) {
    const number =
      scenario === 'card-3ds-always'
        ? CARDS.threeDsAlways
        : scenario === 'card-frictionless'
          ? CARDS.amexNoThreeDs
          : scenario === 'card-3ds-fail'
            ? CARDS.threeDsFails
            : CARDS.visa;
    const tok = await w.client.url('POST', `${w.processorUrl}/v1/tokens`, { body: { number, expMonth: 12, expYear: 2031, cvc: '123' } });
    if (tok.status !== 201) return { ...t, problem: `tokenize ${tok.status}` };
    body = { ...body, cardToken: tok.body.token };
  }
  if (scenario === 'card-3ds-fail') Object.assign(t, { expected: 'failed', credit: 0 });
  const created = await w.client.api('POST', '/v1/prepaid/topups', { token: w.topup.token, body, idempotencyKey: w.client.key() });
  if (created.status !== 201) return { ...t, problem: `POST topups ${created.status} ${JSON.stringify(created.body).slice(0, 200)}` };
  t.orderId = created.body.id as string;
  if (scenario === 'card-frictionless') return t;
  const waitingFor = scenario === 'konbini' ? 'awaiting_payment' : scenario === 'bank-transfer' ? 'awaiting_transfer' : 'awaiting_3ds';
  const waiting = await waitTopup(w, t.orderId, (x) => x.status === waitingFor, deadline);
  if (waiting?.status !== waitingFor) return { ...t, problem: `never reached ${waitingFor} (${waiting?.status})` };
  if (waitingFor === 'awaiting_3ds') {
    const r = await w.client.url('POST', waiting.nextAction.url, { body: { result: 'pass' } });
    if (r.status !== 200) t.problem = `3-D Secure answer ${r.status}`;
  } else if (scenario === 'konbini') {
    const r = await w.client.url('POST', `${w.processorUrl}/sandbox/konbini-payments/${waiting.nextAction.paymentNumber}/pay`, {
      body: { store: 'Lawson' },
    });
    if (r.status !== 200) t.problem = `konbini pay ${r.status}`;
    else if (r.body.webhookStatus !== 200) t.problem = `processor gave up its webhook (last status ${r.body.webhookStatus})`;
  } else {
    const r = await w.client.api('POST', `/v1/operator/bank-transfers/${t.orderId}/confirm`, {
      token: w.operator,
      body: { amountReceived: amount },
      idempotencyKey: w.client.key(),
    });
    if (r.status !== 200 && r.status !== 202) t.problem = `confirm ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`;
    // Out of business hours the credit waits for the next opening: then that is the right state now.
    else if (r.body.outcome === 'scheduled') Object.assign(t, { expected: 'credit_scheduled', credit: 0 });
    else if (r.body.outcome !== 'credit') t.problem = `confirm outcome ${r.body.outcome}`;
  }
  return t;
}

/** Holds a number from the search, as the customer picks one; another pick when someone was faster. */
async function holdNumber(w: World, rng: Prng): Promise<string | undefined> {
  const kind = rng.pick(['local', 'ip050', 'freecall']);
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await w.client.api('GET', `/v1/numbers/search?kind=${kind}&limit=100`, { token: w.services.token });
    const items = (found.body?.items ?? []) as Array<{ id: string }>;
    if (found.status !== 200 || items.length === 0) return undefined;
    const held = await w.client.api('POST', '/v1/numbers/holds', { token: w.services.token, body: { numberId: rng.pick(items).id } });
    if (held.status === 201) return held.body.numberId as string;
  }
  return undefined;
}

/** One services order: uniques and/or held numbers for the customer's circle. */
async function servicesFlow(w: World, rng: Prng): Promise<TrackedOrder> {
  const t: TrackedOrder = {
    kind: 'services',
    scenario: '',
    accountId: w.services.accountId,
    token: w.services.token,
    orderId: null,
    expected: 'completed',
  };
  const uniques = rng.int(0, 2);
  const numbers = uniques === 0 ? rng.int(1, 2) : rng.int(0, 1);
  const numberIds: string[] = [];
  for (let i = 0; i < numbers; i++) {
    const id = await holdNumber(w, rng);
    if (!id) return { ...t, scenario: `${uniques}u+${numbers}n`, problem: 'could not hold a number' };
    numberIds.push(id);
  }
  t.scenario = `${uniques}u+${numbers}n`;
  const body = {
    circleId: w.services.circleId,
    ...(uniques ? { uniques: { sip_terminal: uniques } } : {}),
    ...(numberIds.length ? { numberIds } : {}),
  };
  const res = await w.client.api('POST', '/v1/service-orders', { token: w.services.token, body, idempotencyKey: w.client.key() });
  if (res.status !== 201) return { ...t, problem: `POST service-orders ${res.status} ${JSON.stringify(res.body).slice(0, 200)}` };
  return { ...t, orderId: res.body.id };
}

/** One devices order, taken by warehouse staff from pick to ship, then delivered by the parcel service or staff. */
async function devicesFlow(w: World, rng: Prng, deadline: number): Promise<TrackedOrder> {
  const quantity = rng.int(1, 2);
  const byParcel = rng.chance(0.7);
  const t: TrackedOrder = {
    kind: 'devices',
    scenario: `${quantity}x-${byParcel ? 'parcel' : 'staff'}`,
    accountId: w.devices.accountId,
    token: w.devices.token,
    orderId: null,
    expected: 'delivered',
  };
  const res = await w.client.api('POST', '/v1/device-orders', {
    token: w.devices.token,
    body: { model: 'GXP1620', quantity, shipTo: SHIP_TO, settings: { mode: 'none' } },
    idempotencyKey: w.client.key(),
  });
  if (res.status !== 201) return { ...t, problem: `POST device-orders ${res.status} ${JSON.stringify(res.body).slice(0, 200)}` };
  t.orderId = res.body.id as string;
  let taskId: string | undefined;
  while (!taskId && Date.now() < deadline) {
    const list = await w.client.api('GET', '/v1/warehouse/tasks?limit=200', { token: w.warehouse });
    taskId = (list.body?.items as Array<{ id: string; orderId: string }> | undefined)?.find((x) => x.orderId === t.orderId)?.id;
    if (!taskId) await sleep(500);
  }
  if (!taskId) return { ...t, problem: 'no warehouse task appeared' };
  const step = async (name: string, body?: unknown) => {
    const r = await w.client.api('POST', `/v1/warehouse/tasks/${taskId}/${name}`, { token: w.warehouse, body });
    if (r.status !== 200) throw new Error(`${name} ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    return r.body;
  };
  try {
    let view = await step('claim');
    view = await step('pick');
    for (const d of view.devices as Array<{ id: string }>)
      view = await step('scan', { deviceId: d.id, mac: `02${hex(rng, 5)}`, serial: `CH${hex(rng, 6).toUpperCase()}` });
    await step('pack');
    const trackingNumber = String(rng.int(10 ** 11, 10 ** 12 - 1));
    await step('ship', { carrier: rng.pick(['yamato', 'sagawa', 'japanpost']), trackingNumber });
    if (byParcel) {
      const r = await w.client.url('POST', `${w.parcelUrl}/_control/deliver`, { body: { trackingNumber } });
      if (r.status !== 202) t.problem = `parcel deliver ${r.status}`;
    } else await step('deliver');
  } catch (err) {
    t.problem = `warehouse: ${(err as Error).message}`;
  }
  return t;
}

/** Streams CDRs in batches over the window, re-posting some already sent batches on purpose. */
export async function streamCdrs(w: World, rng: Prng, runTag: string, total: number, windowMs: number): Promise<CdrStream> {
  const out: CdrStream = { posted: new Map(), requests: 0, duplicatesReposted: 0, problems: [] };
  if (total <= 0 || w.cdr.uniqueIds.length === 0) return out;
  const batches = Math.max(4, Math.ceil(total / 40));
  const sent: Array<Array<Record<string, unknown>>> = [];
  const post = async (records: Array<Record<string, unknown>>) => {
    out.requests++;
    const r = await w.client.api('POST', '/v1/calls/cdrs', { token: w.operator, body: { records } });
    if (r.status !== 200) out.problems.push(`cdrs ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    else if (r.body.rejected.length) out.problems.push(`cdrs rejected ${JSON.stringify(r.body.rejected[0])}`);
  };
  let n = 0;
  for (let b = 0; b < batches; b++) {
    const size = Math.floor(total / batches) + (b < total % batches ? 1 : 0);
    const records: Array<Record<string, unknown>> = Array.from({ length: size }, () => {
      const uniqueId = rng.pick(w.cdr.uniqueIds);
      const callId = `chaos-${runTag}-${n++}`;
      out.posted.set(callId, { uniqueId });
      return {
        callId,
        uniqueId,
        direction: 'outbound',
        destination: rng.pick(DESTINATIONS),
        startedAt: new Date(Date.now() - rng.int(5, 3600) * 1000).toISOString(),
        durationSeconds: rng.int(0, 900),
      };
    });
    // The PBX re-sends what it is not sure arrived: part of an earlier batch, alone or with the new one.
    if (sent.length && rng.chance(0.4)) {
      const again = rng.pick(sent).slice(0, rng.int(1, 10));
      out.duplicatesReposted += again.length;
      if (rng.chance(0.5)) records.push(...again);
      else await post(again);
    }
    sent.push(records);
    await post(records);
    await sleep(windowMs / batches);
  }
  return out;
}

/** Starts every flow of a run at seeded moments in the first part of the window and waits for the clients to finish. */
export async function runWorkload(
  w: World,
  rng: Prng,
  sizes: WorkSizes,
  runTag: string,
  windowMs: number,
  deadline: number,
): Promise<{ orders: TrackedOrder[]; cdrs: CdrStream }> {
  const flows: Array<Promise<TrackedOrder>> = [];
  const later = <T>(fn: () => Promise<T>) => {
    const delay = rng.int(0, Math.round(windowMs * 0.7));
    return sleep(delay).then(fn);
  };
  // Each flow gets its own PRNG, derived from the run's, so concurrency does not change what it draws.
  const fork = () => prng(rng.int(0, 2 ** 31));
  for (let i = 0; i < sizes.topups; i++) {
    const r = fork();
    flows.push(later(() => topupFlow(w, r, deadline)));
  }
  for (let i = 0; i < sizes.services; i++) {
    const r = fork();
    flows.push(later(() => servicesFlow(w, r)));
  }
  for (let i = 0; i < sizes.devices; i++) {
    const r = fork();
    flows.push(later(() => devicesFlow(w, r, deadline)));
  }
  const cdrs = streamCdrs(w, fork(), runTag, sizes.cdrs, windowMs);
  const settled = await Promise.allSettled(flows);
  const orders = settled.map((s) =>
    s.status === 'fulfilled'
      ? s.value
      : ({
          kind: 'topup',
          scenario: 'crashed',
          accountId: '',
          token: '',
          orderId: null,
          expected: '?',
          problem: String(s.reason),
        } as TrackedOrder),
  );
  return { orders, cdrs: await cdrs };
}

/** Waits (bounded) for every placed order to reach the state it must end in; records where each ended. */
export async function settleOrders(w: World, orders: TrackedOrder[], deadline: number): Promise<void> {
  const pending = orders.filter((o) => o.orderId);
  const from = Date.now();
  while (pending.length && Date.now() < deadline) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const o = pending[i]!;
      const r = await w.client.api('GET', `/v1/orders/${o.orderId}`, { token: o.token });
      if (r.status === 200) o.finalStatus = r.body.status;
      if (o.finalStatus === o.expected) {
        o.settledAfterSec = (Date.now() - from) / 1000;
        pending.splice(i, 1);
      }
    }
    if (pending.length) await sleep(1000);
  }
}
