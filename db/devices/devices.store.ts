import type { Knex } from 'knex';
import { ConflictError, InputError, NotFoundError } from '../../domain/errors';
import { DEVICE_MODEL_SEEDS, type DeviceModelSeed } from '../../domain/devices/catalog';
import { createOrdersStore, type NewOrder } from '../orders/orders.store';

/** A catalog entry with its current price and stock. */
export type DeviceModel = Omit<DeviceModelSeed, 'initialStock' | 'sortOrder'> & { stock: number };

/** One unit of an order: its scanned identifiers, its SIP accounts and whether it fetched its configuration. */
export interface Device {
  id: string;
  orderId: string;
  accountId: string;
  circleId: string | null;
  modelCode: string;
  position: number;
  status: string;
  mac: string | null;
  serial: string | null;
  scannedAt: Date | null;
  provisioningUsername: string | null;
  configFetchedAt: Date | null;
  lastFetchAt: Date | null;
  fetchCount: number;
  /** The phone's first fetch at the warehouse's test bench, before packing (not a customer's fetch). */
  benchFetchedAt: Date | null;
  /** Packed although the phone had not fetched its configuration: who decided, when and why. */
  configOverride: { reason: string; staffId: string; staffName: string; at: Date } | null;
  uniques: Array<{ slot: number; uniqueId: string; code: string | null }>;
}

/** What the configuration file is rendered from: the unit and the current state of its uniques. */
export interface ProvisioningTarget {
  deviceId: string;
  mac: string;
  username: string;
  passwordHash: string;
  accounts: Array<{
    slot: number;
    status: string;
    code: string | null;
    name: string | null;
    loginServer: string | null;
    sipUser: string | null;
    sealedPassword: string | null;
  }>;
}

/** What a reservation needs: the order row and its units, all chosen by the API. */
export interface Reservation {
  order: NewOrder;
  modelCode: string;
  quantity: number;
  circleId: string | null;
  devices: Array<{ id: string; position: number; uniqueIds: string[] }>;
}

/** Unit statuses before packing: a fetch then comes from the warehouse's test bench. */
const IN_WAREHOUSE = ['reserved', 'scanned'];

type ModelRow = {
  active: boolean;
  code: string;
  maker: string;
  name: string;
  features: { ja: string[]; en: string[] };
  sip_accounts: number;
  warranty_months: number;
  price: string | number;
  stock: number;
};
type DeviceRow = {
  id: string;
  order_id: string;
  account_id: string;
  circle_id: string | null;
  model_code: string;
  position: number;
  status: string;
  mac: string | null;
  serial: string | null;
  scanned_at: Date | null;
  prov_username: string | null;
  config_fetched_at: Date | null;
  last_fetch_at: Date | null;
  fetch_count: number;
  bench_fetched_at: Date | null;
  config_override_reason: string | null;
  config_override_by: string | null;
  config_override_at: Date | null;
};

const toModel = (r: ModelRow): DeviceModel => ({
  code: r.code,
  maker: r.maker,
  name: r.name,
  features: r.features,
  sipAccounts: r.sip_accounts,
  warrantyMonths: r.warranty_months,
  price: Number(r.price),
  stock: r.stock,
});

const uniqueViolation = (err: unknown, constraint: string) =>
  (err as { code?: string; constraint?: string }).code === '23505' && (err as { constraint?: string }).constraint === constraint;

/** Loads the catalog's models once; price and stock of a loaded model are never overwritten. */
export async function seedDeviceModels(db: Knex): Promise<void> {
  for (const m of DEVICE_MODEL_SEEDS) {
    await db.raw(
      `insert into device_models (code, maker, name, features, sip_accounts, warranty_months, price, stock, sort_order) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) on conflict (code) do nothing`,
      [m.code, m.maker, m.name, JSON.stringify(m.features), m.sipAccounts, m.warrantyMonths, m.price, m.initialStock, m.sortOrder],
    );
  }
}

/** Device models and stock, the units of each order, and their provisioning data. */
export function createDevicesStore(db: Knex) {
  const orders = createOrdersStore(db);

  async function withUniques(rows: DeviceRow[]): Promise<Device[]> {
    const ids = rows.map((r) => r.id);
    const links = ids.length
      ? await db('device_sip_accounts as d')
          .join('uniques as u', 'u.id', 'd.unique_id')
          .whereIn('d.device_id', ids)
          .orderBy('d.slot')
          .select('d.device_id', 'd.slot', 'd.unique_id', 'u.code')
      : [];
    const overriders = [...new Set(rows.flatMap((r) => (r.config_override_by ? [r.config_override_by] : [])))];
    const names = new Map<string, string>(
      overriders.length ? (await db('staff').whereIn('id', overriders).select('id', 'name')).map((x) => [x.id, x.name]) : [],
    );
    return rows.map((r) => ({
      id: r.id,
      orderId: r.order_id,
      accountId: r.account_id,
      circleId: r.circle_id,
      modelCode: r.model_code,
      position: r.position,
      status: r.status,
      mac: r.mac,
      serial: r.serial,
      scannedAt: r.scanned_at,
      provisioningUsername: r.prov_username,
      configFetchedAt: r.config_fetched_at,
      lastFetchAt: r.last_fetch_at,
      fetchCount: r.fetch_count,
      benchFetchedAt: r.bench_fetched_at,
      configOverride:
        r.config_override_reason && r.config_override_by && r.config_override_at
          ? {
              reason: r.config_override_reason,
              staffId: r.config_override_by,
              staffName: names.get(r.config_override_by) ?? '',
              at: r.config_override_at,
            }
          : null,
      uniques: links
        .filter((l) => l.device_id === r.id)
        .map((l) => ({ slot: l.slot as number, uniqueId: l.unique_id as string, code: (l.code as string | null) ?? null })),
    }));
  }

  return {
    /** The catalog: active models in display order. */
    async listModels(): Promise<DeviceModel[]> {
      return (await db<ModelRow>('device_models').where({ active: true }).orderBy(['sort_order', 'code'])).map(toModel);
    },

    async getModel(code: string): Promise<DeviceModel | undefined> {
      const row = await db<ModelRow>('device_models').where({ code, active: true }).first();
      return row && toModel(row);
    },

    /**
     * Of the given uniques: those not active in the circle, those of a kind a phone cannot carry
     * (cloud FAX, Y!mobile) and those already on a device (a pre-check; reserve() decides).
     */
    async checkUniques(
      accountId: string,
      circleId: string,
      uniqueIds: string[],
    ): Promise<{ notUsable: string[]; wrongKind: Array<{ uniqueId: string; kind: string }>; bound: string[] }> {
      const active: Array<{ id: string; kind: string }> = await db('uniques')
        .whereIn('id', uniqueIds)
        .where({ account_id: accountId, circle_id: circleId, status: 'active' })
        .select('id', 'kind');
      const usable = new Set(active.map((u) => u.id));
      const wrongKind = active.filter((u) => u.kind !== 'sip_terminal').map((u) => ({ uniqueId: u.id, kind: u.kind }));
      const bound = new Set<string>(
        await db('device_sip_accounts as d')
          .join('devices as v', 'v.id', 'd.device_id')
          .whereIn('d.unique_id', uniqueIds)
          .pluck('d.unique_id'),
      );
      return { notUsable: uniqueIds.filter((id) => !usable.has(id)), wrongKind, bound: uniqueIds.filter((id) => bound.has(id)) };
    },

    /**
     * Takes the units off the shelf and binds the uniques, atomically with the order row. Stock
     * moves under one conditional update, so concurrent orders can never oversell. A retry of
     * an applied reservation changes nothing.
     */
    async reserve(r: Reservation): Promise<{ applied: boolean }> {
      return db.transaction(async (trx) => {
        const done = await trx('device_stock_moves').where({ order_id: r.order.id, kind: 'reserve' }).first('id');
        if (done) return { applied: false };
        const taken = await trx('device_models')
          .where({ code: r.modelCode, active: true })
          .where('stock', '>=', r.quantity)
          .decrement('stock', r.quantity)
          .returning('stock');
        if (taken.length === 0) {
          const model = await trx('device_models').where({ code: r.modelCode }).first('stock');
          throw new ConflictError('out_of_stock', { model: r.modelCode, requested: r.quantity, available: model?.stock ?? 0 });
        }
        await orders.ensure(r.order, trx);
        await trx('device_stock_moves').insert({ model_code: r.modelCode, order_id: r.order.id, delta: -r.quantity, kind: 'reserve' });
        await trx('devices').insert(
          r.devices.map((d) => ({
            id: d.id,
            order_id: r.order.id,
            account_id: r.order.accountId,
            circle_id: r.circleId,
            model_code: r.modelCode,
            position: d.position,
          })),
        );
        const uniqueIds = r.devices.flatMap((d) => d.uniqueIds);
        if (uniqueIds.length) {
          // Locked so that the unique cannot be cancelled while it is being bound.
          const usable = new Set<string>(
            await trx('uniques')
              .whereIn('id', uniqueIds)
              .where({ account_id: r.order.accountId, circle_id: r.circleId, status: 'active' })
              .forShare()
              .pluck('id'),
          );
          const bad = uniqueIds.find((id) => !usable.has(id));
          if (bad) throw new InputError('unique_not_usable', { uniqueId: bad }, 'body.settings.devices');
          try {
            await trx('device_sip_accounts').insert(
              r.devices.flatMap((d) => d.uniqueIds.map((uniqueId, i) => ({ device_id: d.id, slot: i + 1, unique_id: uniqueId }))),
            );
          } catch (err) {
            if (uniqueViolation(err, 'device_sip_accounts_unique_id_unique'))
              throw new ConflictError('unique_already_bound', {}, 'body.settings.devices');
            throw err;
          }
        }
        return { applied: true };
      });
    },

    /** Puts a cancelled order's units back on the shelf and frees its uniques; once per order. */
    async release(orderId: string): Promise<{ applied: boolean }> {
      return db.transaction(async (trx) => {
        const reserved = await trx('device_stock_moves').where({ order_id: orderId, kind: 'reserve' }).first();
        if (!reserved) return { applied: false };
        const inserted = await trx.raw(
          `insert into device_stock_moves (model_code, order_id, delta, kind) values (?, ?, ?, 'release') on conflict do nothing returning id`,
          [reserved.model_code, orderId, -reserved.delta],
        );
        if (inserted.rows.length === 0) return { applied: false };
        await trx('device_models').where({ code: reserved.model_code }).increment('stock', -reserved.delta);
        const ids = await trx('devices').where({ order_id: orderId }).pluck('id');
        await trx('device_sip_accounts').whereIn('device_id', ids).delete();
        await trx('devices').where({ order_id: orderId }).update({ status: 'cancelled', prov_username: null, prov_password_hash: null });
        return { applied: true };
      });
    },

    /**
     * Records a unit's MAC address and serial number (and its provisioning credentials) once;
     * the same scan again is a no-op. Returns how many units of the order are still unscanned.
     */
    async recordScan(input: {
      orderId: string;
      deviceId: string;
      mac: string;
      serial: string;
      profile?: { username: string; passwordHash: string };
    }): Promise<{ remaining: number }> {
      return db.transaction(async (trx) => {
        const device = await trx<DeviceRow>('devices').where({ id: input.deviceId, order_id: input.orderId }).forUpdate().first();
        if (!device || device.status === 'cancelled') throw new NotFoundError('device');
        if (device.mac === null) {
          try {
            await trx('devices')
              .where({ id: device.id })
              .update({
                mac: input.mac,
                serial: input.serial,
                status: 'scanned',
                scanned_at: trx.fn.now(),
                ...(input.profile
                  ? {
                      prov_username: input.profile.username,
                      prov_password_hash: input.profile.passwordHash,
                      profile_created_at: trx.fn.now(),
                    }
                  : {}),
              });
          } catch (err) {
            if (uniqueViolation(err, 'devices_mac_uq')) throw new ConflictError('mac_taken', { mac: input.mac }, 'body.mac');
            if (uniqueViolation(err, 'devices_serial_uq')) throw new ConflictError('serial_taken', { serial: input.serial }, 'body.serial');
            throw err;
          }
        } else if (device.mac !== input.mac || device.serial !== input.serial) {
          throw new ConflictError('device_already_scanned', { mac: device.mac, serial: device.serial ?? '' });
        }
        const unscanned = await trx('devices')
          .where({ order_id: input.orderId })
          .whereNull('mac')
          .whereNot({ status: 'cancelled' })
          .count({ count: '*' })
          .first();
        return { remaining: Number(unscanned?.count ?? 0) };
      });
    },

    /**
     * Packs the order's units. A pre-configured unit (one with a provisioning profile) whose phone
     * has not fetched its configuration is refused, unless the warehouse overrides with a reason,
     * which is kept on each such unit. A retry after an override finds it recorded and passes.
     */
    async pack(orderId: string, override?: { reason: string; staffId: string }): Promise<void> {
      await db.transaction(async (trx) => {
        const unfetched: Array<{ id: string; position: number }> = await trx('devices')
          .where({ order_id: orderId })
          .whereNot({ status: 'cancelled' })
          .whereNotNull('prov_username')
          .whereNull('bench_fetched_at')
          .whereNull('config_override_at')
          .orderBy('position')
          .forUpdate()
          .select('id', 'position');
        if (unfetched.length && !override)
          throw new ConflictError('config_not_fetched', { positions: unfetched.map((u) => u.position).join(', ') });
        if (unfetched.length && override)
          await trx('devices')
            .whereIn(
              'id',
              unfetched.map((u) => u.id),
            )
            .update({ config_override_reason: override.reason, config_override_by: override.staffId, config_override_at: trx.fn.now() });
        await trx('devices').where({ order_id: orderId }).whereNot({ status: 'cancelled' }).update({ status: 'packed' });
      });
    },

    /** Moves the order's units to a later status (packed, shipped, delivered). */
    async setStatus(orderId: string, status: 'packed' | 'shipped' | 'delivered'): Promise<void> {
      await db('devices').where({ order_id: orderId }).whereNot({ status: 'cancelled' }).update({ status });
    },

    /**
     * A page of the account's phones, newest order first and by position within an order:
     * limit+1 rows after the cursor's (order time to the millisecond, order, position).
     */
    async forAccount(
      scope: { accountId: string; circleId?: string },
      page: { limit: number; after?: { orderedAt: string; orderId: string; position: number } },
    ): Promise<Array<Device & { orderedAt: Date }>> {
      const orderedAt = `date_trunc('milliseconds', o.created_at)`;
      const query = db('devices as d')
        .join('orders as o', 'o.id', 'd.order_id')
        .where('d.account_id', scope.accountId)
        .whereNot('d.status', 'cancelled')
        .orderByRaw(`${orderedAt} desc, d.order_id desc, d.position`)
        .limit(page.limit + 1)
        .select('d.*', 'o.created_at as ordered_at');
      if (scope.circleId) query.where('d.circle_id', scope.circleId);
      if (page.after) {
        const { orderedAt: at, orderId, position } = page.after;
        query.whereRaw(
          `(${orderedAt} < ?::timestamptz or (${orderedAt} = ?::timestamptz and (d.order_id < ?::uuid or (d.order_id = ?::uuid and d.position > ?))))`,
          [at, at, orderId, orderId, position],
        );
      }
      const rows = (await query) as Array<DeviceRow & { ordered_at: Date }>;
      const devices = await withUniques(rows);
      return devices.map((d, i) => ({ ...d, orderedAt: rows[i]!.ordered_at }));
    },

    async forOrder(orderId: string): Promise<Device[]> {
      return withUniques(await db<DeviceRow>('devices').where({ order_id: orderId }).orderBy('position'));
    },

    /** The unit with a configuration profile for this MAC, with its uniques as they are now. */
    async provisioningTarget(mac: string): Promise<ProvisioningTarget | undefined> {
      const d = await db('devices')
        .where({ mac })
        .whereNot({ status: 'cancelled' })
        .whereNotNull('prov_username')
        .first('id', 'mac', 'prov_username', 'prov_password_hash');
      if (!d) return undefined;
      const accounts = await db('device_sip_accounts as s')
        .join('uniques as u', 'u.id', 's.unique_id')
        .where({ 's.device_id': d.id })
        .orderBy('s.slot')
        .select('s.slot', 'u.status', 'u.code', 'u.name', 'u.login_server', 'u.sip_user', 'u.sip_password_enc');
      return {
        deviceId: d.id,
        mac: d.mac,
        username: d.prov_username,
        passwordHash: d.prov_password_hash,
        accounts: accounts.map((a) => ({
          slot: a.slot,
          status: a.status,
          code: a.code,
          name: a.name,
          loginServer: a.login_server,
          sipUser: a.sip_user,
          sealedPassword: a.sip_password_enc,
        })),
      };
    },

    /**
     * Logs one configuration fetch. Before packing the phone is on the warehouse's test bench: the
     * first such fetch lets the unit be packed. After it, the customer's first fetch marks it online.
     */
    async recordFetch(deviceId: string, client: { ip: string; userAgent: string | null }): Promise<void> {
      await db.transaction(async (trx) => {
        await trx('device_config_fetches').insert({ device_id: deviceId, ip: client.ip, user_agent: client.userAgent });
        const atBench = await trx('devices')
          .where({ id: deviceId })
          .whereIn('status', IN_WAREHOUSE)
          .update({ bench_fetched_at: trx.raw('coalesce(bench_fetched_at, now())') });
        if (atBench) return;
        await trx('devices')
          .where({ id: deviceId })
          .update({
            config_fetched_at: trx.raw('coalesce(config_fetched_at, now())'),
            last_fetch_at: trx.fn.now(),
            fetch_count: trx.raw('fetch_count + 1'),
          });
      });
    },
  };
}

export type DevicesStore = ReturnType<typeof createDevicesStore>;
