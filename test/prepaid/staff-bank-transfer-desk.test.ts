import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { expectAccessible, launchBrowser, screenshot } from '../support/browser';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';
import { orderTopup, topupCredits, waitForStatus } from '../support/topup';
import { tokyoToday, zenginStatement } from './statement-files';

// Its own worker, so that "now" is inside business hours whatever the hour of the run.
let api: TestApi;
let own: OwnWorker;
let browser: Browser;

beforeAll(async () => {
  own = await startOwnWorker('staff-desk', { transferCreditTime: async ({ at }: { at: number }) => ({ applyAt: at }) });
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: own.taskQueue });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await own?.stop();
});

/** A desktop page logged in as the operator through the console's own form. */
async function operatorPage(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${api.url}/staff/`);
  await page.getByLabel('ログインID').fill('operator');
  await page.getByLabel('パスワード').fill('operator-pass-1');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { name: '入金確認待ちの銀行振込' }).waitFor();
  return page;
}

describe('staff console: the bank-transfer desk', () => {
  it('shows the login in Japanese, accessible, with no session token a script can read', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${api.url}/staff/`);
    await page.getByRole('heading', { name: 'スタッフログイン' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'staff-login-ja');
    await page.getByLabel('ログインID').fill('operator');
    await page.getByLabel('パスワード').fill('operator-pass-1');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: '入金確認待ちの銀行振込' }).waitFor();
    expect(await page.evaluate('document.cookie')).toBe('');
    expect(await page.evaluate('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })')).not.toMatch(
      /token|session|csrf/i,
    );
    await page.close();
  });

  it('an operator finds a transfer by its reference, confirms it with a double click, and the balance is credited once', async () => {
    const acct = await signUp(api, { language: 'en' });
    const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount: 12_000 });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_transfer');
    const reference = waiting.nextAction.reference as string;

    const page = await operatorPage();
    await page.getByLabel('言語を選択').selectOption('en');
    await page.getByRole('heading', { name: 'Bank transfers awaiting confirmation' }).waitFor();
    await page.getByLabel('Search (reference, account, name, amount)').fill(reference);
    const row = page.locator(`tr[data-order-id="${order.id}"]`);
    await row.getByText(reference, { exact: true }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await row.getByLabel(`Amount received for ${reference} (yen)`).inputValue()).toBe('12000');
    // The day the money arrived, from the bank statement: it decides whether the transfer was on time.
    const arrived = row.getByLabel(`Day ${reference} arrived`);
    expect(await arrived.getAttribute('max')).toBe(tokyoToday());
    await arrived.fill(tokyoToday());
    await expectAccessible(page);
    await screenshot(page, 'staff-bank-transfers-en');

    await row.getByRole('button', { name: 'Confirm receipt' }).dblclick();
    await page.getByText(`${reference}: ¥12,000 credited to the balance.`).waitFor();
    await screenshot(page, 'staff-bank-transfer-credited-en');
    await waitForStatus(api, acct.token, order.id, 'credited');
    expect(await topupCredits(api, acct.accountId)).toEqual([{ amount: 12_000, idempotency_key: `topup:${order.id}:credit` }]);
    expect((await api.request('GET', '/v1/prepaid/balance', { token: acct.token })).body.balance).toBe(12_000);
    // Credited transfers leave the queue.
    await row.waitFor({ state: 'detached' });
    await page.close();
  });

  it('a wrong amount is sent to review, in words, and the review desk credits what arrived once', async () => {
    const acct = await signUp(api, { language: 'en' });
    const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount: 8_000 });
    const reference = (await waitForStatus(api, acct.token, order.id, 'awaiting_transfer')).nextAction.reference as string;
    const page = await operatorPage();
    const row = page.locator(`tr[data-order-id="${order.id}"]`);
    await row.getByLabel(`${reference} の入金額（円）`).fill('7000');
    await row.getByRole('button', { name: '入金を確認' }).click();
    await page.getByText(`${reference}: 金額が一致しないため確認待ち（レビュー）に回しました。`).waitFor();
    expect(await topupCredits(api, acct.accountId)).toEqual([]);

    // The review desk shows the money under review as a total, and credits what arrived.
    await page.getByRole('link', { name: 'レビュー' }).click();
    await page.getByRole('heading', { name: '確認待ちの入金（レビュー）' }).waitFor();
    const review = page.locator('tr[data-review-id]', { hasText: order.id.slice(0, 8) });
    await review.waitFor();
    expect(await page.locator('#under-review').textContent()).toMatch(/^レビュー中の金額の合計: [\d,]+円（\d+件）$/);
    await expectAccessible(page);
    await screenshot(page, 'staff-reviews-ja');
    await review.getByRole('button', { name: `${order.id.slice(0, 8)} の7,000円を入金する` }).dblclick();
    await page.getByText(`${order.id.slice(0, 8)}: 7,000円を入金しました。`).waitFor();
    await review.waitFor({ state: 'detached' });
    await expect.poll(() => topupCredits(api, acct.accountId).then((c) => c.map((x) => x.amount))).toEqual([7_000]);
    await page.close();
  });

  it('a statement of 3 deposits credits two orders and sends the mismatch to review with its line; the same file again changes nothing', async () => {
    const orders = [];
    for (const amount of [15_000, 2_500, 6_000]) {
      const acct = await signUp(api, { language: 'en' });
      const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount });
      const reference = (await waitForStatus(api, acct.token, order.id, 'awaiting_transfer')).nextAction.reference as string;
      orders.push({ acct, orderId: order.id as string, reference });
    }
    const [a, b, c] = orders as [(typeof orders)[0], (typeof orders)[0], (typeof orders)[0]];
    const today = tokyoToday();
    const fileName = `furikomi-${a.reference}.txt`;
    const path = join(mkdtempSync(join(tmpdir(), 'statement-')), fileName);
    writeFileSync(
      path,
      zenginStatement([
        { date: today, amount: 15_000, remitter: `${a.reference} ﾔﾏﾀﾞ ﾀﾛｳ` },
        { date: today, amount: 2_500, remitter: `${b.reference} ｽｽﾞｷ ﾊﾅｺ` },
        { date: today, amount: 5_400, remitter: `${c.reference} ｻﾄｳ ｼﾞﾛｳ` },
      ]),
    );

    const page = await operatorPage();
    await page.getByRole('link', { name: '入金明細の取込' }).click();
    await page.getByRole('heading', { name: '入金明細の取込' }).waitFor();
    await page.getByLabel('明細ファイル').setInputFiles(path);
    expect(await page.getByLabel('ファイル形式').inputValue()).toBe('zengin');
    await page.getByRole('button', { name: '取り込む' }).dblclick();
    await page.getByText(`${fileName}: 3件の入金明細を取り込みました（入金 2件・レビュー 1件）。`).waitFor();
    const line = (n: number) => page.locator(`table.statement-lines tr[data-line="${n}"]`);
    await line(2).getByText('入金しました').waitFor();
    await line(3).getByText('入金しました').waitFor();
    await line(4).getByText('金額が一致しないためレビューに回しました').waitFor();
    expect(await line(4).textContent()).toContain(c.reference);
    await expectAccessible(page);
    await screenshot(page, 'staff-bank-statement-imported-ja');
    await waitForStatus(api, a.acct.token, a.orderId, 'credited');
    await waitForStatus(api, b.acct.token, b.orderId, 'credited');
    await waitForStatus(api, c.acct.token, c.orderId, 'in_review');
    const credits = async () => [
      ...(await topupCredits(api, a.acct.accountId)),
      ...(await topupCredits(api, b.acct.accountId)),
      ...(await topupCredits(api, c.acct.accountId)),
    ];
    expect((await credits()).map((x) => x.amount)).toEqual([15_000, 2_500]);

    // The same file again: nothing changes.
    await page.getByLabel('明細ファイル').setInputFiles(path);
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText(`${fileName} は取込済みです。変更はありません。`).waitFor();
    expect((await credits()).map((x) => x.amount)).toEqual([15_000, 2_500]);
    const earlier = page.locator('tr[data-import-id]', { hasText: fileName });
    expect(await earlier.count()).toBe(1);

    // The review shows the statement line; the operator refunds it with a note that is kept.
    await page.getByRole('link', { name: 'レビュー' }).click();
    const review = page.locator('tr[data-review-id]', { hasText: c.orderId.slice(0, 8) });
    await review.getByText(`${fileName} 4行目・${today}・${c.reference} ｻﾄｳ ｼﾞﾛｳ`).waitFor();
    await review.getByLabel(`${c.orderId.slice(0, 8)} の対応メモ`).fill('お客様へ電話済み。差額不足のため返金。');
    await expectAccessible(page);
    await screenshot(page, 'staff-reviews-statement-line-ja');
    await review.getByRole('button', { name: `${c.orderId.slice(0, 8)} の5,400円を返金する` }).click();
    await page.getByText(`${c.orderId.slice(0, 8)}: 5,400円の返金を記録しました。`).waitFor();
    await page.locator('tr[data-resolved-id]', { hasText: 'お客様へ電話済み。差額不足のため返金。' }).waitFor();
    expect((await credits()).map((x) => x.amount)).toEqual([15_000, 2_500]);
    await page.close();
  });

  it("a customer's browser session opens no staff screen and reads no staff data", async () => {
    const acct = await signUp(api);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const login = await context.request.post(`${api.url}/v1/auth/login`, {
      data: { kind: 'account', loginId: acct.loginId, password: acct.password, session: 'cookie' },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    await page.goto(`${api.url}/staff/`);
    await page.getByRole('heading', { name: 'スタッフログイン' }).waitFor();
    expect(await page.getByRole('heading', { name: '入金確認待ちの銀行振込' }).count()).toBe(0);
    expect((await context.request.get(`${api.url}/v1/operator/bank-transfers`)).status()).toBe(403);
    expect((await context.request.get(`${api.url}/v1/operator/reviews`)).status()).toBe(403);
    await context.close();
  });
});
