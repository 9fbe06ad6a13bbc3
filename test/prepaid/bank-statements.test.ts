import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, staffLogin, startTestApi, type TestApi, allPages } from '../support/api';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';
import { orderTopup, topupCredits, waitForStatus } from '../support/topup';
import { csvStatement, tokyoToday, zenginStatement } from './statement-files';

// Its own worker, so that "now" is inside business hours whatever the hour of the run.
let api: TestApi;
let own: OwnWorker;
let operator: string;

beforeAll(async () => {
  own = await startOwnWorker('statements', { transferCreditTime: async ({ at }: { at: number }) => ({ applyAt: at }) });
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: own.taskQueue });
  operator = await staffLogin(api, 'operator');
});
afterAll(async () => {
  await api?.close();
  await own?.stop();
});

/** A customer with a bank-transfer order waiting for its money, and the order's reference. */
async function waitingTransfer(amount: number) {
  const acct = await signUp(api, { language: 'en' });
  const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount });
  const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_transfer');
  return { acct, orderId: order.id as string, reference: waiting.nextAction.reference as string };
}

const upload = (file: Buffer, format: 'zengin' | 'csv', fileName = `statement-${Date.now()}.txt`) =>
  api.request('POST', '/v1/operator/bank-statements', {
    token: operator,
    body: { fileName, format, contentBase64: file.toString('base64') },
  });

const openReviews = async () => (await allPages(api, '/v1/operator/reviews', operator)) as any[];

describe('bank statement import', () => {
  it('credits matched deposits, reviews a different amount and an unknown deposit with the line attached; the same file again changes nothing', async () => {
    const a = await waitingTransfer(12_000);
    const b = await waitingTransfer(3_300);
    const c = await waitingTransfer(8_000);
    const today = tokyoToday();
    const file = zenginStatement([
      { date: today, amount: 12_000, remitter: `${a.reference} ﾔﾏﾀﾞ ﾀﾛｳ` },
      { date: today, amount: 3_300, remitter: `${b.reference}ｽｽﾞｷ ﾊﾅｺ` },
      { date: today, amount: 7_560, remitter: `${c.reference} ｻﾄｳ ｼﾞﾛｳ` },
      { date: today, amount: 2_000, remitter: 'ﾀﾅｶ ｲﾁﾛｳ' },
    ]);
    const first = await upload(file, 'zengin', 'furikomi.txt');
    expect(first.status).toBe(201);
    expect(first.body.duplicate).toBe(false);
    expect(first.headers.get('location')).toBe(`/v1/operator/bank-statements/${first.body.id}`);
    expect(first.body).toMatchObject({
      id: expect.any(String),
      fileName: 'furikomi.txt',
      format: 'zengin',
      lineCount: 4,
      totalAmount: 24_860,
      currency: 'JPY',
      pendingCount: 0,
    });
    expect(first.body.lines.map((l: any) => [l.lineNo, l.reference, l.outcome, l.orderId])).toEqual([
      [2, a.reference, 'credit', a.orderId],
      [3, b.reference, 'credit', b.orderId],
      [4, c.reference, 'review', c.orderId],
      [5, null, 'unknown', null],
    ]);
    await waitForStatus(api, a.acct.token, a.orderId, 'credited');
    await waitForStatus(api, b.acct.token, b.orderId, 'credited');
    await waitForStatus(api, c.acct.token, c.orderId, 'in_review');
    expect(await topupCredits(api, a.acct.accountId)).toEqual([{ amount: 12_000, idempotency_key: `topup:${a.orderId}:credit` }]);

    const reviews = await openReviews();
    const mismatch = reviews.find((r) => r.orderId === c.orderId);
    expect(mismatch).toMatchObject({
      reason: 'amount_mismatch',
      expectedAmount: 8_000,
      receivedAmount: 7_560,
      statementLine: { fileName: 'furikomi.txt', lineNo: 4, arrivedOn: today, amount: 7_560, reference: c.reference },
    });
    const unknown = reviews.find((r) => r.statementLine?.id === first.body.lines[3].id);
    expect(unknown).toMatchObject({
      reason: 'unknown_deposit',
      orderId: null,
      receivedAmount: 2_000,
      statementLine: { remitter: 'ﾀﾅｶ ｲﾁﾛｳ' },
    });

    const again = await upload(file, 'zengin', 'furikomi-again.txt');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, id: first.body.id, fileName: 'furikomi.txt' });
    expect(again.body.lines.map((l: any) => l.outcome)).toEqual(['credit', 'credit', 'review', 'unknown']);
    expect(await topupCredits(api, a.acct.accountId)).toHaveLength(1);
    expect((await openReviews()).filter((r) => r.statementLine?.importId === first.body.id)).toHaveLength(2);

    const listed = (await api.request('GET', '/v1/operator/bank-statements', { token: operator })).body.items;
    expect(listed[0]).toMatchObject({ id: first.body.id, lineCount: 4 });
    const detail = await api.request('GET', `/v1/operator/bank-statements/${first.body.id}`, { token: operator });
    expect(detail.body).toMatchObject({ id: first.body.id, fileName: 'furikomi.txt', totalAmount: 24_860, currency: 'JPY' });
    expect(detail.body.lines).toHaveLength(4);
  });

  it('refuses a malformed file with the line and what is wrong, and applies nothing', async () => {
    const a = await waitingTransfer(5_000);
    const bad = Buffer.from(`arrived_on,amount,remitter\n${tokyoToday()},5000,${a.reference} ﾔﾏﾀﾞ\n${tokyoToday()},50OO,ﾔﾏﾀﾞ\n`);
    const res = await api.request('POST', '/v1/operator/bank-statements', {
      token: operator,
      headers: { 'accept-language': 'en' },
      body: { fileName: 'bad.csv', format: 'csv', contentBase64: bad.toString('base64') },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'statement_malformed', params: { line: 3, problem: 'bad_amount' } });
    expect(res.body.detail).toBe('Line 3: the amount "50OO" is not whole yen (digits, thousands commas allowed). Nothing was imported.');
    expect(await topupCredits(api, a.acct.accountId)).toEqual([]);
    expect((await api.request('GET', '/v1/prepaid/topups/' + a.orderId, { token: a.acct.token })).body.status).toBe('awaiting_transfer');
    const zengin = await api.request('POST', '/v1/operator/bank-statements', {
      token: operator,
      body: { fileName: 'short.txt', format: 'zengin', contentBase64: Buffer.from('1'.repeat(120)).toString('base64') },
    });
    expect(zengin.body).toMatchObject({ status: 422, params: { line: 1, problem: 'record_length', length: 120 } });
  });

  it('credits an unknown deposit to the order the operator names, keeping the note; refunding another is recorded', async () => {
    const a = await waitingTransfer(9_000);
    const file = csvStatement([
      { date: tokyoToday(), amount: 9_000, remitter: 'ﾔﾏﾀﾞ ﾀﾛｳ (ﾊﾞﾝｺﾞｳﾜｽﾚ)' },
      { date: tokyoToday(), amount: 1_234, remitter: 'ﾀﾞﾚｶ' },
    ]);
    const imported = await upload(file, 'csv', 'forgot.csv');
    expect(imported.body.lines.map((l: any) => l.outcome)).toEqual(['unknown', 'unknown']);
    const [first, second] = imported.body.lines.map((l: any) => l.reviewId as string);
    const resolve = (id: string, body: object) => api.request('POST', `/v1/operator/reviews/${id}/resolve`, { token: operator, body });

    expect((await resolve(first!, { action: 'credit' })).body).toMatchObject({ status: 422, code: 'review_order_required' });
    const assigned = await resolve(first!, {
      action: 'credit',
      orderId: a.orderId,
      note: 'Customer forgot the reference; confirmed by phone.',
    });
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      orderId: a.orderId,
      creditedAmount: 9_000,
      note: expect.stringContaining('phone'),
    });
    await waitForStatus(api, a.acct.token, a.orderId, 'credited');
    expect(await topupCredits(api, a.acct.accountId)).toEqual([{ amount: 9_000, idempotency_key: `topup:${a.orderId}:credit` }]);
    // Repeating the decision changes nothing.
    expect((await resolve(first!, { action: 'credit', orderId: a.orderId })).body).toMatchObject({ status: 'assigned' });
    expect(await topupCredits(api, a.acct.accountId)).toHaveLength(1);

    expect((await resolve(second!, { action: 'refund', note: 'Returned to the sender.' })).body).toMatchObject({
      status: 'refunded',
      note: 'Returned to the sender.',
    });
    expect((await openReviews()).some((r) => r.id === first || r.id === second)).toBe(false);
  });

  it('does not credit again money the desk already confirmed, and recognises the same deposit in a later statement', async () => {
    const a = await waitingTransfer(4_400);
    const confirmed = await api.request('POST', `/v1/operator/bank-transfers/${a.orderId}/confirm`, {
      token: operator,
      body: { amountReceived: 4_400, arrivedOn: tokyoToday() },
    });
    expect(confirmed.body.outcome).toBe('credit');
    const deposit = { date: tokyoToday(), amount: 4_400, remitter: `${a.reference} ﾔﾏﾀﾞ`, transactionId: `T-${a.reference}` };
    const first = await upload(csvStatement([deposit]), 'csv', 'day.csv');
    expect(first.body.lines[0]).toMatchObject({ outcome: 'already_confirmed', orderId: a.orderId });
    const overlapping = await upload(csvStatement([deposit, { date: tokyoToday(), amount: 100, remitter: 'ｿﾉﾀ' }]), 'csv', 'week.csv');
    expect(overlapping.body.lines[0]).toMatchObject({ outcome: 'duplicate_deposit' });
    await waitForStatus(api, a.acct.token, a.orderId, 'credited');
    expect(await topupCredits(api, a.acct.accountId)).toHaveLength(1);
  });
});
