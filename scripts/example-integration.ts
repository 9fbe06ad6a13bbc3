import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createApiClient, idempotent, ok, type ApiClient } from '../lib/api-client';
import { verifyPbxSignature } from '../lib/api-client/webhook-signature';

/**
 * A customer's integration from start to finish, with nothing but the typed client
 * (lib/api-client): sign up, log in, create a read-write API key, then as a program with that
 * key: register a webhook endpoint on a small local receiver, top up the prepaid balance by card,
 * buy a SIP terminal (a unique) and wait for the `topup.credited` and `order.completed` events,
 * checking each signature.
 *
 *   npm start                                  (in another terminal)
 *   npx tsx scripts/example-integration.ts     (API_URL=http://localhost:3000 by default)
 *
 * The receiver listens on 127.0.0.1, which only a development stack accepts
 * (WEBHOOK_ALLOW_PRIVATE); a real integration registers a public https:// URL.
 */

/** One webhook request the receiver got. */
export interface ReceivedWebhook {
  eventId: string;
  type: string;
  attempt: number;
  resourceId: string;
  signatureValid: boolean;
  body: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
}

/** What the example did: the IDs it made and the events it received. */
export interface IntegrationRun {
  accountId: string;
  loginId: string;
  apiKeyPrefix: string;
  circleId: string;
  endpointId: string;
  topup: { id: string; amount: number; status: string; creditedAmount: number };
  order: { id: string; total: number; status: string };
  balance: number;
  /** Each event once (the receiver deduplicates on Pbx-Event-Id, as every receiver must). */
  events: ReceivedWebhook[];
  /** Every request the receiver got, duplicates included. */
  requests: number;
}

/** Options of one run. */
export interface IntegrationOptions {
  apiUrl: string;
  log?: (line: string) => void;
  /** How long to wait for each asynchronous step (payment, order, webhooks). */
  timeoutMs?: number;
}

/** The card the example pays with: the sandbox processor's Visa test card, which asks for 3-D Secure. */
const TEST_CARD = { number: '4111111111111111', expMonth: 12, expYear: 2031, cvc: '123' };
const WANTED_EVENTS = ['topup.credited', 'order.completed'] as const;

/** Runs the whole integration against the API at `apiUrl` and returns what happened. */
export async function runExampleIntegration({
  apiUrl,
  log = () => undefined,
  timeoutMs = 60_000,
}: IntegrationOptions): Promise<IntegrationRun> {
  const receiver = await startReceiver();
  try {
    // 1. Sign up and log in: the only steps a person does; everything after runs on the key.
    const anonymous = createApiClient({ baseUrl: apiUrl });
    const loginId = `example-${randomUUID().slice(0, 8)}`;
    const password = `pw-${randomUUID()}`;
    const account = await ok(
      anonymous.POST('/v1/accounts', {
        params: idempotent(),
        body: { loginId, password, email: `${loginId}@example.jp`, name: '株式会社サンプル商事', language: 'ja' },
      }),
    );
    log(`signed up account ${account.id} (login ID ${loginId})`);
    const session = await ok(anonymous.POST('/v1/auth/login', { body: { kind: 'account', loginId, password } }));
    if (!session.token) throw new Error('login answered no token');
    const asLogin = createApiClient({ baseUrl: apiUrl, token: session.token });
    const key = await ok(
      asLogin.POST('/v1/api-keys', { params: idempotent(), body: { name: 'example integration', access: 'read_write' } }),
    );
    // The key itself is answered this once (an idempotent replay leaves it out): a program stores it now.
    if (!key.secret) throw new Error('the API key was not answered');
    log(`created API key ${key.prefix}… (${key.access})`);

    // 2. From here on, a program with the key.
    const api = createApiClient({ baseUrl: apiUrl, apiKey: key.secret, language: 'en' });
    const endpoint = await ok(
      api.POST('/v1/webhook-endpoints', {
        params: idempotent(),
        body: { url: receiver.url, eventTypes: [...WANTED_EVENTS], description: 'example integration' },
      }),
    );
    if (!endpoint.secret) throw new Error('the signing secret was not answered');
    receiver.secret = endpoint.secret;
    log(`registered webhook endpoint ${endpoint.id} at ${receiver.url}`);

    const circle = await ok(
      api.POST('/v1/circles', {
        params: idempotent(),
        body: { name: '本社', loginId: `${loginId}-hq`, password: `pw-${randomUUID()}` },
      }),
    );
    const cart = { circleId: circle.id, uniques: { sip_terminal: 1 } };
    const quote = await ok(api.POST('/v1/service-orders/quote', { body: cart }));
    log(`a SIP terminal costs ¥${quote.total} now (tax ¥${quote.tax} included); balance ¥${quote.balance}`);

    // Without the money the order is refused before anything is held; the problem's code says why.
    const early = await api.POST('/v1/service-orders', { params: idempotent(), body: cart });
    if (early.error) log(`ordering before the top-up: ${early.response.status} ${early.error.code}: ${early.error.detail}`);
    else throw new Error(`an order without the money was accepted: ${early.data.id}`);

    // 3. Top up by card: the card number goes to the processor (the browser's card form), only its token to the API.
    const topup = await topUpByCard(api, Math.max(quote.total - quote.balance, 0), timeoutMs, log);

    // 4. Buy the unique from the balance and follow the order to its end.
    const placed = await ok(api.POST('/v1/service-orders', { params: idempotent(), body: cart }));
    log(`ordered a SIP terminal: order ${placed.id}, ${placed.status}`);
    const order = await until(
      () => ok(api.GET('/v1/orders/{orderId}', { params: { path: { orderId: placed.id } } })),
      (o) => ['completed', 'failed'].includes(o.status),
      timeoutMs,
      `order ${placed.id}`,
    );
    if (order.status !== 'completed') throw new Error(`order ${order.id} ${order.status}: ${order.failureReason}`);
    log(`order ${order.id} completed: ¥${order.total} debited`);

    // 5. The events, each verified and counted once.
    await until(
      async () => WANTED_EVENTS.every((type) => receiver.events.some((e) => e.type === type)),
      (done) => done,
      timeoutMs,
      'the webhooks',
    );
    for (const e of receiver.events)
      log(
        `webhook ${e.type} for ${e.resourceId} (event ${e.eventId}, attempt ${e.attempt}): signature ${e.signatureValid ? 'valid' : 'INVALID'}`,
      );
    const balance = await ok(api.GET('/v1/prepaid/balance'));
    log(`balance now ¥${balance.balance}`);
    return {
      accountId: account.id,
      loginId,
      apiKeyPrefix: key.prefix,
      circleId: circle.id,
      endpointId: endpoint.id,
      topup: { id: topup.id, amount: topup.amount, status: topup.status, creditedAmount: topup.creditedAmount },
      order: { id: order.id, total: order.total, status: order.status },
      balance: balance.balance,
      events: [...receiver.events],
      requests: receiver.requests,
    };
  } finally {
    await receiver.close();
  }
}

/** Tops up at least `needed` yen by card (within the card's range) and waits until it is credited. */
async function topUpByCard(api: ApiClient, needed: number, timeoutMs: number, log: (line: string) => void) {
  const options = await ok(api.GET('/v1/prepaid/topup-options'));
  const card = options.methods.find((m) => m.method === 'card');
  if (!card) throw new Error('card top-ups are not offered');
  const amount = Math.min(Math.max(needed, card.min), card.max);
  const cardToken = await tokenizeCard(options.cardEntry.url);
  const ordered = await ok(api.POST('/v1/prepaid/topups', { params: idempotent(), body: { method: 'card', amount, cardToken } }));
  log(`ordered a ¥${amount} card top-up: ${ordered.id}, ${ordered.status}`);
  const read = () => ok(api.GET('/v1/prepaid/topups/{orderId}', { params: { path: { orderId: ordered.id } } }));
  let topup = await until(read, (t) => t.status !== 'pending', timeoutMs, `top-up ${ordered.id}`);
  if (topup.status === 'awaiting_3ds') {
    // The customer's browser opens this page and passes the issuer's check; here the sandbox issuer is told so.
    const url = topup.nextAction?.url;
    if (typeof url !== 'string') throw new Error('3-D Secure without a URL');
    const passed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"result":"pass"}',
    });
    if (!passed.ok) throw new Error(`3-D Secure answered ${passed.status}`);
    log('passed 3-D Secure');
  }
  topup = await until(read, (t) => ['credited', 'failed', 'expired', 'cancelled', 'refunded'].includes(t.status), timeoutMs, 'the payment');
  if (topup.status !== 'credited') throw new Error(`top-up ${topup.id} ${topup.status}: ${topup.failureReason}`);
  log(`top-up credited: ¥${topup.creditedAmount}`);
  return topup;
}

/** Tokenises the test card at the processor, as its card entry page does in a browser. */
async function tokenizeCard(cardEntryUrl: string): Promise<string> {
  const processor = new URL(cardEntryUrl);
  processor.pathname = processor.pathname.replace(/\/card-entry$/, '/v1/tokens');
  processor.search = '';
  const res = await fetch(processor, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEST_CARD) });
  if (res.status !== 201) throw new Error(`the processor refused the card: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** A webhook receiver on 127.0.0.1: answers 2xx only to a request whose signature verifies, keeps each event once. */
async function startReceiver() {
  const state = { secret: '', events: [] as ReceivedWebhook[], requests: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests++;
      const raw = Buffer.concat(chunks).toString('utf8');
      const signatureValid = !!state.secret && verifyPbxSignature(state.secret, raw, header(req.headers, 'pbx-signature'));
      if (!signatureValid) return void res.writeHead(400).end('bad signature');
      const body = JSON.parse(raw) as ReceivedWebhook['body'] & { resource: { id: string } };
      // At least once: a second copy of an event is acknowledged and ignored.
      if (!state.events.some((e) => e.eventId === body.id))
        state.events.push({
          eventId: body.id,
          type: body.type,
          attempt: Number(header(req.headers, 'pbx-delivery-attempt')),
          resourceId: body.resource.id,
          signatureValid,
          body,
        });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/webhooks/pbx`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  });
}

const header = (headers: IncomingHttpHeaders, name: string): string => String(headers[name] ?? '');

/** Reads until the predicate holds, or fails naming what it waited for. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

if (require.main === module) {
  const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
  runExampleIntegration({ apiUrl, log: (line) => console.log(line) })
    .then((run) => console.log(`done: ${run.events.length} events received and verified, ${run.requests} requests`))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
