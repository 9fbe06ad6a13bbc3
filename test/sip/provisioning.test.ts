import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogin } from '../support/api';
import { buyServices, customerWithCircle } from '../support/services';
import { placeOrder, shipOrder, waitForOrderStatus } from '../devices/devices-fixtures';
import { registerPhone, sipToolsMissing, startSipStack, type SipAccount, type SipStack } from '../support/sip';

const missing = sipToolsMissing();
if (missing) console.warn(`test/sip/provisioning.test.ts skipped: ${missing}`);

/** The two SIP accounts of a GXP16xx configuration file, read the way the phone reads them (P-values). */
function accountsIn(xml: string): SipAccount[] {
  const p = (n: number) => new RegExp(`<P${n}>([^<]*)</P${n}>`).exec(xml)?.[1] ?? '';
  return [
    { sipUser: p(35), loginServer: p(47), sipPassword: p(34) },
    { sipUser: p(404), loginServer: p(402), sipPassword: p(406) },
  ];
}

describe.skipIf(missing !== null)('a pre-configured desk phone registers with what its provisioning file gives it', () => {
  let sip: SipStack;
  beforeAll(async () => {
    sip = await startSipStack();
  });
  afterAll(() => sip?.stop());

  it('fetches cfg<mac>.xml with the pack-slip credentials and registers both of its accounts with Kamailio', async () => {
    const c = await customerWithCircle(sip.api, 200_000);
    const { order } = await buyServices(sip.api, c, { uniques: { sip_terminal: 2 } });
    expect(order.status).toBe('completed');
    const uniques = (await sip.api.request('GET', `/v1/uniques?circleId=${c.circleId}`, { token: c.token })).body.items as Array<{
      id: string;
    }>;
    const [first, second] = uniques.map((u) => u.id);
    const deviceOrder = await placeOrder(sip.api, c.token, {
      model: 'GXP1620',
      quantity: 1,
      settings: { mode: 'preconfigured', circleId: c.circleId, devices: [{ uniqueId: first, secondUniqueId: second }] },
    });
    await waitForOrderStatus(sip.api, c.token, deviceOrder.id, 'picking');
    const { packSlip } = await shipOrder(sip.api, await staffLogin(sip.api, 'warehouse'), deviceOrder.id);
    const unit = packSlip.devices[0];

    const cfg = await fetch(`${sip.api.url}/provisioning/cfg${unit.mac}.xml`, {
      headers: { authorization: `Basic ${Buffer.from(`${unit.provisioning.username}:${unit.provisioning.password}`).toString('base64')}` },
    });
    expect(cfg.status).toBe(200);
    const accounts = accountsIn(await cfg.text());
    expect(accounts.map((a) => a.sipUser).every(Boolean)).toBe(true);
    for (const account of accounts) {
      const r = await registerPhone(sip.kamailio, account, 'registered');
      expect(r.exitCode, `${account.sipUser}: ${r.errors}\n${sip.kamailio.logs().split('\n').slice(-10).join('\n')}`).toBe(0);
    }
  });
});
