import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { signUp, uniqueLoginId, type TestApi } from './api';

/** An account with money on its prepaid balance and one circle. */
export async function customerWithCircle(api: TestApi, balance = 100_000) {
  const acct = await signUp(api, { language: 'en' });
  if (balance > 0)
    await api.deps.stores.ledger.post({
      accountId: acct.accountId,
      amount: balance,
      kind: 'adjustment',
      reference: 'test',
      idempotencyKey: `test:${randomUUID()}`,
    });
  const circleLogin = uniqueLoginId('circle');
  const circle = await api.request('POST', '/v1/circles', {
    token: acct.token,
    body: { name: '東京オフィス', loginId: circleLogin, password: 'circle-pass-1' },
  });
  expect(circle.status).toBe(201);
  return { ...acct, circleId: circle.body.id as string, circleLogin, circlePassword: 'circle-pass-1' };
}

/**
 * Holds one number of a kind, picked at random so that parallel test files do not collide. Answers
 * the hold as the API does (`hold`), and for the tests' convenience the number's ID (`id`), the
 * hold's (`holdId`), the number as stored and dialled nationally (`number`, 0312345678) and in E.164 (`e164`).
 */
export async function holdAnyNumber(api: TestApi, token: string, query = 'kind=local') {
  for (let attempt = 0; attempt < 10; attempt++) {
    const found = await api.request('GET', `/v1/numbers/search?${query}&limit=200`, { token });
    expect(found.status).toBe(200);
    const items = found.body.items as Array<{ id: string }>;
    const pick = items[Math.floor(Math.random() * items.length)]!;
    const held = await api.request('POST', '/v1/numbers/holds', { token, body: { numberId: pick.id } });
    if (held.status === 201) {
      const hold = held.body as {
        id: string;
        numberId: string;
        number: string;
        numberDisplay: string;
        kind: string;
        expiresAt: string;
        monthlyFee: number;
        initialFee: number;
      };
      const national = hold.numberDisplay.startsWith('+') ? hold.number : hold.numberDisplay.replace(/-/g, '');
      return { ...hold, hold, id: hold.numberId, holdId: hold.id, number: national, e164: hold.number };
    }
  }
  throw new Error('could not hold a number');
}

/** Waits until the order reaches one of the statuses, and returns it. */
export async function waitForOrder(api: TestApi, token: string, orderId: string, statuses = ['completed', 'failed'], timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await api.request('GET', `/v1/orders/${orderId}`, { token });
    if (res.status === 200 && statuses.includes(res.body.status)) return res.body;
    if (Date.now() > deadline) throw new Error(`order ${orderId} still ${res.body?.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Buys uniques and freshly held numbers for the customer's circle and waits for the order to end. */
export async function buyServices(
  api: TestApi,
  c: { token: string; circleId: string },
  opts: { uniques?: Record<string, number>; numberQueries?: string[] } = {},
) {
  const held = [];
  for (const q of opts.numberQueries ?? []) held.push(await holdAnyNumber(api, c.token, q));
  const res = await api.request('POST', '/v1/service-orders', {
    token: c.token,
    body: { circleId: c.circleId, uniques: opts.uniques, numberIds: held.map((h) => h.id) },
  });
  if (res.status !== 201) throw new Error(`order refused: ${res.status} ${JSON.stringify(res.body)}`);
  const order = await waitForOrder(api, c.token, res.body.id);
  return { order, held };
}
