/** The AES-256 keys payloads are encrypted with: every key that may still be needed to decode, and the one new payloads use. */
export interface PayloadKeyring {
  keys: ReadonlyMap<string, Buffer>;
  activeKeyId: string;
}

/** AES-256 wants exactly 32 bytes of key. */
export const PAYLOAD_KEY_BYTES = 32;

/** A key ID travels in every payload's metadata and in configuration lists, so it stays short and plain. */
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * DEV ONLY: the key `npm start` and the tests encrypt with when PAYLOAD_KEYS is unset. It is public
 * (it is right here), so it protects nothing; production refuses to start without PAYLOAD_KEYS.
 */
export const DEV_PAYLOAD_KEY_ID = 'dev-only';
const DEV_PAYLOAD_KEY_BASE64 = 'ZGV2LW9ubHkgcGF5bG9hZCBrZXk6IG5vdCBzZWNyZXQ=';

/** The dev-only keyring (see DEV_PAYLOAD_KEY_ID). */
export function devPayloadKeyring(): PayloadKeyring {
  return { keys: new Map([[DEV_PAYLOAD_KEY_ID, Buffer.from(DEV_PAYLOAD_KEY_BASE64, 'base64')]]), activeKeyId: DEV_PAYLOAD_KEY_ID };
}

/**
 * Reads `id1:base64key,id2:base64key` and the active key's ID. Rotation adds a key and makes it
 * active while the old ones stay listed, so payloads written with them still decode. With a single
 * key the active ID may be left out; with several it must name one of them. Throws a message that
 * says what is wrong and what is expected.
 */
export function parsePayloadKeys(text: string, activeKeyId: string | undefined): PayloadKeyring {
  const keys = new Map<string, Buffer>();
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('no key: expected id:base64key[,id:base64key…]');
  for (const [i, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    const encoded = colon > 0 ? entry.slice(colon + 1) : '';
    if (!KEY_ID.test(id))
      // Never echo the entry: it is a secret key.
      throw new Error(`entry ${i + 1} is not id:base64key (id: letters, digits, . _ -, at most 64)`);
    if (keys.has(id)) throw new Error(`key ID "${id}" is listed twice`);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new Error(`key "${id}" is not base64`);
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== PAYLOAD_KEY_BYTES) throw new Error(`key "${id}" is ${key.length} bytes; AES-256 wants ${PAYLOAD_KEY_BYTES}`);
    keys.set(id, key);
  }
  const active = activeKeyId ?? (keys.size === 1 ? [...keys.keys()][0]! : undefined);
  if (active === undefined) throw new Error(`${keys.size} keys listed: PAYLOAD_ACTIVE_KEY must name the one new payloads use`);
  if (!keys.has(active)) throw new Error(`PAYLOAD_ACTIVE_KEY "${active}" is not among the listed keys (${[...keys.keys()].join(', ')})`);
  return { keys, activeKeyId: active };
}
