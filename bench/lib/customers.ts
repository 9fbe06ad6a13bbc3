import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { createLedgerStore } from '../../db/prepaid/ledger.store';
import { apiClient } from './client';

/** A customer ready to buy: an account with money on its balance and one circle. */
export interface BenchCustomer {
  accountId: string;
  token: string;
  circleId: string;
}

/** Opens customers through the API and funds them with a ledger adjustment. */
export async function fundedCustomers(apiUrl: string, db: Knex, count: number, yen: number, prefix: string): Promise<BenchCustomer[]> {
  const api = apiClient(apiUrl);
  const ledger = createLedgerStore(db);
  const out: BenchCustomer[] = [];
  for (let i = 0; i < count; i++) {
    const c = await api.newCustomer(prefix);
    if (yen > 0)
      await ledger.post({
        accountId: c.accountId,
        amount: yen,
        kind: 'adjustment',
        reference: 'bench',
        idempotencyKey: `bench:${randomUUID()}`,
      });
    const circle = await api.call('POST', '/v1/circles', {
      token: c.token,
      body: { name: 'Bench', loginId: `${c.loginId}-c`, password: 'bench-password-1' },
    });
    out.push({ accountId: c.accountId, token: c.token, circleId: circle.body.id });
  }
  return out;
}

/** Waits until every order has closed; returns closed_at per order ID (server clock). */
export async function waitForClosed(
  db: Knex,
  ids: string[],
  timeoutMs: number,
  onProgress?: (closed: number) => void,
): Promise<Map<string, { status: string; closedAt: Date }>> {
  const deadline = Date.now() + timeoutMs;
  const done = new Map<string, { status: string; closedAt: Date }>();
  while (done.size < ids.length) {
    if (Date.now() > deadline) throw new Error(`${ids.length - done.size} of ${ids.length} orders still open after ${timeoutMs / 1000} s`);
    const open = ids.filter((id) => !done.has(id));
    for (let i = 0; i < open.length; i += 5000) {
      const rows = await db('orders')
        .whereIn('id', open.slice(i, i + 5000))
        .whereNotNull('closed_at')
        .select('id', 'status', 'closed_at');
      for (const r of rows) done.set(r.id, { status: r.status, closedAt: r.closed_at });
    }
    onProgress?.(done.size);
    if (done.size < ids.length) await new Promise((r) => setTimeout(r, 500));
  }
  return done;
}
