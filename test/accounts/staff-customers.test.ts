import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';

let api: TestApi;
let browser: Browser;

beforeAll(async () => ({ api, browser } = await openBrowserStack({ ADJUSTMENT_APPROVAL_LIMIT: '10000' })));
afterAll(() => closeBrowserStack({ api, browser }));

/** A desktop page in its own browser context, logged in through the console's form, on the customer desk. */
async function staffPage(loginId: 'operator' | 'operator2'): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${api.url}/staff/`);
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード').fill(`${loginId}-pass-1`);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { name: '入金確認待ちの銀行振込' }).waitFor();
  await page.getByRole('link', { name: 'お客様検索' }).click();
  await page.getByRole('heading', { name: 'お客様検索' }).waitFor();
  return page;
}

const manualEntries = (accountId: string) =>
  api.deps.db('ledger_entries').where({ account_id: accountId, kind: 'manual_adjustment' }).select('amount');

describe('staff console: the customer desk', () => {
  it('an adjustment above the limit waits for a second operator, and the balance changes once', async () => {
    const name = `顧客テスト ${randomBytes(3).toString('hex')}`;
    const acct = await signUp(api, { name });

    // The operator finds the customer by login ID and opens the customer page.
    const first = await staffPage('operator');
    await first.getByLabel('アカウントID・ログインID・メール・電話番号・ユニーク・MACアドレス・注文ID・名前').fill(acct.loginId);
    await first.getByRole('button', { name: '検索', exact: true }).click();
    const hit = first.locator(`tr[data-account-id="${acct.accountId}"]`);
    await hit.waitFor();
    expect(await hit.locator('ul.matches').textContent()).toContain('ログインID: ');
    await expectAccessible(first);
    await screenshot(first, 'staff-customers-search-ja');
    await hit.getByRole('link', { name: acct.loginId }).click();
    await first.getByRole('heading', { name }).waitFor();
    expect(await first.locator('#customer-balance').textContent()).toBe('0円');

    // 15,000 yen is above the 10,000 limit: it waits, and its requester has no approve button.
    await first.getByLabel('種類').selectOption('credit');
    await first.getByLabel('金額（円）').fill('15000');
    await first.getByLabel('理由（必須）').fill('障害のお詫び（12月3日）');
    await first.getByRole('button', { name: '調整を申請' }).dblclick();
    await first.getByText('15,000円の加算は承認待ちです。別のオペレーターの承認後に反映されます。').waitFor();
    const mine = first.locator('tr[data-adjustment-id]', { hasText: '障害のお詫び' });
    await mine.getByText('ご自身の申請です（別のオペレーターが承認します）').waitFor();
    expect(await mine.getByRole('button', { name: /を承認$/ }).count()).toBe(0);
    expect(await first.locator('tr[data-adjustment-id]').count()).toBe(1);
    expect(await first.locator('#customer-balance').textContent()).toBe('0円');
    await expectAccessible(first);
    await screenshot(first, 'staff-customer-page-ja');
    expect(await manualEntries(acct.accountId)).toEqual([]);

    // A second operator, in another browser, approves from the desk's queue with a double click.
    const second = await staffPage('operator2');
    const pending = second.locator('tr[data-adjustment-id]', { hasText: acct.loginId });
    await pending.waitFor();
    await expectAccessible(second);
    await screenshot(second, 'staff-adjustments-pending-ja');
    await pending.getByRole('button', { name: `${acct.loginId}の15,000円の加算を承認` }).dblclick();
    await second.getByText(`${acct.loginId}の15,000円の加算を承認し、残高に反映しました。`).waitFor();
    await pending.waitFor({ state: 'detached' });
    expect(await manualEntries(acct.accountId)).toEqual([{ amount: 15_000 }]);
    expect((await api.request('GET', '/v1/prepaid/balance', { token: acct.token })).body.balance).toBe(15_000);

    // The first operator sees the new balance and who approved, in English too.
    await first.reload();
    await first.getByLabel('言語を選択').selectOption('en');
    await first.getByRole('heading', { name }).waitFor();
    expect(await first.locator('#customer-balance').textContent()).toBe('¥15,000');
    await first
      .locator('tr[data-adjustment-id]', { hasText: 'Applied' })
      .getByText(/Demo Operator 2/)
      .waitFor();
    await expectAccessible(first);
    await screenshot(first, 'staff-customer-page-en');
    await first.close();
    await second.close();
  });
});
