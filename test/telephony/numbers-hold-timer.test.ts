import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberHoldWorkflowId, type NumberHoldInput } from '../../workflows/telephony/contract';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { startTimeSkipping, type TimeSkipping } from '../support/time-skipping';

let api: TestApi;
let env: TestWorkflowEnvironment;
let ts: TimeSkipping;
let taskQueue: string;

beforeAll(async () => {
  api = await startTestApi();
  ts = await startTimeSkipping(api, 'hold-timer');
  env = ts.env;
  taskQueue = ts.taskQueue;
});

afterAll(async () => {
  await ts?.stop();
  await api?.close();
});

/** Holds a free number for the account straight in the store, as the API does. */
async function holdInStore(accountId: string) {
  const offers = await api.deps.stores.numbers.search({ kind: 'local', areaCode: '03', limit: 200 });
  const free = offers[Math.floor(Math.random() * offers.length)];
  const holdId = randomUUID();
  const held = await api.deps.stores.numbers.hold(accountId, free!.id, holdId, 30 * 60);
  // The test server's clock runs ahead of the wall clock once it has skipped; expiries follow its clock.
  const expiresAt = new Date((await env.currentTimeMs()) + 30 * 60_000);
  await api.deps.db('phone_numbers').where({ hold_id: holdId }).update({ held_until: expiresAt });
  return { holdId, numberId: held.id, expiresAt: expiresAt.toISOString() } satisfies NumberHoldInput;
}

describe('number hold timer', () => {
  it('releases a held number when its 30 minutes run out', async () => {
    const { accountId } = await signUp(api);
    const input = await holdInStore(accountId);
    const result = await env.client.workflow.execute('numberHoldWorkflow', {
      taskQueue,
      workflowId: numberHoldWorkflowId(input.holdId),
      args: [input],
    });
    expect(result).toBe('released');
    const row = await api.deps.db('phone_numbers').where({ id: input.numberId }).first();
    expect(row).toMatchObject({ status: 'available', hold_id: null, held_by_account_id: null });
  });

  it('keeps an extended hold until the new expiry, then releases it', async () => {
    const { accountId } = await signUp(api);
    const input = await holdInStore(accountId);
    // The customer extends: the expiry moves in PostgreSQL only; the timer must find it there.
    const extendedTo = new Date((await env.currentTimeMs()) + 55 * 60_000);
    await api.deps.db('phone_numbers').where({ hold_id: input.holdId }).update({ held_until: extendedTo });
    const handle = await env.client.workflow.start('numberHoldWorkflow', {
      taskQueue,
      workflowId: numberHoldWorkflowId(input.holdId),
      args: [input],
    });
    expect(await handle.result()).toBe('released');
    expect(await env.currentTimeMs()).toBeGreaterThanOrEqual(extendedTo.getTime());
    const history = await handle.fetchHistory();
    const checks = history.events!.filter((e) => e.activityTaskScheduledEventAttributes);
    expect(checks).toHaveLength(2);
  });

  it('ends quietly when the number was released (or bought) before the hold ran out', async () => {
    const { accountId } = await signUp(api);
    const input = await holdInStore(accountId);
    await api.deps.stores.numbers.release(accountId, input.holdId);
    const result = await env.client.workflow.execute('numberHoldWorkflow', {
      taskQueue,
      workflowId: numberHoldWorkflowId(input.holdId),
      args: [input],
    });
    expect(result).toBe('gone');
  });
});
