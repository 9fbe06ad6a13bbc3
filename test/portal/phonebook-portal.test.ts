import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';
import { customerWithCircle } from '../support/services';
import { chooseLanguage, expectNoHorizontalScroll, loginThroughPortal, newPortalPage, PHONE_VIEWPORT } from './support-portal';

let api: TestApi;
let browser: Browser;
beforeAll(async () => ({ api, browser } = await openBrowserStack()));
afterAll(() => closeBrowserStack({ api, browser }));

describe('portal: the circle phone book', () => {
  it('a circle adds a contact (number typed with hyphens), edits it, finds it, and removes it', async () => {
    const c = await customerWithCircle(api, 0);
    const page = await newPortalPage(browser);
    await loginThroughPortal(page, api.url, 'circle', c.circleLogin, c.circlePassword);
    await page.getByRole('link', { name: '電話帳' }).click();
    await page.getByText('連絡先はまだありません。').waitFor();
    // A circle login has one phone book: no circle to choose (an empty select was shown before).
    expect(await page.locator('.pb-circle').isVisible()).toBe(false);

    await page.locator('#pb-add-open').click();
    await page.getByLabel('名前', { exact: true }).fill('山田 太郎');
    await page.getByLabel('ふりがな', { exact: true }).fill('やまだ たろう');
    await page.getByLabel('会社名', { exact: true }).fill('山田商事');
    await page.getByLabel('電話番号', { exact: true }).fill('03-1234-5678');
    await page.getByRole('button', { name: '追加する' }).click();
    await page.locator('#pb-status').getByText('山田 太郎 を追加しました。').waitFor();
    const row = page.locator('.pb-table tbody tr').first();
    expect(await row.textContent()).toContain('03-1234-5678');
    expect(await row.textContent()).toContain('山田商事');
    const stored = (await api.request('GET', `/v1/circles/${c.circleId}/contacts`, { token: c.token })).body.items;
    expect(stored).toMatchObject([
      {
        name: '山田 太郎',
        nameKana: 'やまだ たろう',
        company: '山田商事',
        number: '+81312345678',
        numberDisplay: '03-1234-5678',
        notes: null,
      },
    ]);
    await expectAccessible(page);
    await screenshot(page, 'portal-phonebook-ja');

    // A number that cannot be dialled is refused before it is sent.
    await page.locator('#pb-add-open').click();
    await page.getByLabel('名前', { exact: true }).fill('間違い');
    await page.getByLabel('電話番号', { exact: true }).fill('03-abc');
    await page.getByRole('button', { name: '追加する' }).click();
    await page.locator('#pb-status').getByText('電話番号は2〜15桁の数字で入力してください').waitFor();
    expect(await page.getByLabel('電話番号', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'やめる' }).click();

    await page.getByRole('button', { name: '山田 太郎 を編集' }).click();
    await page.getByLabel('電話番号', { exact: true }).fill('+44 20 7946 0000');
    await page.getByLabel('メモ', { exact: true }).fill('ロンドン支社');
    await page.getByRole('button', { name: '変更を保存' }).click();
    await page.locator('#pb-status').getByText('山田 太郎 を更新しました。').waitFor();
    expect(await page.locator('.pb-table tbody tr').first().textContent()).toContain('+442079460000');

    await page.getByLabel('検索（名前・かな・会社・番号）').fill('やまだ');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.locator('.pb-table tbody tr').first().waitFor();
    await page.getByLabel('検索（名前・かな・会社・番号）').fill('存在しない');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByText('該当する連絡先はありません。').waitFor();
    await page.getByLabel('検索（名前・かな・会社・番号）').fill('');
    await page.getByRole('button', { name: '検索', exact: true }).click();

    await page.getByRole('button', { name: '山田 太郎 を削除' }).click();
    await page.getByText('山田 太郎 を電話帳から削除しますか？').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: '削除する' }).click();
    await page.locator('#pb-status').getByText('山田 太郎 を削除しました。').waitFor();
    await page.getByText('連絡先はまだありません。').waitFor();
    expect((await api.request('GET', `/v1/circles/${c.circleId}/contacts`, { token: c.token })).body.items).toEqual([]);
  });

  it('the account chooses the circle, and the page reads in English and fits a phone', async () => {
    const c = await customerWithCircle(api, 0);
    await api.request('POST', `/v1/circles/${c.circleId}/contacts`, {
      token: c.token,
      body: { name: 'Reception', company: 'Head office', number: '0312345678' },
    });
    const page = await newPortalPage(browser, PHONE_VIEWPORT);
    await loginThroughPortal(page, api.url, 'account', c.loginId, c.password);
    await page.goto(`${api.url}/phonebook`);
    await page.locator('#pb-circle').waitFor();
    await page.getByText('Reception').waitFor();
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Phone book' }).waitFor();
    await page.getByText('Reception').waitFor();
    await expectNoHorizontalScroll(page, 'phone book on a phone');
    await expectAccessible(page);
    await screenshot(page, 'portal-phonebook-phone-en');
  });
});
