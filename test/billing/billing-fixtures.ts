import { randomUUID } from 'node:crypto';
import { signUp, type TestApi } from '../support/api';

/** A customer with one circle and one active unique, inserted directly (no purchase workflow). */
export async function customerWithUnique(api: TestApi, opts: { balance?: number; activatedAt?: Date; language?: 'ja' | 'en' } = {}) {
  const acct = await signUp(api, { language: opts.language ?? 'ja' });
  const db = api.deps.db;
  const [circle] = await db('circles')
    .insert({ account_id: acct.accountId, name: '本社', login_id: `c-${randomUUID().slice(0, 12)}`, password_hash: 'x' })
    .returning('id');
  const circleId = circle.id as string;
  const uniqueId = await addUnique(api, acct.accountId, circleId, { activatedAt: opts.activatedAt });
  if (opts.balance) await credit(api, acct.accountId, opts.balance);
  return { ...acct, circleId, uniqueId };
}

/**
 * Inserts an active unique (¥1,100 a month) into a circle, with a caller-ID number of its own (an
 * 050 number free of monthly fees, so that statements count only the unique) unless told not to
 * or prohibited outside calls (the caller-ID choice): a unique with no caller ID cannot call outside.
 */
export async function addUnique(
  api: TestApi,
  accountId: string,
  circleId: string,
  opts: { activatedAt?: Date; outboundProhibited?: boolean; status?: string; cancelledAt?: Date; callerId?: boolean } = {},
) {
  const callerIdNumberId =
    opts.callerId === false || opts.outboundProhibited
      ? null
      : (
          await api.deps
            .db('phone_numbers')
            .insert({
              number: randomNumber('050', 11),
              kind: 'ip050',
              status: 'active',
              account_id: accountId,
              circle_id: circleId,
              monthly_fee: 0,
            })
            .returning('id')
        )[0].id;
  const [row] = await api.deps
    .db('uniques')
    .insert({
      account_id: accountId,
      circle_id: circleId,
      kind: 'sip_terminal',
      status: opts.status ?? 'active',
      monthly_fee: 1100,
      outbound_prohibited: opts.outboundProhibited ?? false,
      activated_at: opts.activatedAt ?? new Date('2026-01-15T00:00:00Z'),
      cancelled_at: opts.cancelledAt ?? null,
      caller_id_number_id: callerIdNumberId,
    })
    .returning('id');
  return row.id as string;
}

/** Inserts an active phone number held by the account. */
export async function addNumber(
  api: TestApi,
  accountId: string,
  circleId: string,
  number: string,
  kind = 'local',
  activatedAt = new Date('2026-01-15T00:00:00Z'),
) {
  const [row] = await api.deps
    .db('phone_numbers')
    .insert({ number, kind, status: 'active', account_id: accountId, circle_id: circleId, monthly_fee: 1100, activated_at: activatedAt })
    .returning('id');
  return row.id as string;
}

/** Gives the account money through the ledger, as a top-up would. */
export const credit = (api: TestApi, accountId: string, amount: number) =>
  api.deps.stores.ledger.post({ accountId, amount, kind: 'adjustment', reference: 'test', idempotencyKey: `test-credit:${randomUUID()}` });

/** Waits until the check passes (workflows and rating run asynchronously). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A random national fixed-line number that no other test uses. */
export const randomNumber = (prefix: string, length = 10) =>
  prefix + String(Math.floor(Math.random() * 10 ** (length - prefix.length))).padStart(length - prefix.length, '0');
