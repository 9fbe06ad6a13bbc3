import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';
import { customerWithCircle } from '../support/services';
import { PHONE_VIEWPORT, chooseLanguage, expectNoHorizontalScroll, loginThroughPortal, newPortalPage } from './support-portal';

let api: TestApi;
let browser: Browser;
beforeAll(async () => ({ api, browser } = await openBrowserStack()));
afterAll(() => closeBrowserStack({ api, browser }));

/** A circle login on the portal, for a customer with ¥100,000 of prepaid balance. */
async function circlePage(viewport?: { width: number; height: number }) {
  const c = await customerWithCircle(api, 100_000);
  const page = await newPortalPage(browser, viewport);
  await loginThroughPortal(page, api.url, 'circle', c.circleLogin, c.circlePassword);
  return { c, page };
}

/** Opens the purchase page from the menu and waits for the catalog. */
async function openPurchase(page: Page) {
  await page.locator('header nav a', { hasText: /^(購入|Purchase)$/ }).click();
  await page.locator('#buy-qty-sip_terminal').waitFor();
}

/**
 * Searches numbers of a kind and area code and puts the first one found in the cart; returns it in
 * E.164 (the rows' data-number), as the page shows it, and as stored (national digits).
 */
async function addFirstNumber(page: Page, kind: string, areaCode: string): Promise<{ e164: string; display: string; national: string }> {
  await page.locator('#buy-number-kind').selectOption(kind);
  await page.locator('#buy-area-code').fill(areaCode);
  await page.locator('#buy-search').click();
  const first = page.locator('#buy-search-results tbody tr').first();
  await first.waitFor();
  const e164 = (await first.getAttribute('data-number'))!;
  const display = (await first.locator('th').textContent())!.trim();
  await first.getByRole('button').click();
  await page.locator(`#buy-cart tr[data-number="${e164}"]`).waitFor();
  return { e164, display, national: display.replace(/-/g, '') };
}

const countdownOf = (page: Page, number: string) => page.locator(`#buy-cart tr[data-number="${number}"] .countdown`).textContent();

describe('portal: buying uniques and numbers, and the unique settings screen', () => {
  it('a customer buys one SIP unique and one 03 number, sees the order complete with the SIP credentials once, then sets the unique up', async () => {
    const { c, page } = await circlePage();
    await openPurchase(page);
    await page.getByRole('heading', { name: 'ユニーク・電話番号の購入' }).waitFor();
    await page.getByLabel('SIP端末の数量').fill('1');

    const { e164, display: number, national } = await addFirstNumber(page, 'local', '03');
    expect(national.startsWith('03')).toBe(true);
    expect(e164).toBe(`+81${national.slice(1)}`);
    const before = await countdownOf(page, e164);
    expect(before).toMatch(/^残り (29|30):\d\d$/);
    await expect.poll(() => countdownOf(page, e164), { timeout: 5_000 }).not.toBe(before);
    await page.getByRole('button', { name: `${number}の確保を延長` }).click();
    await page.locator('#buy-cart-status').getByText(`${number}の確保を延長しました。`).waitFor();

    await page.locator('#buy-review').click();
    const quote = page.locator('#buy-quote');
    await quote.locator('tfoot').waitFor();
    // SIP terminal 1,100 + 1,100 and a domestic number 1,100 + 1,100: 4,400 yen, 10% tax 440.
    expect(await quote.locator('tbody tr').allTextContents()).toEqual([
      'SIP端末 × 11,100円1,100円2,200円',
      `国内番号 ${number}1,100円1,100円2,200円`,
    ]);
    expect(await quote.locator('tfoot').textContent()).toBe('小計4,400円消費税（10%）440円合計（税込）4,840円プリペイド残高100,000円');
    await expectAccessible(page);
    await screenshot(page, 'portal-purchase-ja');

    await page.locator('#buy-confirm').click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const orderId = page.url().split('/').pop()!;
    const credentials = page.locator('#sip-credentials');
    await credentials.waitFor({ timeout: 45_000 });
    expect(await page.locator('#order-status').getAttribute('data-status')).toBe('completed');
    await credentials.getByText('パスワードはこの画面で一度だけ表示され、再表示できません。', { exact: false }).waitFor();
    const [unique] = (await api.request('GET', '/v1/uniques', { token: c.token })).body.items;
    expect(await credentials.locator('[data-field="sipUser"]').textContent()).toBe(unique.code);
    expect(await credentials.locator('[data-field="loginServer"]').textContent()).toBe('sip.pbx.example.jp');
    const password = await credentials.locator('[data-field="sipPassword"]').textContent();
    expect(password!.length).toBeGreaterThanOrEqual(12);
    await credentials.getByRole('button', { name: `パスワード (${unique.code})をコピー` }).click();
    await credentials
      .getByRole('status')
      .getByText(/パスワードをコピーしました|コピーできませんでした/)
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-order-credentials-ja');

    // Shown once: the API refuses a second reveal, and a reload of the order page says so.
    const again = await api.request('POST', `/v1/service-orders/${orderId}/credentials`, { token: c.token });
    expect(again.status).toBe(409);
    await page.reload();
    await page.locator('#sip-credentials-gone').waitFor();
    expect(await page.locator('#sip-credentials').count()).toBe(0);

    // The unique list → details: the settings screen of the new unique.
    await page.locator('header nav a', { hasText: '設定' }).click();
    await page.getByRole('link', { name: `${unique.code}の詳細` }).click();
    await page.getByRole('heading', { name: `ユニークの設定 ${unique.code}` }).waitFor();
    expect(await page.getByLabel('着信内線番号', { exact: true }).inputValue()).toBe('200');
    await expectAccessible(page);
    await screenshot(page, 'portal-unique-settings-ja');

    // A 6-digit extension is refused beside its field, in Japanese.
    await page.getByLabel('着信内線番号', { exact: true }).fill('123456');
    await page.locator('#uq-save').click();
    const extensionError = page.locator('#uq-incoming-extension-error');
    await extensionError.getByText('内線番号は2〜5桁の数字で入力してください。').waitFor();
    expect(await page.getByLabel('着信内線番号', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    // Every broken rule shows at once, each beside its own field: no incoming number is chosen yet.
    await page.locator('#uq-incoming-error').getByText('着信電話番号を1つ以上選択してください。').waitFor();
    expect(await page.getByLabel(number, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('着信内線番号', { exact: true }).getAttribute('aria-describedby')).toContain(
      'uq-incoming-extension-error',
    );
    await expectAccessible(page);
    await screenshot(page, 'portal-unique-settings-error-ja');

    // ...and in English after choosing English.
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: `Unique settings ${unique.code}` }).waitFor();
    await page.getByLabel('Incoming extension', { exact: true }).fill('123456');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await extensionError.getByText('An extension must be 2 to 5 digits; "123456" is not.').waitFor();
    await screenshot(page, 'portal-unique-settings-error-en');
    await chooseLanguage(page, 'ja');
    await page.getByRole('heading', { name: `ユニークの設定 ${unique.code}` }).waitFor();

    // The four first settings: incoming number, caller ID, extension; then "Updated".
    await page.getByLabel(number, { exact: true }).check();
    await page.getByLabel('発信者番号（必須）').selectOption({ label: number });
    await page.getByLabel('着信内線番号', { exact: true }).fill('2001');
    await page.getByLabel('別の内線番号', { exact: true }).check();
    await page.getByLabel('別の内線番号（数字2〜5桁）').fill('2002');
    await page.getByLabel('名前', { exact: true }).fill('受付');
    await page.locator('#uq-save').click();
    await page.locator('#uq-status').getByText('更新しました').waitFor();
    expect(await extensionError.textContent()).toBe('');
    await screenshot(page, 'portal-unique-settings-updated-ja');

    const saved = (await api.request('GET', `/v1/uniques/${unique.id}/settings`, { token: c.token })).body;
    expect(saved).toMatchObject({
      name: '受付',
      incomingExtension: '2001',
      outgoingExtension: '2002',
      callerIdNumber: e164,
      callerIdNumberDisplay: number,
      incomingNumbers: [{ number: e164, numberDisplay: number }],
    });
  });

  it('says so when a hold runs out, and takes the number out of the order', async () => {
    const { page } = await circlePage();
    await openPurchase(page);
    const { e164, display: number, national } = await addFirstNumber(page, 'ip050', '050');
    await api.deps
      .db('phone_numbers')
      .where({ number: national })
      .update({ held_until: api.deps.db.raw("now() + interval '3 seconds'") });
    await page.reload();
    await page.locator(`#buy-cart tr[data-number="${e164}"]`).waitFor();
    await page
      .locator('#buy-cart-status')
      .getByText(`${number}の確保期限が切れました。購入するにはもう一度検索してカートに入れてください。`)
      .waitFor({ timeout: 10_000 });
    expect(await page.locator(`#buy-cart tr[data-number="${e164}"]`).count()).toBe(0);
    await page.locator('#buy-review').click();
    await page.locator('#buy-quote-status').getByText('ユニークまたは電話番号を1つ以上選択してください。').waitFor();
  });

  it('an account login chooses the circle first; the pages fit a phone without sideways scrolling, in both languages', async () => {
    const c = await customerWithCircle(api, 100_000);
    const page = await newPortalPage(browser, PHONE_VIEWPORT);
    await loginThroughPortal(page, api.url, 'account', c.loginId, c.password);
    await page.goto(`${api.url}/purchase`);
    await page.getByLabel('購入するサークル').waitFor();
    expect(await page.getByLabel('購入するサークル').inputValue()).toBe(c.circleId);
    await addFirstNumber(page, 'freecall', '0120');
    await page.getByLabel('クラウドFAXの数量').fill('2');
    await page.locator('#buy-review').click();
    await page.locator('#buy-confirm').waitFor();
    await expectNoHorizontalScroll(page, 'purchase (ja, phone)');
    await expectAccessible(page);
    await screenshot(page, 'portal-purchase-phone-ja');
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Buy uniques and phone numbers' }).waitFor();
    await page.locator('#buy-cart tbody tr').first().waitFor();
    // The page is drawn again in English: the quantities start from zero, the cart is kept.
    await page.getByLabel('Quantity of Cloud FAX').fill('1');
    await expectNoHorizontalScroll(page, 'purchase (en, phone)');
    await screenshot(page, 'portal-purchase-en');

    await page.locator('#buy-review').click();
    await page.locator('#buy-confirm').click();
    await page.waitForURL(/\/orders\//);
    await page.locator('#sip-credentials').waitFor({ timeout: 45_000 });
    await expectNoHorizontalScroll(page, 'order credentials (en, phone)');

    await page.goto(`${api.url}/uniques`);
    await page.locator('#uq-list tbody tr').first().waitFor();
    await expectNoHorizontalScroll(page, 'uniques (en, phone)');
    await expectAccessible(page);
    await screenshot(page, 'portal-uniques-en');
    await page.locator('#uq-list tbody tr a').first().click();
    await page.locator('#uq-settings').waitFor();
    await expectNoHorizontalScroll(page, 'unique settings (en, phone)');
    await expectAccessible(page);
    await screenshot(page, 'portal-unique-settings-phone-en');
  });
});
