import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { waitForMail } from '../support/mail';
import { CARDS, orderTopup, processorUrl, sandboxPost, tokenize, topupCredits, waitForStatus } from '../support/topup';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const english = () => signUp(api, { language: 'en' });

describe('top-up by new credit card', () => {
  it('credits the balance after the customer passes 3-D Secure, and mails a receipt', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 10_000, cardToken: await tokenize(CARDS.visa) });
    // The answer comes once the charge asks for 3-D Secure, with where to pass it.
    expect(order).toMatchObject({ method: 'card', amount: 10_000, status: 'awaiting_3ds', nextAction: { type: 'three_d_secure' } });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_3ds');
    expect(waiting.nextAction).toMatchObject({ type: 'three_d_secure', url: expect.stringContaining('/processor/3ds/') });
    expect(Date.parse(waiting.nextAction.expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
    expect((await sandboxPost(waiting.nextAction.url, { result: 'pass' })).status).toBe(200);
    const done = await waitForStatus(api, acct.token, order.id, 'credited');
    expect(done).toMatchObject({ creditedAmount: 10_000, nextAction: null });
    expect((await api.request('GET', '/v1/prepaid/balance', { token: acct.token })).body.balance).toBe(10_000);
    expect(await topupCredits(api, acct.accountId)).toEqual([{ amount: 10_000, idempotency_key: `topup:${order.id}:credit` }]);
    const mail = await waitForMail(acct.email, 'Top-up receipt');
    expect(mail.text).toContain('¥10,000');
    // The common orders API shows the same order.
    const viaOrders = await api.request('GET', `/v1/orders/${order.id}`, { token: acct.token });
    expect(viaOrders.body).toMatchObject({ kind: 'topup', status: 'credited', total: 10_000 });
  });

  it('fails the order with the reason and charges nothing when 3-D Secure fails', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 3_000, cardToken: await tokenize(CARDS.threeDsFails) });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_3ds');
    await sandboxPost(waiting.nextAction.url, { result: 'pass' });
    const failed = await waitForStatus(api, acct.token, order.id, 'failed');
    expect(failed.failureReason).toBe('three_ds_failed');
    expect(await topupCredits(api, acct.accountId)).toEqual([]);
  });

  it('fails the order when the customer fails the challenge', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 3_000, cardToken: await tokenize(CARDS.visa) });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_3ds');
    await sandboxPost(waiting.nextAction.url, { result: 'fail' });
    expect((await waitForStatus(api, acct.token, order.id, 'failed')).failureReason).toBe('three_ds_failed');
  });

  it('fails the order as declined when the issuer declines after authentication', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 3_000, cardToken: await tokenize(CARDS.decline) });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_3ds');
    await sandboxPost(waiting.nextAction.url, { result: 'pass' });
    expect((await waitForStatus(api, acct.token, order.id, 'failed')).failureReason).toBe('card_declined');
    expect(await topupCredits(api, acct.accountId)).toEqual([]);
  });

  for (const brand of ['visa', 'mastercard', 'jcb'] as const) {
    it(`refuses a ${brand} card whose issuer does not support 3-D Secure`, async () => {
      const acct = await english();
      const order = await orderTopup(api, acct.token, { method: 'card', amount: 2_000, cardToken: await tokenize(CARDS.noThreeDs[brand]) });
      expect((await waitForStatus(api, acct.token, order.id, 'failed')).failureReason).toBe('three_ds_unsupported');
      expect(await topupCredits(api, acct.accountId)).toEqual([]);
    });
  }

  for (const brand of ['amex', 'diners'] as const) {
    it(`accepts a ${brand} card whose issuer does not support 3-D Secure`, async () => {
      const acct = await english();
      const order = await orderTopup(api, acct.token, { method: 'card', amount: 2_000, cardToken: await tokenize(CARDS.noThreeDs[brand]) });
      expect((await waitForStatus(api, acct.token, order.id, 'credited')).creditedAmount).toBe(2_000);
    });
  }

  it('never lets the order be cancelled once the card has paid', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 2_000, cardToken: await tokenize(CARDS.noThreeDs.amex) });
    await waitForStatus(api, acct.token, order.id, 'credited');
    const res = await api.request('POST', `/v1/prepaid/topups/${order.id}/cancel`, { token: acct.token });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('topup_not_cancellable');
  });
});

describe('registered cards', () => {
  it('registers a card from a processor token, keeping only brand, last 4 and expiry', async () => {
    const acct = await english();
    const res = await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.jcb) } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      brand: 'jcb',
      last4: '0000',
      expMonth: 12,
      expYear: 2031,
      registeredAt: expect.any(String),
      lastUsedAt: null,
    });
    expect(res.headers.get('location')).toBe(`/v1/prepaid/cards/${res.body.id}`);
    expect((await api.request('GET', `/v1/prepaid/cards/${res.body.id}`, { token: acct.token })).body).toEqual(res.body);
    const row = await api.deps.db('cards').where({ id: res.body.id }).first();
    expect(JSON.stringify(row)).not.toContain('3530111333300000');
  });

  it('refuses to register a VISA card without 3-D Secure', async () => {
    const acct = await english();
    const res = await api.request('POST', '/v1/prepaid/cards', {
      token: acct.token,
      body: { cardToken: await tokenize(CARDS.noThreeDs.visa) },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('card_refused');
  });

  it('tops up by a registered card at once when the processor asks no 3-D Secure, and records its last use', async () => {
    const acct = await english();
    const card = (await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.visa) } }))
      .body;
    const order = await orderTopup(api, acct.token, { method: 'registered_card', presetAmount: 5_000, cardId: card.id });
    expect((await waitForStatus(api, acct.token, order.id, 'credited')).creditedAmount).toBe(5_000);
    const cards = (await api.request('GET', '/v1/prepaid/cards', { token: acct.token })).body.items;
    expect(cards).toHaveLength(1);
    expect(cards[0].lastUsedAt).not.toBeNull();
    await waitForMail(acct.email, 'Top-up receipt');
  });

  it('asks for 3-D Secure on a registered card when the processor requires it', async () => {
    const acct = await english();
    const card = (
      await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.threeDsRequired) } })
    ).body;
    const order = await orderTopup(api, acct.token, { method: 'registered_card', amount: 4_000, cardId: card.id });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_3ds');
    await sandboxPost(waiting.nextAction.url, { result: 'pass' });
    expect((await waitForStatus(api, acct.token, order.id, 'credited')).creditedAmount).toBe(4_000);
  });

  it('declines a registered card at once without 3-D Secure', async () => {
    const acct = await english();
    const card = (await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.decline) } }))
      .body;
    const order = await orderTopup(api, acct.token, { method: 'registered_card', amount: 4_000, cardId: card.id });
    expect((await waitForStatus(api, acct.token, order.id, 'failed')).failureReason).toBe('card_declined');
  });

  it('fails with a reason the customer can act on when the processor no longer knows a registered card', async () => {
    const acct = await english();
    const card = (await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.visa) } }))
      .body;
    const { processor_ref: ref } = await api.deps.db('cards').where({ id: card.id }).first('processor_ref');
    expect((await fetch(`${processorUrl()}/sandbox/cards/${ref}/forget`, { method: 'POST' })).status).toBe(204);
    const order = await orderTopup(api, acct.token, { method: 'registered_card', amount: 4_000, cardId: card.id });
    // Not the processor's own code (token_not_found): one of ours, which the portal and the mail explain.
    expect((await waitForStatus(api, acct.token, order.id, 'failed')).failureReason).toBe('card_not_on_file');
    expect((await waitForMail(acct.email, 'could not be completed')).text).toContain('Please register the card again');
  });

  it("removes a card; another account's card is not found", async () => {
    const acct = await english();
    const other = await english();
    const card = (
      await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.mastercard) } })
    ).body;
    expect((await api.request('DELETE', `/v1/prepaid/cards/${card.id}`, { token: other.token })).status).toBe(404);
    expect(
      (
        await api.request('POST', '/v1/prepaid/topups', {
          token: other.token,
          body: { method: 'registered_card', amount: 2_000, cardId: card.id },
        })
      ).status,
    ).toBe(404);
    expect((await api.request('DELETE', `/v1/prepaid/cards/${card.id}`, { token: acct.token })).status).toBe(204);
    expect((await api.request('GET', '/v1/prepaid/cards', { token: acct.token })).body.items).toEqual([]);
  });
});

describe('3-D Secure sandbox page', () => {
  it('shows a page a person can pass or fail', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 1_000, cardToken: await tokenize(CARDS.visa) });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_3ds');
    const page = await fetch(waiting.nextAction.url);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Authenticate (pass)');
    expect(waiting.nextAction.url.startsWith(processorUrl())).toBe(true);
    // Opened without the portal's way back (return_url), the issuer's page shows the result itself.
    const bare = new URL(waiting.nextAction.url);
    bare.searchParams.delete('return_url');
    const form = await fetch(bare, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'result=pass',
    });
    expect(await form.text()).toContain('succeeded');
    await waitForStatus(api, acct.token, order.id, 'credited');
  });
});
