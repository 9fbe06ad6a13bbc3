import { z } from 'zod';
import { SIGNATURE_HEADER } from '../../lib/webhook-signature';
import { defineRoute } from '../http/route';
import { receiveCarrierWebhook } from './carrier-webhook.service';

/** The carrier's signed webhook: number activation results. */
export const carrierWebhookRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/webhooks/carrier',
    operationId: 'carrierWebhook',
    tag: 'numbers',
    summary: 'Carrier events (number.activated, number.activation_failed), signed with x-pbx-signature',
    access: 'public',
    rawBody: true,
    responses: {
      200: {
        description: 'Received',
        schema: z.object({ received: z.literal(true), duplicate: z.boolean() }),
        example: { received: true, duplicate: false },
      },
      401: { description: 'Bad signature' },
    },
    handler: async ({ rawBody, headers, deps }) => {
      const header = headers[SIGNATURE_HEADER];
      const r = await receiveCarrierWebhook(deps, rawBody, Array.isArray(header) ? header[0] : header);
      return { body: { received: true as const, duplicate: r.duplicate } };
    },
  }),
];
