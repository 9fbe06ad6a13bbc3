import { z } from 'zod';
import { AppError } from '../../domain/errors';
import { verifyWebhookSignature } from '../../lib/webhook-signature';
import type { ApiDeps } from '../deps';

/** The envelope every outside party's event shares: an ID for deduplication, a type and data. */
export const webhookEnvelope = z.object({
  id: z.string().min(1).max(200),
  type: z.string().min(1).max(100),
  data: z.record(z.string(), z.unknown()),
});

/**
 * Verifies a party's webhook (HMAC over timestamp and body, within the tolerance, else 401 with
 * `<party>_signature_invalid`) and parses it with the given schema (else 422 naming the body).
 */
export function readSignedEvent<T extends z.ZodType>(
  deps: ApiDeps,
  party: 'processor' | 'carrier' | 'parcel',
  rawBody: string,
  signature: string | undefined,
  schema: T,
): z.infer<T> {
  const problem = verifyWebhookSignature(deps.config.parties[party].webhookSecret, rawBody, signature, deps.config.webhookToleranceSeconds);
  if (problem) throw new AppError(401, `${party === 'processor' ? 'webhook' : party}_signature_invalid`, { reason: problem });
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new AppError(400, 'malformed_json');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError(422, 'validation_failed', {}, 'body');
  return parsed.data;
}
