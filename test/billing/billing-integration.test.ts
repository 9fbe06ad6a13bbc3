import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jstMonthOf } from '../../domain/billing/months';
import { billingWorkflowId } from '../../workflows/billing/contract';
import { servicesOrderWorkflowId } from '../../workflows/telephony/contract';
import { customerWithUnique, eventually } from './billing-fixtures';
import { startTestApi, staffLogin, type TestApi } from '../support/api';
import { customerWithCircle, waitForOrder } from '../support/services';
import { orderTopup, processorUrl, sandboxPost, waitForStatus } from '../support/topup';

let api: TestApi;
let operator: string;
beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api.close());

describe('billing is wired to purchases and top-ups', () => {
  it('starts the account’s billing cycle when a services purchase activates', async () => {
    const c = await customerWithCircle(api, 10_000);
    const res = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, uniques: { sip_terminal: 1 } },
    });
    expect(res.status).toBe(201);
    expect((await waitForOrder(api, c.token, res.body.id)).status).toBe('completed');
    // The cycle starts right after completion, before the thank-you mail and the workflow's end.
    await api.deps.temporal.workflow.getHandle(servicesOrderWorkflowId(res.body.id)).result();
    const description = await api.deps.temporal.workflow.getHandle(billingWorkflowId(c.accountId)).describe();
    expect(description.status.name).toBe('RUNNING');
    await api.deps.temporal.workflow.getHandle(billingWorkflowId(c.accountId)).terminate('test done');
  });

  it('lifts an outbound suspension as soon as a konbini top-up is credited, paying the owed fees', async () => {
    const c = await customerWithUnique(api, { balance: 100 });
    const month = jstMonthOf(Date.now());
    const charge = await api.deps.stores.billing.chargeMonths(c.accountId, [month], new Date(Date.now() - 1000));
    expect(charge.status).toBe('insufficient');
    expect(await api.deps.stores.billing.suspendIfOwed(c.accountId)).toBe(true);
    const refused = await api.request('POST', '/v1/calls/authorize', {
      token: operator,
      body: { uniqueId: c.uniqueId, destination: '0312345678' },
    });
    expect(refused.body).toMatchObject({ allowed: false, reason: 'suspended' });

    const order = await orderTopup(api, c.token, { method: 'konbini', amount: 5_000 });
    const waiting = await waitForStatus(api, c.token, order.id, 'awaiting_payment');
    expect((await sandboxPost(`${processorUrl()}/sandbox/konbini-payments/${waiting.nextAction.paymentNumber}/pay`)).status).toBe(200);
    await waitForStatus(api, c.token, order.id, 'credited');

    const allowed = await eventually(async () => {
      const r = await api.request('POST', '/v1/calls/authorize', {
        token: operator,
        body: { uniqueId: c.uniqueId, destination: '0312345678' },
      });
      return r.body.allowed ? r.body : undefined;
    });
    expect(allowed.allowed).toBe(true);
    const status = await api.request('GET', '/v1/billing/status', { token: c.token });
    expect(status.body).toMatchObject({ suspended: false, owedMonths: [] });
    expect(await api.deps.stores.ledger.findImbalances([c.accountId])).toEqual([]);
  });
});
