import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port';
import { startTestApi } from '../support/api';
import { buyServices, customerWithCircle } from '../support/services';
import { registerPhone, sipToolsMissing, startSipStack, type SipAccount, type SipStack } from '../support/sip';

const missing = sipToolsMissing();
if (missing) console.warn(`test/sip/registration.test.ts skipped: ${missing}`);

describe.skipIf(missing !== null)('phones register with Kamailio using the unique’s SIP credentials', () => {
  let sip: SipStack;
  beforeAll(async () => {
    sip = await startSipStack();
  });
  afterAll(() => sip?.stop());

  /** A customer with one active SIP terminal, and the credentials shown once after the purchase. */
  async function customerWithPhoneAccount(): Promise<{ token: string; uniqueId: string; account: SipAccount }> {
    const c = await customerWithCircle(sip.api);
    const { order } = await buyServices(sip.api, c, { uniques: { sip_terminal: 1 } });
    expect(order.status).toBe('completed');
    const shown = await sip.api.request('POST', `/v1/service-orders/${order.id}/credentials`, { token: c.token });
    expect(shown.status).toBe(200);
    const creds = shown.body.items[0];
    return { token: c.token, uniqueId: creds.id, account: creds };
  }

  /** Fails with sipp's and Kamailio's own words when the phone did not get the expected answer. */
  async function expectRegistration(account: SipAccount, outcome: 'registered' | 'refused') {
    const r = await registerPhone(sip.kamailio, account, outcome);
    expect(r.exitCode, `sipp (${outcome}):\n${r.errors}\nKamailio:\n${sip.kamailio.logs().split('\n').slice(-20).join('\n')}`).toBe(0);
  }

  it('names the SIP server in /health, and answers 503 when it stops answering', async () => {
    const up = await sip.api.request('GET', '/health');
    expect(up.status).toBe(200);
    expect(up.body.pbx).toEqual({ mode: 'kamailio', address: `udp:127.0.0.1:${sip.kamailio.port}`, sip: 'up' });
    const silent = await startTestApi({ PBX_MODE: 'kamailio', SIP_PORT: String(await freePort()) });
    try {
      const down = await silent.request('GET', '/health', { headers: { 'accept-language': 'en' } });
      expect(down.status).toBe(503);
      expect(down.body.detail).toContain('SIP server');
    } finally {
      await silent.close();
    }
  });

  it('stores only the digest hash of the SIP password', async () => {
    const { uniqueId, account } = await customerWithPhoneAccount();
    const row = await sip.api.deps.db('sip_subscribers').where({ unique_id: uniqueId }).first();
    expect(row).toMatchObject({ username: account.sipUser, realm: account.loginServer, ha1: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(JSON.stringify(row)).not.toContain(account.sipPassword);
  });

  it('registers a phone with the right password (200) and refuses a wrong one (403)', async () => {
    const { account } = await customerWithPhoneAccount();
    await expectRegistration(account, 'registered');
    await expectRegistration({ ...account, sipPassword: `${account.sipPassword}x` }, 'refused');
  });

  it('takes a new SIP password at once: the old one is refused, the new one registers', async () => {
    const { token, uniqueId, account } = await customerWithPhoneAccount();
    const reset = await sip.api.request('POST', `/v1/uniques/${uniqueId}/sip-password`, { token });
    expect(reset.status).toBe(200);
    await expectRegistration(account, 'refused');
    await expectRegistration({ ...account, sipPassword: reset.body.sipPassword }, 'registered');
  });

  it('refuses a cancelled unique, with the same 403 as a wrong password', async () => {
    const { token, uniqueId, account } = await customerWithPhoneAccount();
    await expectRegistration(account, 'registered');
    expect((await sip.api.request('POST', `/v1/uniques/${uniqueId}/cancellation`, { token })).status).toBe(200);
    expect(await sip.api.deps.db('sip_subscribers').where({ unique_id: uniqueId }).first()).toBeUndefined();
    await expectRegistration(account, 'refused');
  });
});
