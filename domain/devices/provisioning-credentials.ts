import { createHmac } from 'node:crypto';

/**
 * A unit's HTTP basic credentials for its configuration file, derived from the app secret and
 * the unit's ID: a retried step and a reprinted pack slip get the same pair, and the database
 * keeps only the password's hash.
 */
export function provisioningCredentials(appSecret: string, deviceId: string): { username: string; password: string } {
  const derive = (purpose: string) => createHmac('sha256', appSecret).update(`device-provisioning:${purpose}:${deviceId}`).digest();
  return {
    username: `gs${derive('user').toString('hex').slice(0, 14)}`,
    password: derive('password').toString('base64url').replace(/[-_]/g, '').slice(0, 20),
  };
}
