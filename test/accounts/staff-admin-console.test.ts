import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueLoginId, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';

let api: TestApi;
let browser: Browser;

beforeAll(async () => ({ api, browser } = await openBrowserStack()));
afterAll(() => closeBrowserStack({ api, browser }));

const staffLoginStatus = async (loginId: string, password: string) =>
  (await api.request('POST', '/v1/auth/login', { body: { kind: 'staff', loginId, password } })).status;

/** A desktop page logged in as the administrator through the console's own form. */
async function adminPage(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${api.url}/staff/`);
  await page.getByLabel('ログインID').fill('admin');
  await page.getByLabel('パスワード').fill('admin-pass-1');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { name: 'スタッフ管理' }).waitFor();
  return page;
}

/** Reads the temporary password from its dialog, then closes it; it must leave the page with the dialog. */
async function takeTemporaryPassword(page: Page, loginId: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: `${loginId} の仮パスワード` });
  await dialog.waitFor();
  const password = (await dialog.locator('#sa-secret-value').textContent())!;
  expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await page.locator('#sa-secret-value').waitFor({ state: 'detached' });
  expect(await page.content()).not.toContain(password);
  return password;
}

describe('staff console: the administrators’ desk', () => {
  it('an administrator creates a warehouse user, resets their password, disables them, and finds it all in the audit log', async () => {
    const loginId = uniqueLoginId('wh');
    const page = await adminPage();
    await expectAccessible(page);
    await screenshot(page, 'staff-admin-list-ja');

    await page.getByLabel('ログインID（英数字と . _ @ -、3〜64文字）').fill(loginId);
    await page.getByLabel('名前').fill('倉庫 花子');
    await page.getByLabel('権限', { exact: true }).selectOption('warehouse');
    await page.getByRole('button', { name: '追加', exact: true }).click();
    await page.getByRole('dialog', { name: `${loginId} の仮パスワード` }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'staff-admin-temporary-password-ja');
    const first = await takeTemporaryPassword(page, loginId);
    await page.getByText(`${loginId} を追加しました。`).waitFor();
    const row = page.locator(`tr[data-login-id="${loginId}"]`);
    await row.getByText('倉庫 花子').waitFor();
    expect(await row.getByLabel(`${loginId} の権限`).inputValue()).toBe('warehouse');
    expect(await staffLoginStatus(loginId, first)).toBe(200);

    // A reset asks first; cancelling changes nothing.
    await row.getByRole('button', { name: `${loginId} のパスワード再発行` }).click();
    const confirm = page.getByRole('dialog', { name: '確認' });
    await confirm.getByText(`${loginId} のパスワードを再発行しますか？`, { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'staff-admin-confirm-reset-ja');
    await confirm.getByRole('button', { name: 'キャンセル' }).click();
    expect(await staffLoginStatus(loginId, first)).toBe(200);
    await row.getByRole('button', { name: `${loginId} のパスワード再発行` }).click();
    await confirm.getByRole('button', { name: '実行する' }).click();
    const second = await takeTemporaryPassword(page, loginId);
    // The two logins checked above are the sessions that end.
    await page.getByText(`${loginId}: パスワードを再発行しました（終了したセッション 2件）。`).waitFor();
    expect(await staffLoginStatus(loginId, first)).toBe(401);
    expect(await staffLoginStatus(loginId, second)).toBe(200);

    await row.getByLabel(`${loginId} の権限`).selectOption('operator');
    await confirm.getByRole('button', { name: '実行する' }).click();
    await page.getByText(`${loginId} の権限を「オペレーター」に変更しました。`).waitFor();

    await row.getByRole('button', { name: `${loginId} を無効にする` }).click();
    await confirm.getByRole('button', { name: '実行する' }).click();
    await page.getByText(`${loginId} を無効にしました。ログイン中のセッションは終了しました。`).waitFor();
    await row.getByText('無効', { exact: true }).waitFor();
    await row.getByRole('button', { name: `${loginId} を有効にする` }).waitFor();
    expect(await staffLoginStatus(loginId, second)).toBe(401);
    await screenshot(page, 'staff-admin-disabled-ja');

    // The administrator's own row offers no way to lock themself out.
    const own = page.locator('tr[data-login-id="admin"]');
    expect(await own.getByRole('button', { name: 'admin を無効にする' }).isDisabled()).toBe(true);

    await page.getByRole('link', { name: '操作記録', exact: true }).click();
    await page.getByRole('heading', { name: '操作記録' }).waitFor();
    for (const op of ['createStaff', 'resetStaffPassword', 'changeStaffRole', 'disableStaff'])
      await page.locator(`tr[data-operation="${op}"]`).first().waitFor();
    const created = page.locator('tr[data-operation="createStaff"]', { hasText: loginId });
    await created.getByText('成功 (201)').waitFor();
    // Its own failed login attempt (the old password) is there too, under its login ID.
    await page.locator('tr[data-operation="login"]', { hasText: loginId }).getByText('拒否 (401)').first().waitFor();
    const text = (await page.locator('main').textContent())!;
    expect(text).not.toContain(first);
    expect(text).not.toContain(second);
    await expectAccessible(page);
    await screenshot(page, 'staff-audit-log-ja');

    // Filtered to one operation, in English.
    await page.getByLabel('言語を選択').selectOption('en');
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByLabel('Operation ID (e.g. confirmBankTransfer)').fill('disableStaff');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect
      .poll(() => page.locator('tbody tr[data-operation]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-operation'))))
      .toSatisfy((ops: string[]) => ops.length > 0 && ops.every((o) => o === 'disableStaff'));
    await expectAccessible(page);
    await screenshot(page, 'staff-audit-log-filtered-en');
    await page.close();
  });

  it("a staff user's row links to their own audit log", async () => {
    const page = await adminPage();
    const row = page.locator('tr[data-login-id="admin"]');
    await row.getByRole('link', { name: 'admin の操作記録' }).click();
    await page.getByRole('heading', { name: '操作記録' }).waitFor();
    await expect.poll(() => page.locator('#audit-staff option:checked').textContent()).toMatch(/^admin — /);
    await page.locator('tr[data-operation="login"]').first().waitFor();
    expect(await page.locator('tbody tr[data-operation]').evaluateAll((rows) => rows.every((r) => r.textContent!.includes('admin')))).toBe(
      true,
    );
    await page.close();
  });
});
