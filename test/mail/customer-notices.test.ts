import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDevicesOrderActivities } from '../../activities/devices/devices-order.activities';
import { createMailService } from '../../activities/mail/mail-service';
import { createTopupMailActivities } from '../../activities/prepaid/topup-mail.activities';
import { createServicesOrderActivities } from '../../activities/telephony/services-order.activities';
import { createSmtpTransport, type MailTransport } from '../../lib/mailer';
import { domainMailTemplates } from '../../modules';
import { devicesOrderWorkflowId } from '../../workflows/devices/contract';
import { servicesOrderWorkflowId } from '../../workflows/telephony/contract';
import { topupWorkflowId } from '../../workflows/prepaid/contract';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { mailsTo, waitForMail, type CaughtMail } from '../support/mail';
import { customerWithCircle, holdAnyNumber, waitForOrder } from '../support/services';
import { CARDS, orderTopup, sandboxPost, tokenize, waitForStatus } from '../support/topup';
import { fundedAccount, placeOrder, SHIP_TO, waitForOrderStatus } from '../devices/devices-fixtures';

let api: TestApi;
let transport: MailTransport;
beforeAll(async () => {
  api = await startTestApi();
  transport = createSmtpTransport(api.deps.config.mail.smtpUrl);
});
afterAll(async () => {
  transport.close();
  await api.close();
});

/** The worker's mail service, for calling a mail activity again as a retry or a replay would. */
const mailService = () =>
  createMailService({
    outbox: api.deps.stores.outbox,
    accounts: api.deps.stores.accounts,
    transport,
    from: api.deps.config.mail.from,
    templates: domainMailTemplates(),
  });

const unused = {} as never;
const devicesActivities = () =>
  createDevicesOrderActivities({
    stores: api.deps.stores,
    mail: mailService(),
    parcel: unused,
    secret: api.deps.config.secret,
    publicBaseUrl: api.deps.config.publicBaseUrl,
  });
const servicesActivities = () =>
  createServicesOrderActivities({
    stores: api.deps.stores,
    mail: mailService(),
    pbx: unused,
    carrier: unused,
    secret: api.deps.config.secret,
    loginServer: 'sip.test',
    publicBaseUrl: api.deps.config.publicBaseUrl,
  });

/** A model of its own, so that stock counts are not shared with other tests. */
async function testModel(price: number): Promise<string> {
  const code = `N${randomUUID().slice(0, 8).toUpperCase()}`;
  await api.deps.db('device_models').insert({
    code,
    maker: 'Test',
    name: code,
    features: JSON.stringify({ ja: ['テスト'], en: ['test'] }),
    sip_accounts: 2,
    warranty_months: 6,
    price,
    stock: 10,
    sort_order: 99,
  });
  return code;
}

/** Mails to the address whose subject is exactly this one. */
const mailsWithSubject = async (address: string, subject: string) => (await mailsTo(address)).filter((m) => m.subject === subject);

/** Waits for the workflow to end, then expects exactly one mail with the subject; returns it. */
async function theOnlyMail(address: string, subject: string, workflowId: string): Promise<CaughtMail> {
  await waitForMail(address, subject);
  await api.deps.temporal.workflow.getHandle(workflowId).result();
  const found = await mailsWithSubject(address, subject);
  expect(found, `mails "${subject}" to ${address}`).toHaveLength(1);
  return found[0]!;
}

/** Outbox rows of one idempotency key (a retried activity must not add a second). */
const outboxRows = async (key: string) =>
  Number((await api.deps.db('mail_outbox').where({ idempotency_key: key }).count({ n: '*' }))[0]!.n);

/**
 * Latin words left in a Japanese mail once the parts that are Latin by nature are taken out (URLs,
 * IDs, model codes, the product name): a Japanese mail carries no English words or enum values.
 */
function latinWordsIn(text: string, allowed: string[]): string[] {
  let rest = text.replace(/https?:\/\/\S+/g, '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '');
  for (const a of [...allowed, 'クラウドPBX']) rest = rest.split(a).join('');
  return rest.match(/[A-Za-z_]{2,}/g) ?? [];
}

describe('customer notices by mail', () => {
  it('mails a device order received, once, in the customer language', async () => {
    const model = await testModel(9_800);
    const ja = await fundedAccount(api, 50_000, 'ja');
    const en = await fundedAccount(api, 50_000, 'en');
    const jaOrder = await placeOrder(api, ja.token, { model, quantity: 2 });
    const enOrder = await placeOrder(api, en.token, { model, quantity: 2 });
    for (const [acct, order] of [
      [ja, jaOrder],
      [en, enOrder],
    ] as const)
      await waitForOrderStatus(api, acct.token, order.id, 'picking');

    const jaSubject = '【クラウドPBX】機器のご注文を受け付けました';
    await waitForMail(ja.email, jaSubject);
    const jaMail = (await mailsWithSubject(ja.email, jaSubject))[0]!;
    expect(jaMail.text).toContain(`ご注文番号: ${jaOrder.id}`);
    expect(jaMail.text).toContain(`${model} × 2台（単価 9,800円、税抜）`);
    expect(jaMail.text).toContain('小計: 19,600円\n消費税: 1,960円\n合計（税込）: 21,560円');
    expect(jaMail.text).toContain('お支払い後の残高: 28,440円');
    expect(jaMail.text).toContain(`〒${SHIP_TO.postalCode}\n  ${SHIP_TO.address}\n  ${SHIP_TO.name} 様\n  電話: ${SHIP_TO.phone}`);
    expect(jaMail.text).toContain('発送しましたら、配送業者と追跡番号をメールでお知らせします');
    expect(jaMail.text).toContain(`${api.deps.config.publicBaseUrl}/orders/${jaOrder.id}`);
    expect(latinWordsIn(jaMail.text, [model])).toEqual([]);

    const enSubject = '[Cloud PBX] We received your device order';
    await waitForMail(en.email, enSubject);
    const enMail = (await mailsWithSubject(en.email, enSubject))[0]!;
    expect(enMail.text).toContain(`Dear ${en.name},`);
    expect(enMail.text).toContain(`Device: ${model} x 2 (¥9,800 each, tax excluded)`);
    expect(enMail.text).toContain('Subtotal: ¥19,600\nConsumption tax: ¥1,960\nTotal (tax included): ¥21,560');
    expect(enMail.text).toContain('Balance after payment: ¥28,440');
    expect(enMail.text).toContain(SHIP_TO.address);
    expect(enMail.text).toContain('When it ships, we mail you the carrier and tracking number');
    expect(await mailsWithSubject(en.email, jaSubject)).toEqual([]);

    // A retried activity (or a replayed workflow) sends it again under the same key: nothing new goes out.
    await devicesActivities().mailDevicesOrderNotice({ orderId: jaOrder.id, notice: 'received' });
    expect(await mailsWithSubject(ja.email, jaSubject)).toHaveLength(1);
    expect(await outboxRows(`devices:${jaOrder.id}:received`)).toBe(1);
    expect(await mailsWithSubject(en.email, enSubject)).toHaveLength(1);
  });

  it('mails an order failed with the reason in words and what was refunded, once, in the customer language', async () => {
    // A services order the carrier fails (Japanese customer): refunded to the balance.
    const c = await customerWithCircle(api, 100_000);
    expect((await api.request('PATCH', '/v1/account', { token: c.token, body: { language: 'ja' } })).status).toBe(200);
    const bad = await holdAnyNumber(api, c.token, 'kind=freecall&areaCode=0800');
    await fetch(`${inject('sandboxUrl')}/carrier/_control/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: bad.number, reason: 'number_blocked' }),
    });
    const placed = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, numberIds: [bad.id] },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const order = await waitForOrder(api, c.token, placed.body.id);
    expect(order.status).toBe('failed');
    const jaMail = await theOnlyMail(c.email, '【クラウドPBX】ご注文を完了できませんでした', servicesOrderWorkflowId(order.id));
    expect(jaMail.text).toContain('ユニーク・電話番号のご注文を完了できませんでした');
    expect(jaMail.text).toContain('理由: 通信事業者が電話番号を開通できませんでした。');
    expect(jaMail.text).toContain(`開通できなかった電話番号: ${bad.numberDisplay}`);
    expect(jaMail.text).toContain(`お支払いいただいた${order.total.toLocaleString('ja-JP')}円は、プリペイド残高に返金しました。`);
    expect(jaMail.text).toContain(`${bad.numberDisplay} (フリーコール)`);
    expect(jaMail.text).not.toContain('NumberActivationFailed');
    expect(latinWordsIn(jaMail.text, ['クラウドFAX'])).toEqual([]);

    // A top-up the card issuer declines (English customer): nothing was charged.
    const en = await signUp(api, { language: 'en' });
    const topup = await orderTopup(api, en.token, { method: 'card', amount: 3_000, cardToken: await tokenize(CARDS.decline) });
    const waiting = await waitForStatus(api, en.token, topup.id, 'awaiting_3ds');
    expect((await sandboxPost(waiting.nextAction.url, { result: 'pass' })).status).toBe(200);
    expect((await waitForStatus(api, en.token, topup.id, 'failed')).failureReason).toBe('card_declined');
    const enMail = await theOnlyMail(en.email, '[Cloud PBX] Your top-up could not be completed', topupWorkflowId(topup.id));
    expect(enMail.text).toContain('Nothing was charged.\nReason: The card issuer declined the payment.');
    expect(enMail.text).toContain('Amount: ¥3,000');
    expect(enMail.text).not.toContain('card_declined');

    // Retries send nothing new.
    await servicesActivities().mailServicesOrderFailed({ orderId: order.id });
    await createTopupMailActivities({ stores: api.deps.stores, mail: mailService(), config: api.deps.config }).mailTopup({
      orderId: topup.id,
      kind: 'failed',
      key: `topup:${topup.id}:failed`,
    });
    expect(await mailsWithSubject(c.email, '【クラウドPBX】ご注文を完了できませんでした')).toHaveLength(1);
    expect(await mailsWithSubject(en.email, '[Cloud PBX] Your top-up could not be completed')).toHaveLength(1);
  });

  it('mails a refund to the balance with the amount, the reason and the new balance, once, in the customer language', async () => {
    // English: the carrier fails a services order, its payment goes back to the balance.
    const c = await customerWithCircle(api, 100_000);
    const bad = await holdAnyNumber(api, c.token, 'kind=freecall&areaCode=0800');
    await fetch(`${inject('sandboxUrl')}/carrier/_control/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: bad.number, reason: 'number_blocked' }),
    });
    const placed = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, numberIds: [bad.id] },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const order = await waitForOrder(api, c.token, placed.body.id);
    expect(order.status).toBe('failed');
    const enMail = await theOnlyMail(c.email, '[Cloud PBX] Refund to your prepaid balance', servicesOrderWorkflowId(order.id));
    const amount = order.total.toLocaleString('en-US');
    expect(enMail.text).toContain(
      `We refunded ¥${amount} to your prepaid balance because your order of uniques and phone numbers could not be completed.`,
    );
    expect(enMail.text).toContain(`Refunded: ¥${amount}\nTo: your prepaid balance\nBalance after the refund: ¥100,000`);

    // Japanese: a cancelled device order's payment goes back to the balance.
    const model = await testModel(1_000);
    const ja = await fundedAccount(api, 30_000, 'ja');
    const device = await placeOrder(api, ja.token, { model, quantity: 2 });
    await waitForOrderStatus(api, ja.token, device.id, 'picking');
    expect((await api.request('POST', `/v1/device-orders/${device.id}/cancel`, { token: ja.token })).status).toBe(200);
    const jaMail = await theOnlyMail(ja.email, '【クラウドPBX】プリペイド残高への返金のお知らせ', devicesOrderWorkflowId(device.id));
    expect(jaMail.text).toContain('機器のご注文のキャンセルにより、2,200円をプリペイド残高に返金しました。');
    expect(jaMail.text).toContain('返金額: 2,200円\n返金先: プリペイド残高\n返金後の残高: 30,000円');
    expect(latinWordsIn(jaMail.text, [])).toEqual([]);

    await devicesActivities().mailDevicesOrderNotice({ orderId: device.id, notice: 'cancelled' });
    expect(await mailsWithSubject(ja.email, '【クラウドPBX】プリペイド残高への返金のお知らせ')).toHaveLength(1);
    expect(await outboxRows(`devices:${device.id}:refunded`)).toBe(1);
  });

  it('mails a cancellation with what was cancelled and what was refunded, once, in the customer language', async () => {
    const model = await testModel(1_000);
    const ja = await fundedAccount(api, 30_000, 'ja');
    const en = await fundedAccount(api, 30_000, 'en');
    const jaOrder = await placeOrder(api, ja.token, { model, quantity: 3 });
    const enOrder = await placeOrder(api, en.token, { model, quantity: 1 });
    for (const [acct, order] of [
      [ja, jaOrder],
      [en, enOrder],
    ] as const) {
      await waitForOrderStatus(api, acct.token, order.id, 'picking');
      // A double click: the order is cancelled, and mailed, once.
      const [a, b] = await Promise.all([
        api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token }),
        api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
    }

    const jaMail = await theOnlyMail(ja.email, '【クラウドPBX】ご注文をキャンセルしました', devicesOrderWorkflowId(jaOrder.id));
    expect(jaMail.text).toContain('ご依頼により、機器のご注文をキャンセルしました。');
    expect(jaMail.text).toContain('お支払いいただいた3,300円は、プリペイド残高に返金しました。');
    expect(jaMail.text).toContain(`ご注文の内容:\n  - ${model} × 3台`);
    expect(latinWordsIn(jaMail.text, [model])).toEqual([]);

    const enMail = await theOnlyMail(en.email, '[Cloud PBX] Your order was cancelled', devicesOrderWorkflowId(enOrder.id));
    expect(enMail.text).toContain('As you asked, your device order was cancelled.');
    expect(enMail.text).toContain('The ¥1,100 you paid went back to your prepaid balance.');
    expect(enMail.text).toContain(`Items:\n  - ${model} x 1`);

    await devicesActivities().mailDevicesOrderNotice({ orderId: enOrder.id, notice: 'cancelled' });
    expect(await mailsWithSubject(en.email, '[Cloud PBX] Your order was cancelled')).toHaveLength(1);
    expect(await outboxRows(`devices:${enOrder.id}:cancelled`)).toBe(1);
  });
});
