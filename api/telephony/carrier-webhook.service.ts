import { WorkflowNotFoundError } from '@temporalio/client';
import { z } from 'zod';
import { carrierResultSignal, servicesOrderWorkflowId } from '../../workflows/telephony/contract';
import type { ApiDeps } from '../deps';
import { readSignedEvent } from '../http/signed-webhook';

const eventSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.string().min(1).max(100),
  data: z
    .object({
      reference: z.string().max(200).optional(),
      number: z.string().max(40).optional(),
      reason: z.string().max(200).nullable().optional(),
    })
    .passthrough(),
});

const OUTCOMES: Record<string, 'active' | 'failed'> = { 'number.activated': 'active', 'number.activation_failed': 'failed' };

/**
 * Takes a signed carrier event and relays a number's activation result to its order's workflow.
 * A redelivered event is signalled again: the workflow keeps the first answer per number.
 */
export async function receiveCarrierWebhook(
  deps: ApiDeps,
  rawBody: string,
  signature: string | undefined,
): Promise<{ duplicate: boolean }> {
  const parsed = readSignedEvent(deps, 'carrier', rawBody, signature, eventSchema);
  const fresh = await deps.stores.webhookEvents.receive('carrier', parsed.id, parsed.type, parsed);
  const outcome = OUTCOMES[parsed.type];
  const [orderId, numberId] = (parsed.data.reference ?? '').split(':');
  if (outcome && orderId && numberId) {
    try {
      // Services and overseas number orders both wait for the carrier; the order row names its workflow.
      const workflowId = (await deps.stores.orders.get(orderId))?.workflowId ?? servicesOrderWorkflowId(orderId);
      await deps.temporal.workflow
        .getHandle(workflowId)
        .signal(carrierResultSignal, { numberId, outcome, reason: parsed.data.reason ?? null });
    } catch (err) {
      // The order already ended (or never existed): nothing is waiting for this answer.
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
  }
  await deps.stores.webhookEvents.markProcessed('carrier', parsed.id);
  return { duplicate: !fresh };
}
