import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEncryptionCodec, DEV_PAYLOAD_KEY_ID, ENCRYPTED_ENCODING, METADATA_KEY_ID } from '../../lib/codec';
import { temporalDataConverter } from '../../lib/temporal';
import { workflowsPath } from '../../worker/create-worker';
import { devicesOrderWorkflowId } from '../../workflows/devices/contract';
import { placeOrder, shipOrder, waitForOrderStatus } from '../devices/devices-fixtures';
import { signUp, staffLogin, startTestApi, type TestApi } from '../support/api';

type History = temporal.api.history.v1.IHistory;

// A finished device order's history, read straight from Temporal by a client without our codec:
// the customer's name, address, phone number and e-mail are nowhere in it, while the same history
// through the codec shows them (so the search below can fail).
let api: TestApi;
let raw: Client;
let history: History;
let operator: string;
const tag = randomBytes(4).toString('hex');
const last4 = String(randomInt(1000, 10_000));
const customer = {
  name: `暗号検証商事${tag}`,
  email: `kakunin-${tag}@codec-kensho.example.jp`,
  shipToName: `秘匿 太郎${tag}`,
  address: `北海道札幌市中央区秘匿町${tag}番地`,
  phone: `011-231-${last4}`,
};
// The phone number as the order keeps it (E.164) and as it was typed, and its digits alone.
const phoneForms = [customer.phone, `+8111231${last4}`, `11231${last4}`];
const secrets = [customer.name, customer.email, customer.shipToName, customer.address, ...phoneForms];

/** Every payload of a history (workflow input, activity inputs and results, update arguments...), search attributes and patch markers aside. */
function payloadsOf(value: unknown, found: Payload[] = [], key = ''): Payload[] {
  // Search attributes are indexed by the server and never encoded; ours hold IDs and statuses only.
  if (!value || typeof value !== 'object' || key === 'searchAttributes' || value instanceof Uint8Array) return found;
  const v = value as Record<string, unknown>;
  // patched() markers are written by the SDK's core, past the codec: they hold a patch ID, never data.
  if (v.markerName === 'core_patch') return found;
  if (v.data instanceof Uint8Array && v.metadata && typeof v.metadata === 'object') found.push(v as Payload);
  else for (const [k, child] of Object.entries(v)) payloadsOf(child, found, k);
  return found;
}

async function fullHistory(client: Client, workflowId: string): Promise<History> {
  const events: temporal.api.history.v1.IHistoryEvent[] = [];
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await client.workflowService.getWorkflowExecutionHistory({
      namespace: api.deps.config.temporal.namespace,
      execution: { workflowId },
      nextPageToken,
    });
    events.push(...(page.history?.events ?? []));
    nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
  } while (nextPageToken);
  return { events };
}

beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
  // No dataConverter: what anyone with access to the Temporal Service (or its database) reads.
  raw = new Client({ connection: await Connection.connect({ address: api.deps.config.temporal.address }) });

  const acct = await signUp(api, { name: customer.name, email: customer.email });
  await api.deps.stores.ledger.post({
    accountId: acct.accountId,
    amount: 100_000,
    kind: 'adjustment',
    reference: 'test',
    idempotencyKey: `test-fund:${randomUUID()}`,
  });
  const shipTo = { name: customer.shipToName, postalCode: '060-0001', address: customer.address, phone: customer.phone };
  const order = await placeOrder(api, acct.token, { model: 'GXP1620', quantity: 1, shipTo });
  const warehouse = await staffLogin(api, 'warehouse');
  const { taskId } = await shipOrder(api, warehouse, order.id);
  const delivered = await api.request('POST', `/v1/warehouse/tasks/${taskId}/deliver`, { token: warehouse });
  expect(delivered.status).toBe(200);
  await waitForOrderStatus(api, acct.token, order.id, 'delivered');
  const workflowId = devicesOrderWorkflowId(order.id);
  // Finished: the workflow has returned (read through the codec client, as the API reads results).
  expect(await api.deps.temporal.workflow.getHandle(workflowId).result()).toMatchObject({ status: 'delivered' });
  history = await fullHistory(raw, workflowId);
}, 120_000);

afterAll(async () => {
  await raw?.connection.close();
  await api?.close();
});

describe('a finished device order in Temporal', () => {
  it('holds no customer name, address, phone number or e-mail in plain text', () => {
    const bytes = Buffer.from(temporal.api.history.v1.History.encode(history).finish());
    const json = historyToJSON(history as temporal.api.history.v1.History);
    // Every base64 field of the JSON, decoded, is searched too (payload data, metadata, tokens).
    const decodedFields = [...json.matchAll(/"([A-Za-z0-9+/]{8,}={0,2})"/g)].map((m) => Buffer.from(m[1]!, 'base64'));
    for (const s of secrets) {
      expect(bytes.includes(Buffer.from(s, 'utf8')), `raw history bytes contain ${s}`).toBe(false);
      expect(json.includes(s), `history JSON contains ${s}`).toBe(false);
      expect(
        decodedFields.some((b) => b.includes(Buffer.from(s, 'utf8'))),
        `a base64 field contains ${s}`,
      ).toBe(false);
    }
  });

  it('stores every payload encrypted with the active key', () => {
    const payloads = payloadsOf(history);
    expect(payloads.length).toBeGreaterThan(10);
    const encodings = new Set(payloads.map((p) => Buffer.from(p.metadata!.encoding!).toString()));
    expect([...encodings]).toEqual([ENCRYPTED_ENCODING]);
    expect(new Set(payloads.map((p) => Buffer.from(p.metadata![METADATA_KEY_ID]!).toString()))).toEqual(new Set([DEV_PAYLOAD_KEY_ID]));
  });

  it('shows the ship-to name, address and phone once decoded with the codec (the search above can fail)', async () => {
    const codec = createEncryptionCodec(api.deps.config.temporal.payloadKeys);
    const decoded = await codec.decode(payloadsOf(history));
    const text = decoded.map((p) => Buffer.from(p.data ?? []).toString('utf8')).join('\n');
    expect(text).toContain(customer.shipToName);
    expect(text).toContain(customer.address);
    expect(phoneForms.some((f) => text.includes(f))).toBe(true);
  });
});

describe('replaying an encrypted history', () => {
  it('replays deterministically through the codec, as recordings made from now on will', async () => {
    const asRecorded = historyFromJSON(JSON.parse(historyToJSON(history as temporal.api.history.v1.History)));
    await Worker.runReplayHistory(
      { workflowsPath, dataConverter: temporalDataConverter(api.deps.config.temporal) },
      asRecorded,
      'codec-replay',
    );
  }, 60_000);
});

describe('the codec endpoint (/codec) the Temporal UI calls', () => {
  const UI = 'http://localhost:8233';
  const encryptedInput = () => {
    const started = history.events!.find((e) => e.workflowExecutionStartedEventAttributes)!;
    const p = started.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
    return {
      metadata: Object.fromEntries(Object.entries(p.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
      data: Buffer.from(p.data!).toString('base64'),
    };
  };
  const post = (path: string, opts: { token?: string; headers?: Record<string, string>; body?: unknown } = {}) =>
    api.request('POST', path, { body: { payloads: [encryptedInput()] }, ...opts, headers: { 'x-namespace': 'default', ...opts.headers } });

  it('answers 401 to an anonymous caller and 403 to a customer or warehouse staff', async () => {
    const anonymous = await post('/codec/decode', { headers: { origin: UI } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthenticated');
    // The UI can read the refusal, so it can say why.
    expect(anonymous.headers.get('access-control-allow-origin')).toBe(UI);
    const customerLogin = await signUp(api);
    expect((await post('/codec/decode', { token: customerLogin.token })).status).toBe(403);
    expect((await post('/codec/decode', { token: await staffLogin(api, 'warehouse') })).status).toBe(403);
  });

  it('decodes a payload of that history for an operator (bearer) and an admin (session cookie), with CORS for the UI', async () => {
    const res = await post('/codec/decode', { token: operator, headers: { origin: UI } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(UI);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    const [payload] = res.body.payloads;
    expect(Buffer.from(payload.metadata.encoding, 'base64').toString()).toBe('json/plain');
    const input = JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8'));
    expect(input.shipTo).toMatchObject({ name: customer.shipToName, address: customer.address });

    // The browser's cookie, without the CSRF header the API's own forms send: decoding changes nothing.
    const admin = await staffLogin(api, 'admin');
    const byCookie = await post('/codec/decode', { headers: { cookie: `pbx_session=${admin}` } });
    expect(byCookie.status, JSON.stringify(byCookie.body)).toBe(200);
  });

  it('encodes as the workers do, and refuses a tampered payload with 422 payload_undecodable', async () => {
    const plain = {
      metadata: { encoding: Buffer.from('json/plain').toString('base64') },
      data: Buffer.from('"テスト"').toString('base64'),
    };
    const encoded = await api.request('POST', '/codec/encode', { token: operator, body: { payloads: [plain] } });
    expect(encoded.status).toBe(200);
    expect(Buffer.from(encoded.body.payloads[0].metadata.encoding, 'base64').toString()).toBe(ENCRYPTED_ENCODING);
    const back = await api.request('POST', '/codec/decode', { token: operator, body: encoded.body });
    expect(back.body.payloads[0]).toEqual(plain);

    const tampered = encryptedInput();
    const data = Buffer.from(tampered.data, 'base64');
    data[30] = data[30]! ^ 0xff;
    const refused = await api.request('POST', '/codec/decode', {
      token: operator,
      body: { payloads: [{ ...tampered, data: data.toString('base64') }] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('payload_undecodable');
    expect(refused.body.params).toMatchObject({ keyId: DEV_PAYLOAD_KEY_ID });
  });

  it('answers the UI’s CORS preflight, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/codec/decode`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' },
      });
    const ok = await preflight(UI);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(UI);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')!.toLowerCase()).toContain('x-namespace');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses other methods with 405', async () => {
    const res = await api.request('GET', '/codec/decode', { token: operator });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });
});
