import { createHash } from 'node:crypto';

/**
 * The digest hash a SIP server stores instead of a password (RFC 2617/3261 "HA1"):
 * md5(user:realm:password). With it the server can check a phone's answer to a challenge, but
 * nobody can read the password back; the realm must be the one the server challenges with.
 */
export function sipHa1(user: string, realm: string, password: string): string {
  return createHash('md5').update(`${user}:${realm}:${password}`, 'utf8').digest('hex');
}
