import { InputError } from '../errors';

/** An extension: 2 to 5 digits (the seed's incoming/outgoing extension rule). */
export const EXTENSION_PATTERN = /^[0-9]{2,5}$/;

/**
 * Japan's special-service numbers: every three-digit number starting with 1 (110 police, 118 coast
 * guard, 119 fire and ambulance, 104 directory enquiries, 117 time, 171 disaster message dial, 177
 * weather, 184/186 caller-ID prefixes, …). An extension equal to one would answer a call that must
 * leave the building. Longer extensions that merely start with 1xx (1101, 11900) stay allowed:
 * a SIP phone sends the whole dialled number in one INVITE and the PBX resolves it by exact match
 * against the circle's extensions before any outside route, so 1101 never reaches the police and
 * 110 never rings a desk; there is no digit-by-digit overlap as on an analogue exchange.
 */
export const SPECIAL_SERVICE_CODE = /^1[0-9]{2}$/;

/** True when an extension is a special-service number and so can never be an extension. */
export const isReservedExtension = (value: string): boolean => SPECIAL_SERVICE_CODE.test(value);

/** Refuses an extension that is not 2-5 digits or that is a special-service number, naming the field. */
export function assertExtension(field: string, value: string): void {
  if (!EXTENSION_PATTERN.test(value)) throw new InputError('extension_digits', { value }, field);
  if (isReservedExtension(value)) throw new InputError('extension_special_service', { extension: value }, field);
}

/** The first free 3-digit extension (the default) that is not a special-service number: 200 up. */
export function firstFreeExtension(taken: Set<string>): string {
  for (let n = 100; n <= 999; n++) {
    const ext = String(n);
    if (!isReservedExtension(ext) && !taken.has(ext)) return ext;
  }
  throw new InputError('no_free_extension', {}, 'body.incomingExtension');
}
