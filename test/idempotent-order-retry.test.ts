import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api';
import { fundedAccount, SHIP_TO } from './devices/devices-fixtures';
import { customerWithCircle, waitForOrder } from './support/services';
import { CARDS, sandboxPost, tokenize, topupCredits, waitForStatus } from './support/topup';
import { topupWorkflowId } from '../workflows/prepaid/contract';
import { placeTopupOrder } from '../workflows/prepaid/starters';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/**
 * Makes the API's read of the order row fail once, as when PostgreSQL restarts just after the
 * order's workflow placed it: the client sees a 5xx and retries with the same Idempotency-Key.
 */
async function failOrderRowOnce<T>(run: () => Promise<T>): Promise<T> {
  const orders = api.deps.stores.orders as unknown as Record<string, unknown>;
  const original = orders.get;
  orders.get = async () => {
    throw new Error('Connection terminated unexpectedly');
  };
  try {
    return await run();
  } finally {
    orders.get = original;
  }
}

describe('an order retried with the same Idempotency-Key after a server failure', () => {
  it('places one services order and debits once, not one per attempt', async () => {
    const c = await customerWithCircle(api, 100_000);
    const key = randomUUID();
    const body = { circleId: c.circleId, uniques: { sip_terminal: 1 } };
    const first = await failOrderRowOnce(() =>
      api.request('POST', '/v1/service-orders', { token: c.token, body, headers: { 'idempotency-key': key } }),
    );
    expect(first.status).toBe(500);
    const retry = await api.request('POST', '/v1/service-orders', { token: c.token, body, headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(201);
    await waitForOrder(api, c.token, retry.body.id);
    // Give a second workflow, if one had been started, the time to record itself and debit.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await api.deps.db('orders').where({ account_id: c.accountId }).select('id')).toEqual([{ id: retry.body.id }]);
    const debits = await api.deps.db('ledger_entries').where({ account_id: c.accountId, kind: 'purchase' }).select('amount');
    expect(debits).toHaveLength(1);
    expect((await api.deps.db('uniques').where({ account_id: c.accountId })).length).toBe(1);
  });

  it('places one top-up order, not one per attempt', async () => {
    const c = await customerWithCircle(api, 0);
    const key = randomUUID();
    const body = { method: 'bank_transfer', amount: 5_000 };
    const first = await failOrderRowOnce(() =>
      api.request('POST', '/v1/prepaid/topups', { token: c.token, body, headers: { 'idempotency-key': key } }),
    );
    expect(first.status).toBe(500);
    const retry = await api.request('POST', '/v1/prepaid/topups', { token: c.token, body, headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await api.deps.db('orders').where({ account_id: c.accountId }).select('id')).toEqual([{ id: retry.body.id }]);
  });

  it('places one devices order and takes the stock once, not once per attempt', async () => {
    const acct = await fundedAccount(api, 100_000);
    const key = randomUUID();
    const body = { model: 'GXP1620', quantity: 1, shipTo: SHIP_TO, settings: { mode: 'none' } };
    const first = await failOrderRowOnce(() =>
      api.request('POST', '/v1/device-orders', { token: acct.token, body, headers: { 'idempotency-key': key } }),
    );
    expect(first.status).toBe(500);
    const retry = await api.request('POST', '/v1/device-orders', { token: acct.token, body, headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await api.deps.db('orders').where({ account_id: acct.accountId }).select('id')).toEqual([{ id: retry.body.id }]);
  });

  it('a placement repeated after its order has closed starts no second run and gets the first answer', async () => {
    const c = await customerWithCircle(api, 0);
    const input = {
      orderId: randomUUID(),
      accountId: c.accountId,
      method: 'card' as const,
      amount: 3_000,
      cardToken: await tokenize(CARDS.visa),
      waits: api.deps.config.topup.waits,
    };
    const taskQueue = api.deps.config.temporal.taskQueue;
    expect(await placeTopupOrder(api.deps.temporal, taskQueue, input)).toEqual({ orderId: input.orderId });
    const handle = api.deps.temporal.workflow.getHandle(topupWorkflowId(input.orderId));
    const waiting = await waitForStatus(api, c.token, input.orderId, 'awaiting_3ds');
    expect((await sandboxPost(waiting.nextAction.url, { result: 'pass' })).status).toBe(200);
    await handle.result();
    // Temporal keeps the placement update's outcome: the same answer, from the closed run.
    expect(await placeTopupOrder(api.deps.temporal, taskQueue, input)).toEqual({ orderId: input.orderId });
    // The handle follows the latest run: a second run would be RUNNING now.
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    expect(await topupCredits(api, c.accountId)).toEqual([{ amount: 3_000, idempotency_key: `topup:${input.orderId}:credit` }]);
    const runs = [];
    for await (const w of api.deps.temporal.workflow.list({ query: `WorkflowId = '${topupWorkflowId(input.orderId)}'` }))
      runs.push(w.runId);
    expect(runs).toHaveLength(1);
  });
});
