import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Stores } from '../../db/stores';
import type { StoredEvent } from '../../db/webhooks/events.store';
import { WEBHOOK_SECRET_BOX, type EventEnvelope } from '../../domain/webhooks/events';
import type { AppConfig } from '../../lib/config';
import { createSecretBox } from '../../lib/secret-box';
import type { WebhookDeliveryOutcome } from '../../workflows/webhooks/contract';
import { wakeWebhookQueue } from '../../workflows/webhooks/starters';
import type { MailService } from '../mail/mail-service';
import { createEventWakeup, type EventWakeup } from './event-wakeup';
import { sendWebhook } from './send-webhook';

/** How many queues the dispatcher wakes at once. */
const WAKE_CONCURRENCY = 32;

/** The JSON body of an event; the same bytes on every attempt. */
export const envelopeOf = (e: StoredEvent): EventEnvelope => ({
  id: e.id,
  type: e.type,
  createdAt: e.occurredAt.toISOString(),
  accountId: e.accountId,
  resource: { type: e.resourceType, id: e.resourceId },
  data: e.data,
});

/** Dispatch, delivery and give-up steps of the event webhooks. */
export function createWebhooksActivities(deps: { stores: Stores; mail: MailService; config: AppConfig; wakeup?: EventWakeup }) {
  const { events, endpoints, deliveries } = deps.stores.webhooks;
  const cfg = deps.config.webhooks;
  const box = createSecretBox(deps.config.secret, WEBHOOK_SECRET_BOX);
  const wakeup = deps.wakeup ?? createEventWakeup(deps.config.databaseUrl);
  const schedule = {
    initialMs: cfg.retryInitialMs,
    maxIntervalMs: cfg.retryMaxIntervalMs,
    maxAgeMs: cfg.maxAgeMs,
    timeoutMs: cfg.timeoutMs,
  };

  /** Signals (or starts) each queue's workflow, a few at a time. */
  async function wake(queues: Array<{ endpointId: string; orderingKey: string }>): Promise<void> {
    const { client } = Context.current();
    for (let i = 0; i < queues.length; i += WAKE_CONCURRENCY)
      await Promise.all(
        queues
          .slice(i, i + WAKE_CONCURRENCY)
          .map((q) => wakeWebhookQueue(client, deps.config.temporal.taskQueue, { ...q, schedule, idleSeconds: 60 })),
      );
  }

  return {
    /**
     * Waits (up to `waitMs`) for an undispatched event, then hands one batch in seq order to its
     * endpoints: deliveries are created, their queues woken, and only then are the events marked,
     * so a crash in between repeats the hand-over (deliveries are unique) rather than losing it.
     */
    async dispatchWebhookEvents(input: { batchSize: number; waitMs: number }): Promise<{ dispatched: number; more: boolean }> {
      await wakeup.wait(
        () => events.anyUndispatched(),
        (ms) => Context.current().sleep(ms),
        input.waitMs,
      );
      const ids = await events.undispatched(input.batchSize);
      await wake(await deliveries.enqueue(ids));
      await events.markDispatched(ids);
      return { dispatched: ids.length, more: ids.length === input.batchSize };
    },

    /** Wakes queues whose first delivery has waited untried too long (a wake-up lost to a crash). */
    async wakeStalledWebhookQueues(input: { olderThanSeconds: number }): Promise<{ woken: number }> {
      const queues = await deliveries.stalled(input.olderThanSeconds, 500);
      await wake(queues);
      return { woken: queues.length };
    },

    /** The queue's oldest pending delivery, if any. */
    async nextWebhookDelivery(input: { endpointId: string; orderingKey: string }): Promise<string | null> {
      return (await deliveries.next(input)) ?? null;
    },

    /**
     * Sends one attempt of a delivery and logs it. A failed automatic attempt throws, so that
     * Temporal retries it on the workflow's schedule; a delivery by hand answers once. A delivery
     * whose endpoint was disabled or removed is skipped.
     */
    async attemptWebhookDelivery(input: { deliveryId: string }): Promise<WebhookDeliveryOutcome> {
      const d = await deliveries.forSending(input.deliveryId);
      if (!d) return 'skipped';
      if (d.status !== 'pending') return d.status;
      const endpoint = await endpoints.forSigning(d.endpointId);
      if (!endpoint || (!endpoint.enabled && !d.manual)) {
        await deliveries.skip(d.id, endpoint ? `endpoint disabled (${endpoint.disabledReason})` : 'endpoint removed');
        return 'skipped';
      }
      const attempt = Context.current().info.attempt;
      const attemptId = await deliveries.startAttempt(d.id, attempt);
      const secrets = [endpoint.secretEnc, endpoint.previousSecretEnc].filter((s): s is string => s !== null).map((s) => box.open(s));
      const res = await sendWebhook({
        url: endpoint.url,
        body: JSON.stringify(envelopeOf(d.event)),
        secrets,
        eventId: d.event.id,
        eventType: d.event.type,
        deliveryId: d.id,
        attempt,
        timeoutMs: cfg.timeoutMs,
        policy: cfg,
      });
      await deliveries.finishAttempt({ attemptId, deliveryId: d.id, endpointId: d.endpointId }, { ...res, final: d.manual });
      if (res.ok) return 'succeeded';
      if (d.manual) return 'failed';
      throw ApplicationFailure.retryable(res.error ?? 'delivery failed', 'WebhookDeliveryFailed', { statusCode: res.statusCode });
    },

    /**
     * Ends a delivery whose retries ran out; when its endpoint has failed for the whole period it
     * is disabled, and the customer is mailed once per disabling.
     */
    async giveUpWebhookDelivery(input: { deliveryId: string; reason: string }): Promise<{ endpointDisabled: boolean }> {
      const given = await deliveries.giveUp(input.deliveryId, input.reason);
      const endpoint = given && (await endpoints.forSigning(given.endpointId));
      if (!endpoint || endpoint.enabled || endpoint.disabledReason !== 'failing' || !endpoint.disabledAt)
        return { endpointDisabled: false };
      await deps.mail.send({
        key: `webhook-disabled:${endpoint.id}:${endpoint.disabledAt.toISOString()}`,
        accountId: endpoint.accountId,
        template: 'webhook_endpoint_disabled',
        data: {
          name: (await deps.stores.accounts.findById(endpoint.accountId))?.name ?? '',
          url: endpoint.url,
          endpointId: endpoint.id,
          failingSince: (endpoint.failingSince ?? endpoint.disabledAt).getTime(),
          lastError: input.reason,
          portalUrl: deps.config.publicBaseUrl,
        },
      });
      return { endpointDisabled: true };
    },
  };
}
