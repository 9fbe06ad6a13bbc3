import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../activities/mail/mail-templates';
import { domainMailTemplates } from '../../modules';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** The paths of the portal's page registry, read from its source (web/portal/pages.ts runs in a browser, not here). */
function portalPagePaths(): Set<string> {
  const source = readFileSync(join(__dirname, '..', '..', 'web', 'portal', 'pages.ts'), 'utf8');
  const registry = source.slice(source.indexOf('export const PAGES'));
  return new Set([...registry.matchAll(/\{ path: '([^']+)'/g)].map((m) => m[1]!));
}

/** Sample data of every mail, shaped as the activity that sends it builds it. */
function samples(base: string): Record<string, unknown> {
  const orderId = randomUUID();
  const topup = {
    name: 'テスト株式会社',
    orderId,
    amount: 10_000,
    method: 'bank_transfer',
    deadline: '2027-01-08T14:59:59.000Z',
    nextAction: null,
    balance: 12_000,
    portalUrl: base,
  };
  const devices = {
    name: 'テスト株式会社',
    orderId,
    modelName: 'GXP1620',
    quantity: 2,
    preconfigured: true,
    carrier: 'yamato',
    trackingNumber: '123456789012',
    warrantyMonths: 6,
    portalUrl: base,
  };
  return {
    password_reset: { name: 'テスト株式会社', resetUrl: `${base}/reset-password?token=abc`, minutes: 30 },
    login_id_reminder: {
      name: 'テスト株式会社',
      accountLoginId: 'acct-1',
      circles: [{ name: '本社', loginId: 'c-1' }],
      loginUrl: `${base}/`,
    },
    topup_instructions: topup,
    topup_reminder: topup,
    topup_expired: topup,
    topup_cancelled: topup,
    topup_receipt: topup,
    topup_refunded: topup,
    low_balance: { name: 'テスト株式会社', balance: 800, threshold: 1000, autoTopupAmount: null, portalUrl: base },
    services_thank_you: {
      name: 'テスト株式会社',
      orderId,
      circleName: '本社',
      uniques: [{ code: '8100000001', kind: 'sip_terminal', loginServer: 'sip.example.jp' }],
      numbers: [{ number: '0312345678', kind: 'local' }],
      subtotal: 4400,
      tax: 440,
      total: 4840,
      portalUrl: base,
    },
    overseas_number_ready: {
      name: 'テスト株式会社',
      orderId,
      circleName: '本社',
      country: 'US',
      number: '+12125550123',
      subtotal: 4950,
      tax: 495,
      total: 5445,
      portalUrl: base,
    },
    devices_order_received: {
      ...devices,
      unitPrice: 16_500,
      subtotal: 33_000,
      tax: 3_300,
      total: 36_300,
      balance: 63_700,
      shipTo: { name: '山田 太郎', postalCode: '150-0002', address: '東京都渋谷区渋谷2-1-1', phone: '0312345678' },
    },
    devices_shipped: devices,
    devices_delivered: devices,
    order_failed: {
      name: 'テスト株式会社',
      orderId,
      kind: 'services',
      items: [{ type: 'number', number: '0312345678', kind: 'local' }],
      portalUrl: base,
      reason: 'CarrierRejected',
      failedNumbers: ['0312345678'],
      refunded: 4840,
    },
    order_cancelled: {
      name: 'テスト株式会社',
      orderId,
      kind: 'devices',
      items: [{ type: 'device', name: 'GXP1620', quantity: 2 }],
      portalUrl: base,
      by: 'customer',
      refunded: 36_300,
    },
    order_refunded: {
      name: 'テスト株式会社',
      orderId,
      kind: 'devices',
      amount: 36_300,
      cause: 'cancelled',
      balance: 100_000,
      portalUrl: base,
    },
    topup_failed: { ...topup, method: 'card', reason: 'card_declined' },
    fees_unpaid: { name: 'テスト株式会社', month: '2027-01', required: 1210, balance: 100, graceUntil: Date.now(), portalUrl: base },
    outbound_suspended: { name: 'テスト株式会社', month: '2027-01', portalUrl: base },
    suspension_lifted: { name: 'テスト株式会社', charged: 1210, portalUrl: base },
    webhook_endpoint_disabled: {
      name: 'テスト株式会社',
      url: 'https://hooks.example.jp/pbx',
      endpointId: randomUUID(),
      failingSince: Date.now(),
      lastError: 'HTTP 500',
      portalUrl: base,
    },
  };
}

describe('every link in every mail opens a real portal page', () => {
  it('each template, in Japanese and English, links only to pages of the portal registry, and each of them is served', async () => {
    const base = api.deps.config.publicBaseUrl;
    const templates = domainMailTemplates();
    const data = samples(base);
    expect(Object.keys(data).sort(), 'a new mail template needs sample data here').toEqual(Object.keys(templates).sort());
    const pages = portalPagePaths();
    expect(pages.has('/orders')).toBe(true);

    const checked = new Set<string>();
    for (const name of Object.keys(templates))
      for (const lang of ['ja', 'en'] as const) {
        const { text } = render(templates, name, lang, data[name]);
        const links = [...text.matchAll(/https?:\/\/[^\s）」]+/g)].map((m) => m[0]).filter((u) => u.startsWith(base));
        expect(links.length, `${name} (${lang}) links to no portal page`).toBeGreaterThan(0);
        for (const link of links) {
          const url = new URL(link);
          const first = `/${url.pathname.split('/')[1] ?? ''}`;
          expect(pages.has(first), `${name} (${lang}) links to ${url.pathname}, which no portal page serves`).toBe(true);
          checked.add(url.pathname + url.search);
        }
      }

    const index = await (await fetch(`${api.url}/`, { headers: { accept: 'text/html' } })).text();
    for (const path of checked) {
      const res = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' }, redirect: 'manual' });
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(index);
    }
    expect([...checked].some((p) => p.startsWith('/orders/'))).toBe(true);
  });

  it("the shipment mail also names the carrier's own tracking page", () => {
    const { text } = render(domainMailTemplates(), 'devices_shipped', 'ja', samples('https://pbx.example.jp').devices_shipped);
    expect(text).toContain('https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=123456789012');
    expect(text).toContain('ヤマト運輸');
  });
});
