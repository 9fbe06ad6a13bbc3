import { WorkflowNotFoundError } from '@temporalio/client';
import { z } from 'zod';
import { devicesOrderWorkflowId, parcelDeliveredSignal } from '../../workflows/devices/contract';
import type { ApiDeps } from '../deps';
import { readSignedEvent } from '../http/signed-webhook';

const eventSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.string().min(1).max(100),
  data: z.object({ reference: z.string().max(200).optional(), trackingNumber: z.string().max(60).optional() }).passthrough(),
});

/**
 * Takes a signed parcel event and relays a delivery to its order workflow. A redelivered event
 * is signalled again: the workflow records the delivery once.
 */
export async function receiveParcelWebhook(deps: ApiDeps, rawBody: string, signature: string | undefined): Promise<{ duplicate: boolean }> {
  const event = readSignedEvent(deps, 'parcel', rawBody, signature, eventSchema);
  const fresh = await deps.stores.webhookEvents.receive('parcel', event.id, event.type, event);
  const { reference, trackingNumber } = event.data;
  if (event.type === 'parcel.delivered' && reference && trackingNumber && z.uuid().safeParse(reference).success) {
    try {
      await deps.temporal.workflow.getHandle(devicesOrderWorkflowId(reference)).signal(parcelDeliveredSignal, { trackingNumber });
    } catch (err) {
      // The order already ended (or never existed): nothing is waiting for this delivery.
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
  }
  await deps.stores.webhookEvents.markProcessed('parcel', event.id);
  return { duplicate: !fresh };
}
