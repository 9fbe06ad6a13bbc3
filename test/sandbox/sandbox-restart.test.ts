import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../lib/config';
import { verifyWebhookSignature, SIGNATURE_HEADER } from '../../lib/webhook-signature';
import { startSandbox } from '../../sandbox/server';
import { freePort } from '../../scripts/free-port';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';
import { CARDS, orderTopup, waitForStatus } from '../support/topup';

const SECRETS = {
  processor: 'restart-processor-webhook-secret',
  carrier: 'restart-carrier-webhook-secret',
  parcel: 'restart-parcel-webhook-secret',
};
const KEY = { authorization: 'Bearer sandbox-restart-test' };

type Received = { party: string; id: string; type: string; data: Record<string, any> };

/** Our side of the webhooks: records every correctly signed event, answering `answer` (a 503 plays an API that is down). */
async function startReceiver() {
  const events: Received[] = [];
  const refused: Received[] = [];
  const receiver = { events, refused, answer: 200, url: '', close: () => new Promise<void>((r) => server.close(() => r())) };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const party = req.url!.split('/').pop()!;
      const secret = SECRETS[party as keyof typeof SECRETS];
      if (!secret || verifyWebhookSignature(secret, body, req.headers[SIGNATURE_HEADER] as string | undefined)) {
        res.writeHead(401).end();
        return;
      }
      const event = JSON.parse(body) as Omit<Received, 'party'>;
      (receiver.answer < 300 ? events : refused).push({ party, ...event });
      res.writeHead(receiver.answer).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const address = server.address();
  receiver.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return receiver;
}

/** Polls until `find` returns something, or fails after the timeout. */
async function eventually<T>(find: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One sandbox on a data dir of this test file's own, which a test stops and starts again at will. */
async function sandboxOnOwnDir(webhookTarget: string, secrets: Record<string, string> = SECRETS, port?: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pbx-sandbox-restart-'));
  port ??= await freePort();
  let running: Awaited<ReturnType<typeof startSandbox>> | null = null;
  const sb = {
    url: `http://127.0.0.1:${port}`,
    webhookTarget,
    async start() {
      running = await startSandbox({ port, webhookTarget: sb.webhookTarget, secrets, dataDir });
      // The sandbox runs in this test's process: let its HTTP clients see the old connections close, as they would at once were it a process of its own.
      await new Promise((r) => setTimeout(r, 50));
    },
    async stop() {
      await running?.stop();
      running = null;
    },
    async restart() {
      await sb.stop();
      await sb.start();
    },
    async call(method: string, path: string, body?: unknown) {
      const res = await fetch(`${sb.url}${path}`, {
        method,
        headers: { ...KEY, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async remove() {
      await sb.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await sb.start();
  return sb;
}

describe('the sandbox parties keep their state across restarts', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let sb: Awaited<ReturnType<typeof sandboxOnOwnDir>>;
  beforeAll(async () => {
    receiver = await startReceiver();
    sb = await sandboxOnOwnDir(receiver.url);
  });
  afterAll(async () => {
    await sb.remove();
    await receiver.close();
  });

  it('a card registered before a restart still charges after it', async () => {
    // As the browser's card form tokenises and our adapter saves the card.
    const token = await sb.call('POST', '/processor/v1/tokens', { number: CARDS.visa, expMonth: 12, expYear: 2031, cvc: '123' });
    expect(token.status).toBe(201);
    const saved = await sb.call('POST', '/processor/v1/cards', { token: token.body.token });
    expect(saved.status).toBe(201);

    await sb.restart();

    expect(await sb.call('GET', `/processor/v1/tokens/${saved.body.ref}`)).toEqual({
      status: 200,
      body: { brand: 'visa', last4: '1111', expMonth: 12, expYear: 2031, threeDSecure: 'supported' },
    });
    const charge = await sb.call('POST', '/processor/v1/charges', {
      amount: 5_000,
      currency: 'JPY',
      source: saved.body.ref,
      reference: 'tu_restart',
    });
    expect(charge).toMatchObject({ status: 200, body: { status: 'succeeded' } });
  });

  it('a 3-D Secure session and an idempotent answer given before a restart are the same after it', async () => {
    const token = await sb.call('POST', '/processor/v1/tokens', { number: CARDS.threeDsRequired, expMonth: 12, expYear: 2031, cvc: '123' });
    const charge = async () => {
      const res = await fetch(`${sb.url}/processor/v1/charges`, {
        method: 'POST',
        headers: { ...KEY, 'content-type': 'application/json', 'idempotency-key': 'charge-once' },
        body: JSON.stringify({ amount: 3_000, currency: 'JPY', source: token.body.token, reference: 'tu_3ds' }),
      });
      return { status: res.status, body: (await res.json()) as { id: string; status: string; challengeUrl: string } };
    };
    const first = await charge();
    expect(first.body.status).toBe('requires_action');

    await sb.restart();

    expect(await charge()).toEqual(first);
    const passed = await fetch(first.body.challengeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ result: 'pass' }),
    });
    expect(await passed.json()).toEqual({ id: first.body.id, status: 'succeeded' });
    const event = await eventually(() => receiver.events.find((e) => e.data.chargeId === first.body.id), 'charge.succeeded');
    expect(event).toMatchObject({ party: 'processor', type: 'charge.succeeded', data: { reference: 'tu_3ds', amount: 3_000 } });
  });

  it('konbini and bank payments created before a restart are paid after it', async () => {
    const expiresAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const slip = await sb.call('POST', '/processor/v1/konbini-payments', { amount: 8_000, currency: 'JPY', reference: 'tu_kb', expiresAt });
    const account = await sb.call('POST', '/processor/v1/virtual-accounts', {
      amount: 9_000,
      currency: 'JPY',
      reference: 'tu_va',
      expiresAt,
    });

    await sb.restart();

    const paid = await sb.call('POST', `/processor/sandbox/konbini-payments/${slip.body.paymentNumber}/pay`, { store: 'Lawson' });
    expect(paid).toMatchObject({ status: 200, body: { id: slip.body.id, status: 'paid', webhookStatus: 200 } });
    const sent = await sb.call('POST', `/processor/sandbox/virtual-accounts/${account.body.accountNumber}/transfer`, {});
    expect(sent).toMatchObject({ status: 200, body: { id: account.body.id, status: 'paid', webhookStatus: 200 } });
    expect(receiver.events.filter((e) => e.data.paymentId === slip.body.id || e.data.paymentId === account.body.id)).toMatchObject([
      { type: 'konbini.paid', data: { reference: 'tu_kb', amount: 8_000, store: 'Lawson' } },
      { type: 'virtual_account.received', data: { reference: 'tu_va', amount: 9_000 } },
    ]);
  });

  it('a parcel in transit before a restart is still in transit after it, and its delivery is announced', async () => {
    const trackingNumber = `4${Date.now()}`.slice(0, 12);
    const shipment = { reference: 'ord_restart_parcel', carrier: 'yamato', trackingNumber };
    expect((await sb.call('POST', '/parcel/v1/shipments', shipment)).status).toBe(201);

    await sb.restart();

    expect(await sb.call('GET', `/parcel/v1/shipments/yamato/${trackingNumber}`)).toMatchObject({
      status: 200,
      body: { ...shipment, status: 'in_transit', deliveredAt: null },
    });
    // Registering it again is still recognised as the same parcel.
    expect((await sb.call('POST', '/parcel/v1/shipments', shipment)).status).toBe(200);
    expect((await sb.call('POST', '/parcel/_control/deliver', { carrier: 'yamato', trackingNumber })).status).toBe(202);
    const event = await eventually(() => receiver.events.find((e) => e.data.trackingNumber === trackingNumber), 'parcel.delivered');
    expect(event).toMatchObject({ party: 'parcel', type: 'parcel.delivered', data: { reference: 'ord_restart_parcel' } });
    expect((await sb.call('GET', `/parcel/v1/shipments/yamato/${trackingNumber}`)).body.status).toBe('delivered');
  });

  it('a PBX endpoint provisioned before a restart is still there after it', async () => {
    const endpoint = { kind: 'sip_phone', sipUser: 'u8a1f3c', sipPassword: 'Secr3t-pass-9', loginServer: 'sip.example.jp' };
    expect((await sb.call('PUT', '/pbx/v1/endpoints/restart-ep-1', endpoint)).status).toBe(200);

    await sb.restart();

    expect(await sb.call('GET', '/pbx/v1/endpoints/restart-ep-1')).toEqual({
      status: 200,
      body: { uniqueId: 'restart-ep-1', ...endpoint, status: 'active' },
    });
    expect((await sb.call('DELETE', '/pbx/v1/endpoints/restart-ep-1')).status).toBe(204);
  });

  it('a carrier activation pending at a restart is still answered by its signed webhook', async () => {
    const number = '0312345678';
    const requested = await sb.call('POST', '/carrier/v1/activations', { number, reference: 'ord_restart_number' });
    expect(requested).toMatchObject({ status: 202, body: { status: 'pending' } });
    await sb.stop();
    // The carrier would have answered by now; while it is down nothing comes.
    await new Promise((r) => setTimeout(r, 600));
    expect(receiver.events.find((e) => e.data.reference === 'ord_restart_number')).toBeUndefined();

    await sb.start();

    const event = await eventually(() => receiver.events.find((e) => e.data.reference === 'ord_restart_number'), 'number.activated');
    expect(event).toMatchObject({ party: 'carrier', type: 'number.activated', data: { activationId: requested.body.id, number } });
    expect((await sb.call('GET', `/carrier/v1/numbers/${number}`)).body).toEqual({ number, routed: true });
    // The activation is answered once, not again at the next start.
    await sb.restart();
    await new Promise((r) => setTimeout(r, 400));
    expect(receiver.events.filter((e) => e.data.reference === 'ord_restart_number')).toHaveLength(1);
  });

  it('a webhook not yet taken at a restart is delivered after it, with the same event ID', async () => {
    const trackingNumber = `5${Date.now()}`.slice(0, 12);
    await sb.call('POST', '/parcel/v1/shipments', { reference: 'ord_restart_webhook', carrier: 'sagawa', trackingNumber });
    receiver.answer = 503;
    await sb.call('POST', '/parcel/_control/deliver', { carrier: 'sagawa', trackingNumber });
    const refused = await eventually(() => receiver.refused.find((e) => e.data.trackingNumber === trackingNumber), 'a refused attempt');
    await sb.stop();
    receiver.answer = 200;
    await new Promise((r) => setTimeout(r, 500));
    // A stopped sandbox sends nothing more.
    expect(receiver.events.find((e) => e.data.trackingNumber === trackingNumber)).toBeUndefined();

    await sb.start();

    const delivered = await eventually(() => receiver.events.find((e) => e.data.trackingNumber === trackingNumber), 'redelivery');
    expect(delivered).toEqual(refused);
  });
});

describe('through our public API, on a sandbox that restarts', () => {
  let api: TestApi;
  let own: OwnWorker;
  let sb: Awaited<ReturnType<typeof sandboxOnOwnDir>>;
  beforeAll(async () => {
    const { webhookSecret } = loadConfig(inject('env')).parties.processor;
    const processorPort = await freePort();
    // The worker and the API of this file reach this file's sandbox; its webhooks come to this API.
    const processorUrl = `http://127.0.0.1:${processorPort}/processor`;
    own = await startOwnWorker('sandbox-restart', {}, undefined, { PROCESSOR_URL: processorUrl });
    api = await startTestApi({ TEMPORAL_TASK_QUEUE: own.taskQueue, PROCESSOR_URL: processorUrl });
    sb = await sandboxOnOwnDir(api.url, { processor: webhookSecret }, processorPort);
  });
  afterAll(async () => {
    await api.close();
    await own.stop();
    await sb.remove();
  });

  it('a card registered before the processor restarted still pays a top-up after it', async () => {
    const acct = await signUp(api, { language: 'en' });
    const token = await sb.call('POST', '/processor/v1/tokens', { number: CARDS.visa, expMonth: 12, expYear: 2031, cvc: '123' });
    const card = await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: token.body.token } });
    expect(card.status, JSON.stringify(card.body)).toBe(201);

    await sb.restart();

    const order = await orderTopup(api, acct.token, { method: 'registered_card', amount: 6_000, cardId: card.body.id });
    const orderId: string = order.id ?? order.orderId;
    expect((await waitForStatus(api, acct.token, orderId, 'credited')).creditedAmount).toBe(6_000);
    expect((await api.request('GET', '/v1/prepaid/balance', { token: acct.token })).body.balance).toBe(6_000);
  });
});
