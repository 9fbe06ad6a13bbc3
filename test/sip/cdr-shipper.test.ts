import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCdrShipper } from '../../lib/telephony/cdr-shipper';
import { startTestApi, type TestApi } from '../support/api';
import { customerWithUnique, eventually } from '../billing/billing-fixtures';

const pbxKey = randomBytes(24).toString('hex');
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ PBX_CLIENT_KEY: pbxKey });
});
afterAll(() => api.close());

/** A unique with a SIP user, and a call Kamailio recorded for it. */
async function recordedCall(seconds: number) {
  const c = await customerWithUnique(api, { balance: 1000 });
  const sipUser = `t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await api.deps.db('uniques').where({ id: c.uniqueId }).update({ sip_user: sipUser });
  const callId = `${c.uniqueId}-${randomUUID()}`;
  await api.deps.db('sip_call_records').insert({
    call_id: callId,
    direction: 'outbound',
    username: sipUser,
    destination: '09012345678',
    started_at: new Date(Date.now() - seconds * 1000),
    duration_seconds: seconds,
  });
  return { ...c, callId };
}

describe('the CDR shipper', () => {
  it('posts recorded calls once rated, and a batch sent again after a crash is not charged twice', async () => {
    const call = await recordedCall(45);
    const shipper = startCdrShipper({ db: api.deps.db, apiUrl: api.url, pbxKey, intervalMs: 60_000 });
    try {
      expect(await shipper.flush()).toBeGreaterThanOrEqual(1);
      const rated = await eventually(async () => {
        const r = await api.deps.stores.cdrs.get(call.callId);
        return r?.ratedAt ? r : undefined;
      });
      const balance = await api.deps.stores.ledger.balance(call.accountId);
      expect(balance).toBe(1000 - rated.cost! - Math.floor((rated.cost! * 10) / 100));

      // The process died after the API took the batch but before marking it sent: it goes again.
      await api.deps.db('sip_call_records').where({ call_id: call.callId }).update({ shipped_at: null });
      await shipper.flush();
      await new Promise((r) => setTimeout(r, 1500));
      const [counted] = await api.deps.db('cdrs').where({ call_id: call.callId }).count({ n: '*' });
      expect(Number(counted!.n)).toBe(1);
      expect(await api.deps.stores.ledger.balance(call.accountId)).toBe(balance);
      expect(await api.deps.db('sip_call_records').where({ call_id: call.callId }).whereNull('shipped_at').first()).toBeUndefined();
    } finally {
      await shipper.stop();
    }
  });

  it('keeps records while the API is unreachable and sends them, in order, when it answers again', async () => {
    const call = await recordedCall(20);
    const down = startCdrShipper({ db: api.deps.db, apiUrl: 'http://127.0.0.1:1', pbxKey, intervalMs: 60_000 });
    await expect(down.flush()).rejects.toThrow();
    await down.stop();
    expect(await api.deps.db('sip_call_records').where({ call_id: call.callId }).whereNull('shipped_at').first()).toBeDefined();

    const up = startCdrShipper({ db: api.deps.db, apiUrl: api.url, pbxKey, intervalMs: 60_000 });
    try {
      await up.flush();
      await eventually(async () => (await api.deps.stores.cdrs.get(call.callId))?.ratedAt);
    } finally {
      await up.stop();
    }
  });

  it('marks a record whose SIP user no unique ever had, instead of sending it again and again', async () => {
    await api.deps.db('sip_call_records').insert({
      call_id: `orphan-${randomUUID()}`,
      direction: 'outbound',
      username: `nobody-${randomUUID().slice(0, 8)}`,
      destination: '0312345678',
      started_at: new Date(),
      duration_seconds: 3,
    });
    const shipper = startCdrShipper({ db: api.deps.db, apiUrl: api.url, pbxKey, intervalMs: 60_000 });
    try {
      await shipper.flush();
      expect(await api.deps.db('sip_call_records').where('call_id', 'like', 'orphan-%').whereNull('shipped_at').first()).toBeUndefined();
      expect((await api.deps.db('sip_call_records').where('call_id', 'like', 'orphan-%').first()).rejected).toBe('unknown_sip_user');
    } finally {
      await shipper.stop();
    }
  });
});
