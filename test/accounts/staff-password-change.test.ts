import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogin, uniqueLoginId, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';

let api: TestApi;
let browser: Browser;

beforeAll(async () => ({ api, browser } = await openBrowserStack()));
afterAll(() => closeBrowserStack({ api, browser }));

describe('staff console: a temporary password is replaced before anything else', () => {
  it('a new warehouse user logs in with the password the administrator gave, must choose their own, then reaches the desk', async () => {
    const loginId = uniqueLoginId('wh');
    const created = await api.request('POST', '/v1/staff', {
      token: await staffLogin(api, 'admin'),
      headers: { 'idempotency-key': randomUUID() },
      body: { loginId, name: '倉庫 次郎', role: 'warehouse' },
    });
    expect(created.status).toBe(201);
    const temporary = created.body.temporaryPassword as string;

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${api.url}/staff/`);
    await page.getByLabel('ログインID').fill(loginId);
    await page.getByLabel('パスワード').fill(temporary);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: 'パスワードの変更' }).waitFor();
    expect(await page.getByRole('navigation').count(), 'no desk opens before the change').toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'staff-change-password-ja');

    await page.getByLabel('現在のパスワード').fill(temporary);
    await page.getByLabel('新しいパスワード（8文字以上）').fill('my-own-pass-1');
    await page.getByLabel('新しいパスワード（確認）').fill('my-own-pass-2');
    await page.getByRole('button', { name: 'パスワードを変更' }).click();
    await page.getByText('確認用のパスワードが一致しません。').waitFor();

    await page.getByLabel('新しいパスワード（確認）').fill('my-own-pass-1');
    await page.getByRole('button', { name: 'パスワードを変更' }).click();
    await page.getByRole('link', { name: '出荷作業' }).waitFor();

    const login = (password: string) => api.request('POST', '/v1/auth/login', { body: { kind: 'staff', loginId, password } });
    expect((await login(temporary)).status).toBe(401);
    expect((await login('my-own-pass-1')).status).toBe(200);
  });
});
