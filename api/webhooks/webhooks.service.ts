import { setTimeout as sleep } from 'node:timers/promises';
import { ConflictError, InputError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import { PING_EVENT, WEBHOOK_SECRET_BOX } from '../../domain/webhooks/events';
import { randomToken } from '../../lib/crypto';
import { checkUrl } from '../../lib/net/public-address';
import { createSecretBox } from '../../lib/secret-box';
import { ensureWebhookDispatcher, startWebhookRedelivery } from '../../workflows/webhooks/starters';
import type { ApiDeps } from '../deps';
import { toPage } from '../page';
import { afterCursor, timeIdKey } from '../prepaid/keyset';
import { presentDelivery, presentEndpoint } from './present';

/** The calling account; the routes admit account logins only. */
export const accountIdOf = (p: Principal | undefined): string => (p as { accountId: string }).accountId;

/** Refuses a URL the policy does not allow, naming the reason and the rule (422 on `url`). */
async function assertUrlAllowed(deps: ApiDeps, url: string): Promise<void> {
  const reason = await checkUrl(url, deps.config.webhooks);
  if (reason) throw new InputError('webhook_url_refused', { reason, requireHttps: deps.config.webhooks.requireHttps }, 'url');
}

/** A fresh signing secret, sealed for storage. */
function newSecret(deps: ApiDeps): { secret: string; sealed: string } {
  const secret = `whsec_${randomToken(32)}`;
  return { secret, sealed: createSecretBox(deps.config.secret, WEBHOOK_SECRET_BOX).seal(secret) };
}

/** Makes sure the dispatcher runs; a Temporal outage leaves the change stored and is retried by the next change. */
async function ensureDispatcher(deps: ApiDeps): Promise<void> {
  await ensureWebhookDispatcher(deps.temporal, deps.config.temporal.taskQueue).catch((err: unknown) =>
    deps.log.warn({ err }, 'could not start the webhook dispatcher'),
  );
}

/** Registers an endpoint; its secret is answered here and never again. */
export async function createEndpoint(
  deps: ApiDeps,
  accountId: string,
  body: { url: string; eventTypes: string[]; description?: string | null },
) {
  await assertUrlAllowed(deps, body.url);
  const { secret, sealed } = newSecret(deps);
  const max = deps.config.webhooks.maxEndpoints;
  const endpoint = await deps.stores.webhooks.endpoints.create(
    { accountId, url: body.url, description: body.description ?? null, eventTypes: [...new Set(body.eventTypes)], secretEnc: sealed },
    max,
  );
  if (!endpoint) throw new ConflictError('webhook_endpoint_limit', { max });
  await ensureDispatcher(deps);
  return { ...presentEndpoint(endpoint), secret };
}

/** Changes an endpoint; enabling it again clears its failure state. */
export async function updateEndpoint(
  deps: ApiDeps,
  accountId: string,
  endpointId: string,
  patch: { url?: string; eventTypes?: string[]; enabled?: boolean; description?: string | null },
) {
  await deps.stores.webhooks.endpoints.get(accountId, endpointId);
  if (patch.url !== undefined) await assertUrlAllowed(deps, patch.url);
  const eventTypes = patch.eventTypes && [...new Set(patch.eventTypes)];
  const endpoint = await deps.stores.webhooks.endpoints.update(accountId, endpointId, { ...patch, eventTypes });
  if (endpoint.enabled) await ensureDispatcher(deps);
  return presentEndpoint(endpoint);
}

/** Issues a new secret; the old one still signs (as a second v1) for the grace period. */
export async function rotateSecret(deps: ApiDeps, accountId: string, endpointId: string) {
  const { secret, sealed } = newSecret(deps);
  const endpoint = await deps.stores.webhooks.endpoints.rotateSecret(accountId, endpointId, sealed, deps.config.webhooks.secretGraceHours);
  return { ...presentEndpoint(endpoint), secret, previousSecretValidHours: deps.config.webhooks.secretGraceHours };
}

/** A page of the endpoint's delivery log, newest first. */
export async function deliveryLog(deps: ApiDeps, accountId: string, endpointId: string, opts: { limit: number; cursor?: string }) {
  await deps.stores.webhooks.endpoints.get(accountId, endpointId);
  const rows = await deps.stores.webhooks.deliveries.log({ endpointId }, { limit: opts.limit + 1, after: afterCursor(opts.cursor) });
  return toPage(rows, opts.limit, presentDelivery, (d) => timeIdKey(d.createdAt, d.id));
}

/**
 * Sends a delivery by hand through its workflow and waits briefly for the answer: 200 with the
 * result when it came in time, else 202 with the pending delivery (see its log for the result).
 */
async function sendByHand(deps: ApiDeps, deliveryId: string) {
  const timeoutMs = deps.config.webhooks.timeoutMs;
  const handle = await startWebhookRedelivery(deps.temporal, deps.config.temporal.taskQueue, { deliveryId, timeoutMs });
  const waited = new AbortController();
  await Promise.race([
    handle.result().catch(() => undefined),
    sleep(timeoutMs + 2000, undefined, { signal: waited.signal }).catch(() => undefined),
  ]);
  waited.abort();
  const [entry] = await deps.stores.webhooks.deliveries.log({ deliveryId }, { limit: 1 });
  const delivery = presentDelivery(entry!);
  return { status: delivery.status === 'pending' ? 202 : 200, body: delivery };
}

/** Sends a delivery's event again, once, to the same endpoint (also when it is disabled). */
export async function redeliver(deps: ApiDeps, accountId: string, deliveryId: string) {
  const original = await deps.stores.webhooks.deliveries.getForAccount(accountId, deliveryId);
  const event = await deps.stores.webhooks.events.get(original.eventId);
  const id = await deps.stores.webhooks.deliveries.createManual(original.endpointId, event!);
  return sendByHand(deps, id);
}

/** Sends a `ping` event to the endpoint, once. */
export async function sendTestEvent(deps: ApiDeps, accountId: string, endpointId: string) {
  const endpoint = await deps.stores.webhooks.endpoints.get(accountId, endpointId);
  const event = await deps.stores.webhooks.events.record({
    type: PING_EVENT,
    accountId,
    resource: { type: 'webhook_endpoint', id: endpoint.id },
    data: { endpointId: endpoint.id, url: endpoint.url },
    dispatched: true,
  });
  const id = await deps.stores.webhooks.deliveries.createManual(endpoint.id, event);
  return sendByHand(deps, id);
}
