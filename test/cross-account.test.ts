import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeUnique, placeOrder } from './devices/devices-fixtures';
import { startTestApi, signUp, type TestApi } from './support/api';
import { customerWithCircle, holdAnyNumber } from './support/services';

type Operation = { method: string; path: string; operationId: string; access: string[]; hasBody: boolean };

// Path parameters that name the caller's own data (a month, say) are not about ownership.
const NOT_OWNERSHIP = new Set(['month']);

// A valid body for each mutating operation, so the request reaches the ownership check.
const SAMPLE_BODIES: Record<string, unknown> = {
  renameCircle: { name: 'taken over' },
  updateUniqueSettings: { name: 'taken over' },
  setUniqueLoginPassword: { password: 'taken-over-1' },
  setCirclePassword: { password: 'taken-over-1' },
  addContact: { name: 'intruder', number: '0312345678' },
  updateContact: { name: 'intruder' },
  updateWebhookEndpoint: { description: 'taken over' },
};

let api: TestApi;
let owner: Awaited<ReturnType<typeof customerWithCircle>>;
let intruderToken: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  owner = await customerWithCircle(api, 300_000);
  intruderToken = (await signUp(api)).token;
  const db = api.deps.db;
  ids.circleId = owner.circleId;
  ids.uniqueId = (await activeUnique(api, owner.accountId, owner.circleId)).id;
  ids.contactId = (
    await api.request('POST', `/v1/circles/${owner.circleId}/contacts`, {
      token: owner.token,
      body: { name: '取引先', number: '0312345678' },
    })
  ).body.id;
  ids.holdId = (await holdAnyNumber(api, owner.token)).holdId;
  const number = await db('phone_numbers').where({ status: 'available', kind: 'local' }).orderByRaw('random()').first('id');
  await db('phone_numbers')
    .where({ id: number.id })
    .update({ status: 'active', account_id: owner.accountId, circle_id: owner.circleId, monthly_fee: 1100, activated_at: new Date() });
  ids.numberId = number.id;
  const [card] = await db('cards')
    .insert({
      account_id: owner.accountId,
      processor_ref: `tok_${owner.accountId}`,
      brand: 'VISA',
      last4: '4242',
      exp_month: 12,
      exp_year: 2030,
    })
    .returning('id');
  ids.cardId = card.id;
  const topup = await api.request('POST', '/v1/prepaid/topups', { token: owner.token, body: { method: 'bank_transfer', amount: 5000 } });
  expect(topup.status, JSON.stringify(topup.body)).toBeLessThan(300);
  ids['topup.orderId'] = topup.body.id ?? topup.body.orderId;
  const services = await api.request('POST', '/v1/service-orders', {
    token: owner.token,
    body: { circleId: owner.circleId, uniques: { sip_terminal: 1 } },
  });
  expect(services.status, JSON.stringify(services.body)).toBe(201);
  ids['services.orderId'] = services.body.id;
  ids['devices.orderId'] = (await placeOrder(api, owner.token, { model: 'GXP1620', quantity: 1 })).id;
  ids.apiKeyId = (await api.request('POST', '/v1/api-keys', { token: owner.token, body: { name: 'owner key', access: 'read' } })).body.id;
  const endpoint = await api.request('POST', '/v1/webhook-endpoints', {
    token: owner.token,
    body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['topup.credited'] },
  });
  expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
  ids.endpointId = endpoint.body.id;
  await api.request('POST', `/v1/webhook-endpoints/${ids.endpointId}/test`, { token: owner.token });
  const deliveries = await api.request('GET', `/v1/webhook-endpoints/${ids.endpointId}/deliveries`, { token: owner.token });
  ids.deliveryId = deliveries.body.items[0].id;
});
afterAll(() => api.close());

function idFor(path: string, param: string): string | undefined {
  if (param !== 'orderId') return ids[param];
  if (path.startsWith('/v1/device-orders')) return ids['devices.orderId'];
  if (path.startsWith('/v1/service-orders')) return ids['services.orderId'];
  return ids['topup.orderId'];
}

describe("another customer never reaches an account's data", () => {
  it('answers 404 (never 403, never success) for every operation on the owner’s resources, generated from /openapi.json', async () => {
    const spec = (await api.request('GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, { operationId: string; 'x-access': string[]; requestBody?: unknown }>>;
    };
    const ops: Operation[] = Object.entries(spec.paths).flatMap(([path, o]) =>
      Object.entries(o).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        access: op['x-access'],
        hasBody: Boolean(op.requestBody),
      })),
    );
    const checked: string[] = [];
    const problems: string[] = [];
    for (const op of ops) {
      const params = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      if (!op.access.includes('account') || params.length === 0 || params.some((p) => NOT_OWNERSHIP.has(p))) continue;
      let path = op.path;
      for (const p of params) {
        const id = idFor(op.path, p);
        if (!id) {
          problems.push(`${op.operationId}: no owner fixture for {${p}}; add one to this test`);
          continue;
        }
        path = path.replace(`{${p}}`, id);
      }
      if (op.hasBody && !(op.operationId in SAMPLE_BODIES)) problems.push(`${op.operationId}: no sample body; add one to SAMPLE_BODIES`);
      const res = await api.request(op.method, path, {
        token: intruderToken,
        body: op.hasBody ? (SAMPLE_BODIES[op.operationId] ?? {}) : undefined,
      });
      checked.push(op.operationId);
      if (res.status !== 404) problems.push(`${op.method} ${op.path} (${op.operationId}) → ${res.status}`);
    }
    expect(problems).toEqual([]);
    expect(checked.length).toBeGreaterThan(20);
    // The owner's data is untouched by the attempts.
    const circle = await api.request('GET', `/v1/circles/${owner.circleId}`, { token: owner.token });
    expect(circle.body.name).toBe('東京オフィス');
  });
});
