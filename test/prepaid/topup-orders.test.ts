import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLowBalanceCheck } from '../../activities/prepaid/low-balance';
import { createMailService } from '../../activities/mail/mail-service';
import { createSmtpTransport, type MailTransport } from '../../lib/mailer';
import { signUp, staffLogin, startTestApi, type TestApi, allPages } from '../support/api';
import { mailsTo, waitForMail } from '../support/mail';
import { CARDS, orderTopup, processorUrl, sandboxPost, tokenize, topupCredits, waitForStatus } from '../support/topup';
import { domainMailTemplates } from '../../modules';

let api: TestApi;
let shortApi: TestApi;
let transport: MailTransport;
beforeAll(async () => {
  api = await startTestApi();
  // A payment window of 3 seconds, to see expiry and late payments in real time.
  shortApi = await startTestApi({ TOPUP_PAYMENT_WAIT_DAYS: String(3 / 86_400) });
  transport = createSmtpTransport(api.deps.config.mail.smtpUrl);
});
afterAll(async () => {
  transport.close();
  await api.close();
  await shortApi.close();
});

const english = () => signUp(api, { language: 'en' });

describe('top-up amount ranges', () => {
  const ranges = [
    { method: 'card', min: 1_000, max: 5_000_000, text: '1,000 to 5,000,000 yen' },
    { method: 'registered_card', min: 1_000, max: 5_000_000, text: '1,000 to 5,000,000 yen' },
    { method: 'net_bank', min: 1_000, max: 5_000_000, text: '1,000 to 5,000,000 yen' },
    { method: 'konbini', min: 2_000, max: 299_999, text: '2,000 to 299,999 yen' },
    { method: 'bank_transfer', min: 1, max: 5_000_000, text: '1 to 5,000,000 yen' },
  ] as const;

  for (const r of ranges) {
    it(`refuses a ${r.method} top-up 1 yen outside ${r.text} with 422 naming the range, and accepts the limits`, async () => {
      const acct = await english();
      const card = (await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.visa) } }))
        .body;
      const extra = async () =>
        r.method === 'card' ? { cardToken: await tokenize(CARDS.visa) } : r.method === 'registered_card' ? { cardId: card.id } : {};
      for (const amount of [r.min - 1, r.max + 1]) {
        const res = await api.request('POST', '/v1/prepaid/topups', {
          token: acct.token,
          body: { method: r.method, amount, ...(await extra()) },
          headers: { 'accept-language': 'en' },
        });
        expect(res.status).toBe(422);
        expect(res.body).toMatchObject({ code: 'topup_amount_out_of_range', field: 'body.amount', params: { min: r.min, max: r.max } });
        expect(res.body.detail).toContain(r.text);
      }
      for (const amount of [r.min, r.max]) {
        const created = await orderTopup(api, acct.token, { method: r.method, amount, ...(await extra()) });
        expect(created.amount).toBe(amount);
        if (r.method !== 'registered_card') await api.request('POST', `/v1/prepaid/topups/${created.id}/cancel`, { token: acct.token });
      }
    });
  }

  it('names the range in Japanese by default', async () => {
    const acct = await signUp(api);
    const res = await api.request('POST', '/v1/prepaid/topups', { token: acct.token, body: { method: 'konbini', amount: 300_000 } });
    expect(res.body.detail).toBe('コンビニでのチャージは2,000円〜299,999円の範囲で指定してください。');
  });

  it('takes the typed amount over the preset one, and offers the presets and ranges', async () => {
    const acct = await english();
    const options = (await api.request('GET', '/v1/prepaid/topup-options', { token: acct.token })).body;
    expect(options.presets).toContain(3_000);
    expect(options.currency).toBe('JPY');
    expect(options.methods).toContainEqual({ method: 'konbini', min: 2_000, max: 299_999, currency: 'JPY' });
    const typed = await orderTopup(api, acct.token, { method: 'bank_transfer', presetAmount: 3_000, amount: 7_777 });
    expect(typed.amount).toBe(7_777);
    // The 201 already says what to do next: the workflow answers the placement once its payment step wrote it.
    expect(typed).toMatchObject({ status: 'awaiting_transfer', nextAction: { type: 'bank_transfer', amount: 7_777 } });
    const preset = await orderTopup(api, acct.token, { method: 'bank_transfer', presetAmount: 3_000 });
    expect(preset.amount).toBe(3_000);
    const unknown = await api.request('POST', '/v1/prepaid/topups', {
      token: acct.token,
      body: { method: 'bank_transfer', presetAmount: 3_001 },
    });
    expect(unknown.body.code).toBe('topup_preset_unknown');
    for (const o of [typed, preset]) await api.request('POST', `/v1/prepaid/topups/${o.id}/cancel`, { token: acct.token });
  });
});

describe('prepaid history', () => {
  it('lists every top-up with method, status and amounts, newest first', async () => {
    const acct = await english();
    const card = await orderTopup(api, acct.token, { method: 'card', amount: 2_000, cardToken: await tokenize(CARDS.noThreeDs.diners) });
    await waitForStatus(api, acct.token, card.id, 'credited');
    const konbini = await orderTopup(api, acct.token, { method: 'konbini', amount: 4_000 });
    await waitForStatus(api, acct.token, konbini.id, 'awaiting_payment');
    const items = (await api.request('GET', '/v1/prepaid/topups', { token: acct.token })).body.items;
    expect(items.map((t: any) => [t.id, t.method, t.status, t.amount, t.currency, t.creditedAmount])).toEqual([
      [konbini.id, 'konbini', 'awaiting_payment', 4_000, 'JPY', 0],
      [card.id, 'card', 'credited', 2_000, 'JPY', 2_000],
    ]);
    // Paged by cursor, newest first, one at a time.
    const first = (await api.request('GET', '/v1/prepaid/topups?limit=1', { token: acct.token })).body;
    expect(first.items.map((t: any) => t.id)).toEqual([konbini.id]);
    const second = (await api.request('GET', `/v1/prepaid/topups?limit=1&cursor=${first.nextCursor}`, { token: acct.token })).body;
    expect(second).toEqual({ items: [expect.objectContaining({ id: card.id })], nextCursor: null });
    const other = await english();
    expect((await api.request('GET', '/v1/prepaid/topups', { token: other.token })).body.items).toEqual([]);
    expect((await api.request('GET', `/v1/prepaid/topups/${card.id}`, { token: other.token })).status).toBe(404);
  });
});

describe('expiry and late payment', () => {
  it('expires an unpaid net-bank order with a mail; a transfer arriving later goes to review, never lost', async () => {
    const acct = await signUp(shortApi, { language: 'en' });
    const operator = await staffLogin(shortApi, 'operator');
    const order = await orderTopup(shortApi, acct.token, { method: 'net_bank', amount: 6_000 });
    const waiting = await waitForStatus(shortApi, acct.token, order.id, 'awaiting_payment');
    await waitForStatus(shortApi, acct.token, order.id, 'expired', 20_000);
    await waitForMail(acct.email, 'payment deadline passed');
    await sandboxPost(`${processorUrl()}/sandbox/virtual-accounts/${waiting.nextAction.accountNumber}/transfer`, { amount: 6_000 });
    await waitForStatus(shortApi, acct.token, order.id, 'in_review');
    expect(await topupCredits(shortApi, acct.accountId)).toEqual([]);
    const review = (await allPages(shortApi, '/v1/operator/reviews', operator)).find((r: { orderId: string }) => r.orderId === order.id);
    expect(review).toMatchObject({ reason: 'late_payment', expectedAmount: 6_000, receivedAmount: 6_000 });
    await shortApi.request('POST', `/v1/operator/reviews/${review.id}/resolve`, { token: operator, body: { action: 'credit' } });
    expect((await waitForStatus(shortApi, acct.token, order.id, 'credited')).creditedAmount).toBe(6_000);
  });

  it('sends a payment after the customer cancelled to review as well', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'net_bank', amount: 2_500 });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    expect((await api.request('POST', `/v1/prepaid/topups/${order.id}/cancel`, { token: acct.token })).body.status).toBe('cancelled');
    await sandboxPost(`${processorUrl()}/sandbox/virtual-accounts/${waiting.nextAction.accountNumber}/transfer`, { amount: 2_500 });
    expect((await waitForStatus(api, acct.token, order.id, 'in_review')).status).toBe('in_review');
  });
});

describe('prepaid settings, low-balance notice and auto top-up', () => {
  const check = () =>
    createLowBalanceCheck({
      stores: api.deps.stores,
      mail: createMailService({
        outbox: api.deps.stores.outbox,
        accounts: api.deps.stores.accounts,
        transport,
        from: api.deps.config.mail.from,
        templates: domainMailTemplates(),
      }),
      config: api.deps.config,
      temporal: () => api.deps.temporal,
    });

  it('refuses auto top-up without a threshold, a card, or an amount in the card range', async () => {
    const acct = await english();
    const card = (await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.visa) } }))
      .body;
    const put = (body: unknown) => api.request('PUT', '/v1/prepaid/settings', { token: acct.token, body });
    expect((await put({ lowBalanceThreshold: null, autoTopup: { enabled: true, amount: 5_000, cardId: card.id } })).body.code).toBe(
      'auto_topup_needs_threshold',
    );
    expect((await put({ lowBalanceThreshold: 1_000, autoTopup: { enabled: true, amount: 5_000, cardId: null } })).body.code).toBe(
      'auto_topup_card_required',
    );
    expect((await put({ lowBalanceThreshold: 1_000, autoTopup: { enabled: true, amount: 999, cardId: card.id } })).body.code).toBe(
      'topup_amount_out_of_range',
    );
    const ok = await put({ lowBalanceThreshold: 1_000, autoTopup: { enabled: true, amount: 5_000, cardId: card.id } });
    expect(ok.body).toEqual({
      lowBalanceThreshold: 1_000,
      currency: 'JPY',
      autoTopup: { enabled: true, amount: 5_000, currency: 'JPY', cardId: card.id },
    });
    expect((await api.request('GET', '/v1/prepaid/settings', { token: acct.token })).body).toEqual(ok.body);
  });

  it('mails once per crossing below the threshold', async () => {
    const acct = await english();
    await api.request('PUT', '/v1/prepaid/settings', {
      token: acct.token,
      body: { lowBalanceThreshold: 3_000, autoTopup: { enabled: false, amount: null, cardId: null } },
    });
    const ledger = api.deps.stores.ledger;
    await ledger.post({
      accountId: acct.accountId,
      amount: 5_000,
      kind: 'adjustment',
      reference: 'test',
      idempotencyKey: `adj:${acct.accountId}`,
    });
    expect((await check()(acct.accountId)).below).toBe(false);
    await ledger.post({
      accountId: acct.accountId,
      amount: -2_500,
      kind: 'call_charge',
      reference: 'test',
      idempotencyKey: `d1:${acct.accountId}`,
    });
    expect(await check()(acct.accountId)).toMatchObject({ below: true, notified: true, autoTopupOrderId: null });
    await ledger.post({
      accountId: acct.accountId,
      amount: -100,
      kind: 'call_charge',
      reference: 'test',
      idempotencyKey: `d2:${acct.accountId}`,
    });
    expect(await check()(acct.accountId)).toMatchObject({ below: true, notified: false });
    await waitForMail(acct.email, 'balance is low');
    expect((await mailsTo(acct.email)).filter((m) => m.subject.includes('balance is low'))).toHaveLength(1);
  });

  it('starts an automatic top-up by the registered card when the balance falls below the threshold', async () => {
    const acct = await english();
    const card = (
      await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.mastercard) } })
    ).body;
    await api.request('PUT', '/v1/prepaid/settings', {
      token: acct.token,
      body: { lowBalanceThreshold: 2_000, autoTopup: { enabled: true, amount: 10_000, cardId: card.id } },
    });
    await api.deps.stores.ledger.post({
      accountId: acct.accountId,
      amount: 1_500,
      kind: 'adjustment',
      reference: 'test',
      idempotencyKey: `adj:${acct.accountId}`,
    });
    const result = await check()(acct.accountId);
    expect(result.autoTopupOrderId).toEqual(expect.any(String));
    const done = await waitForStatus(api, acct.token, result.autoTopupOrderId!, 'credited');
    expect(done).toMatchObject({ method: 'registered_card', auto: true, creditedAmount: 10_000 });
    expect((await api.request('GET', '/v1/prepaid/balance', { token: acct.token })).body.balance).toBe(11_500);
    const mail = await waitForMail(acct.email, 'balance is low');
    expect(mail.text).toContain('automatic top-up of ¥10,000');
    // Back above the threshold: the next fall is a new crossing.
    expect((await api.deps.db('prepaid_settings').where({ account_id: acct.accountId }).first()).low_notified_at).toBeNull();
  });
});
