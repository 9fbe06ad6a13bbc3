import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementPdf } from '../../api/billing/statement-pdf';
import { jstMonthOf } from '../../domain/billing/months';
import type { Statement } from '../../api/billing/statement.service';
import { staffLogin, startTestApi, type TestApi } from '../support/api';
import { customerWithUnique, eventually } from './billing-fixtures';

let api: TestApi;
let operator: string;
beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api?.close());

/** The checks a PDF reader makes first: header, trailer, and every xref offset landing on its object. */
export function parsePdf(pdf: Buffer) {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!.map(Number);
  expect(first).toBe(0);
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(2, 2 + count!);
  entries.slice(1).forEach((entry, i) => {
    expect(entry).toMatch(/^\d{10} 00000 n $/);
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
  expect(text).toMatch(new RegExp(`/Size ${count}\\b`));
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = m.index! + m[0].length;
    expect(text.slice(start + Number(m[1]), start + Number(m[1]) + '\nendstream'.length)).toBe('\nendstream');
  }
  return text;
}

/** The UTF-16BE hex a Japanese text is drawn with. */
const cidHex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');

const SAMPLE: Statement = {
  id: '2027-01',
  title: '適格請求書 / Qualified invoice',
  invoiceNumber: 'INV-202701-0123456789',
  month: '2027-01',
  period: { from: '2027-01-01T00:00:00+09:00', to: '2027-02-01T00:00:00+09:00' },
  issuer: { name: 'クラウドPBX株式会社', registrationNumber: 'T1234567890123' },
  recipient: { accountId: randomUUID(), name: 'テスト株式会社' },
  lines: [
    {
      id: '1201',
      date: '2027-01-01T00:00:03+09:00',
      kind: 'monthly_fee',
      description: '月額基本料 2027-01 SIP端末 / Monthly fee 2027-01: SIP terminal',
      quantity: 1,
      taxRate: 10,
      amount: 1210,
      currency: 'JPY',
    },
    {
      id: 'calls-10',
      date: '2027-01-20T10:01:00+09:00',
      kind: 'calls',
      description: '通話料 10% / Call charges at 10%',
      quantity: 3,
      taxRate: 10,
      amount: 26,
      currency: 'JPY',
    },
    {
      id: 'calls-0',
      date: '2027-01-20T10:01:00+09:00',
      kind: 'calls',
      description: '通話料（非課税） / Call charges (tax exempt)',
      quantity: 1,
      taxRate: 0,
      amount: 20,
      currency: 'JPY',
    },
  ],
  taxByRate: [
    { rate: 10, taxable: 1124, tax: 112, currency: 'JPY' },
    { rate: 0, taxable: 20, tax: 0, currency: 'JPY' },
  ],
  subtotal: 1144,
  tax: 112,
  total: 1256,
  currency: 'JPY',
};

describe('the statement as PDF', () => {
  it('is a well-formed PDF 1.4 whose xref points at every object, with the invoice number, registration number and totals', () => {
    const text = parsePdf(statementPdf(SAMPLE, 'ja', new Date('2027-02-01T00:00:00Z')));
    expect(text).toContain('(INV-202701-0123456789)');
    expect(text).toContain('(T1234567890123)');
    expect(text).toContain('(1,256)');
    expect(text).toContain('(1,124)');
    expect(text).toContain('/BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H');
    expect(text).toContain(`<${cidHex('適格請求書')}`);
    expect(text).toContain(`<${cidHex('テスト株式会社')}`);
  });

  it('labels the English copy in English and keeps yen as ¥', () => {
    const text = parsePdf(statementPdf(SAMPLE, 'en'));
    expect(text).toContain('(Qualified invoice \\(statement\\))');
    expect(text).toContain('(\u00a51,256)');
  });

  it('runs onto further pages when the lines do not fit one', () => {
    const lines = Array.from({ length: 45 }, (_, i) => ({ ...SAMPLE.lines[0]!, description: `月額基本料 / Monthly fee: 0312345${i}` }));
    const text = parsePdf(statementPdf({ ...SAMPLE, lines }, 'ja'));
    expect(text).toContain('/Count 3');
  });
});

describe('GET /v1/billing/statements', () => {
  it('lists the months charged, and downloads the month as a PDF with the same figures as the JSON statement', async () => {
    const c = await customerWithUnique(api, { balance: 10_000 });
    await api.deps.stores.billing.chargeMonths(c.accountId, ['2027-03'], null);
    const callId = `call-${randomUUID()}`;
    await api.request('POST', '/v1/calls/cdrs', {
      token: operator,
      body: {
        records: [{ callId, uniqueId: c.uniqueId, destination: '0312345678', startedAt: '2027-03-05T10:00:00+09:00', durationSeconds: 60 }],
      },
    });
    await eventually(async () => (await api.deps.stores.cdrs.get(callId))?.ratedAt);

    // Debited now: the statement is this month's, whatever month the fee and the call were for.
    const month = jstMonthOf(Date.now());
    const list = await api.request('GET', '/v1/billing/statements', { token: c.token });
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      items: [{ id: month, month, subtotal: 1108, tax: 110, total: 1218, currency: 'JPY' }],
      nextCursor: null,
    });

    const json = await api.request('GET', `/v1/billing/statements/${month}`, { token: c.token });
    expect(json.body.invoiceNumber).toMatch(new RegExp(`^INV-${month.replace('-', '')}-[0-9A-F]{10}$`));
    const res = await fetch(`${api.url}/v1/billing/statements/${month}.pdf`, { headers: { authorization: `Bearer ${c.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="statement-${month}.pdf"`);
    const text = parsePdf(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain(`(${json.body.invoiceNumber})`);
    expect(text).toContain(`(${json.body.issuer.registrationNumber})`);
    expect(text).toContain('(1,218)');

    const english = await fetch(`${api.url}/v1/billing/statements/${month}.pdf?lang=en`, {
      headers: { authorization: `Bearer ${c.token}` },
    });
    expect(Buffer.from(await english.arrayBuffer()).toString('latin1')).toContain('(\u00a51,218)');
  });

  it('refuses a malformed month with a field problem, and other logins than the account', async () => {
    const c = await customerWithUnique(api);
    const bad = await api.request('GET', '/v1/billing/statements/2027-13.pdf', { token: c.token, headers: { 'accept-language': 'en' } });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'invalid_month', field: 'path.month', detail: 'The month must be YYYY-MM.' });
    expect((await api.request('GET', '/v1/billing/statements/2027-01.pdf', { token: operator })).status).toBe(403);
    expect((await api.request('GET', '/v1/billing/statements/2027-01.pdf')).status).toBe(401);
  });
});
