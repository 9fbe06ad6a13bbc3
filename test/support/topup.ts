import { expect, inject } from 'vitest';
import type { TestApi } from './api';
import { mailsTo, type CaughtMail } from './mail';

/** Sandbox test cards (README "Prepaid top-up"): the last four digits choose the behaviour. */
export const CARDS = {
  visa: '4111111111111111',
  mastercard: '5555555555554444',
  jcb: '3530111333300000',
  amex: '378282246310005',
  diners: '36227206271667',
  threeDsRequired: '4000000000003220',
  threeDsFails: '4000000000003063',
  decline: '4000000000000002',
  noThreeDs: {
    visa: '4000000000000077',
    mastercard: '5100000000000077',
    jcb: '3530000000000077',
    amex: '370000000000077',
    diners: '36000000000077',
  },
} as const;

/** The processor sandbox's base URL. */
export const processorUrl = () => `${inject('sandboxUrl')}/processor`;

/** Tokenises a card at the processor, as the browser's payment form does. */
export async function tokenize(number: string): Promise<string> {
  const res = await fetch(`${processorUrl()}/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number, expMonth: 12, expYear: 2031, cvc: '123' }),
  });
  const body = (await res.json()) as { token: string };
  expect(res.status).toBe(201);
  return body.token;
}

/** POSTs JSON to a sandbox URL and returns status and body. */
export async function sandboxPost(url: string, body: unknown = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** Reads a top-up through the API until the predicate holds. */
export async function waitForTopup(
  api: TestApi,
  token: string,
  orderId: string,
  until: (t: any) => boolean,
  timeoutMs = 20_000,
): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  let last: any;
  while (Date.now() < deadline) {
    last = (await api.request('GET', `/v1/prepaid/topups/${orderId}`, { token })).body;
    if (until(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`top-up ${orderId} never matched; last: ${JSON.stringify(last)}`);
}

/** Waits for a top-up to reach a status. */
export const waitForStatus = (api: TestApi, token: string, orderId: string, status: string, timeoutMs?: number) =>
  waitForTopup(api, token, orderId, (t) => t.status === status, timeoutMs);

/** Orders a top-up and returns the created order (asserting 201). */
export async function orderTopup(api: TestApi, token: string, body: Record<string, unknown>): Promise<any> {
  const res = await api.request('POST', '/v1/prepaid/topups', { token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Ledger entries of an account that credit top-ups. */
export async function topupCredits(api: TestApi, accountId: string): Promise<Array<{ amount: number; idempotency_key: string }>> {
  return api.deps.db('ledger_entries').where({ account_id: accountId, kind: 'topup' }).select('amount', 'idempotency_key');
}

/** Waits for a mail to the address whose text contains the given text (e.g. an order ID). */
export async function waitForMailWith(address: string, text: string, timeoutMs = 20_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await mailsTo(address)).find((m) => m.text.includes(text));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail containing "${text}" to ${address}`);
}
