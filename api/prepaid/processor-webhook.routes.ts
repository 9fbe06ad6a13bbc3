import { z } from 'zod';
import { SIGNATURE_HEADER } from '../../lib/webhook-signature';
import { defineRoute } from '../http/route';
import { receiveProcessorWebhook } from './processor-webhook.service';

/** The card processor's signed webhooks: 3-D Secure results, konbini and net-bank payments. */
export const processorWebhookRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/webhooks/processor',
    operationId: 'processorWebhook',
    tag: 'prepaid',
    summary: 'Processor events (signed: x-pbx-signature t=<unix>,v1=<HMAC-SHA256 of "t.body">)',
    description:
      'Refused with 401 when the signature is missing, wrong or outside the tolerance. A redelivered event ID is acknowledged and not applied again.',
    access: 'public',
    rawBody: true,
    responses: {
      200: {
        description: 'Accepted',
        schema: z.object({ received: z.literal(true), duplicate: z.boolean(), routed: z.string() }),
        example: { received: true, duplicate: false, routed: 'order' },
      },
    },
    handler: async ({ rawBody, headers, deps }) => {
      const header = headers[SIGNATURE_HEADER];
      return { body: await receiveProcessorWebhook(deps, rawBody, Array.isArray(header) ? header[0] : header) };
    },
  }),
];
