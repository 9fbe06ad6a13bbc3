import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeUnique, addCircle, fundedAccount, shipOrder } from '../devices/devices-fixtures';
import { staffLogin, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';
import { waitForMail } from '../support/mail';
import { CARDS, processorUrl } from '../support/topup';
import { chooseLanguage, expectNoHorizontalScroll, loginThroughPortal, newPortalPage, PHONE_VIEWPORT } from './support-portal';

let api: TestApi;
let browser: Browser;
let warehouse: string;
beforeAll(async () => {
  ({ api, browser } = await openBrowserStack());
  warehouse = await staffLogin(api, 'warehouse');
});
afterAll(() => closeBrowserStack({ api, browser }));

describe('portal: buying a phone pre-configured for a unique, and following it', () => {
  it("orders with device settings, follows the order to the carrier's tracking link, and sees the phone connect", async () => {
    const acct = await fundedAccount(api, 50_000, 'ja');
    const circleId = await addCircle(api, acct.token);
    const unique = await activeUnique(api, acct.accountId, circleId, { name: '受付' });

    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'account', acct.loginId, acct.password);
    await page.getByRole('link', { name: '機器', exact: true }).click();
    await page.getByText('ご購入いただいた機器はまだありません。').waitFor();
    // Other test files add models of their own to the shared catalog: this one orders the GXP1620.
    await page.locator('#dev-model').selectOption('GXP1620');
    expect(await page.getByRole('article', { name: 'Grandstream GXP1620' }).textContent()).toContain('SIPアカウント 2');
    await page.getByLabel('設定あり（選んだユニークを設定済みでお届けします）').check();
    await page.getByLabel('1台目のユニーク').selectOption(unique.id);
    await page.getByLabel('宛名').fill('テスト株式会社 総務部');
    await page.getByLabel('郵便番号').fill('150-0002');
    await page.getByLabel('住所').fill('東京都渋谷区渋谷2-1-1');
    await page.getByLabel('電話番号').fill('03-1234-5678');
    await expectAccessible(page);
    await screenshot(page, 'portal-devices-ja');

    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByRole('heading', { name: 'ご注文内容の確認' }).waitFor();
    expect(await page.locator('#dev-quote-total').textContent()).toBe('10,780円');
    await expectAccessible(page);
    await screenshot(page, 'portal-devices-confirm-ja');
    await page.getByRole('button', { name: '購入する' }).click();
    await page.getByRole('heading', { name: 'ご購入ありがとうございます' }).waitFor();

    await page.getByRole('link', { name: 'ご注文の状況を見る' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const orderId = page.url().split('/').pop()!;
    const placed = await api.request('GET', `/v1/device-orders/${orderId}`, { token: acct.token });
    expect(placed.body.devices[0].uniques).toEqual([{ slot: 1, uniqueId: unique.id, code: unique.code }]);
    expect(placed.body.detail).toMatchObject({ preconfigured: true });
    await page.locator('#dev-order-details').getByText('まだ発送していません。').waitFor();

    const shipped = await shipOrder(api, warehouse, orderId);
    await page.reload();
    await page.locator('#dev-tracking').waitFor();
    expect(await page.locator('#dev-tracking').textContent()).toBe(shipped.trackingNumber);
    expect(await page.locator('#dev-carrier').textContent()).toBe('ヤマト運輸');
    const link = page.locator('#dev-tracking-link');
    expect(await link.getAttribute('href')).toBe(
      `https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=${shipped.trackingNumber}`,
    );
    expect(await link.textContent()).toBe('ヤマト運輸のサイトで配送状況を確認');
    expect(await page.locator('#dev-order-details').textContent()).toContain('未接続（まだ設定を取得していません）');
    await expectAccessible(page);
    await screenshot(page, 'portal-devices-order-ja');

    const mail = await waitForMail(acct.email, '機器を発送しました');
    expect(mail.text).toContain(`${api.deps.config.publicBaseUrl}/orders/${orderId}`);
    expect(mail.text).toContain(`number01=${shipped.trackingNumber}`);

    // The phone fetches its configuration with the credentials on the pack slip: from then on it shows as configured.
    const prov = shipped.packSlip.devices[0].provisioning as { fileUrl: string; username: string; password: string };
    const fetched = await fetch(`${api.url}${new URL(prov.fileUrl).pathname}`, {
      headers: { authorization: `Basic ${Buffer.from(`${prov.username}:${prov.password}`).toString('base64')}` },
    });
    expect(fetched.status).toBe(200);
    await page.goto(`${api.url}/devices`);
    const unit = page.locator('#dev-owned-table tbody tr').first();
    await unit.waitFor();
    expect(await unit.textContent()).toContain('設定取得済み');
    expect(await unit.textContent()).toContain(unique.code);
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Your phones' }).waitFor();
    await page.locator('#dev-owned-table').getByText('Configured (last contact').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-devices-en');

    const phone = await newPortalPage(browser, PHONE_VIEWPORT);
    await loginThroughPortal(phone, api.url, 'account', acct.loginId, acct.password);
    await phone.goto(`${api.url}/devices`);
    await phone.locator('#dev-owned-table').waitFor();
    await phone.locator('#dev-model').waitFor();
    await expectNoHorizontalScroll(phone, 'devices on a phone');
    await screenshot(phone, 'portal-devices-phone-ja');
  });

  it('when the balance cannot pay, offers to pay directly: a card with 3-D Secure places the order, which goes to the warehouse', async () => {
    const acct = await fundedAccount(api, 1_000, 'ja');
    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'account', acct.loginId, acct.password);
    await page.goto(`${api.url}/devices`);
    await page.locator('#dev-model').selectOption('GXP1620');
    await page.getByLabel('宛名').fill('テスト株式会社');
    await page.getByLabel('郵便番号').fill('1500002');
    await page.getByLabel('住所').fill('東京都渋谷区渋谷2-1-1');
    await page.getByLabel('電話番号').fill('0312345678');
    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByText('残高が不足しています。カードやコンビニで直接お支払いいただくか、先にチャージしてください。').waitFor();
    expect(await page.getByRole('link', { name: 'チャージする' }).getAttribute('href')).toBe('/topup');
    // The balance cannot pay: the first way that can is chosen, here a new card.
    const card = page.getByLabel('クレジットカード');
    await card.waitFor();
    expect(await card.isChecked()).toBe(true);
    expect(await page.getByLabel('コンビニ').isDisabled()).toBe(false);
    // Without the card entered nothing is placed.
    await page.getByRole('button', { name: '購入する' }).click();
    await page.getByText('カード情報を入力し「このカードを使う」を押してください。').waitFor();
    expect((await api.request('GET', '/v1/devices', { token: acct.token })).body.items).toEqual([]);

    const frame = page.frameLocator('#card-entry-frame');
    await frame.getByLabel('カード番号').fill(CARDS.threeDsRequired);
    await frame.getByLabel('有効期限（年）').selectOption(String(new Date().getUTCFullYear() + 3));
    await frame.getByLabel('セキュリティコード').fill('123');
    await frame.getByRole('button', { name: 'このカードを使う' }).click();
    await page.locator('#dev-payment-card-ready', { hasText: '•••• 3220' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-devices-pay-card-ja');
    await page.getByRole('button', { name: '購入する' }).click();

    // The order page: stock held, the 3-D Secure step to pass (it leads back here).
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const orderUrl = page.url();
    const orderId = orderUrl.split('/').pop()!;
    await page.locator('#order-status[data-status="awaiting_payment"]').waitFor();
    await page.locator('#dev-payment-note').waitFor();
    const go = page.locator('#three-ds-go');
    await go.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-devices-order-3ds-ja');
    await go.click();
    await page.waitForURL((u) => u.toString().startsWith(processorUrl()));
    await page.getByRole('button', { name: 'Authenticate (pass)' }).click();
    // The issuer sends the customer back to this order's page at the portal's public address.
    await page.waitForURL(new RegExp(`/orders/${orderId}$`));
    expect(page.url()).toBe(`${api.deps.config.publicBaseUrl}/orders/${orderId}`);
    if (page.url() !== orderUrl) await page.goto(orderUrl);
    await page.locator('#order-status[data-status="picking"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#three-ds-go').count()).toBe(0);
    // Paid through the balance: the top-up credited the total and the order took it.
    expect((await api.request('GET', '/v1/prepaid/balance', { token: acct.token })).body.balance).toBe(1_000);
    const order = await api.request('GET', `/v1/device-orders/${orderId}`, { token: acct.token });
    expect(order.body).toMatchObject({ status: 'picking', payment: { method: 'card', status: 'credited' } });
    await page.close();
  });
});
