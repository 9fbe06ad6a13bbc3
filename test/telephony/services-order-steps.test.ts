import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServicesOrderActivities } from '../../activities/telephony/services-order.activities';
import type { NewOrder } from '../../db/orders/orders.store';
import { servicesOrderWorkflowId } from '../../workflows/telephony/contract';
import { startTestApi, type TestApi } from '../support/api';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';
import { customerWithCircle, holdAnyNumber, waitForOrder } from '../support/services';

// Its own worker, whose billing-cycle start and thank-you mail each fail twice before they go through.
let api: TestApi;
let own: OwnWorker;
const mailAttempts = new Map<string, number>();
const billingAttempts = new Map<string, number>();

beforeAll(async () => {
  own = await startOwnWorker('order-steps', {
    ensureBillingCycle: async (accountId: string) => {
      const n = (billingAttempts.get(accountId) ?? 0) + 1;
      billingAttempts.set(accountId, n);
      if (n < 3) throw new Error('Temporal frontend unavailable');
    },
    mailServicesThankYou: async ({ orderId }: { orderId: string }) => {
      const n = (mailAttempts.get(orderId) ?? 0) + 1;
      mailAttempts.set(orderId, n);
      if (n < 3) throw new Error('421 mail server busy, try later');
    },
  });
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: own.taskQueue });
});
afterAll(async () => {
  await api.close();
  await own.stop();
});

/** The opening step as the workflow calls it; it only needs the stores. */
function openingStep() {
  const unused = {} as never;
  return createServicesOrderActivities({
    stores: api.deps.stores,
    pbx: unused,
    carrier: unused,
    mail: unused,
    secret: 'x'.repeat(32),
    loginServer: 'sip.test',
  }).openServicesOrder;
}

const newOrder = (accountId: string, circleId: string): NewOrder => {
  const id = randomUUID();
  return {
    id,
    accountId,
    circleId,
    kind: 'services',
    status: 'accepted',
    workflowId: `ServicesOrder:${id}`,
    totals: { subtotal: 1000, tax: 100, total: 1100 } as never,
    detail: {},
  };
};

async function failureOf(run: () => Promise<unknown>): Promise<ApplicationFailure> {
  const err = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApplicationFailure);
  return err as ApplicationFailure;
}

describe('services order steps', () => {
  it('a billing or mail outage after completion does not undo the purchase: completed, debited once, both done on the third try', async () => {
    const c = await customerWithCircle(api, 20_000);
    const placed = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, uniques: { sip_terminal: 1 } },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(placed.status).toBe(201);
    const order = await waitForOrder(api, c.token, placed.body.id);
    expect(order.status).toBe('completed');
    const result = await api.deps.temporal.workflow.getHandle(servicesOrderWorkflowId(order.id)).result();
    expect(result.status).toBe('completed');
    expect(billingAttempts.get(c.accountId)).toBe(3);
    expect(mailAttempts.get(order.id)).toBe(3);
    expect(await api.deps.stores.ledger.findByKey(`services:${order.id}:refund`)).toBeUndefined();
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(20_000 - order.total);
  });

  it('opening refused for a lost hold leaves nothing behind: no order row, no debit', async () => {
    const c = await customerWithCircle(api, 20_000);
    const order = newOrder(c.accountId, c.circleId);
    const failure = await failureOf(() =>
      openingStep()({ order, numberIds: [randomUUID()], total: 1100, paid: { status: 'paid', eventKey: 'paid' } }),
    );
    expect(failure.type).toBe('NumberHoldLost');
    expect(failure.nonRetryable).toBe(true);
    expect(await api.deps.stores.orders.get(order.id)).toBeUndefined();
    expect(await api.deps.stores.ledger.findByKey(`services:${order.id}:debit`)).toBeUndefined();
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(20_000);
  });

  it('opening refused for a short balance gives the held number back untouched, in the same transaction', async () => {
    const c = await customerWithCircle(api, 500);
    const number = await holdAnyNumber(api, c.token);
    const order = newOrder(c.accountId, c.circleId);
    const failure = await failureOf(() =>
      openingStep()({ order, numberIds: [number.id], total: 1100, paid: { status: 'paid', eventKey: 'paid' } }),
    );
    expect(failure.type).toBe('InsufficientBalance');
    const row = await api.deps.db('phone_numbers').where({ id: number.id }).first();
    expect(row).toMatchObject({ status: 'held', held_by_account_id: c.accountId, order_id: null });
    expect(await api.deps.stores.orders.get(order.id)).toBeUndefined();
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(500);
  });

  it('opening twice (a retry after a crash) debits once and records "paid" once', async () => {
    const c = await customerWithCircle(api, 20_000);
    const order = newOrder(c.accountId, c.circleId);
    const input = { order, numberIds: [], total: 1100, paid: { status: 'paid', eventKey: 'paid' } };
    await openingStep()(input);
    await openingStep()(input);
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(20_000 - 1100);
    expect(await api.deps.stores.orders.get(order.id)).toMatchObject({ status: 'paid' });
    const events = await api.deps.db('order_events').where({ order_id: order.id }).orderBy('id').pluck('status');
    expect(events).toEqual(['accepted', 'paid']);
  });
});

describe('order status rows', () => {
  it('ensure keeps the first row; a status change applies once per event key and never to a missing order', async () => {
    const c = await customerWithCircle(api, 0);
    const order = newOrder(c.accountId, c.circleId);
    const first = await api.deps.stores.orders.ensure(order);
    const second = await api.deps.stores.orders.ensure({ ...order, status: 'paid', totals: { subtotal: 1, tax: 0, total: 1 } as never });
    expect(second).toMatchObject({ id: order.id, status: 'accepted', total: 1100 });
    expect(second.createdAt).toEqual(first.createdAt);

    const change = { status: 'provisioning', eventKey: 'provisioning', detail: { step: 1 } };
    expect(await api.deps.stores.orders.setStatus(order.id, change)).toBe(true);
    expect(await api.deps.stores.orders.setStatus(order.id, { ...change, status: 'other', detail: { step: 2 } })).toBe(false);
    expect(await api.deps.stores.orders.get(order.id)).toMatchObject({ status: 'provisioning', detail: { step: 1 } });
    expect(await api.deps.stores.orders.setStatus(randomUUID(), change).catch(() => false)).toBe(false);
  });

  it('ensure returns the row another transaction inserted and committed while it waited', async () => {
    const c = await customerWithCircle(api, 0);
    const order = newOrder(c.accountId, c.circleId);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const writer = api.deps.stores.transaction(async (trx) => {
      await api.deps.stores.orders.ensure(order, trx);
      await held;
    });
    await new Promise((r) => setTimeout(r, 100));
    // This insert blocks on the uncommitted row, then finds it committed after its snapshot.
    const waiting = api.deps.stores.orders.ensure({ ...order, status: 'from-the-api' });
    await new Promise((r) => setTimeout(r, 200));
    release();
    await writer;
    expect(await waiting).toMatchObject({ id: order.id, status: 'accepted' });
  });
});
