import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { CARDS, orderTopup, processorUrl, tokenize, waitForStatus } from '../support/topup';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const english = () => signUp(api, { language: 'en' });

describe('what the portal needs of the prepaid API', () => {
  it("names the processor's card entry page, and the portal's policy lets only that origin be framed", async () => {
    const acct = await english();
    const options = (await api.request('GET', '/v1/prepaid/topup-options', { token: acct.token })).body;
    const origin = new URL(processorUrl()).origin;
    expect(options.cardEntry).toEqual({ url: `${processorUrl()}/card-entry`, origin });
    const page = await fetch(`${api.url}/prepaid`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain(`frame-src ${origin}`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const staff = await fetch(`${api.url}/staff/`, { headers: { accept: 'text/html' } });
    expect(staff.headers.get('content-security-policy')).not.toContain('frame-src');
  });

  it("the card entry page is the processor's, framable only by the page that asked for it", async () => {
    const entry = await fetch(`${processorUrl()}/card-entry?origin=${encodeURIComponent('https://portal.example.jp')}&lang=en`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-security-policy')).toContain('frame-ancestors https://portal.example.jp');
    expect(await entry.text()).toContain('<label for="card-number">Card number</label>');
    expect((await fetch(`${processorUrl()}/card-entry`)).status).toBe(400);
  });

  it("3-D Secure sends the customer back to the portal's page of the order", async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 4_000, cardToken: await tokenize(CARDS.threeDsRequired) });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_3ds');
    const back = `${inject('env').PUBLIC_BASE_URL}/orders/${order.id}`;
    expect(new URL(waiting.nextAction.url).searchParams.get('return_url')).toBe(back);
    const asOrder = (await api.request('GET', `/v1/orders/${order.id}`, { token: acct.token })).body;
    expect(asOrder.nextAction.url).toBe(waiting.nextAction.url);

    // The issuer's page, as a browser submits it, answers with the way back.
    const passed = await fetch(waiting.nextAction.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: 'result=pass',
      redirect: 'manual',
    });
    expect(passed.status).toBe(303);
    expect(passed.headers.get('location')).toBe(back);
    await waitForStatus(api, acct.token, order.id, 'credited');
  });

  it('the balance history filters by kind and by Tokyo dates, and refuses a period that ends before it starts', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 2_000, cardToken: await tokenize(CARDS.noThreeDs.amex) });
    await waitForStatus(api, acct.token, order.id, 'credited');
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const ledger = (q: string) =>
      api.request('GET', `/v1/prepaid/ledger?${q}`, { token: acct.token, headers: { 'accept-language': 'en' } });

    const inPeriod = (await ledger(`kind=topup&from=${today}&to=${today}`)).body;
    expect(inPeriod.items.map((e: { amount: number }) => e.amount)).toEqual([2_000]);
    expect(inPeriod.nextCursor).toBeNull();
    expect((await ledger('from=2000-01-01&to=2000-01-31')).body.items).toEqual([]);
    expect((await ledger('kind=call_charge')).body.items).toEqual([]);

    const reversed = await ledger(`from=${today}&to=2000-01-01`);
    expect(reversed.status).toBe(422);
    expect(reversed.body.detail).toBe(
      `The period ends (2000-01-01) before it starts (${today}): choose a "from" date on or before the "to" date.`,
    );
    expect((await ledger('from=yesterday')).status).toBe(422);
  });
});
