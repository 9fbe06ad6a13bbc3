import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';
import { CARDS, processorUrl, sandboxPost } from '../support/topup';
import {
  DESKTOP_VIEWPORT,
  expectNoHorizontalScroll,
  loginThroughPortal,
  newPortalPage,
  PHONE_VIEWPORT,
  signUpThroughPortal,
} from './support-portal';

// The suite's own API: it is the PUBLIC_BASE_URL the 3-D Secure page sends the customer back to.
const portal = () => inject('apiUrl');
let api: TestApi;
let browser: Browser;

beforeAll(async () => ({ api, browser } = await openBrowserStack()));
afterAll(() => closeBrowserStack({ api, browser }));

/** A new customer, logged in through the portal's login page. */
async function customerPage(
  viewport = DESKTOP_VIEWPORT,
  language: 'ja' | 'en' = 'ja',
): Promise<{ page: Page; acct: Awaited<ReturnType<typeof signUp>> }> {
  const acct = await signUp(api, { language });
  const page = await newPortalPage(browser, viewport);
  await loginThroughPortal(page, portal(), 'account', acct.loginId, acct.password);
  return { page, acct };
}

const orderIdIn = (url: string) => /\/orders\/([0-9a-f-]{36})$/.exec(new URL(url).pathname)![1]!;

describe('portal: top-up at a convenience store', () => {
  it('a new customer signs up, tops up at a konbini, pays at the register, and sees the balance credited on the home page', async () => {
    const page = await newPortalPage(browser);
    await signUpThroughPortal(page, portal());
    await page.locator('#home-balance').waitFor();
    expect(await page.locator('#home-balance').textContent()).toBe('0円');
    await page.locator('#home-setup li').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-home-ja');

    await page.getByRole('link', { name: 'チャージする' }).click();
    await page.getByRole('heading', { name: 'プリペイドのチャージ' }).waitFor();
    await page.getByLabel('コンビニ').check();
    expect(await page.locator('#topup-range').textContent()).toBe('この方法では 2,000円〜299,999円 です。');
    // The store never offers an amount outside its range: no ¥1,000 in its select box.
    const offered = await page.locator('#topup-preset option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    expect(offered).not.toContain('1000');
    expect(offered).toContain('3000');
    await page.getByLabel('金額を選択').selectOption('3000');
    await page.locator('#topup-amount').fill('1500');
    await page.locator('#topup-submit').click();
    await page.getByText('金額は 2,000円〜299,999円 の範囲で指定してください。').waitFor();
    // The typed amount wins over the select box.
    await page.locator('#topup-amount').fill('5000');
    expect(await page.locator('#topup-submit').textContent()).toBe('5,000円 をチャージする');
    await expectAccessible(page);
    await screenshot(page, 'portal-topup-ja');
    await page.locator('#topup-submit').click();

    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const orderId = orderIdIn(page.url());
    const number = page.locator('#slip-number');
    await number.waitFor();
    const paymentNumber = (await number.textContent())!;
    expect(paymentNumber).toMatch(/^\d{12}$/);
    // The chains by the names a Japanese customer knows, not the processor's English ones.
    expect(await page.locator('.slip').textContent()).toContain('ローソン、ファミリーマート');
    expect(await page.locator('.slip').textContent()).not.toContain('Lawson');
    expect(await page.locator('#slip-deadline').textContent()).toMatch(/JST$/);
    expect(await page.locator('#order-status').getAttribute('data-status')).toBe('awaiting_payment');
    await expectAccessible(page);
    await screenshot(page, 'portal-order-konbini-ja');

    // The clerk rings the slip up at the register, by its payment number.
    const paid = await sandboxPost(`${processorUrl()}/sandbox/konbini-payments/${paymentNumber}/pay`, { store: 'Lawson' });
    expect(paid.status).toBe(200);
    // The open order page follows it live, without a reload.
    await page.locator('#order-status[data-status="credited"]').waitFor({ timeout: 20_000 });
    await page.locator('#topup-credited').waitFor();
    expect(await page.locator('#slip-number').count()).toBe(0);
    await screenshot(page, 'portal-order-credited-ja');

    await page.getByRole('navigation').getByRole('link', { name: 'ホーム' }).click();
    await page.locator('#home-balance').waitFor();
    expect(await page.locator('#home-balance').textContent()).toBe('5,000円');
    expect(await page.locator(`#home-open-orders li[data-order-id="${orderId}"]`).count()).toBe(0);
    await page.close();
  });

  it('on a phone, home, top-up and the order page fit the screen without sideways scrolling', async () => {
    const { page, acct } = await customerPage(PHONE_VIEWPORT);
    await page.locator('#home-balance').waitFor();
    await expectNoHorizontalScroll(page, 'home');
    await page.goto(`${portal()}/topup?method=bank_transfer`);
    await page.locator('#topup-range').waitFor();
    await expectNoHorizontalScroll(page, 'topup');
    await screenshot(page, 'portal-topup-phone');
    await page.locator('#topup-amount').fill('12345');
    await page.locator('#topup-submit').click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    await page.locator('#transfer-reference').waitFor();
    await expectNoHorizontalScroll(page, 'order');
    await expectAccessible(page);
    await screenshot(page, 'portal-order-transfer-phone');
    // The home page lists the open order with its next step.
    await page.goto(`${portal()}/`);
    const open = page.locator(`#home-open-orders li[data-order-id="${orderIdIn(await orderUrlOf(acct.token))}"]`);
    await open.waitFor();
    expect(await open.textContent()).toContain('銀行振込でお支払いください');
    await expectNoHorizontalScroll(page, 'home with an open order');
    await page.goto(`${portal()}/orders`);
    await page.locator('.orders-table tbody tr').first().waitFor();
    await expectNoHorizontalScroll(page, 'orders');
    await expectAccessible(page);
    await screenshot(page, 'portal-orders-phone');
    await page.close();
  });
});

/** The address of the customer's newest order. */
async function orderUrlOf(token: string): Promise<string> {
  const items = (await api.request('GET', '/v1/orders?limit=1', { token })).body.items;
  return `${portal()}/orders/${items[0].id}`;
}

describe('portal: card top-up with 3-D Secure', () => {
  it('the card number is typed into the processor’s frame, never sent to us; 3-D Secure brings the customer back to the order, completed', async () => {
    const { page } = await customerPage(DESKTOP_VIEWPORT, 'en');
    const ourOrigin = new URL(portal()).origin;
    const digits = CARDS.threeDsRequired;
    const leaks: string[] = [];
    const toProcessor: string[] = [];
    page.on('request', (r) => {
      const sent = `${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`;
      if (new URL(r.url()).origin === ourOrigin && sent.includes(digits)) leaks.push(r.url());
      if (r.url().startsWith(processorUrl()) && (r.postData() ?? '').includes(digits)) toProcessor.push(r.url());
    });

    await page.goto(`${portal()}/topup`);
    await page.locator('#lang').selectOption('en');
    await page.getByRole('heading', { name: 'Top up the prepaid balance' }).waitFor();
    await page.getByLabel('Credit card').check();
    await page.locator('#topup-amount').fill('3000');
    const frame = page.frameLocator('#card-entry-frame');
    await frame.getByLabel('Card number').fill(digits);
    await frame.getByLabel('Expiry year').selectOption(String(new Date().getUTCFullYear() + 3));
    await frame.getByLabel('Security code').fill('123');
    await frame.getByRole('button', { name: 'Use this card' }).click();
    await page.getByText('Card to pay with: VISA •••• 3220').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-topup-card-en');
    await page.locator('#topup-submit').click();

    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const orderUrl = page.url();
    const go = page.locator('#three-ds-go');
    await go.waitFor();
    await screenshot(page, 'portal-order-3ds-en');
    await go.click();
    await page.waitForURL((u) => u.toString().startsWith(processorUrl()));
    await page.getByRole('button', { name: 'Authenticate (pass)' }).click();

    await page.waitForURL(orderUrl);
    await page.locator('#order-status[data-status="credited"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#order-live').textContent()).toBe('This order has ended (Credited).');
    await screenshot(page, 'portal-order-card-credited-en');
    expect(toProcessor.length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
    await page.close();
  });
});

describe('portal: the prepaid page', () => {
  it('registers a card through the processor’s frame, sets the automatic top-up, and filters the history', async () => {
    const { page, acct } = await customerPage(DESKTOP_VIEWPORT, 'en');
    await sandboxTopup(acct.token);
    await page.goto(`${portal()}/prepaid`);
    await page.locator('#lang').selectOption('en');
    await page.locator('#prepaid-balance', { hasText: '¥2,000' }).waitFor();
    await page.locator('.ledger-table tbody tr').first().waitFor();

    await page.getByRole('button', { name: 'Register a card' }).click();
    const frame = page.frameLocator('#card-entry-frame');
    await frame.getByLabel('Card number').fill(CARDS.mastercard);
    await frame.getByLabel('Security code').fill('123');
    await frame.getByRole('button', { name: 'Use this card' }).click();
    await page.getByText('MASTERCARD •••• 4444 is registered.').waitFor();
    await page.locator('.cards-table tbody tr').first().waitFor();

    await page.getByLabel('Notify me below this balance (yen; empty: no notice)').fill('3000');
    await page.getByLabel('Top up automatically with a registered card when below it').check();
    await page.getByLabel('Automatic top-up amount (yen)').fill('500');
    await page.getByLabel('Card for the automatic top-up').selectOption({ label: 'MASTERCARD •••• 4444' });
    await page.getByRole('button', { name: 'Save' }).click();
    // The card range is the API's: it names it.
    await page.locator('#auto-status.error').waitFor();
    expect(await page.locator('#auto-status').textContent()).toContain('1,000');
    await page.getByLabel('Automatic top-up amount (yen)').fill('5000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    expect((await api.request('GET', '/v1/prepaid/settings', { token: acct.token })).body).toMatchObject({
      lowBalanceThreshold: 3000,
      currency: 'JPY',
      autoTopup: { enabled: true, amount: 5000, currency: 'JPY' },
    });

    await page.getByLabel('Kind').selectOption('call_charge');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('No movements match.').waitFor();
    await page.getByLabel('Kind').selectOption('topup');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.locator('.ledger-table tbody tr').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-prepaid-en');

    // Below the threshold, home warns.
    await page.goto(`${portal()}/`);
    await page.locator('#home-low-balance', { hasText: 'below ¥3,000' }).waitFor();
    await screenshot(page, 'portal-home-low-balance-en');
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(`${portal()}/prepaid`);
    await page.locator('#prepaid-balance', { hasText: '¥2,000' }).waitFor();
    await expectNoHorizontalScroll(page, 'prepaid');
    await page.close();
  });
});

/** Credits ¥2,000 by card through the API, as an earlier visit would have. */
async function sandboxTopup(token: string): Promise<void> {
  const res = await fetch(`${processorUrl()}/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number: CARDS.noThreeDs.amex, expMonth: 12, expYear: 2031 }),
  });
  const { token: cardToken } = (await res.json()) as { token: string };
  const order = await api.request('POST', '/v1/prepaid/topups', { token, body: { method: 'card', amount: 2_000, cardToken } });
  expect(order.status).toBe(201);
  await expect
    .poll(async () => (await api.request('GET', `/v1/prepaid/topups/${order.body.id}`, { token })).body.status, { timeout: 20_000 })
    .toBe('credited');
}
