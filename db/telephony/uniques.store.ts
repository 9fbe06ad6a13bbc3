import type { Knex } from 'knex';
import { ConflictError, InputError, NotFoundError } from '../../domain/errors';
import { nextOutboundState, type ProhibitedBy } from '../../domain/telephony/outbound-prohibition';
import { firstFreeExtension } from '../../domain/telephony/unique-settings';
import { CURRENT_MONTH_JST } from './numbers.store';
import type { CircleServiceCheck } from '../accounts/circles.store';

/** A unique (SIP terminal, cloud FAX, Y!mobile) with its settings screen. */
export interface Unique {
  id: string;
  code: string | null;
  accountId: string;
  circleId: string;
  orderId: string | null;
  kind: string;
  status: string;
  monthlyFee: number;
  initialFee: number | null;
  loginServer: string | null;
  sipUser: string | null;
  canLogIn: boolean;
  name: string | null;
  affiliation: string | null;
  guestManagementNumber: string | null;
  englishAnnouncement: boolean;
  pickupGroup: number | null;
  pickupNotification: boolean;
  pickupNotificationNumber: string | null;
  pickupNotificationVoice: boolean;
  notes: string | null;
  callerIdNumberId: string | null;
  outboundProhibited: boolean;
  /** Who prohibited outside calls; null when allowed, or prohibited before the setter was recorded. */
  outboundProhibitedBy: ProhibitedBy | null;
  incomingExtension: string | null;
  outgoingExtension: string | null;
  pbxProvisionedAt: Date | null;
  activatedAt: Date | null;
  cancelledAt: Date | null;
  feeEndMonth: string | null;
  createdAt: Date;
}

type UniqueRow = {
  id: string;
  code: string | null;
  account_id: string;
  circle_id: string;
  order_id: string | null;
  kind: string;
  status: string;
  monthly_fee: number;
  initial_fee: number | null;
  login_server: string | null;
  sip_user: string | null;
  sip_password_enc: string | null;
  login_password_hash: string | null;
  name: string | null;
  affiliation: string | null;
  guest_management_number: string | null;
  english_announcement: boolean;
  pickup_group: number | null;
  pickup_notification: boolean;
  pickup_notification_number: string | null;
  pickup_notification_voice: boolean;
  notes: string | null;
  caller_id_number_id: string | null;
  outbound_prohibited: boolean;
  outbound_prohibited_by: ProhibitedBy | null;
  incoming_extension: string | null;
  outgoing_extension: string | null;
  pbx_provisioned_at: Date | null;
  activated_at: Date | null;
  cancelled_at: Date | null;
  fee_end_month: string | null;
  created_at: Date;
};

const toUnique = (r: UniqueRow): Unique => ({
  id: r.id,
  code: r.code,
  accountId: r.account_id,
  circleId: r.circle_id,
  orderId: r.order_id,
  kind: r.kind,
  status: r.status,
  monthlyFee: r.monthly_fee,
  initialFee: r.initial_fee,
  loginServer: r.login_server,
  sipUser: r.sip_user,
  canLogIn: r.login_password_hash !== null,
  name: r.name,
  affiliation: r.affiliation,
  guestManagementNumber: r.guest_management_number,
  englishAnnouncement: r.english_announcement,
  pickupGroup: r.pickup_group,
  pickupNotification: r.pickup_notification,
  pickupNotificationNumber: r.pickup_notification_number,
  pickupNotificationVoice: r.pickup_notification_voice,
  notes: r.notes,
  callerIdNumberId: r.caller_id_number_id,
  outboundProhibited: r.outbound_prohibited,
  outboundProhibitedBy: r.outbound_prohibited_by,
  incomingExtension: r.incoming_extension,
  outgoingExtension: r.outgoing_extension,
  pbxProvisionedAt: r.pbx_provisioned_at,
  activatedAt: r.activated_at,
  cancelledAt: r.cancelled_at,
  feeEndMonth: r.fee_end_month,
  createdAt: r.created_at,
});

/** Who may see a unique: the account, one circle of it, or the unique itself. */
export interface UniqueScope {
  accountId: string;
  circleId?: string;
  uniqueId?: string;
}

/** What the settings screen may change (already validated field by field). */
export interface SettingsPatch {
  name?: string | null;
  affiliation?: string | null;
  guestManagementNumber?: string | null;
  englishAnnouncement?: boolean;
  pickupGroup?: number | null;
  pickupNotification?: boolean;
  pickupNotificationNumber?: string | null;
  pickupNotificationVoice?: boolean;
  notes?: string | null;
  incomingNumberIds?: string[];
  callerIdNumberId?: string | null;
  /** Prohibit (or allow) outside calls, and who asks: checked against who prohibited them. */
  outbound?: { prohibit: boolean; actor: ProhibitedBy };
  incomingExtension?: string;
  outgoingExtension?: string | null;
}

const LIVE = ['pending', 'active'];

/** Serialises extension choices within one circle (auto-assignment and edits). */
const lockCircle = (trx: Knex.Transaction, circleId: string) =>
  trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`circle-extensions:${circleId}`]);

async function takenExtensions(trx: Knex, circleId: string, exceptId?: string): Promise<Set<string>> {
  const q = trx('uniques').where({ circle_id: circleId }).whereIn('status', LIVE).whereNotNull('incoming_extension');
  if (exceptId) q.whereNot({ id: exceptId });
  return new Set((await q.pluck('incoming_extension')) as string[]);
}

/** Uniques: creation for an order, PBX state, settings, logins, cancellation. */
export function createUniquesStore(db: Knex) {
  const visible = (scope: UniqueScope, trx: Knex = db) => {
    const q = trx<UniqueRow>('uniques').where({ account_id: scope.accountId }).whereIn('status', ['active', 'cancelled']);
    if (scope.circleId) q.where({ circle_id: scope.circleId });
    if (scope.uniqueId) q.where({ id: scope.uniqueId });
    return q;
  };

  return {
    /**
     * Creates the order's uniques with pre-chosen IDs (a retry inserts nothing new), each with a
     * code, SIP credentials and the first free 3-digit extension of the circle.
     */
    async createForOrder(
      input: {
        orderId: string;
        accountId: string;
        circleId: string;
        loginServer: string;
        items: Array<{ id: string; kind: string; monthlyFee: number; initialFee: number }>;
        newSealedPassword: () => string;
      },
      outer?: Knex.Transaction,
    ): Promise<void> {
      const run = async (trx: Knex.Transaction) => {
        await lockCircle(trx, input.circleId);
        const taken = await takenExtensions(trx, input.circleId);
        for (const item of input.items) {
          const exists = await trx('uniques').where({ id: item.id }).first('id');
          if (exists) continue;
          const ext = firstFreeExtension(taken);
          taken.add(ext);
          await trx.raw(
            `insert into uniques (id, account_id, circle_id, order_id, kind, status, monthly_fee, initial_fee, code, sip_user, login_server, sip_password_enc, incoming_extension)
             select ?, ?, ?, ?, ?, 'pending', ?, ?, c.code, c.code, ?, ?, ? from (select '81' || lpad(nextval('unique_code_seq')::text, 8, '0') as code) c`,
            [
              item.id,
              input.accountId,
              input.circleId,
              input.orderId,
              item.kind,
              item.monthlyFee,
              item.initialFee,
              input.loginServer,
              input.newSealedPassword(),
              ext,
            ],
          );
        }
      };
      await (outer ? run(outer) : db.transaction(run));
    },

    /** The order's uniques with their sealed SIP passwords, for provisioning only. */
    async credentialsForOrder(orderId: string): Promise<
      Array<{
        id: string;
        kind: string;
        status: string;
        sipUser: string;
        loginServer: string;
        sealedPassword: string;
        provisioned: boolean;
      }>
    > {
      const rows = await db<UniqueRow>('uniques').where({ order_id: orderId }).orderBy('code');
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        sipUser: r.sip_user!,
        loginServer: r.login_server!,
        sealedPassword: r.sip_password_enc!,
        provisioned: r.pbx_provisioned_at !== null,
      }));
    },

    async markProvisioned(id: string): Promise<void> {
      await db('uniques').where({ id }).whereNull('pbx_provisioned_at').update({ pbx_provisioned_at: db.fn.now() });
    },

    async forOrder(orderId: string, trx: Knex = db): Promise<Unique[]> {
      return (await trx<UniqueRow>('uniques').where({ order_id: orderId }).orderBy('code')).map(toUnique);
    },

    /** Starts the order's uniques: active and billed monthly from now. */
    async activateForOrder(orderId: string, trx: Knex = db): Promise<void> {
      await trx('uniques').where({ order_id: orderId, status: 'pending' }).update({ status: 'active', activated_at: trx.fn.now() });
    },

    /** Removes the order's unfinished uniques (compensation); their extensions become free. */
    async removeForOrder(orderId: string, reason: string): Promise<void> {
      await db('uniques')
        .where({ order_id: orderId, status: 'pending' })
        .update({ status: 'failed', failure_reason: reason, pbx_provisioned_at: null });
    },

    /** Reveals the order's SIP passwords once: only the first caller gets the sealed values. */
    async takeOrderPasswords(
      orderId: string,
      accountId: string,
    ): Promise<Array<{ id: string; code: string; sipUser: string; loginServer: string; sealedPassword: string }>> {
      const rows = await db<UniqueRow>('uniques')
        .where({ order_id: orderId, account_id: accountId, status: 'active' })
        .whereNull('sip_password_revealed_at')
        .update({ sip_password_revealed_at: db.fn.now() } as never)
        .returning('*');
      return rows
        .sort((a, b) => (a.code! < b.code! ? -1 : 1))
        .map((r) => ({ id: r.id, code: r.code!, sipUser: r.sip_user!, loginServer: r.login_server!, sealedPassword: r.sip_password_enc! }));
    },

    /** The sealed SIP password of a unique (device provisioning reads it). */
    async sealedPassword(id: string): Promise<string | undefined> {
      const row = await db<UniqueRow>('uniques').where({ id }).first('sip_password_enc');
      return row?.sip_password_enc ?? undefined;
    },

    async setSealedPassword(id: string, sealed: string): Promise<void> {
      await db('uniques').where({ id }).update({ sip_password_enc: sealed, sip_password_revealed_at: db.fn.now() });
    },

    /** A page of the uniques in the scope in code order: limit+1 rows after the cursor's (code, id). */
    async list(scope: UniqueScope, page: { limit: number; after?: { code: string; id: string } }): Promise<Unique[]> {
      const q = visible(scope)
        .orderByRaw(`coalesce(code, ''), id`)
        .limit(page.limit + 1);
      if (page.after) q.whereRaw(`(coalesce(code, ''), id) > (?, ?::uuid)`, [page.after.code, page.after.id]);
      return (await q).map(toUnique);
    },

    /** One unique inside the scope; any other reads as missing. */
    async get(scope: UniqueScope, id: string, trx: Knex = db): Promise<Unique> {
      const row = await visible(scope, trx).where({ id }).first();
      if (!row) throw new NotFoundError('unique');
      return toUnique(row);
    },

    async incomingNumbers(uniqueId: string, trx: Knex = db): Promise<Array<{ id: string; number: string }>> {
      return trx('unique_incoming_numbers as u')
        .join('phone_numbers as p', 'p.id', 'u.phone_number_id')
        .where({ 'u.unique_id': uniqueId })
        .orderBy('p.number')
        .select('p.id', 'p.number');
    },

    /**
     * Applies validated settings. The extension and who may lift "outbound calls prohibited" are
     * checked again under the circle's lock, against the row as it is now, so that a racing edit
     * (the account prohibiting while the unique lifts) cannot slip between check and write.
     */
    async updateSettings(unique: Unique, patch: SettingsPatch, trx: Knex.Transaction): Promise<void> {
      await lockCircle(trx, unique.circleId);
      if (patch.incomingExtension !== undefined && (await takenExtensions(trx, unique.circleId, unique.id)).has(patch.incomingExtension)) {
        throw new InputError('extension_taken', { extension: patch.incomingExtension }, 'body.incomingExtension');
      }
      const cols: Record<string, unknown> = {};
      if (patch.outbound) {
        const now = await trx<UniqueRow>('uniques').where({ id: unique.id }).first('outbound_prohibited', 'outbound_prohibited_by');
        const next = nextOutboundState(
          { prohibited: now!.outbound_prohibited, by: now!.outbound_prohibited_by },
          patch.outbound.actor,
          patch.outbound.prohibit,
        );
        Object.assign(cols, { outbound_prohibited: next.prohibited, outbound_prohibited_by: next.by });
      }
      const map: Array<[keyof SettingsPatch, string]> = [
        ['name', 'name'],
        ['affiliation', 'affiliation'],
        ['guestManagementNumber', 'guest_management_number'],
        ['englishAnnouncement', 'english_announcement'],
        ['pickupGroup', 'pickup_group'],
        ['pickupNotification', 'pickup_notification'],
        ['pickupNotificationNumber', 'pickup_notification_number'],
        ['pickupNotificationVoice', 'pickup_notification_voice'],
        ['notes', 'notes'],
        ['callerIdNumberId', 'caller_id_number_id'],
        ['incomingExtension', 'incoming_extension'],
        ['outgoingExtension', 'outgoing_extension'],
      ];
      for (const [key, col] of map) if (patch[key] !== undefined) cols[col] = patch[key];
      if (Object.keys(cols).length) await trx('uniques').where({ id: unique.id }).update(cols);
      if (patch.incomingNumberIds) {
        await trx('unique_incoming_numbers').where({ unique_id: unique.id }).delete();
        await trx('unique_incoming_numbers').insert(patch.incomingNumberIds.map((n) => ({ unique_id: unique.id, phone_number_id: n })));
      }
    },

    async setLoginPassword(id: string, hash: string): Promise<void> {
      await db('uniques').where({ id }).update({ login_password_hash: hash });
    },

    /** The unique login tab: an active unique whose owner has set a login password. */
    async findCredentials(code: string): Promise<{ unique: Unique; passwordHash: string } | undefined> {
      const row = await db<UniqueRow>('uniques').where({ code, status: 'active' }).whereNotNull('login_password_hash').first();
      return row && { unique: toUnique(row), passwordHash: row.login_password_hash! };
    },

    /** Cancels an active unique: billed to the end of this month, then never again. */
    async cancel(scope: UniqueScope, id: string, trx: Knex.Transaction): Promise<Unique> {
      const q = trx<UniqueRow>('uniques').where({ id, account_id: scope.accountId, status: 'active' });
      if (scope.circleId) q.where({ circle_id: scope.circleId });
      const [row] = await q
        .update({ status: 'cancelled', cancelled_at: trx.fn.now(), fee_end_month: trx.raw(CURRENT_MONTH_JST) } as never)
        .returning('*');
      if (!row) throw new ConflictError('unique_not_active');
      await trx('unique_incoming_numbers').where({ unique_id: id }).delete();
      await trx('sessions').where({ unique_id: id }).whereNull('revoked_at').update({ revoked_at: trx.fn.now() });
      return toUnique(row);
    },
  };
}

export type UniquesStore = ReturnType<typeof createUniquesStore>;

/** A circle with live uniques or numbers cannot be removed. */
export const liveUniquesAndNumbers: CircleServiceCheck = async (db, circleId) => {
  const [u] = (await db('uniques').where({ circle_id: circleId }).whereIn('status', LIVE).count({ n: '*' })) as Array<{
    n: string | number;
  }>;
  const [p] = (await db('phone_numbers').where({ circle_id: circleId }).whereIn('status', LIVE).count({ n: '*' })) as Array<{
    n: string | number;
  }>;
  return Number(u!.n) + Number(p!.n);
};
