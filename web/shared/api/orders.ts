import type { Call } from '../api-client';

/** The kinds of order the portal follows. */
export type CustomerOrderKind = 'topup' | 'services' | 'devices' | 'overseas_number';

/** An order's status document (GET /v1/orders/{id}). */
export interface CustomerOrder {
  id: string;
  kind: CustomerOrderKind;
  status: string;
  circleId: string | null;
  subtotal: number;
  tax: number;
  total: number;
  /** Yen given back to the prepaid balance: numbers the carrier refused, or all of a failed order. */
  refunded: number;
  currency: 'JPY';
  totals: Record<string, unknown>;
  detail: Record<string, unknown>;
  nextAction: Record<string, unknown> | null;
  failureReason: string | null;
  createdAt: string;
  updatedAt: string;
  /** Set once the order reached a final status; nothing changes after it. */
  closedAt: string | null;
}

/** One step of an order's history. */
export interface CustomerOrderEvent {
  status: string;
  note: string | null;
  at: string;
}

/** The home page's set-up path, read from what the login already has. */
export interface SetupFacts {
  uniques: number;
  numbers: number;
  deviceOrders: number;
}

/** The customer's side of the orders API. */
export const ordersApi = (call: Call) => ({
  customerOrders: (f: { kind?: CustomerOrderKind; cursor?: string; limit?: number } = {}) => {
    const q = new URLSearchParams();
    if (f.kind) q.set('kind', f.kind);
    if (f.cursor) q.set('cursor', f.cursor);
    if (f.limit) q.set('limit', String(f.limit));
    const s = q.toString();
    return call<{ items: CustomerOrder[]; nextCursor: string | null }>('GET', `/v1/orders${s ? `?${s}` : ''}`);
  },
  customerOrder: (orderId: string) =>
    call<CustomerOrder & { events: CustomerOrderEvent[] }>('GET', `/v1/orders/${encodeURIComponent(orderId)}`),
  async setupFacts(): Promise<SetupFacts> {
    const [uniques, numbers, devices] = await Promise.all([
      call<{ items: unknown[] }>('GET', '/v1/uniques'),
      call<{ items: unknown[] }>('GET', '/v1/numbers?status=active'),
      call<{ items: CustomerOrder[] }>('GET', '/v1/orders?kind=devices&limit=20'),
    ]);
    return {
      uniques: uniques.items.length,
      numbers: numbers.items.length,
      deviceOrders: devices.items.filter((o) => !o.failureReason && o.status !== 'cancelled').length,
    };
  },
});
