import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerKind } from '../../db/prepaid/ledger.store';
import { signUp, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';

// This file's accounts hold money on the base dates of 2025 only and are back to zero from
// 2025-10-01 00:00 JST, so the figures of 2025 are theirs and later base dates do not see them.
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await openBrowserStack());
  const [big, small, other] = [await signUp(api), await signUp(api), await signUp(api)];
  await bookDated(big.accountId, [
    { at: '2025-03-01T10:00:00+09:00', amount: 12_000_001, kind: 'topup' },
    { at: '2025-04-01T00:00:00+09:00', amount: -12_000_001, kind: 'topup_refund' },
  ]);
  await bookDated(small.accountId, [
    { at: '2025-09-15T10:00:00+09:00', amount: 2_345_678, kind: 'topup' },
    { at: '2025-10-01T00:00:00+09:00', amount: -2_345_678, kind: 'topup_refund' },
  ]);
  await bookDated(other.accountId, [
    { at: '2025-09-30T23:59:59.999+09:00', amount: 1_000, kind: 'topup' },
    { at: '2025-10-01T00:00:00+09:00', amount: -1_000, kind: 'topup_refund' },
  ]);
});
afterAll(() => closeBrowserStack({ api, browser }));

/** Books movements with the dates they happened on, keeping each entry's balance_after and the cached balance true. */
async function bookDated(accountId: string, movements: Array<{ at: string; amount: number; kind: LedgerKind }>) {
  await api.deps.db.transaction(async (trx) => {
    const account = await trx('accounts').where({ id: accountId }).forUpdate().first('balance');
    let balance = Number(account.balance);
    for (const m of movements) {
      balance += m.amount;
      await trx('ledger_entries').insert({
        account_id: accountId,
        amount: m.amount,
        kind: m.kind,
        reference: 'staff-unused-balance-test',
        idempotency_key: `staff-unused-balance-test:${randomUUID()}`,
        balance_after: balance,
        created_at: new Date(m.at),
      });
    }
    await trx('accounts').where({ id: accountId }).update({ balance });
  });
}

/** A desktop page logged in through the console's own form, on the unused-balance report. */
async function reportPage(role: 'operator' | 'admin'): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${api.url}/staff/`);
  await page.getByLabel('ログインID').fill(role);
  await page.getByLabel('パスワード').fill(`${role}-pass-1`);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('link', { name: '未使用残高', exact: true }).click();
  await page.getByRole('heading', { name: '基準日の未使用残高（資金決済法）' }).waitFor();
  return page;
}

const figure = (page: Page, name: string) => page.locator(`tr[data-figure="${name}"] td`);

describe('staff console: the Payment Services Act report', () => {
  it('an operator reads the unused balance of a base date, to the yen, with the deposit and its deadline', async () => {
    const page = await reportPage('operator');
    // The latest base date that has ended is shown on opening.
    await page.locator('tr[data-figure="unused"]').waitFor();
    await page.getByLabel('基準日', { exact: true }).selectOption('2025-03-31');
    await page.getByRole('button', { name: '集計する' }).click();
    await page.getByText('2025年3月31日 24:00（日本時間）時点の集計').waitFor();
    expect(await figure(page, 'unused').textContent()).toBe('12,000,001円');
    expect(await figure(page, 'accounts').textContent()).toBe('1件');
    expect(await figure(page, 'threshold').textContent()).toBe('超えています（届出と供託が必要）');
    expect(await figure(page, 'deposit').textContent()).toBe('6,000,001円');
    expect(await figure(page, 'deadline').textContent()).toBe('2025年5月31日まで');
    expect(await page.locator('#ub-status').textContent()).toBe(
      '2025年3月31日の未使用残高は12,000,001円で、基準額を超えています。2025年5月31日までに届出を行い、6,000,001円以上を供託してください。',
    );
    await expectAccessible(page);
    await screenshot(page, 'staff-unused-balance-exceeds-ja');
    await page.close();
  });

  it('an administrator sees a base date at or below ¥10,000,000 needs no deposit, in English', async () => {
    const page = await reportPage('admin');
    await page.getByLabel('言語を選択').selectOption('en');
    await page.getByRole('heading', { name: 'Unused balance on a base date (Payment Services Act)' }).waitFor();
    await page.getByLabel('Base date', { exact: true }).selectOption('2025-09-30');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Figures at 24:00 Japan time on September 30, 2025').waitFor();
    expect(await figure(page, 'unused').textContent()).toBe('¥2,346,678');
    expect(await figure(page, 'accounts').textContent()).toBe('2');
    expect(await figure(page, 'threshold').textContent()).toBe('No');
    expect(await figure(page, 'deposit').textContent()).toBe('None');
    expect(await figure(page, 'deadline').textContent()).toBe('by November 30, 2025');
    await expectAccessible(page);
    await screenshot(page, 'staff-unused-balance-en');
    await page.close();
  });
});
