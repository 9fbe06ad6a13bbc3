import { ApplicationFailure } from '@temporalio/common';
import type { Stores } from '../../db/stores';
import { AppError } from '../../domain/errors';
import { ruleOfCode } from '../../domain/failures';
import type { ParcelPort } from '../../domain/devices/parcel.port';
import { PartyRejectedError } from '../../domain/parties';
import { provisioningCredentials } from '../../domain/devices/provisioning-credentials';
import { sha256 } from '../../lib/crypto';
import {
  DEVICES_FAILURES,
  devicesOrderWorkflowId,
  type DevicesOrderInput,
  type ScanInput,
  type ShipInput,
} from '../../workflows/devices/contract';
import type { MailService } from '../mail/mail-service';
import { createOrderNotices } from '../mail/order-notices';
import type { DevicesOrderReceivedData } from './devices-mail-templates';

/** Runs a step; a store's business refusal leaves it as the device order's typed failure. */
async function typed<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const rule = err instanceof AppError ? ruleOfCode(DEVICES_FAILURES, err.code) : undefined;
    if (err instanceof AppError && rule) throw ApplicationFailure.nonRetryable(err.code, rule.type, err.params);
    throw err;
  }
}

/** Ledger keys of a device order: one debit, one refund. */
export const devicesLedgerKeys = (orderId: string) => ({ debit: `devices:${orderId}:debit`, refund: `devices:${orderId}:refund` });

/** The steps of a device order: stock, money, warehouse records, parcel and mails. */
export function createDevicesOrderActivities(deps: {
  stores: Stores;
  mail: MailService;
  parcel: ParcelPort;
  secret: string;
  /** The portal's address, for the mails' links. */
  publicBaseUrl: string;
}) {
  const { devices, warehouse, ledger, orders } = deps.stores;
  const notices = createOrderNotices({ stores: deps.stores, mail: deps.mail, portalUrl: deps.publicBaseUrl });
  return {
    /**
     * Takes stock, creates the units, binds the uniques and writes the order row, in one
     * transaction. A business refusal (out of stock, unique taken) is an answer, not a failure.
     */
    async reserveDevices(
      input: DevicesOrderInput,
    ): Promise<{ refused: { type: string; message: string; details: Record<string, unknown> } | null }> {
      try {
        await devices.reserve({
          order: {
            id: input.orderId,
            accountId: input.accountId,
            circleId: input.circleId,
            kind: 'devices',
            status: 'accepted',
            workflowId: devicesOrderWorkflowId(input.orderId),
            totals: input.totals,
            detail: {
              model: input.modelCode,
              modelName: input.modelName,
              quantity: input.quantity,
              unitPrice: input.unitPrice,
              preconfigured: input.preconfigured,
              devices: input.devices,
              shipTo: input.shipTo,
              ...(input.payment ? { payment: { method: input.payment.topup.method, topupOrderId: input.payment.topupOrderId } } : {}),
            },
          },
          modelCode: input.modelCode,
          quantity: input.quantity,
          circleId: input.circleId,
          devices: input.devices,
        });
        return { refused: null };
      } catch (err) {
        const rule = err instanceof AppError ? ruleOfCode(DEVICES_FAILURES, err.code) : undefined;
        if (err instanceof AppError && rule) return { refused: { type: rule.type, message: err.code, details: err.params } };
        throw err;
      }
    },

    /** Pays the order from the prepaid balance, once. */
    async debitDevicesOrder(input: { orderId: string; accountId: string; total: number }): Promise<void> {
      await typed(() =>
        ledger.post({
          accountId: input.accountId,
          amount: -input.total,
          kind: 'purchase',
          reference: input.orderId,
          idempotencyKey: devicesLedgerKeys(input.orderId).debit,
          description: 'devices',
        }),
      );
    },

    /** Gives the money back, once, and only if it was taken. */
    async refundDevicesOrder(input: { orderId: string; accountId: string }): Promise<void> {
      const debit = await ledger.findByKey(devicesLedgerKeys(input.orderId).debit);
      if (!debit) return;
      await ledger.post({
        accountId: input.accountId,
        amount: -debit.amount,
        kind: 'refund',
        reference: input.orderId,
        idempotencyKey: devicesLedgerKeys(input.orderId).refund,
        description: 'devices cancelled',
      });
    },

    /** Puts the units back on the shelf and frees the uniques. */
    async releaseDevicesOrder(input: { orderId: string }): Promise<void> {
      await devices.release(input.orderId);
    },

    async openWarehouseTask(input: { orderId: string }): Promise<void> {
      await warehouse.open(input.orderId);
    },

    async cancelWarehouseTask(input: { orderId: string }): Promise<void> {
      await warehouse.cancelled(input.orderId);
    },

    async recordPick(input: { orderId: string }): Promise<void> {
      await warehouse.advance(input.orderId, 'pick', 'scan');
    },

    /** Records one unit's identifiers (and, pre-configured, its provisioning credentials); the last one moves the task to pack. */
    async recordScan(input: ScanInput & { orderId: string; preconfigured: boolean }): Promise<{ remaining: number }> {
      const creds = input.preconfigured ? provisioningCredentials(deps.secret, input.deviceId) : undefined;
      const { remaining } = await typed(() =>
        devices.recordScan({
          orderId: input.orderId,
          deviceId: input.deviceId,
          mac: input.mac,
          serial: input.serial,
          profile: creds && { username: creds.username, passwordHash: sha256(creds.password) },
        }),
      );
      if (remaining === 0) await warehouse.advance(input.orderId, 'scan', 'pack');
      return { remaining };
    },

    /** Packs the units; a pre-configured phone that has not fetched its configuration needs the override. */
    async recordPack(input: { orderId: string; override?: { reason: string; staffId: string } }): Promise<void> {
      await typed(() => devices.pack(input.orderId, input.override));
      await warehouse.advance(input.orderId, 'pack', 'ship');
    },

    /** Tells the parcel service about the parcel so that it reports the delivery. */
    async registerParcel(input: ShipInput & { orderId: string }): Promise<void> {
      try {
        await deps.parcel.registerShipment({ reference: input.orderId, carrier: input.carrier, trackingNumber: input.trackingNumber });
      } catch (err) {
        if (err instanceof PartyRejectedError)
          throw ApplicationFailure.nonRetryable(err.reason, DEVICES_FAILURES.parcelRejected.type, { status: err.status });
        throw err;
      }
    },

    async recordShipment(input: ShipInput & { orderId: string }): Promise<void> {
      await devices.setStatus(input.orderId, 'shipped');
      await warehouse.shipped(input.orderId, input.carrier, input.trackingNumber);
    },

    async recordDelivery(input: { orderId: string; by: 'carrier' | 'staff' }): Promise<void> {
      await devices.setStatus(input.orderId, 'delivered');
      await warehouse.delivered(input.orderId, input.by);
    },

    /** Mails the customer once per event: the shipment (with tracking) or the delivery. */
    async mailDevicesOrder(input: { orderId: string; event: 'shipped' | 'delivered' }): Promise<void> {
      const order = await orders.get(input.orderId);
      const task = await warehouse.forOrder(input.orderId);
      if (!order || !task) throw new Error(`device order ${input.orderId} has no order row or task`);
      const account = await deps.stores.accounts.findById(order.accountId);
      const model = await devices.getModel(String(order.detail.model));
      await deps.mail.send({
        key: `devices:${input.orderId}:${input.event}`,
        accountId: order.accountId,
        template: `devices_${input.event}`,
        data: {
          name: account?.name ?? '',
          orderId: order.id,
          modelName: String(order.detail.modelName),
          quantity: Number(order.detail.quantity),
          preconfigured: Boolean(order.detail.preconfigured),
          carrier: task.carrier ?? '',
          trackingNumber: task.trackingNumber ?? '',
          warrantyMonths: model?.warrantyMonths ?? 6,
          portalUrl: deps.publicBaseUrl,
        },
      });
    },

    /**
     * Mails the customer once per notice: the order received (after payment), failed (with the
     * reason and what was refunded) or cancelled (and the refund to the balance, when there was one).
     */
    async mailDevicesOrderNotice(input: { orderId: string; notice: 'received' | 'failed' | 'cancelled' }): Promise<void> {
      const order = await orders.get(input.orderId);
      if (!order) throw new Error(`device order ${input.orderId} has no order row`);
      const d = order.detail;
      const keys = devicesLedgerKeys(order.id);
      const keyPrefix = `devices:${order.id}`;
      if (input.notice !== 'received') {
        const notice = {
          order,
          kind: 'devices' as const,
          items: [{ type: 'device' as const, name: String(d.modelName), quantity: Number(d.quantity) }],
          refundKey: keys.refund,
          keyPrefix,
        };
        await (input.notice === 'failed' ? notices.failed(notice) : notices.cancelled({ ...notice, by: 'customer' }));
        return;
      }
      const [account, debit] = await Promise.all([deps.stores.accounts.findById(order.accountId), ledger.findByKey(keys.debit)]);
      if (!account || !debit) throw new Error(`device order ${order.id} has no account or no payment to mail about`);
      const data: DevicesOrderReceivedData = {
        name: account.name,
        orderId: order.id,
        modelName: String(d.modelName),
        quantity: Number(d.quantity),
        unitPrice: Number(d.unitPrice),
        preconfigured: Boolean(d.preconfigured),
        subtotal: order.subtotal,
        tax: order.tax,
        total: order.total,
        balance: debit.balanceAfter,
        shipTo: d.shipTo as DevicesOrderReceivedData['shipTo'],
        portalUrl: deps.publicBaseUrl,
      };
      await deps.mail.send({ key: `${keyPrefix}:received`, accountId: account.id, account, template: 'devices_order_received', data });
    },
  };
}
