import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jstMonthOf } from '../../domain/billing/months';
import { customerWithUnique, eventually } from '../billing/billing-fixtures';
import { staffLogin, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screensDir, screenshot } from '../support/browser';
import { chooseLanguage, expectNoHorizontalScroll, loginThroughPortal, newPortalPage, PHONE_VIEWPORT } from './support-portal';

let api: TestApi;
let browser: Browser;
let operator: string;
beforeAll(async () => {
  ({ api, browser } = await openBrowserStack());
  operator = await staffLogin(api, 'operator');
});
afterAll(() => closeBrowserStack({ api, browser }));

const yenJa = (n: number) => `${n.toLocaleString('ja-JP')}円`;

/** A customer with a month of rated calls reported as the PBX reports them, and that month's fees charged. */
async function customerWithCalls(month: string) {
  const c = await customerWithUnique(api, { balance: 20_000 });
  await api.deps.stores.billing.chargeMonths(c.accountId, [month], null);
  const records = [
    { destination: '0312345678', startedAt: `${month}-03T09:00:00+09:00`, durationSeconds: 60 },
    { destination: '09012345678', startedAt: `${month}-03T11:30:00+09:00`, durationSeconds: 125 },
    { destination: '0312345679', startedAt: `${month}-10T15:00:00+09:00`, durationSeconds: 60 },
  ].map((r) => ({ callId: `call-${randomUUID()}`, uniqueId: c.uniqueId, direction: 'outbound', ...r }));
  const posted = await api.request('POST', '/v1/calls/cdrs', { token: operator, body: { records } });
  expect(posted.body.accepted).toBe(3);
  for (const r of records) await eventually(async () => (await api.deps.stores.cdrs.get(r.callId))?.ratedAt);
  return c;
}

describe('portal: call history and totals', () => {
  it('shows the rated calls of the month with per-day totals and the month total, in Japanese and English', async () => {
    const c = await customerWithCalls('2027-04');
    const totals = await api.request('GET', `/v1/calls/totals?period=month&from=2027-04-01T00:00:00%2B09:00`, { token: c.token });
    const month = totals.body.items.find((i: { period: string }) => i.period === '2027-04');
    expect(month).toMatchObject({ calls: 3, seconds: 245, unrated: 0 });
    expect(month.cost).toBeGreaterThan(0);

    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'account', c.loginId, c.password);
    await page.goto(`${api.url}/calls?month=2027-04`);
    await page.locator('#calls-list tbody tr').nth(2).waitFor();
    expect(await page.locator('#calls-list tbody tr').count()).toBe(3);
    expect(await page.locator('#calls-list tbody tr').first().textContent()).toContain('03-1234-5679');
    expect(await page.locator('#calls-totals tbody tr').count()).toBe(2);
    expect(await page.locator('#calls-sum-count').textContent()).toBe('3');
    expect(await page.locator('#calls-sum-duration').textContent()).toBe('4:05');
    expect(await page.locator('#calls-sum-cost').textContent()).toBe(yenJa(month.cost));
    expect(await page.locator('#calls-list').textContent()).toContain('携帯電話');
    await expectAccessible(page);
    await screenshot(page, 'portal-calls-ja');

    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Call history' }).waitFor();
    await page.locator('#calls-list tbody tr').nth(2).waitFor();
    expect(await page.locator('#calls-sum-cost').textContent()).toBe(`¥${month.cost.toLocaleString('en-US')}`);
    await expectAccessible(page);
    await screenshot(page, 'portal-calls-en');

    const phone = await newPortalPage(browser, PHONE_VIEWPORT);
    await loginThroughPortal(phone, api.url, 'account', c.loginId, c.password);
    await phone.goto(`${api.url}/calls?month=2027-04`);
    await phone.locator('#calls-list tbody tr').nth(2).waitFor();
    await expectNoHorizontalScroll(phone, 'calls on a phone');
    await screenshot(phone, 'portal-calls-phone-ja');
  });
});

describe('portal: the monthly statement', () => {
  it('lists the month, shows the qualified invoice, prints on A4 without the portal frame, and downloads a real PDF', async () => {
    const c = await customerWithCalls('2027-05');
    // The May fee and calls are debited now: they are on this month's statement.
    const month = jstMonthOf(Date.now());
    const statement = (await api.request('GET', `/v1/billing/statements/${month}`, { token: c.token })).body;
    expect(statement.lines.map((l: { kind: string }) => l.kind)).toEqual(['monthly_fee', 'calls']);
    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'account', c.loginId, c.password);
    await page.getByRole('link', { name: 'ご利用明細' }).click();
    const row = page.locator(`#stmt-list tr[data-month="${month}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(yenJa(statement.total));
    await expectAccessible(page);
    await screenshot(page, 'portal-statements-ja');

    await row.getByRole('link').click();
    await page.locator('#stmt-number').waitFor();
    expect(page.url()).toBe(`${api.url}/statements/${month}`);
    expect(await page.locator('#stmt-number').textContent()).toBe(statement.invoiceNumber);
    expect(await page.locator('#stmt-registration').textContent()).toBe(statement.issuer.registrationNumber);
    expect(await page.locator('#stmt-total').textContent()).toBe(yenJa(statement.total));
    expect(await page.locator('#stmt-lines tbody tr').count()).toBe(statement.lines.length);
    await expectAccessible(page);
    await screenshot(page, 'portal-statement-ja');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('#stmt-print').isVisible()).toBe(false);
    expect(await page.locator('#stmt-total').isVisible()).toBe(true);
    mkdirSync(screensDir, { recursive: true });
    const printed = await page.pdf({ preferCSSPageSize: true });
    writeFileSync(join(screensDir, 'portal-statement-print-ja.pdf'), printed);
    expect(printed.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#stmt-pdf').click()]);
    expect(download.suggestedFilename()).toBe(`statement-${month}.pdf`);
    const pdf = readFileSync((await download.path())!);
    writeFileSync(join(screensDir, 'portal-statement-download-ja.pdf'), pdf);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    const text = pdf.toString('latin1');
    expect(text).toContain(`(${statement.invoiceNumber})`);
    expect(text).toContain(`(${statement.issuer.registrationNumber})`);

    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: /Qualified invoice/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-statement-en');

    const phone = await newPortalPage(browser, PHONE_VIEWPORT);
    await loginThroughPortal(phone, api.url, 'account', c.loginId, c.password);
    await phone.goto(`${api.url}/statements/${month}`);
    await phone.locator('#stmt-total').waitFor();
    await expectNoHorizontalScroll(phone, 'the statement on a phone');
    await screenshot(phone, 'portal-statement-phone-ja');
  });
});
