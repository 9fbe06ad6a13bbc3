import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code128Bars } from '../../web/shared/code128';
import { staffLogin, type TestApi } from '../support/api';
import { closeBrowserStack, expectAccessible, openBrowserStack, screenshot } from '../support/browser';
import {
  activeUnique,
  addCircle,
  benchFetch,
  extraWarehouseStaff,
  fundedAccount,
  placeOrder,
  randomMac,
  randomSerial,
  randomTracking,
  shipOrder,
  taskIdOf,
  waitForOrderStatus,
} from './devices-fixtures';

let api: TestApi;
let browser: Browser;
let staffToken: string;

beforeAll(async () => {
  ({ api, browser } = await openBrowserStack());
  staffToken = await staffLogin(api, 'warehouse');
});
afterAll(() => closeBrowserStack({ api, browser }));

/** A page logged in as the demo warehouse worker through the console's own form. */
async function warehousePage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${api.url}/staff/`);
  await page.getByLabel('ログインID').fill('warehouse');
  await page.getByLabel('パスワード').fill('warehouse-pass-1');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { name: '出荷作業の一覧' }).waitFor();
  return page;
}

/** A paid, pre-configured order of two GXP1620s, each with its own number; returns the order and its task. */
async function preconfiguredOrder() {
  const acct = await fundedAccount(api, 200_000, 'ja');
  const circleId = await addCircle(api, acct.token);
  const u1 = await activeUnique(api, acct.accountId, circleId, { name: '受付' });
  const u2 = await activeUnique(api, acct.accountId, circleId);
  const order = await placeOrder(api, acct.token, {
    model: 'GXP1620',
    quantity: 2,
    settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u1.id }, { uniqueId: u2.id }] },
  });
  await waitForOrderStatus(api, acct.token, order.id, 'picking');
  return { acct, order, taskId: await taskIdOf(api, order.id), codes: [u1.code, u2.code] };
}

/** A plain order of one unit, paid and waiting in the warehouse. */
async function plainOrder() {
  const acct = await fundedAccount(api, 200_000, 'ja');
  const order = await placeOrder(api, acct.token, { model: 'GXP1620', quantity: 1 });
  return { acct, order, taskId: await taskIdOf(api, order.id) };
}

const shortId = (id: string) => id.slice(0, 8).toUpperCase();
const focusedId = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.id');

/** Types a code as a keyboard-wedge scanner does: the characters, then Enter, with no click between. */
async function scan(page: Page, code: string) {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

describe('staff console: the warehouse desk', () => {
  it('a warehouse worker claims a pre-configured order, scans both units as a scanner types, prints the slip, ships and marks it delivered', async () => {
    const taken = { mac: randomMac(), serial: randomSerial() };
    await shipOrder(api, staffToken, (await plainOrder()).order.id, [taken]);
    const { acct, order, taskId, codes } = await preconfiguredOrder();
    const page = await warehousePage();

    const row = page.locator(`tr[data-task-id="${taskId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('GXP1620 × 2台');
    expect(await row.textContent()).toContain('未担当');
    await expectAccessible(page);
    await screenshot(page, 'staff-warehouse-list-ja');

    await row.getByRole('button', { name: `担当する ${shortId(order.id)}` }).click();
    await page.getByRole('heading', { name: `注文 ${shortId(order.id)}` }).waitFor();
    await page.getByText('あなたが担当しています').waitFor();
    expect(await page.locator('#wh-next').textContent()).toBe('次の作業: 棚からGXP1620を2台取り出し、「取り出した」を押してください。');
    await page.getByRole('button', { name: '取り出した' }).click();
    await page.getByRole('heading', { name: '機器 1/2 をスキャン' }).waitFor();
    await page.getByText(`この機器に設定する番号: ${codes[0]}`).waitFor();
    expect(await focusedId(page)).toBe('scan-mac');

    // A label that is not a MAC is refused inline, and the field is emptied for the rescan.
    await scan(page, '00:0B:82:12:34');
    await page.locator('#scan-mac-error').getByText('「00:0B:82:12:34」はMACアドレスではありません').waitFor();
    expect(await page.getByLabel('MACアドレス').inputValue()).toBe('');
    expect(await page.getByLabel('MACアドレス').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('scan-mac');
    await expectAccessible(page);
    await screenshot(page, 'staff-warehouse-scan-refused-ja');

    const unit1 = { mac: randomMac().replace(/:/g, '-'), serial: randomSerial() };
    await scan(page, unit1.mac);
    expect(await focusedId(page)).toBe('scan-serial');
    await scan(page, unit1.serial);
    await page.getByRole('heading', { name: '機器 2/2 をスキャン' }).waitFor();
    expect(await focusedId(page)).toBe('scan-mac');
    expect(await page.getByRole('status').first().textContent()).toContain(`機器1を登録しました（MAC ${unit1.mac.replace(/-/g, ':')}`);

    // The same unit's label again is refused before it reaches the server.
    await scan(page, unit1.mac.toLowerCase().replace(/-/g, ''));
    await page.locator('#scan-mac-error').getByText('このMACアドレスは機器1でスキャン済みです').waitFor();
    expect(await focusedId(page)).toBe('scan-mac');
    // A MAC already shipped with another order is refused by the API, inline, and cleared.
    await scan(page, taken.mac);
    await scan(page, randomSerial());
    await page.locator('#scan-mac-error').getByText('は既に別の機器に登録されています').waitFor();
    expect(await page.getByLabel('MACアドレス').inputValue()).toBe('');
    expect(await focusedId(page)).toBe('scan-mac');
    // So is a serial number already in the system.
    const unit2 = { mac: randomMac(), serial: randomSerial() };
    const cisco = unit2.mac
      .replace(/:/g, '')
      .toLowerCase()
      .replace(/(.{4})(.{4})(.{4})/, '$1.$2.$3');
    await scan(page, cisco);
    await scan(page, taken.serial);
    await page.locator('#scan-serial-error').getByText(`シリアル番号 \`${taken.serial}\` は既に別の機器に登録されています。`).waitFor();
    expect(await page.getByLabel('シリアル番号').inputValue()).toBe('');
    expect(await focusedId(page)).toBe('scan-serial');
    await scan(page, unit2.serial);
    await page.getByText('次の作業: 出荷票を印刷し、機器と一緒に梱包して「梱包した」を押してください。').waitFor();

    const view = (await api.request('GET', `/v1/warehouse/tasks/${taskId}`, { token: staffToken })).body;
    const macs = [unit1.mac, unit2.mac].map((m) => m.toLowerCase().replace(/[^0-9a-f]/g, ''));
    expect(view.devices.map((d: { mac: string; serial: string }) => [d.mac, d.serial])).toEqual([
      [macs[0], unit1.serial],
      [macs[1], unit2.serial],
    ]);
    await expectAccessible(page);
    await screenshot(page, 'staff-warehouse-task-pack-ja');

    // The pack slip: barcodes for the order ID, each MAC and serial; credentials per unit.
    await page.getByRole('link', { name: '出荷票を開く' }).first().click();
    await page.getByRole('heading', { name: `出荷票 — 注文 ${shortId(order.id)}` }).waitFor();
    const codesShown = await page.locator('svg.barcode').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-code')));
    expect(codesShown).toEqual([order.id, macs[0], unit1.serial, macs[1], unit2.serial]);
    for (const code of codesShown) {
      const drawn = await page
        .locator(`svg.barcode[data-code="${code}"] rect`)
        .evaluateAll((rects) => rects.map((r) => ({ x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')) })));
      expect(drawn, code!).toEqual(code128Bars(code!).bars);
    }
    for (const d of view.devices) {
      for (const value of [d.provisioning.configServer, d.provisioning.fileUrl, d.provisioning.username, d.provisioning.password])
        expect(await page.locator('.slip').textContent()).toContain(value);
    }
    expect(view.devices[0].provisioning.fileUrl).toMatch(new RegExp(`/provisioning/cfg${macs[0]}\\.xml$`));
    await page.getByText('東京都渋谷区渋谷2-1-1').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'staff-warehouse-slip-ja');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    await screenshot(page, 'staff-warehouse-slip-print-ja');
    const pdfDir = join(__dirname, '..', '..', 'test-output');
    mkdirSync(pdfDir, { recursive: true });
    const pdf = join(pdfDir, 'warehouse-pack-slip.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });

    // Pre-configured phones are packed only once they fetched their configuration at the test bench.
    await page.getByRole('link', { name: '← 作業に戻る' }).click();
    await page.getByText('機器 1, 2 がまだ設定を取得していません。').waitFor();
    expect(await page.getByRole('button', { name: '梱包した' }).count()).toBe(0);
    for (const d of view.devices) await benchFetch(api, d.mac, d.provisioning);
    await page.getByRole('button', { name: '設定の取得を確認' }).click();
    await page.getByText('すべての機器が設定を取得しました。梱包できます。').waitFor();
    expect(await page.locator('td.wh-config').allTextContents()).toEqual([
      expect.stringMatching(/^取得済み/),
      expect.stringMatching(/^取得済み/),
    ]);
    await expectAccessible(page);

    // Pack, then ship: the carrier, and the tracking label scanned (its Enter ships).
    await page.getByRole('button', { name: '梱包した' }).click();
    await page.getByText('梱包を記録しました。').waitFor();
    expect(await focusedId(page)).toBe('ship-tracking');
    await page.getByLabel('配送業者').selectOption('sagawa');
    await page.getByLabel('追跡番号').focus();
    await scan(page, 'ABC');
    await page.locator('#ship-tracking-error').getByText('「ABC」は追跡番号ではありません').waitFor();
    expect(await page.getByLabel('追跡番号').inputValue()).toBe('');
    const tracking = randomTracking();
    await scan(page, `${tracking.slice(0, 4)}-${tracking.slice(4, 8)}-${tracking.slice(8)}`);
    await page.getByText(`佐川急便で出荷しました（追跡番号 ${tracking}）。`).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'staff-warehouse-shipped-ja');
    expect((await waitForOrderStatus(api, acct.token, order.id, 'shipped')).shipment).toMatchObject({
      carrier: 'sagawa',
      trackingNumber: tracking,
    });

    await page.getByRole('button', { name: '配達完了にする' }).click();
    await page.getByText('配達完了を記録しました。').waitFor();
    await page.getByText('この注文は配達済みです。').waitFor();
    await waitForOrderStatus(api, acct.token, order.id, 'delivered');
    await screenshot(page, 'staff-warehouse-delivered-ja');
    await page.close();
  });

  it('a task someone else holds says who and since when; once given back it can be claimed, and given back again', async () => {
    const other = await extraWarehouseStaff(api);
    const { order, taskId } = await plainOrder();
    const claimed = await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: other });
    expect(claimed.status).toBe(200);
    const { staffName, claimedAt, expiresAt } = claimed.body.claim;
    expect(Date.parse(claimedAt)).toBeLessThan(Date.parse(expiresAt));

    const page = await warehousePage();
    await page.getByLabel('言語を選択').selectOption('en');
    await page.getByRole('heading', { name: 'Warehouse tasks' }).waitFor();
    const row = page.locator(`tr[data-task-id="${taskId}"]`);
    await row.waitFor();
    const since = new Date(claimedAt).toLocaleString('en-GB', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(await row.textContent()).toContain(`${staffName} (since ${since} JST)`);
    expect(await row.getByRole('button').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'staff-warehouse-list-held-en');

    await row.getByRole('link', { name: `Open ${shortId(order.id)}` }).click();
    await page.getByText(`${staffName} holds this task (since ${since} JST).`).waitFor();
    expect(await page.getByRole('button', { name: 'Picked' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Claim' }).count()).toBe(0);

    // Claiming again extends the holder's claim and keeps when it started.
    const again = await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: other });
    expect(again.body.claim.claimedAt).toBe(claimedAt);
    expect((await api.request('DELETE', `/v1/warehouse/tasks/${taskId}/claim`, { token: other })).status).toBe(204);
    await page.reload();
    await page.getByText('Nobody holds this task. Claim it to work on it.').waitFor();
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByText('You hold this task').first().waitFor();
    await page.getByRole('button', { name: 'Picked' }).waitFor();
    await page.getByRole('button', { name: 'Give back' }).click();
    await page.getByText(`You gave order ${shortId(order.id)} back.`).waitFor();
    await page.getByRole('button', { name: 'Claim' }).waitFor();
    expect((await api.request('GET', `/v1/warehouse/tasks/${taskId}`, { token: staffToken })).body.claim).toBeNull();
    await page.close();
  });

  it('packs a pre-configured order whose phone could not fetch at the test bench, with a reason kept on the task', async () => {
    const { taskId } = await preconfiguredOrder();
    const step = (name: string, body?: unknown) =>
      api.request('POST', `/v1/warehouse/tasks/${taskId}/${name}`, { token: staffToken, body });
    expect((await step('claim')).status).toBe(200);
    let view = (await step('pick')).body;
    for (const d of view.devices as Array<{ id: string }>)
      view = (await step('scan', { deviceId: d.id, mac: randomMac(), serial: randomSerial() })).body;
    await benchFetch(api, view.devices[0].mac, view.devices[0].provisioning);

    const page = await warehousePage();
    await page.goto(`${api.url}/staff/#/warehouse/${taskId}`);
    await page.getByText('機器 2 がまだ設定を取得していません。').waitFor();
    expect(await page.locator('td.wh-config').allTextContents()).toEqual([expect.stringMatching(/^取得済み/), '未取得']);
    await page.getByLabel('設定を取得せずに梱包する理由').fill('不明');
    await page.getByRole('button', { name: '理由を記録して梱包する' }).click();
    await page.locator('#pack-override-error').getByText('理由を10文字以上で入力してください。').waitFor();
    const reason = 'テストベンチのLANが故障中のため、電話機の画面で設定を目視確認しました';
    await page.getByLabel('設定を取得せずに梱包する理由').fill(reason);
    await page.getByRole('button', { name: '理由を記録して梱包する' }).click();
    await page.getByText('梱包を記録しました。設定を取得せずに梱包した理由は作業に記録されます。').waitFor();
    const cells = await page.locator('td.wh-config').allTextContents();
    expect(cells[1]).toContain('未取得のまま梱包');
    expect(cells[1]).toContain(`理由: ${reason}`);
    await expectAccessible(page);
    await screenshot(page, 'staff-warehouse-pack-override-ja');
    const kept = (await api.request('GET', `/v1/warehouse/tasks/${taskId}`, { token: staffToken })).body;
    expect(kept.step).toBe('ship');
    expect(kept.devices[1].configOverride).toMatchObject({ reason });
    await page.close();
  });

  it('a step the order no longer allows is answered in words on the screen', async () => {
    const { acct, order, taskId } = await plainOrder();
    const page = await warehousePage();
    await page.goto(`${api.url}/staff/#/warehouse/${taskId}`);
    await page.getByRole('button', { name: '担当する' }).click();
    await page.getByRole('button', { name: '取り出した' }).waitFor();
    expect((await api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token })).status).toBe(200);
    await expect.poll(async () => (await api.deps.stores.warehouse.get(taskId)).status).toBe('cancelled');
    await page.getByRole('button', { name: '取り出した' }).click();
    await page.getByText('このご注文はキャンセルされました。').waitFor();
    await page.getByText('この注文はキャンセルされました。作業は不要です。').waitFor();
    expect(await page.getByRole('button', { name: '取り出した' }).count()).toBe(0);
    await page.close();
  });

  for (const [name, viewport] of [
    ['portrait', { width: 800, height: 1280 }],
    ['landscape', { width: 1280, height: 800 }],
  ] as const) {
    it(`works on a 10-inch tablet held ${name}: nothing overflows sideways and every control is at least 44 px tall`, async () => {
      const { order, taskId } = await preconfiguredOrder();
      const page = await warehousePage(viewport);
      const check = async (screen: string) => {
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect(overflow, `${screen} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
        const small = await page
          .locator('main button:visible, main input:visible, main select:visible, main a:visible')
          .evaluateAll((els) =>
            els.map((e) => ({ what: e.outerHTML.slice(0, 80), h: e.getBoundingClientRect().height })).filter((x) => x.h < 44),
          );
        expect(small, screen).toEqual([]);
        await expectAccessible(page);
        await screenshot(page, `staff-warehouse-${screen}-tablet-${name}`);
      };
      await page.locator(`tr[data-task-id="${taskId}"]`).waitFor();
      await check('list');
      await page
        .locator(`tr[data-task-id="${taskId}"]`)
        .getByRole('button', { name: `担当する ${shortId(order.id)}` })
        .click();
      await page.getByRole('button', { name: '取り出した' }).click();
      await page.getByRole('heading', { name: '機器 1/2 をスキャン' }).waitFor();
      await scan(page, randomMac());
      await scan(page, randomSerial());
      await page.getByRole('heading', { name: '機器 2/2 をスキャン' }).waitFor();
      await check('scan');
      await scan(page, randomMac());
      await scan(page, randomSerial());
      // The pack step waits for the phones' configuration fetch, with the override form beside it.
      await page.getByRole('button', { name: '設定の取得を確認' }).waitFor();
      await check('pack');
      await page.goto(`${api.url}/staff/#/warehouse/${taskId}/slip`);
      await page.locator('svg.barcode').nth(4).waitFor();
      await check('slip');
      await page.close();
    });
  }
});
