import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeUnique } from '../devices/devices-fixtures';
import { signUp, uniqueLoginId, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';
import { PHONE_VIEWPORT, chooseLanguage, expectNoHorizontalScroll, loginThroughPortal, menuLabels, newPortalPage } from './support-portal';

let api: TestApi;
let browser: Browser;
beforeAll(async () => ({ api, browser } = await openBrowserStack()));
afterAll(() => closeBrowserStack({ api, browser }));

async function accountWithCircle(circleName = '大阪オフィス') {
  const acct = await signUp(api);
  const loginId = uniqueLoginId('circle');
  const res = await api.request('POST', '/v1/circles', {
    token: acct.token,
    body: { name: circleName, loginId, password: 'circle-pass-1' },
  });
  return { acct, circle: { id: res.body.id as string, loginId, password: 'circle-pass-1', name: circleName } };
}

describe('portal: account information', () => {
  it('the account fills in its contract data; a postal code typed with a hyphen is kept as 7 digits, a wrong one is refused in words', async () => {
    const acct = await signUp(api);
    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'account', acct.loginId, acct.password);
    await page.getByRole('link', { name: 'アカウント情報' }).click();
    await page.getByRole('heading', { name: 'アカウント情報' }).waitFor();
    await page.getByLabel('ご担当者名').fill('山田 太郎');
    await page.getByLabel('郵便番号（7桁）').fill('15-0002');
    await page.getByLabel('都道府県').selectOption('東京都');
    await page.getByLabel('市区町村・番地・建物名').fill('渋谷区渋谷2-1-1 渋谷ビル5F');
    await page.getByLabel('電話番号').fill('03-1234-5678');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.locator('#account-status').getByText('「15-0002」は郵便番号ではありません').waitFor();
    expect(await page.getByLabel('郵便番号（7桁）').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'portal-account-refused-ja');

    await page.getByLabel('郵便番号（7桁）').fill('１５０－０００２');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.locator('#account-status').getByText('アカウント情報を保存しました。').waitFor();
    expect(await page.getByLabel('郵便番号（7桁）').inputValue()).toBe('150-0002');
    const stored = (await api.request('GET', '/v1/account', { token: acct.token })).body;
    expect(stored).toMatchObject({
      contactName: '山田 太郎',
      postalCode: '1500002',
      prefecture: '東京都',
      phone: '+81312345678',
      phoneDisplay: '03-1234-5678',
    });
    // The form shows the number as a person writes it.
    expect(await page.getByLabel('電話番号').inputValue()).toBe('03-1234-5678');
    await screenshot(page, 'portal-account-ja');
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Account information' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-account-en');
  });
});

describe('portal: circles', () => {
  it('the account adds, renames, re-passwords and removes a circle; removal is refused while services are live', async () => {
    const acct = await signUp(api);
    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'account', acct.loginId, acct.password);
    await page.getByRole('link', { name: 'サークル' }).click();
    await page.locator('#circles-none').waitFor();

    const loginId = uniqueLoginId('circle');
    await page.getByLabel('サークル名').fill('東京オフィス');
    await page.getByLabel('ログインID').fill(loginId);
    await page.getByLabel('サークルのパスワード（8文字以上）').fill('circle-pass-1');
    await page.getByRole('button', { name: '追加する' }).click();
    await page.locator('#circles-status').getByText('サークル「東京オフィス」を追加しました。').waitFor();
    const row = page.locator('tbody tr').first();
    expect(await row.textContent()).toContain(loginId);
    await expectAccessible(page);
    await screenshot(page, 'portal-circles-ja');

    await row.getByRole('button', { name: '「東京オフィス」の名前を変更' }).click();
    await page.getByLabel('新しいサークル名').fill('本社');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.locator('#circles-status').getByText('サークル名を「本社」に変更しました。').waitFor();

    await page.getByRole('button', { name: '「本社」のパスワードを変更' }).click();
    await page.getByLabel('新しいパスワード（8文字以上）').fill('circle-pass-2');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.locator('#circles-status').getByText('「本社」のパスワードを変更しました').waitFor();
    expect((await api.request('POST', '/v1/auth/login', { body: { kind: 'circle', loginId, password: 'circle-pass-2' } })).status).toBe(
      200,
    );

    const circleId = await row.getAttribute('data-circle-id');
    await activeUnique(api, acct.accountId, circleId!);
    await page.getByRole('button', { name: '「本社」を削除' }).click();
    await page.getByRole('button', { name: '削除する' }).click();
    await page.locator('#circles-status').getByText('このサークルには有効なサービスが1件あります。先に解約してください。').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-circles-remove-refused-ja');
    await api.deps.db('uniques').where({ circle_id: circleId }).update({ status: 'cancelled' });
    await page.getByRole('button', { name: '削除する' }).click();
    await page.locator('#circles-status').getByText('サークル「本社」を削除しました。').waitFor();
    await page.locator('#circles-none').waitFor();
  });

  it('a circle login sees only its own circle and menus; other pages say not found, and the API answers 403', async () => {
    const { acct, circle } = await accountWithCircle('大阪オフィス');
    await api.request('POST', '/v1/circles', {
      token: acct.token,
      body: { name: '名古屋オフィス', loginId: uniqueLoginId('circle'), password: 'circle-pass-1' },
    });
    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'circle', circle.loginId, circle.password);
    const menu = await menuLabels(page);
    for (const hidden of ['プリペイド', 'アカウント情報', 'ご利用明細']) expect(menu).not.toContain(hidden);
    expect(menu).toContain('サークル');

    await page.getByRole('link', { name: 'サークル' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody').textContent()).toContain('大阪オフィス');
    expect(await page.locator('tbody').textContent()).not.toContain('名古屋オフィス');
    expect(await page.getByRole('button', { name: '「大阪オフィス」を削除' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'サークルを追加' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'portal-circles-circle-login-ja');

    // Its own password: the current one is asked for, and its session goes on.
    await page.getByRole('button', { name: '「大阪オフィス」のパスワードを変更' }).click();
    await page.getByLabel('現在のパスワード').fill('circle-pass-1');
    await page.getByLabel('新しいパスワード（8文字以上）').fill('circle-pass-2');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.locator('#circles-status').getByText('パスワードを変更しました').waitFor();

    for (const path of ['/account', '/prepaid', '/statements']) {
      await page.goto(`${api.url}${path}`);
      await page.getByText('このページはありません。').waitFor();
    }
    const status = await page.evaluate<number>("fetch('/v1/account', { headers: { accept: 'application/json' } }).then((r) => r.status)");
    expect(status).toBe(403);
  });
});

describe('portal on a 390×844 phone: account information and circles', () => {
  it('never scroll sideways, for the account and for a circle login, in either language', async () => {
    const { acct, circle } = await accountWithCircle('とても長い名前のサークル・東京本社営業部第一課');
    const page = await newPortalPage(browser, PHONE_VIEWPORT);
    await loginThroughPortal(page, api.url, 'account', acct.loginId, acct.password);
    for (const lang of ['ja', 'en'] as const) {
      await chooseLanguage(page, lang);
      for (const path of ['/account', '/circles']) {
        await page.goto(`${api.url}${path}`);
        await page.locator('main form, main table').first().waitFor();
        await expectNoHorizontalScroll(page, `${path} (${lang}, account)`);
        await screenshot(page, `portal-${path.slice(1)}-phone-${lang}`);
      }
    }
    const circlePage = await newPortalPage(browser, PHONE_VIEWPORT);
    await loginThroughPortal(circlePage, api.url, 'circle', circle.loginId, circle.password);
    await circlePage.goto(`${api.url}/circles`);
    await circlePage.locator('main table').waitFor();
    await expectNoHorizontalScroll(circlePage, '/circles (circle)');
  });
});
