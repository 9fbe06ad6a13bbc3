import { z } from 'zod';

// Control characters and lone surrogates are refused in names; everything else in Unicode is fine.
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/u;

/** A display name: trimmed, 1-100 characters, no control characters. */
export const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  // A refinement rather than a pattern: the \p{..} classes are not portable JSON Schema regex.
  .refine((v) => !CONTROL.test(v), 'must not contain control characters or line separators');

/** A login ID: 3-64 characters of letters, digits and . _ @ - */
export const loginIdSchema = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._@-]+$/, 'may contain only letters, digits and . _ @ -');

/** A password: 8-128 characters. */
export const passwordSchema = z.string().min(8).max(128);

/** A mail address. */
export const emailSchema = z.email().max(254);

/** The two languages of the product. */
export const languageSchema = z.enum(['ja', 'en']);

/** A UUID path parameter. */
export const uuidSchema = z.uuid();

/** Integer yen. */
export const yenSchema = z.number().int().safe();

/** Keyset paging: newest first, `before` is the last ID of the previous page. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional(),
});

/** Answer of 202/204-style operations that only acknowledge. */
export const messageSchema = z.object({ message: z.string() });

/** A card token from the processor's payment form: opaque, URL-safe characters only. */
export const cardTokenSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a token from the payment form');

/** Every object that carries yen carries `currency` beside the amounts: integer yen, ISO 4217. */
export const CURRENCY = 'JPY' as const;
export const currencySchema = z.literal(CURRENCY).describe('The currency of every amount in this object: integer yen');

/** A phone number as programs exchange it: E.164 (+81312345678, +12125550100). */
export const e164Schema = z
  .string()
  .regex(/^\+[1-9][0-9]{1,14}$/)
  .describe('E.164');

/** Beside every E.164 number, the form a person reads (03-1234-5678). */
export const nationalDisplaySchema = z.string().describe('The national form a person reads');
