import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';
import { customerWithCircle, holdAnyNumber, waitForOrder } from '../support/services';
import { loginThroughPortal, newPortalPage } from '../portal/support-portal';

let api: TestApi;
let browser: Browser;
beforeAll(async () => ({ api, browser } = await openBrowserStack()));
afterAll(() => closeBrowserStack({ api, browser }));

describe('portal: overseas number purchase, and an order with a number the carrier refused', () => {
  it('an overseas number is bought from its own section (country, price with tax, lead time) and its order page follows it until ready', async () => {
    const c = await customerWithCircle(api, 100_000);
    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'circle', c.circleLogin, c.circlePassword);
    await page.locator('header nav a', { hasText: /^(購入|Purchase)$/ }).click();
    const section = page.locator('#overseas-purchase');
    await section.getByRole('heading', { name: '海外番号購入' }).waitFor();
    await section.getByLabel('国').selectOption('US');
    // US: 1,650 a month + 3,300 initial = 4,950, 10% tax 495, 5,445 now.
    expect(await section.locator('#os-price').textContent()).toBe(
      '月額1,650円・初期費用3,300円（税抜）、初回のお支払い5,445円（消費税495円を含む）',
    );
    expect(await section.locator('#os-lead-time').textContent()).toMatch(/^ご利用開始まで約\d+日$/);
    expect(await section.getByLabel('市外局番').locator('option').allTextContents()).toEqual(['指定なし', '415']);
    await expectAccessible(page);
    await screenshot(page, 'portal-overseas-purchase-ja');

    await section.getByRole('button', { name: '海外番号を購入する' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    await page.locator('#order-status[data-status="completed"]').waitFor({ timeout: 45_000 });
    const details = page.locator('#overseas-order-details');
    expect(await details.locator('dd').first().textContent()).toBe('US');
    expect(await details.locator('dd.mono').textContent()).toMatch(/^\+1415\d{7}$/);
    expect(await page.locator('.order-summary').first().textContent()).toContain('海外番号');
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000 - 5445);
  });

  it('the order page shows a refused number line and what went back to the balance', async () => {
    const c = await customerWithCircle(api, 100_000);
    const good = await holdAnyNumber(api, c.token, 'kind=local&areaCode=06');
    const bad = await holdAnyNumber(api, c.token, 'kind=navidial');
    await fetch(`${inject('sandboxUrl')}/carrier/_control/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: bad.number, reason: 'number_blocked' }),
    });
    const placed = await api.request('POST', '/v1/service-orders', {
      token: c.token,
      body: { circleId: c.circleId, numberIds: [good.id, bad.id] },
    });
    expect(placed.status).toBe(201);
    const order = await waitForOrder(api, c.token, placed.body.id);
    // 4,400 + 440 paid; 2,200 + 220 kept; 2,420 back.
    expect(order).toMatchObject({ status: 'completed', total: 4840, refunded: 2420 });

    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'circle', c.circleLogin, c.circlePassword);
    await page.goto(`${api.url}/orders/${order.id}`);
    await page.locator('#order-status[data-status="completed"]').waitFor();
    const refused = page.locator('tr[data-line-status="refused"]');
    expect(await refused.locator('th').textContent()).toContain(bad.number);
    expect(await refused.locator('td').textContent()).toBe(
      '開通できませんでした（返金済み）（通信事業者がこの番号の利用を停止しています）',
    );
    expect(await page.locator('tr[data-line-status="active"] th').textContent()).toContain(good.number);
    expect(await page.locator('#order-refunded-amount').textContent()).toBe('2,420円');
    expect(await page.locator('#order-refunded').textContent()).toBe(
      '開通できなかった番号の代金2,420円（消費税を含む）をプリペイド残高に返金しました。',
    );
    await expectAccessible(page);
    await screenshot(page, 'portal-order-refused-line-ja');
  });
});
