import type { Knex } from 'knex';

/** What part of a customer's data a search term matched. */
export type LookupField =
  'account_id' | 'order_id' | 'login_id' | 'circle_login_id' | 'email' | 'phone_number' | 'shipping_phone' | 'unique_code' | 'mac' | 'name';

/** One way of reading the operator's search term, already normalised for its column. */
export type LookupTerm =
  | { field: 'account_id' | 'order_id'; value: string }
  | { field: 'email'; value: string }
  | { field: 'login_id'; value: string }
  | { field: 'phone_number' | 'shipping_phone'; values: string[] }
  | { field: 'unique_code'; value: string }
  | { field: 'mac'; value: string }
  | { field: 'name'; value: string };

/** One hit: the account, and what of it matched. */
export interface LookupHit {
  accountId: string;
  field: LookupField;
  value: string;
}

/** An account as a result line shows it. */
export interface CustomerSummary {
  id: string;
  loginId: string;
  name: string;
  email: string;
  balance: number;
  createdAt: Date;
}

/** An order with its status timeline. */
export interface CustomerOrder {
  id: string;
  kind: string;
  status: string;
  circleId: string | null;
  total: number;
  failureReason: string | null;
  createdAt: Date;
  closedAt: Date | null;
  timeline: Array<{ status: string; note: string | null; at: Date }>;
}

/** A unique as the customer page lists it. */
export interface CustomerUnique {
  id: string;
  code: string | null;
  kind: string;
  status: string;
  circleId: string;
  circleName: string | null;
  name: string | null;
  incomingExtension: string | null;
  monthlyFee: number;
  createdAt: Date;
  cancelledAt: Date | null;
}

/** A phone number the account holds, in any state. */
export interface CustomerNumber {
  id: string;
  number: string;
  kind: string;
  country: string;
  status: string;
  circleId: string | null;
  monthlyFee: number | null;
  activatedAt: Date | null;
  cancelledAt: Date | null;
}

/** A phone unit of one of the account's device orders. */
export interface CustomerDevice {
  id: string;
  orderId: string;
  modelCode: string;
  status: string;
  mac: string | null;
  serial: string | null;
  uniqueCodes: string[];
  configFetchedAt: Date | null;
}

/** A circle of the account. */
export interface CustomerCircle {
  id: string;
  name: string;
  loginId: string;
  removedAt: Date | null;
}

const HITS_PER_TERM = 50;

/** Escapes a user's text for LIKE, so that % and _ are literal. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Read-only queries across the domains for the operators' customer desk: who matches a search
 * term, and everything the customer page shows about one account.
 */
export function createCustomerLookupStore(db: Knex) {
  const hitsFor = async (term: LookupTerm): Promise<LookupHit[]> => {
    const as = (field: LookupField) => (rows: Array<{ account_id: string; value: string }>) =>
      rows.map((r) => ({ accountId: r.account_id, field, value: r.value }));
    switch (term.field) {
      case 'account_id':
        return db('accounts').where({ id: term.value }).select('id as account_id', 'id as value').then(as('account_id'));
      case 'order_id':
        return db('orders').where({ id: term.value }).select('account_id', 'id as value').then(as('order_id'));
      case 'email':
        return db('accounts')
          .whereRaw('lower(email) = ?', [term.value])
          .select('id as account_id', 'email as value')
          .limit(HITS_PER_TERM)
          .then(as('email'));
      case 'login_id': {
        const accounts = await db('accounts')
          .whereRaw(`lower(login_id) like ? escape '\\'`, [`${likeLiteral(term.value)}%`])
          .orderByRaw('length(login_id)')
          .select('id as account_id', 'login_id as value')
          .limit(HITS_PER_TERM);
        const circles = await db('circles')
          .whereRaw('lower(login_id) = ?', [term.value])
          .select('account_id', 'login_id as value')
          .limit(HITS_PER_TERM);
        return [...as('login_id')(accounts), ...as('circle_login_id')(circles)];
      }
      case 'phone_number':
        return db('phone_numbers')
          .whereIn('number', term.values)
          .whereNotNull('account_id')
          .select('account_id', 'number as value')
          .then(as('phone_number'));
      case 'shipping_phone':
        return db('orders')
          .where({ kind: 'devices' })
          .whereRaw(`regexp_replace(detail->'shipTo'->>'phone', '[^0-9+]', '', 'g') = any(?)`, [term.values])
          .distinct('account_id', db.raw(`detail->'shipTo'->>'phone' as value`))
          .limit(HITS_PER_TERM)
          .then(as('shipping_phone'));
      case 'unique_code':
        return db('uniques').where({ code: term.value }).select('account_id', 'code as value').then(as('unique_code'));
      case 'mac':
        return db('devices').where({ mac: term.value }).distinct('account_id', 'mac as value').then(as('mac'));
      case 'name':
        return db('accounts')
          .whereRaw(`name ilike ? escape '\\'`, [`%${likeLiteral(term.value)}%`])
          .orderBy('name')
          .select('id as account_id', 'name as value')
          .limit(HITS_PER_TERM)
          .then(as('name'));
    }
  };

  return {
    /** Every account any of the readings of the term matches, with what matched. */
    async search(terms: LookupTerm[]): Promise<LookupHit[]> {
      return (await Promise.all(terms.map(hitsFor))).flat();
    },

    async summaries(accountIds: string[]): Promise<CustomerSummary[]> {
      if (accountIds.length === 0) return [];
      const rows = await db('accounts').whereIn('id', accountIds).select('id', 'login_id', 'name', 'email', 'balance', 'created_at');
      return rows.map((r) => ({
        id: r.id,
        loginId: r.login_id,
        name: r.name,
        email: r.email,
        balance: r.balance,
        createdAt: r.created_at,
      }));
    },

    async circles(accountId: string): Promise<CustomerCircle[]> {
      const rows = await db('circles').where({ account_id: accountId }).orderBy('created_at');
      return rows.map((r) => ({ id: r.id, name: r.name, loginId: r.login_id, removedAt: r.removed_at }));
    },

    /** The newest orders with each one's status changes, oldest change first. */
    async orders(accountId: string, limit: number): Promise<CustomerOrder[]> {
      const rows = await db('orders').where({ account_id: accountId }).orderBy('created_at', 'desc').limit(limit);
      const events = rows.length
        ? await db('order_events')
            .whereIn(
              'order_id',
              rows.map((r) => r.id),
            )
            .orderBy('id')
        : [];
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        circleId: r.circle_id,
        total: r.total,
        failureReason: r.failure_reason,
        createdAt: r.created_at,
        closedAt: r.closed_at,
        timeline: events.filter((e) => e.order_id === r.id).map((e) => ({ status: e.status, note: e.note, at: e.created_at })),
      }));
    },

    async uniques(accountId: string): Promise<CustomerUnique[]> {
      const rows = await db('uniques as u')
        .leftJoin('circles as c', 'c.id', 'u.circle_id')
        .where('u.account_id', accountId)
        .orderBy('u.created_at', 'desc')
        .select('u.*', 'c.name as circle_name');
      return rows.map((r) => ({
        id: r.id,
        code: r.code,
        kind: r.kind,
        status: r.status,
        circleId: r.circle_id,
        circleName: r.circle_name,
        name: r.name,
        incomingExtension: r.incoming_extension,
        monthlyFee: r.monthly_fee,
        createdAt: r.created_at,
        cancelledAt: r.cancelled_at,
      }));
    },

    async numbers(accountId: string): Promise<CustomerNumber[]> {
      const rows = await db('phone_numbers').where({ account_id: accountId }).orderBy('number');
      return rows.map((r) => ({
        id: r.id,
        number: r.number,
        kind: r.kind,
        country: r.country,
        status: r.status,
        circleId: r.circle_id,
        monthlyFee: r.monthly_fee,
        activatedAt: r.activated_at,
        cancelledAt: r.cancelled_at,
      }));
    },

    async devices(accountId: string): Promise<CustomerDevice[]> {
      const rows = await db('devices as d')
        .where('d.account_id', accountId)
        .orderBy([{ column: 'd.created_at', order: 'desc' }, 'd.position'])
        .select(
          'd.*',
          db.raw(
            `coalesce((select array_agg(u.code order by s.slot) from device_sip_accounts s join uniques u on u.id = s.unique_id
               where s.device_id = d.id and u.code is not null), '{}') as unique_codes`,
          ),
        );
      return rows.map((r) => ({
        id: r.id,
        orderId: r.order_id,
        modelCode: r.model_code,
        status: r.status,
        mac: r.mac,
        serial: r.serial,
        uniqueCodes: r.unique_codes,
        configFetchedAt: r.config_fetched_at,
      }));
    },
  };
}

export type CustomerLookupStore = ReturnType<typeof createCustomerLookupStore>;
