import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { telephonyMailTemplates } from '../../activities/telephony/services-mail-templates';
import { computeTotals } from '../../domain/money';
import type { ServicesLine } from '../../domain/telephony/catalog';
import { refundForRefusedNumbers } from '../../domain/telephony/refused-lines';
import { startTestApi, type TestApi } from '../support/api';
import { mailsTo, waitForMail } from '../support/mail';
import { customerWithCircle, holdAnyNumber, waitForOrder } from '../support/services';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const carrierRefuses = (number: string, reason: string) =>
  fetch(`${inject('sandboxUrl')}/carrier/_control/fail`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number, reason }),
  });

const numberLine = (numberId: string, amount: number): ServicesLine => ({
  type: 'number',
  numberId,
  number: `03${numberId}`,
  kind: 'local',
  country: 'JP',
  monthlyFee: amount,
  initialFee: 0,
  amount,
});

describe('a number the carrier refuses', () => {
  it('is refunded as the paid total minus the total of what is kept, the tax rounded once per order (never a yen twice)', () => {
    // Two lines of ¥1,005: paid 2,010 + tax floor(201.0) = 2,211.
    const items = [numberLine('1', 1005), numberLine('2', 1005)];
    const paid = computeTotals(items.map((l) => ({ amount: l.amount, taxRate: 10 })));
    expect(paid).toMatchObject({ subtotal: 2010, tax: 201, total: 2211 });
    // Line 2 refused: kept 1,005 + tax floor(100.5) = 1,105; refund = 2,211 - 1,105 = 1,106.
    const r = refundForRefusedNumbers(items, paid, ['2']);
    expect(r.totalsAfter).toMatchObject({ subtotal: 1005, tax: 100, total: 1105 });
    expect(r.amount).toBe(2211 - 1105);
    expect(r.amount).toBe(1106);
    // What the customer keeps paying plus the refund is exactly what was paid.
    expect(r.totalsAfter.total + r.amount).toBe(paid.total);
    expect(r.kept.map((l) => l.type === 'number' && l.numberId)).toEqual(['1']);
    expect(r.refused.map((l) => l.type === 'number' && l.numberId)).toEqual(['2']);
  });

  it('a number the carrier refuses fails only its own line: the rest completes, the line is refunded with its tax share, tax rounded once per order, the customer is mailed what was bought, refused and refunded', async () => {
    const c = await customerWithCircle(api, 100_000);
    const good = await holdAnyNumber(api, c.token, 'kind=local&areaCode=03');
    const bad = await holdAnyNumber(api, c.token, 'kind=freecall&areaCode=0800');
    await carrierRefuses(bad.number, 'number_blocked');
    const placed = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, uniques: { cloud_fax: 1 }, numberIds: [good.id, bad.id] },
    });
    expect(placed.status).toBe(201);
    // Three lines of 1,100 + 1,100: subtotal 6,600, tax 660 (once), total 7,260.
    expect(placed.body).toMatchObject({ subtotal: 6600, tax: 660, total: 7260, refunded: 0, currency: 'JPY' });

    const order = await waitForOrder(api, c.token, placed.body.id);
    expect(order.status).toBe('completed');
    expect(order.failureReason).toBeNull();
    // Kept: 4,400 + tax 440 = 4,840; refund = 7,260 - 4,840 = 2,420 (the line's 2,200 and its 220 of tax).
    expect(order).toMatchObject({ total: 7260, refunded: 7260 - 4840, currency: 'JPY' });
    expect(order.refunded).toBe(2420);
    expect(order.detail.refund).toEqual({
      numberIds: [bad.id],
      amount: 2420,
      totalsAfter: { subtotal: 4400, taxByRate: [{ rate: 10, taxable: 4400, tax: 440 }], tax: 440, total: 4840 },
      currency: 'JPY',
    });
    expect(order.detail.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'unique', kind: 'cloud_fax', status: 'active' }),
        expect.objectContaining({ type: 'number', id: good.id, status: 'active', reason: null }),
        expect.objectContaining({ type: 'number', id: bad.id, status: 'refused', reason: 'number_blocked' }),
      ]),
    );

    // The ledger: one debit of the whole order, one credit for the refused line, under its own key.
    const entries = await api.deps.stores.ledger.history(c.accountId, { limit: 10 });
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([
      ['refund', 2420],
      ['purchase', -7260],
      ['adjustment', 100_000],
    ]);
    expect(await api.deps.stores.ledger.findByKey(`services:${order.id}:refund-refused`)).toMatchObject({ amount: 2420 });
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000 - 4840);

    // The refused number is out of the order and out of stock; the rest is the circle's.
    expect(await api.deps.db('phone_numbers').where({ id: bad.id }).first()).toMatchObject({ status: 'failed', account_id: null });
    expect(await api.deps.db('phone_numbers').where({ id: good.id }).first()).toMatchObject({ status: 'active', circle_id: c.circleId });
    const uniques = await api.deps.db('uniques').where({ order_id: order.id });
    expect(uniques.map((u) => u.status)).toEqual(['active']);
    const history = await api.request('GET', `/v1/service-history?circleId=${c.circleId}`, { token: c.token });
    expect(history.body.items.map((h: { itemId: string }) => h.itemId)).not.toContain(bad.id);
    expect(history.body.items).toHaveLength(2);

    // One mail: what was bought, what was refused (with the reason) and what was refunded.
    const mail = await waitForMail(c.email, 'Thank you for your purchase (some numbers refunded)');
    expect(mail.text).toContain(`Phone numbers:\n  - ${good.number} (`);
    expect(mail.text).toContain(`Numbers the carrier refused (taken out of the order):\n  - ${bad.number} (`);
    expect(mail.text).toContain('the carrier has blocked this number');
    expect(mail.text).toContain('Total: ¥7,260 (paid from the prepaid balance)');
    expect(mail.text).toContain('Refunded: ¥2,420 (to your prepaid balance)\n= paid ¥7,260 - bought ¥4,840 (subtotal ¥4,400 + tax ¥440)');
    const mails = await mailsTo(c.email);
    expect(mails.filter((m) => m.subject.includes('Thank you for your purchase'))).toHaveLength(1);
    expect(mails.filter((m) => m.subject.includes('could not be completed'))).toEqual([]);

    // The order's webhook event stays order.completed, with what went back.
    const events = await api.deps.db('events').where({ account_id: c.accountId, resource_id: order.id });
    expect(events.map((e) => e.type)).toEqual(['order.completed']);
    expect(events[0].data).toMatchObject({ status: 'completed', total: 7260, refundedAmount: 2420 });
  });

  it('in Japanese, the same mail lists the refused number with its reason and the refund arithmetic', () => {
    const mail = telephonyMailTemplates.services_thank_you!('ja', {
      name: '山田 太郎',
      orderId: 'o-1',
      circleName: '東京オフィス',
      uniques: [],
      numbers: [{ number: '0367001234', kind: 'local' }],
      subtotal: 4400,
      tax: 440,
      total: 4840,
      portalUrl: '',
      refused: [{ number: '0800123456', kind: 'freecall', reason: 'number_blocked' }],
      refund: { amount: 2200, subtotal: 2200, tax: 220, total: 2420 },
    } as never);
    expect(mail.subject).toBe('【クラウドPBX】ご購入ありがとうございます（一部の番号は返金しました）');
    expect(mail.text).toContain('開通できなかった電話番号（ご注文から外しました）:\n  - 0800123456');
    expect(mail.text).toContain('通信事業者がこの番号の利用を停止しています');
    expect(mail.text).toContain(
      '返金額: 2,200円（プリペイド残高に返金しました）\n= お支払い 4,840円 − ご購入分 2,420円（小計 2,200円 + 消費税 220円）',
    );
  });

  it('when the carrier refuses every number of an order that has nothing else, the order fails and is fully refunded as before', async () => {
    const c = await customerWithCircle(api, 100_000);
    const bad = await holdAnyNumber(api, c.token, 'kind=freecall&areaCode=0120');
    await carrierRefuses(bad.number, 'number_blocked');
    const placed = await api.request('POST', '/v1/service-orders', { token: c.token, body: { circleId: c.circleId, numberIds: [bad.id] } });
    expect(placed.status).toBe(201);
    const order = await waitForOrder(api, c.token, placed.body.id);
    expect(order).toMatchObject({ status: 'failed', total: 2420, refunded: 2420 });
    expect(order.failureReason).toContain('NumberActivationFailed');
    expect(order.detail.lines).toEqual([expect.objectContaining({ id: bad.id, status: 'failed', reason: 'number_blocked' })]);
    const entries = await api.deps.stores.ledger.history(c.accountId, { limit: 10 });
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([
      ['refund', 2420],
      ['purchase', -2420],
      ['adjustment', 100_000],
    ]);
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000);
  });
});
