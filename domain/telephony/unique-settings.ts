import { InputError } from '../errors';

/** An extension: 2 to 5 digits (the seed's incoming/outgoing extension rule). */
export const EXTENSION_PATTERN = /^[0-9]{2,5}$/;

/** Refuses an extension that is not 2-5 digits, naming the field. */
export function assertExtension(field: string, value: string): void {
  if (!EXTENSION_PATTERN.test(value)) throw new InputError('extension_digits', { value }, field);
}

/** The first free 3-digit extension (the default), from 101 up. */
export function firstFreeExtension(taken: Set<string>): string {
  for (let n = 101; n <= 999; n++) if (!taken.has(String(n))) return String(n);
  throw new InputError('no_free_extension', {}, 'body.incomingExtension');
}
