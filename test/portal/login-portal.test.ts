import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';
import { mailsTo, waitForMail } from '../support/mail';
import {
  PHONE_VIEWPORT,
  chooseLanguage,
  expectNoHorizontalScroll,
  loginThroughPortal,
  menuLabels,
  newPortalPage,
  signUpThroughPortal,
} from './support-portal';

let api: TestApi;
let browser: Browser;
beforeAll(async () => ({ api, browser } = await openBrowserStack()));
afterAll(() => closeBrowserStack({ api, browser }));

const tokenIn = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)![1]!;

describe('portal: sign-up, login and language', () => {
  it('a new customer signs up through the page and lands logged in on the account menu', async () => {
    const page = await newPortalPage(browser);
    await page.goto(`${api.url}/signup`);
    await page.getByRole('heading', { name: '新規登録' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-signup-ja');
    const typed = await signUpThroughPortal(page, api.url, { language: 'en' });
    expect(await menuLabels(page)).toContain('アカウント情報');
    const stored = await api.deps.stores.accounts.findCredentials(typed.loginId);
    expect(stored?.account).toMatchObject({ email: typed.email, name: typed.name, language: 'en' });

    // The same login ID again is refused on the page, in the API's words.
    const again = await newPortalPage(browser);
    await again.goto(`${api.url}/signup`);
    await again.locator('#signup-login-id').fill(typed.loginId);
    await again.locator('#signup-password').fill('correct-horse-1');
    await again.locator('#signup-password-again').fill('correct-horse-1');
    await again.locator('#signup-name').fill('重複テスト');
    await again.locator('#signup-email').fill(typed.email);
    await again.locator('#signup-submit').click();
    await again.locator('#signup-status').getByText('このログインIDは既に使用されています。').waitFor();
    expect(await again.locator('#signup-login-id').getAttribute('aria-invalid')).toBe('true');
  });

  it('switches ja → en from the language menu, and a reload stays in English', async () => {
    const acct = await signUp(api);
    const page = await newPortalPage(browser);
    await page.goto(`${api.url}/`);
    await page.getByRole('heading', { name: 'ログイン' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-login-ja');
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await screenshot(page, 'portal-login-en');
    await page.reload();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await loginThroughPortal(page, api.url, 'account', acct.loginId, acct.password);
    expect(await menuLabels(page)).toContain('Account info');
  });
});

describe('portal: the password reminder and the reset link', () => {
  it('the link from the caught mail works once; the second use says it was used; an expired one says expired', async () => {
    const acct = await signUp(api, { language: 'en' });
    const page = await newPortalPage(browser);
    await page.goto(`${api.url}/`);
    await page.getByRole('link', { name: 'パスワードをお忘れの方' }).click();
    await page.getByLabel('ログインID').fill(acct.loginId);
    await page.getByRole('button', { name: 'リマインダーメールを送信' }).click();
    await page.locator('#reminder-status').getByText('パスワード再設定のご案内を送信しました').waitFor();
    const token = tokenIn((await waitForMail(acct.email, 'Reset your password')).text);

    await page.goto(`${api.url}/reset-password?token=${token}`);
    await page.getByLabel('新しいパスワード', { exact: true }).fill('brand-new-pass-2');
    await page.getByLabel('新しいパスワード（確認）').fill('brand-new-pass-2');
    await expectAccessible(page);
    await screenshot(page, 'portal-reset-password-ja');
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    await page.locator('#reset-status').getByText('パスワードを変更しました').waitFor();
    expect(
      (await api.request('POST', '/v1/auth/login', { body: { kind: 'account', loginId: acct.loginId, password: 'brand-new-pass-2' } }))
        .status,
    ).toBe(200);

    await page.goto(`${api.url}/reset-password?token=${token}`);
    await page.locator('#reset-status').getByText('このURLは既に使用されています').waitFor();
    expect(await page.locator('#new-password').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'portal-reset-password-used-ja');

    await api.request('POST', '/v1/auth/password-reminder', { body: { loginId: acct.loginId } });
    const mails = () => mailsTo(acct.email);
    await expect
      .poll(async () => (await mails()).filter((m) => m.subject.includes('Reset your password')).length, { timeout: 20_000 })
      .toBe(2);
    const second = tokenIn((await mails()).find((m) => !m.text.includes(token))!.text);
    await api.deps
      .db('password_resets')
      .where({ account_id: acct.accountId, used_at: null })
      .update({ expires_at: api.deps.db.raw("now() - interval '1 second'") });
    await chooseLanguage(page, 'en');
    await page.goto(`${api.url}/reset-password?token=${second}`);
    await page.locator('#reset-status').getByText('This link has expired. Send a new reminder mail.').waitFor();
    await page.getByRole('link', { name: 'Send a new reminder mail' }).waitFor();
    await screenshot(page, 'portal-reset-password-expired-en');
  });

  it('"forgot your login ID" mails the login IDs of the address, with the same words for any address', async () => {
    const acct = await signUp(api);
    const page = await newPortalPage(browser);
    await page.goto(`${api.url}/`);
    await page.getByRole('link', { name: 'ログインIDをお忘れの方' }).click();
    await page.getByLabel('メールアドレス').fill(acct.email);
    await page.getByRole('button', { name: 'ログインIDを送信' }).click();
    const words = 'ご入力のメールアドレスが登録されている場合は、ログインIDをお知らせするメールを送信しました。';
    await page.locator('#login-id-reminder-status').getByText(words).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-login-id-reminder-ja');
    expect((await waitForMail(acct.email, 'ログインIDのご案内')).text).toContain(`アカウントのログインID: ${acct.loginId}`);

    await page.getByLabel('メールアドレス').fill('nobody-at-all@example.jp');
    await page.getByRole('button', { name: 'ログインIDを送信' }).click();
    await page.locator('#login-id-reminder-status').getByText(words).waitFor();
  });
});

describe('portal on a 390×844 phone: the public pages', () => {
  it('never scroll sideways, in either language', async () => {
    const page = await newPortalPage(browser, PHONE_VIEWPORT);
    for (const lang of ['ja', 'en'] as const) {
      await page.goto(`${api.url}/`);
      await chooseLanguage(page, lang);
      for (const path of ['/', '/signup', '/password-reminder', '/login-id-reminder', '/reset-password?token=not-a-real-token-at-all']) {
        await page.goto(`${api.url}${path}`);
        await page.locator('main h1').waitFor();
        await expectNoHorizontalScroll(page, `${path} (${lang})`);
      }
    }
    await page.goto(`${api.url}/signup`);
    await page.locator('main h1').waitFor();
    await screenshot(page, 'portal-signup-phone-en');
  });
});
