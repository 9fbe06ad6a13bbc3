import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses no outgoing webhook may reach: loopback, private, shared (CGNAT), link-local (cloud
 * metadata lives at 169.254.169.254), unique-local, multicast, documentation and reserved ranges.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4), which is what it reaches. */
function embeddedIpv4(ip: string): string | undefined {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  const parts = hex ?? sixToFour;
  if (!parts) return undefined;
  const a = parseInt(parts[1]!, 16);
  const b = parseInt(parts[2]!, 16);
  return [a >> 8, a & 255, b >> 8, b & 255].join('.');
}

/** True when the IP address is a public unicast address; anything unparsable is not. */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return !blocked.check(bare, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedIpv4(bare);
  if (v4) return isPublicAddress(v4);
  return !blocked.check(bare, 'ipv6');
}

/** Which URLs and addresses outgoing requests may use. */
export interface AddressPolicy {
  /** Only https (production). */
  requireHttps: boolean;
  /** Loopback and private addresses allowed (development and tests). */
  allowPrivate: boolean;
}

/** Why a URL is refused. */
export type UrlProblem = 'malformed' | 'scheme' | 'https_required' | 'credentials' | 'private_address' | 'unresolvable';

/** Checks a URL's form against the policy without resolving it (a literal private IP is refused here). */
export function checkUrlForm(raw: string, policy: AddressPolicy): UrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'malformed';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (policy.requireHttps && url.protocol !== 'https:') return 'https_required';
  if (url.username || url.password) return 'credentials';
  if (!url.hostname) return 'malformed';
  if (policy.allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPublicAddress(host) ? undefined : 'private_address';
  if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')) return 'private_address';
  return undefined;
}

const lookupAll = (host: string): Promise<LookupAddress[]> =>
  new Promise((resolve, reject) => dnsLookup(host, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/** Checks a URL's form and, unless private addresses are allowed, that every address its host resolves to is public. */
export async function checkUrl(raw: string, policy: AddressPolicy): Promise<UrlProblem | undefined> {
  const problem = checkUrlForm(raw, policy);
  if (problem || policy.allowPrivate) return problem;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return undefined;
  try {
    const addresses = await lookupAll(host);
    return addresses.length && addresses.every((a) => isPublicAddress(a.address)) ? undefined : 'private_address';
  } catch {
    return 'unresolvable';
  }
}

/** An error naming a refused address, so a delivery log can say why nothing was sent. */
export class RefusedAddressError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`refused: ${host} resolves to the non-public address ${address}`);
    this.name = 'RefusedAddressError';
  }
}

/**
 * A DNS lookup for http(s).request that refuses non-public answers: the address checked is the
 * address connected to, so a name that changes its answer after the URL was checked (DNS
 * rebinding) is still caught.
 */
export function publicOnlyLookup(policy: AddressPolicy): LookupFunction | undefined {
  if (policy.allowPrivate) return undefined;
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 4);
      const bad = addresses.find((a) => !isPublicAddress(a.address));
      if (bad || addresses.length === 0) return callback(new RefusedAddressError(hostname, bad?.address ?? 'none'), '', 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
