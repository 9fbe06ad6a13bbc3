import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActivities } from '../../activities';
import { recordTopupRows } from '../../activities/prepaid/topup-payment.activities';
import { createDb } from '../../db/knex';
import { createStores, type Stores } from '../../db/stores';
import { isBusinessTime, nextBusinessOpening, tokyoDate } from '../../domain/prepaid/business-calendar';
import { loadConfig, type AppConfig } from '../../lib/config';
import { createSmtpTransport, type MailTransport } from '../../lib/mailer';
import { temporalDataConverter } from '../../lib/temporal';
import { ensureTestServer } from '../../scripts/tools';
import { workflowsPath } from '../../worker/create-worker';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { confirmTransferUpdate, topupWorkflowId, type TopupOrderInput } from '../../workflows/prepaid/contract';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { waitForMail } from '../support/mail';
import { CARDS, processorUrl, tokenize } from '../support/topup';
import { heartbeatOptions } from '../../worker/heartbeat';
import { DOMAIN_MODULES } from '../../modules';

// The seed's waits (7 days, a reminder 1 day before, 15 minutes of 3-D Secure) on the
// time-skipping test server, with the real activities, processor sandbox, PostgreSQL and SMTP.
let env: TestWorkflowEnvironment;
let api: TestApi;
let config: AppConfig;
let stores: Stores;
let transport: MailTransport;
let destroyDb: () => Promise<void>;
const taskQueue = `topup-waits-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  config = loadConfig(inject('env'));
  env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: await ensureTestServer() } },
    client: { dataConverter: temporalDataConverter(config.temporal) },
  });
  // The test server starts without our custom search attributes (KEYWORD = 2).
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(Object.keys(SEARCH_ATTRIBUTES).map((k) => [k, 2])),
  });
  const db = createDb(config.databaseUrl, 5);
  destroyDb = () => db.destroy();
  stores = createStores(db);
  transport = createSmtpTransport(config.mail.smtpUrl);
  api = await startTestApi();
}, 180_000);
afterAll(async () => {
  await api?.close();
  transport?.close();
  await destroyDb?.();
  await env?.teardown();
});

/** Runs the test body with a fresh worker (a worker runs once) on the time-skipping server. */
async function withWorker(fn: () => Promise<void>, cfg: AppConfig = config): Promise<void> {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    dataConverter: temporalDataConverter(cfg.temporal),
    workflowsPath,
    activities: createActivities({ config: cfg, stores, transport, parties: api.deps.parties }, DOMAIN_MODULES),
    ...heartbeatOptions,
  });
  await worker.runUntil(fn);
}

async function start(input: Omit<TopupOrderInput, 'orderId' | 'waits'>) {
  const orderId = randomUUID();
  const full: TopupOrderInput = { ...input, orderId, waits: config.topup.waits };
  await recordTopupRows(stores, full);
  const handle = await env.client.workflow.start('topupOrderWorkflow', { taskQueue, workflowId: topupWorkflowId(orderId), args: [full] });
  return { orderId, handle };
}

async function statusOf(orderId: string, wanted: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const order = await stores.orders.get(orderId);
    if (order?.status === wanted) return order;
    if (Date.now() > deadline) throw new Error(`order ${orderId} is ${order?.status}, not ${wanted}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('week-long waits and the 3-D Secure timeout (time-skipping)', () => {
  it('reminds one day before the 7-day konbini deadline, then expires the order with a mail', async () => {
    const acct = await signUp(api, { language: 'en' });
    await withWorker(async () => {
      const { orderId, handle } = await start({ accountId: acct.accountId, method: 'konbini', amount: 5_000 });
      const waiting = await statusOf(orderId, 'awaiting_payment');
      expect(Date.parse(String(waiting.nextAction!.deadline)) - (await env.currentTimeMs())).toBeGreaterThan(6.99 * 86_400_000);
      await env.sleep('5 days');
      expect(await stores.outbox.countSentByKey(`topup:${orderId}:reminder`)).toBe(0);
      await env.sleep('1 day');
      await waitForMail(acct.email, 'Payment reminder');
      expect((await stores.orders.get(orderId))!.status).toBe('awaiting_payment');
      expect(await handle.result()).toMatchObject({ status: 'expired', credited: 0 });
      await waitForMail(acct.email, 'payment deadline passed');
      const slip = await fetch(`${processorUrl()}/sandbox/payments/${(await stores.topups.get(orderId))!.paymentId}`);
      expect(((await slip.json()) as { status: string }).status).toBe('cancelled');
    });
  });

  it('fails a new-card order after 15 minutes without 3-D Secure, cancelling the charge', async () => {
    const acct = await signUp(api, { language: 'en' });
    const cardToken = await tokenize(CARDS.visa);
    await withWorker(async () => {
      const { orderId, handle } = await start({ accountId: acct.accountId, method: 'card', amount: 10_000, cardToken });
      await statusOf(orderId, 'awaiting_3ds');
      await env.sleep('14 minutes');
      expect((await stores.orders.get(orderId))!.status).toBe('awaiting_3ds');
      expect(await handle.result()).toMatchObject({ status: 'failed', failureReason: 'three_ds_timeout', credited: 0 });
      const chargeId = (await stores.topups.get(orderId))!.paymentId!;
      const charge = await fetch(`${processorUrl()}/sandbox/payments/${chargeId}`);
      expect(((await charge.json()) as { status: string }).status).toBe('cancelled');
      expect(await stores.ledger.balance(acct.accountId)).toBe(0);
    });
  });

  it('applies a transfer confirmed on a company holiday at the next business opening, and shows when', async () => {
    const acct = await signUp(api, { language: 'en' });
    // Today (on the test server's clock) is a company holiday, so a confirmation now must wait.
    const today = tokyoDate(new Date(await env.currentTimeMs()));
    const holidayConfig = loadConfig({ ...inject('env'), COMPANY_HOLIDAYS: `12-29,12-30,12-31,01-02,01-03,${today}` });
    await withWorker(async () => {
      const { orderId, handle } = await start({ accountId: acct.accountId, method: 'bank_transfer', amount: 40_000 });
      await statusOf(orderId, 'awaiting_transfer');
      const now = await env.currentTimeMs();
      const result = await handle.executeUpdate(confirmTransferUpdate, {
        args: [{ confirmationId: randomUUID(), amount: 40_000, staffId: randomUUID() }],
      });
      expect(result.outcome).toBe('scheduled');
      const applyAt = new Date(result.applyAt!);
      expect(isBusinessTime(applyAt, holidayConfig.topup.calendar)).toBe(true);
      expect(applyAt.getTime()).toBe(nextBusinessOpening(new Date(now), holidayConfig.topup.calendar).getTime());
      expect(tokyoDate(applyAt)).not.toBe(tokyoDate(new Date(now)));
      const scheduled = await statusOf(orderId, 'credit_scheduled');
      expect(scheduled.nextAction).toEqual({ type: 'credit_scheduled', applyAt: result.applyAt });
      expect(await stores.ledger.balance(acct.accountId)).toBe(0);
      expect(await handle.result()).toMatchObject({ status: 'credited', credited: 40_000 });
      expect(await env.currentTimeMs()).toBeGreaterThanOrEqual(applyAt.getTime());
      expect(await stores.ledger.balance(acct.accountId)).toBe(40_000);
    }, holidayConfig);
  });
});
