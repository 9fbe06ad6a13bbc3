import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { signWebhook, SIGNATURE_HEADER } from '../../lib/webhook-signature';
import { startTestApi, type TestApi } from '../support/api';
import { waitForMail } from '../support/mail';
import { buyServices, customerWithCircle, holdAnyNumber, waitForOrder } from '../support/services';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const pbxEndpoint = async (uniqueId: string) =>
  fetch(`${inject('sandboxUrl')}/pbx/v1/endpoints/${uniqueId}`).then(async (r) => ({
    status: r.status,
    body: r.status === 200 ? await r.json() : null,
  }));

describe('services purchase', () => {
  it('buys two SIP terminals and a Tokyo number: debits fees + first month + 10% tax, activates all and mails thank you', async () => {
    const c = await customerWithCircle(api, 100_000);
    const number = await holdAnyNumber(api, c.token, 'kind=local&areaCode=03');
    const body = { circleId: c.circleId, uniques: { sip_terminal: 2 }, numberIds: [number.id] };
    const quote = await api.request('POST', '/v1/service-orders/quote', { token: c.token, body });
    expect(quote.status).toBe(200);
    expect(quote.body).toMatchObject({ subtotal: 6600, tax: 660, total: 7260, balance: 100_000, currency: 'JPY', sufficient: true });
    expect(quote.body.lines).toContainEqual(
      expect.objectContaining({
        type: 'number',
        numberId: number.id,
        number: number.e164,
        numberDisplay: number.numberDisplay,
        currency: 'JPY',
      }),
    );

    const placed = await api.request('POST', '/v1/service-orders', { token: c.token, body, headers: { 'idempotency-key': randomUUID() } });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ kind: 'services', subtotal: 6600, tax: 660, total: 7260, currency: 'JPY' });
    expect(placed.headers.get('location')).toBe(`/v1/orders/${placed.body.id}`);
    const order = await waitForOrder(api, c.token, placed.body.id);
    expect(order.status).toBe('completed');
    expect(order.detail.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'unique', kind: 'sip_terminal', status: 'active' }),
        expect.objectContaining({ type: 'number', number: number.number, status: 'active' }),
      ]),
    );

    const debit = await api.deps.stores.ledger.findByKey(`services:${order.id}:debit`);
    expect(debit).toMatchObject({ amount: -7260, kind: 'purchase' });
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000 - 7260);

    const uniques = await api.request('GET', `/v1/uniques?circleId=${c.circleId}`, { token: c.token });
    expect(uniques.body.items).toHaveLength(2);
    expect(uniques.body.items.map((u: { incomingExtension: string }) => u.incomingExtension).sort()).toEqual(['200', '201']);
    const numbers = await api.request('GET', '/v1/numbers', { token: c.token });
    expect(numbers.body.items).toEqual([
      expect.objectContaining({
        id: number.id,
        number: number.e164,
        status: 'active',
        circleId: c.circleId,
        monthlyFee: 1100,
        currency: 'JPY',
      }),
    ]);

    const mail = await waitForMail(c.email, 'Thank you for your purchase');
    expect(mail.text).toContain(number.number);
    for (const u of uniques.body.items) expect(mail.text).toContain(u.code);
    expect(mail.text).toContain('Total: ¥7,260');

    const creds = await api.request('POST', `/v1/service-orders/${order.id}/credentials`, { token: c.token });
    expect(creds.status).toBe(200);
    expect(creds.body.items).toHaveLength(2);
    for (const cred of creds.body.items) {
      expect(cred.sipPassword.length).toBeGreaterThanOrEqual(16);
      expect((await pbxEndpoint(cred.id)).body).toMatchObject({
        sipUser: cred.sipUser,
        sipPassword: cred.sipPassword,
        loginServer: cred.loginServer,
      });
      const row = await api.deps.db('uniques').where({ id: cred.id }).first();
      expect(row.sip_password_enc).not.toContain(cred.sipPassword);
    }
    const again = await api.request('POST', `/v1/service-orders/${order.id}/credentials`, { token: c.token });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('credentials_already_shown');

    const history = await api.request('GET', `/v1/service-history?circleId=${c.circleId}`, { token: c.token });
    expect(history.body.items.filter((h: { action: string }) => h.action === 'purchased')).toHaveLength(3);
    expect(history.body.items).toContainEqual(
      expect.objectContaining({ itemType: 'number', label: number.e164, labelDisplay: number.numberDisplay, currency: 'JPY' }),
    );
    expect(history.body.nextCursor).toBeNull();
  });

  it('refuses an order the balance cannot pay up front, naming the amount and the balance; nothing is debited', async () => {
    const c = await customerWithCircle(api, 1000);
    const number = await holdAnyNumber(api, c.token, 'kind=special');
    const res = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, numberIds: [number.id] },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('insufficient_balance');
    // special number: 4,400 initial + 1,100 first month + 10% tax
    expect(res.body.params).toMatchObject({ required: 6050, balance: 1000 });
    expect(res.body.detail).toContain('¥6,050');
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(1000);
    expect((await api.request('GET', '/v1/orders', { token: c.token })).body.items).toEqual([]);
    const row = await api.deps.db('phone_numbers').where({ id: number.id }).first();
    expect(row).toMatchObject({ status: 'held', order_id: null, account_id: null });
  });

  it('when the carrier refuses every number of an order that has nothing else: refunds, keeps them out of stock and reports each line', async () => {
    // A number refused beside other lines fails only its own line: test/telephony/refused-number-line.test.ts.
    const c = await customerWithCircle(api, 100_000);
    const first = await holdAnyNumber(api, c.token, 'kind=freecall&areaCode=0120');
    const second = await holdAnyNumber(api, c.token, 'kind=freecall&areaCode=0800');
    for (const bad of [first, second])
      await fetch(`${inject('sandboxUrl')}/carrier/_control/fail`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ number: bad.number, reason: 'number_blocked' }),
      });
    const placed = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, numberIds: [first.id, second.id] },
    });
    expect(placed.status).toBe(201);
    const order = await waitForOrder(api, c.token, placed.body.id);
    expect(order.status).toBe('failed');
    expect(order.failureReason).toContain('NumberActivationFailed');
    expect(order.failureReason).toContain(second.number);
    expect(order.detail.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'number', id: first.id, status: 'failed', reason: 'number_blocked' }),
        expect.objectContaining({ type: 'number', id: second.id, status: 'failed', reason: 'number_blocked' }),
      ]),
    );
    expect(order.refunded).toBe(4840);

    const entries = await api.deps.stores.ledger.history(c.accountId, { limit: 10 });
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([
      ['refund', 4840],
      ['purchase', -4840],
      ['adjustment', 100_000],
    ]);
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000);
    for (const bad of [first, second]) expect((await api.deps.db('phone_numbers').where({ id: bad.id }).first()).status).toBe('failed');
  });

  it('places a duplicate submission (same Idempotency-Key) once: one order, one debit', async () => {
    const c = await customerWithCircle(api, 100_000);
    const key = randomUUID();
    const body = { circleId: c.circleId, uniques: { ymobile: 1 } };
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.request('POST', '/v1/service-orders', { token: c.token, body, headers: { 'idempotency-key': key } }),
      ),
    );
    expect(
      results.every((r) => r.status === 201 || r.status === 409),
      JSON.stringify(results.map((r) => [r.status, r.body])),
    ).toBe(true);
    const replay = await api.request('POST', '/v1/service-orders', { token: c.token, body, headers: { 'idempotency-key': key } });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    await waitForOrder(api, c.token, replay.body.id);
    const orders = await api.request('GET', '/v1/orders?kind=services', { token: c.token });
    expect(orders.body.items.map((o: { id: string }) => o.id)).toEqual([replay.body.id]);
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000 - 2420);
  });

  it('answers a retry whose first attempt placed the order (key released after a server failure) with that order', async () => {
    const c = await customerWithCircle(api, 100_000);
    const number = await holdAnyNumber(api, c.token, 'kind=local&areaCode=03');
    const key = randomUUID();
    const body = { circleId: c.circleId, uniques: { sip_terminal: 1 }, numberIds: [number.id] };
    const first = await api.request('POST', '/v1/service-orders', { token: c.token, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect((await waitForOrder(api, c.token, first.body.id)).status).toBe('completed');
    // A failure after the workflow started releases the key, so the client's retry runs again; by
    // then the number has left the cart and the balance was debited.
    await api.deps.db('idempotency_keys').where({ key }).delete();
    const retry = await api.request('POST', '/v1/service-orders', { token: c.token, body, headers: { 'idempotency-key': key } });
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(retry.body).toMatchObject({ id: first.body.id, status: 'completed' });
    const orders = await api.request('GET', '/v1/orders?kind=services', { token: c.token });
    expect(orders.body.items.map((o: { id: string }) => o.id)).toEqual([first.body.id]);
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000 - first.body.total);
    // Without the key the same body is a new request, and the cart no longer has the number.
    const fresh = await api.request('POST', '/v1/service-orders', { token: c.token, body, headers: { 'idempotency-key': randomUUID() } });
    expect(fresh.status).toBe(422);
    expect(fresh.body).toMatchObject({ code: 'number_not_held' });
  });

  it('refuses an overseas number, even of a country without a price, pointing to the overseas number order', async () => {
    const c = await customerWithCircle(api, 100_000);
    // Held before the cart refused overseas numbers (the cart's own refusal: overseas-number-order.test.ts).
    const [stock] = await api.deps.stores.numbers.search({ kind: 'overseas', country: 'AU', limit: 1 });
    const au = await api.deps.stores.numbers.hold(c.accountId, stock!.id, randomUUID(), 600);
    const res = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, numberIds: [au.id] },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'overseas_number_separate_order', field: 'body.numberIds' });
    expect(res.body.detail).toContain('/v1/overseas-number-orders');
  });

  it("shows another account's order, uniques and circle as missing (404)", async () => {
    const owner = await customerWithCircle(api, 100_000);
    const other = await customerWithCircle(api, 100_000);
    const { order } = await buyServices(api, owner, { uniques: { sip_terminal: 1 } });
    const [unique] = (await api.request('GET', '/v1/uniques', { token: owner.token })).body.items;
    expect((await api.request('GET', `/v1/orders/${order.id}`, { token: other.token })).status).toBe(404);
    expect((await api.request('POST', `/v1/service-orders/${order.id}/credentials`, { token: other.token })).status).toBe(404);
    expect((await api.request('GET', `/v1/uniques/${unique.id}/settings`, { token: other.token })).status).toBe(404);
    expect((await api.request('PATCH', `/v1/uniques/${unique.id}/settings`, { token: other.token, body: { name: 'x' } })).status).toBe(404);
    expect((await api.request('POST', `/v1/uniques/${unique.id}/cancellation`, { token: other.token })).status).toBe(404);
    const intoOtherCircle = await api.request('POST', '/v1/service-orders', {
      token: other.token,
      body: { circleId: owner.circleId, uniques: { sip_terminal: 1 } },
    });
    expect(intoOtherCircle.status).toBe(404);
  });

  it('refuses to remove a circle that still has active uniques', async () => {
    const c = await customerWithCircle(api, 100_000);
    await buyServices(api, c, { uniques: { sip_terminal: 1 } });
    const res = await api.request('DELETE', `/v1/circles/${c.circleId}`, { token: c.token });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('circle_has_active_services');
  });

  it('accepts only signed carrier webhooks and treats a redelivered event as a duplicate', async () => {
    const body = JSON.stringify({
      id: `evt_${randomUUID()}`,
      type: 'number.activated',
      createdAt: new Date().toISOString(),
      data: { reference: `${randomUUID()}:${randomUUID()}`, number: '0367009999' },
    });
    const unsigned = await api.request('POST', '/v1/webhooks/carrier', { rawBody: body, headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(401);
    const forged = await api.request('POST', '/v1/webhooks/carrier', {
      rawBody: body,
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook('not-the-secret-0123456789', body) },
    });
    expect(forged.status).toBe(401);
    const signed = {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signWebhook(api.deps.config.parties.carrier.webhookSecret, body),
    };
    const first = await api.request('POST', '/v1/webhooks/carrier', { rawBody: body, headers: signed });
    expect(first.body).toEqual({ received: true, duplicate: false });
    const again = await api.request('POST', '/v1/webhooks/carrier', { rawBody: body, headers: signed });
    expect(again.body).toEqual({ received: true, duplicate: true });
  });
});
