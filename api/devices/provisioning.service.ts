import { NotFoundError } from '../../domain/errors';
import { macFromConfigFileName } from '../../domain/devices/identifiers';
import { renderGsProvision, type GsSipAccount } from '../../domain/devices/grandstream';
import { safeEqual, sha256 } from '../../lib/crypto';
import { sipPasswordBox } from '../../lib/secret-box';
import type { ProvisioningTarget } from '../../db/devices/devices.store';
import type { ApiDeps } from '../deps';

/** The outcome of a fetch: the file, or a refusal of the credentials. */
export type ConfigFetch = { ok: true; xml: string } | { ok: false };

/** Reads `Authorization: Basic ...` into its user and password. */
function basicCredentials(header: string | undefined): { username: string; password: string } | undefined {
  const m = /^Basic ([A-Za-z0-9+/=]{1,400})$/.exec(header ?? '');
  if (!m) return undefined;
  const text = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** The unit's accounts as they are now: a unique's new name or SIP password reaches the phone at its next fetch. */
function accountsOf(target: ProvisioningTarget, appSecret: string): Array<GsSipAccount | undefined> {
  const box = sipPasswordBox(appSecret);
  return [1, 2].map((slot) => {
    const a = target.accounts.find((x) => x.slot === slot);
    if (!a) return undefined;
    const usable = a.status === 'active' && a.sipUser && a.loginServer && a.sealedPassword;
    if (!usable) return { active: false, accountName: '', sipServer: '', sipUserId: '', authId: '', password: '', displayName: '' };
    const label = a.name ?? a.code ?? a.sipUser!;
    return {
      active: true,
      accountName: label,
      sipServer: a.loginServer!,
      sipUserId: a.sipUser!,
      authId: a.sipUser!,
      password: box.open(a.sealedPassword!),
      displayName: label,
    };
  });
}

/**
 * Serves a phone's configuration file: 404 for a MAC without a profile, a refusal without the
 * unit's own credentials, else the file rendered from current data, and the fetch is logged.
 */
export async function fetchConfig(
  deps: ApiDeps,
  fileName: string,
  authorization: string | undefined,
  client: { ip: string; userAgent: string | null },
): Promise<ConfigFetch> {
  const mac = macFromConfigFileName(fileName);
  const target = mac ? await deps.stores.devices.provisioningTarget(mac) : undefined;
  if (!target) throw new NotFoundError('configuration');
  const creds = basicCredentials(authorization);
  if (!creds || !safeEqual(creds.username, target.username) || !safeEqual(sha256(creds.password), target.passwordHash))
    return { ok: false };
  const xml = renderGsProvision(target.mac, accountsOf(target, deps.config.secret));
  await deps.stores.devices.recordFetch(target.deviceId, client);
  return { ok: true, xml };
}
