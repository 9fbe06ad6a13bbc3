import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogin, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';

// Prices and rates are shared by the run: this file prices only Great Britain, far ahead, and
// withdraws it; its rate is for a prefix nobody dials, from 2030.
let api: TestApi;
let browser: Browser;
let operator: string;

beforeAll(async () => {
  ({ api, browser } = await openBrowserStack());
  operator = await staffLogin(api, 'operator');
});
afterAll(() => closeBrowserStack({ api, browser }));

/** A model of this test only, not for sale, so that its stock moves only here. */
async function testModel(): Promise<string> {
  const code = `DESK-${randomUUID().slice(0, 6).toUpperCase()}`;
  await api.deps.db('device_models').insert({
    code,
    maker: 'Test',
    name: code,
    features: JSON.stringify({ ja: [], en: [] }),
    sip_accounts: 1,
    warranty_months: 6,
    price: 1000,
    stock: 2,
    active: false,
    sort_order: 99,
  });
  return code;
}

/** A desktop page logged in as the operator through the console's own form, on the catalog desk. */
async function catalogPage(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${api.url}/staff/`);
  await page.getByLabel('ログインID').fill('operator');
  await page.getByLabel('パスワード').fill('operator-pass-1');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('link', { name: '商品・料金' }).click();
  await page.getByRole('heading', { name: '機器の在庫', level: 2 }).waitFor();
  return page;
}

describe('staff console: the catalog desk', () => {
  it('an operator receives stock with a double click: added once, shown in the stock and its history', async () => {
    const code = await testModel();
    const page = await catalogPage();
    const row = page.locator(`tr[data-model="${code}"]`);
    await row.getByText('2台').waitFor();
    await page.getByLabel('機種').selectOption(code);
    await page.getByLabel('入荷台数（1〜10,000）').fill('7');
    await page.getByLabel('メモ（納品書番号など）').fill('納品書 B-7');
    await page.getByRole('button', { name: '入荷を登録' }).dblclick();
    await page.getByText(`${code}: 7台を入荷しました（在庫 9台）。`).waitFor();
    await row.getByText('9台').waitFor();
    const history = page.getByRole('region', { name: `${code} の入荷履歴` });
    await history.getByRole('cell', { name: '納品書 B-7' }).waitFor();
    expect(await history.locator('tbody tr').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'staff-catalog-stock-ja');

    const receipts = await api.request('GET', `/v1/devices/models/${code}/stock-receipts`, { token: operator });
    expect(receipts.body.items).toEqual([expect.objectContaining({ quantity: 7, stockAfter: 9, note: '納品書 B-7' })]);
    await page.close();
  });

  it('an operator schedules an overseas price from a chosen start, sees it scheduled, and withdraws it', async () => {
    const page = await catalogPage();
    await page.getByLabel('言語を選択').selectOption('en');
    await page.getByRole('link', { name: 'Service prices' }).click();
    await page.getByRole('heading', { name: 'Service prices', level: 2 }).waitFor();
    const gb = page.locator('tr[data-price-key="overseas:GB"]');
    await gb.getByText('¥1,980').waitFor();

    await page.getByLabel('Kind').selectOption('overseas');
    await page.getByLabel('Country code (overseas numbers only, e.g. US)').fill('GB');
    await page.getByLabel('Monthly (yen, tax excl.)').fill('2090');
    await page.getByLabel('Initial (yen, tax excl.)').fill('3300');
    await page.getByLabel('Valid from (Japan time)').fill('2020-01-01T00:00');
    await page.getByRole('button', { name: 'Schedule price' }).click();
    await page.getByText('The price must start between now').waitFor();

    const year = new Date().getUTCFullYear() + 1;
    await page.getByLabel('Valid from (Japan time)').fill(`${year}-04-01T00:00`);
    await page.getByLabel('Note (optional)').fill('carrier price change');
    await page.getByRole('button', { name: 'Schedule price' }).dblclick();
    await page.getByText(`Overseas number GB: monthly ¥2,090, initial ¥3,300 from 01/04/${year}, 00:00 JST scheduled.`).waitFor();
    const item = gb.locator('li[data-version-id]');
    await item.getByText(`From 01/04/${year}, 00:00 JST: monthly ¥2,090, initial ¥3,300 (Demo Operator)`).waitFor();
    expect(await item.count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'staff-catalog-prices-en');

    const board = await api.request('GET', '/v1/catalog/prices', { token: operator });
    const line = board.body.items.find((l: { kind: string; country: string }) => l.kind === 'overseas' && l.country === 'GB');
    expect(line.current).toMatchObject({ monthly: 1980 });
    expect(line.scheduled).toEqual([
      expect.objectContaining({ monthly: 2090, initial: 3300, validFrom: `${year}-04-01T00:00:00+09:00`, note: 'carrier price change' }),
    ]);

    await item.getByRole('button', { name: `Withdraw the Overseas number GB price from 01/04/${year}, 00:00 JST` }).click();
    await page.getByText(`Overseas number GB: the price from 01/04/${year}, 00:00 JST was withdrawn.`).waitFor();
    await item.waitFor({ state: 'detached' });
    await page.close();
  });

  it('an operator adds a rate version from a later start and edits it in the rate table', async () => {
    const page = await catalogPage();
    await page.getByRole('link', { name: '通話料金表' }).click();
    await page.getByRole('heading', { name: '通話料金表', level: 2 }).waitFor();
    await page.locator('tr[data-rate-id]', { hasText: '0570' }).first().waitFor();
    await page.getByLabel('現在適用中の料金のみ').check();
    await expectAccessible(page);
    await screenshot(page, 'staff-catalog-rates-ja');

    const prefix = `01099${String(Math.floor(Math.random() * 90_000) + 10_000)}`;
    await page.getByLabel('プレフィックス（数字1〜10桁）').fill(prefix);
    await page.getByLabel('区分', { exact: true }).selectOption('international');
    await page.getByLabel('説明', { exact: true }).fill('テスト宛先');
    await page.getByLabel('単位料金（円）').fill('12.5');
    await page.getByLabel('課金単位（秒）').fill('60');
    await page.getByLabel('課金刻み（秒）').fill('6');
    await page.getByLabel('消費税率').selectOption('0');
    await page.getByLabel('適用開始日時（日本時間）').fill('2030-01-01T00:00');
    await page.getByRole('button', { name: '追加', exact: true }).dblclick();
    await page.getByText(`${prefix}: 2030/01/01 00:00 JST からの料金を追加しました。`).waitFor();

    await page.getByLabel('現在適用中の料金のみ').uncheck();
    await page.getByLabel('プレフィックスで絞り込み').fill(prefix);
    const row = page.locator('tr[data-rate-id]', { hasText: prefix });
    await row.getByText('12.5円').waitFor();
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: `${prefix}（2030/01/01 00:00 JST〜）を編集` }).click();
    await page.getByLabel('単位料金（円）').fill('11.25');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(`${prefix}: 変更を保存しました。`).waitFor();
    await row.getByText('11.25円').waitFor();

    const rates = await api.request('GET', `/v1/billing/rates?prefix=${prefix}`, { token: operator });
    expect(rates.body.items).toEqual([
      expect.objectContaining({
        prefix,
        class: 'international',
        unitPriceMilli: 11_250,
        unitSeconds: 60,
        incrementSeconds: 6,
        taxRate: 0,
        validFrom: '2030-01-01T00:00:00+09:00',
      }),
    ]);
    await page.close();
  });
});
