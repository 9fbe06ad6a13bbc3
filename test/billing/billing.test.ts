import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillingActivities } from '../../activities/billing/billing.activities';
import { createLowBalanceCheck } from '../../activities/prepaid/low-balance';
import { createMailService } from '../../activities/mail/mail-service';
import { jstMonthOf, jstMonthStart, nextMonth } from '../../domain/billing/months';
import { balanceCreditedSignal, billingStateQuery, billingWorkflowId, type BillingInput } from '../../workflows/billing/contract';
import { staffLogin, startTestApi, type TestApi } from '../support/api';
import { noMail, startTimeSkipping, type TimeSkipping } from '../support/time-skipping';
import { addNumber, addUnique, credit, customerWithUnique, eventually, randomNumber } from './billing-fixtures';
import { domainMailTemplates } from '../../modules';

let api: TestApi;
let env: TestWorkflowEnvironment;
let ts: TimeSkipping;
let taskQueue: string;
let operator: string;

beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
  ts = await startTimeSkipping(api, 'billing');
  env = ts.env;
  taskQueue = ts.taskQueue;
});

afterAll(async () => {
  await ts?.stop();
  await api?.close();
});

const billing = () => api.deps.stores.billing;
const balance = (accountId: string) => api.deps.stores.ledger.balance(accountId);
const billingActivities = () => {
  const mail = createMailService({
    outbox: api.deps.stores.outbox,
    accounts: api.deps.stores.accounts,
    transport: noMail,
    from: 'x@example.jp',
    templates: domainMailTemplates(),
  });
  const checkLowBalance = createLowBalanceCheck({
    stores: api.deps.stores,
    mail,
    config: api.deps.config,
    temporal: () => api.deps.temporal,
  });
  return createBillingActivities({ ...api.deps.stores, config: api.deps.config, mail, checkLowBalance });
};

const authorize = (uniqueId: string, destination: string) =>
  api.request('POST', '/v1/calls/authorize', { token: operator, body: { uniqueId, destination } });

/** Advances the test server's clock to the instant, plus a minute. */
async function skipTo(ms: number) {
  const now = await env.currentTimeMs();
  if (ms > now) await env.sleep(ms - now + 60_000);
}

describe('monthly fees', () => {
  it('charges every item active when the month starts in Japan time, once per item even when retried', async () => {
    const c = await customerWithUnique(api, { balance: 10_000 });
    // 23:30 on 30 November in Tokyo: active when December starts, so December is due.
    await addUnique(api, c.accountId, c.circleId, { activatedAt: new Date('2026-11-30T14:30:00Z') });
    // 00:30 on 1 December in Tokyo: its purchase paid December already.
    await addUnique(api, c.accountId, c.circleId, { activatedAt: new Date('2026-11-30T15:30:00Z') });
    // Cancelled in November: the fee stops from December.
    await addUnique(api, c.accountId, c.circleId, { status: 'cancelled', cancelledAt: new Date('2026-11-20T00:00:00Z') });
    await addNumber(api, c.accountId, c.circleId, randomNumber('03'));

    const first = await billing().chargeMonths(c.accountId, ['2026-12'], null);
    const retry = await billing().chargeMonths(c.accountId, ['2026-12'], null);
    expect(first).toMatchObject({ status: 'paid', items: 3, charged: 3 * 1210 });
    expect(retry).toMatchObject({ status: 'paid', items: 0, charged: 0 });
    expect(await balance(c.accountId)).toBe(10_000 - 3630);
    expect(await billing().monthlyCharges(c.accountId, '2026-12')).toHaveLength(3);
  });

  it('charges nothing and records the fees as owed when the balance is short', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const result = await billing().chargeMonths(c.accountId, ['2026-12'], new Date('2026-12-08T00:00:00Z'));
    expect(result).toEqual({ status: 'insufficient', required: 1210, balance: 1000 });
    expect(await balance(c.accountId)).toBe(1000);
    expect(await billing().get(c.accountId)).toMatchObject({ owedMonths: ['2026-12'], owedAmount: 1210 });
  });
});

describe('monthly statement', () => {
  it('is a qualified invoice whose tax is rounded once per rate and whose total equals what was debited', async () => {
    const c = await customerWithUnique(api, { balance: 10_000 });
    await billing().chargeMonths(c.accountId, ['2027-01'], null);
    const calls = ['0312345678', '0312345679', '0312345670', '+44 20 7946 0000'].map((destination, i) => ({
      callId: `call-${randomUUID()}`,
      uniqueId: c.uniqueId,
      destination,
      startedAt: `2027-01-0${i + 1}T10:00:00+09:00`,
      durationSeconds: 60,
    }));
    await api.request('POST', '/v1/calls/cdrs', { token: operator, body: { records: calls } });
    await eventually(async () => (await api.deps.stores.cdrs.get(calls[3]!.callId))?.ratedAt);
    await eventually(async () => (await api.deps.stores.cdrs.get(calls[0]!.callId))?.ratedAt);

    // The statement is the month the ledger debited them: now, whatever month the fee and calls were for.
    const month = jstMonthOf(Date.now());
    const res = await api.request('GET', `/v1/billing/statements/${month}`, { token: c.token });
    expect(res.status).toBe(200);
    expect(res.body.issuer.registrationNumber).toMatch(/^T\d{13}$/);
    // ¥1,100 fee + 3 × ¥8 calls = ¥1,124 at 10% → ¥112 (per-line rounding would give ¥110 + 3 × ¥0).
    expect(res.body.taxByRate).toEqual([
      { rate: 10, taxable: 1124, tax: 112, currency: 'JPY' },
      { rate: 0, taxable: 20, tax: 0, currency: 'JPY' },
    ]);
    expect(res.body).toMatchObject({ id: month, subtotal: 1144, tax: 112, total: 1256, currency: 'JPY' });
    // The month a customer reads: Japan time.
    expect(res.body.period).toEqual({ from: `${month}-01T00:00:00+09:00`, to: `${nextMonth(month)}-01T00:00:00+09:00` });
    expect(res.body.lines.map((l: { kind: string; taxRate: number; amount: number }) => [l.kind, l.taxRate, l.amount])).toEqual([
      ['monthly_fee', 10, 1210],
      ['calls', 10, 26],
      ['calls', 0, 20],
    ]);
    expect(await balance(c.accountId)).toBe(10_000 - 1256);
    expect((await api.request('GET', '/v1/billing/statements/2027-13', { token: c.token })).status).toBe(422);
  });
});

describe('billing cycle workflow', () => {
  it('charges on the 1st in Japan time and keeps its state across continue-as-new', async () => {
    const c = await customerWithUnique(api, { balance: 5000 });
    await addNumber(api, c.accountId, c.circleId, randomNumber('03'));
    const handle = await env.client.workflow.start('billingWorkflow', {
      taskQueue,
      workflowId: billingWorkflowId(c.accountId),
      args: [{ accountId: c.accountId, graceDays: 7, maxCyclesPerRun: 1 } satisfies BillingInput],
    });
    const startMonth = jstMonthOf(await env.currentTimeMs());
    const firstRun = handle.firstExecutionRunId;

    await skipTo(jstMonthStart(nextMonth(startMonth)));
    const afterOne = await eventually(async () => {
      const s = await handle.query(billingStateQuery);
      return s.cycles === 1 ? s : undefined;
    });
    expect(afterOne).toMatchObject({ chargedThrough: nextMonth(startMonth), owedMonths: [], suspended: false });
    expect((await handle.describe()).runId).not.toBe(firstRun);
    expect(await balance(c.accountId)).toBe(5000 - 2420);

    await skipTo(jstMonthStart(nextMonth(nextMonth(startMonth))));
    const afterTwo = await eventually(async () => {
      const s = await handle.query(billingStateQuery);
      return s.cycles === 2 ? s : undefined;
    });
    expect(afterTwo.chargedThrough).toBe(nextMonth(nextMonth(startMonth)));
    expect(await balance(c.accountId)).toBe(5000 - 2 * 2420);
    await handle.terminate();
  });

  it('mails, waits out the grace period, suspends outbound calls, and lifts the suspension at once on a top-up', async () => {
    const c = await customerWithUnique(api, { balance: 100 });
    const handle = await env.client.workflow.start('billingWorkflow', {
      taskQueue,
      workflowId: billingWorkflowId(c.accountId),
      args: [{ accountId: c.accountId, graceDays: 7 } satisfies BillingInput],
    });
    const due = nextMonth(jstMonthOf(await env.currentTimeMs()));
    await skipTo(jstMonthStart(due));
    const owed = await eventually(async () => {
      const s = await handle.query(billingStateQuery);
      return s.owedMonths.length ? s : undefined;
    });
    expect(owed).toMatchObject({ owedMonths: [due], suspended: false });
    expect(owed.graceUntil! - jstMonthStart(due)).toBeGreaterThanOrEqual(7 * 86_400_000);
    const mails = await api.deps.stores.outbox.listForAccount(c.accountId);
    expect(mails.map((m) => m.template)).toContain('fees_unpaid');
    // During the grace period calls still work while the balance pays for them.
    expect((await authorize(c.uniqueId, '0312345678')).body).toMatchObject({ allowed: true });

    await skipTo(owed.graceUntil!);
    await eventually(async () => (await handle.query(billingStateQuery)).suspended);
    expect((await authorize(c.uniqueId, '0312345678')).body).toMatchObject({ allowed: false, reason: 'suspended' });
    expect((await authorize(c.uniqueId, '119')).body).toMatchObject({ allowed: true });

    await credit(api, c.accountId, 3000);
    expect(await billingActivities().onBalanceCredited(c.accountId)).toEqual({ lifted: true });
    expect((await authorize(c.uniqueId, '0312345678')).body).toMatchObject({ allowed: true });
    expect(await balance(c.accountId)).toBe(3100 - 1210);

    await handle.signal(balanceCreditedSignal);
    const cleared = await eventually(async () => {
      const s = await handle.query(billingStateQuery);
      return !s.suspended && s.owedMonths.length === 0 ? s : undefined;
    });
    expect(cleared.graceUntil).toBeNull();
    expect(await balance(c.accountId)).toBe(3100 - 1210);
    expect((await api.request('GET', '/v1/billing/status', { token: c.token })).body).toMatchObject({
      suspended: false,
      owedMonths: [],
      currency: 'JPY',
      graceUntil: null,
    });
    await handle.terminate();
  });
});
