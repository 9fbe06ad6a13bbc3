import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, ValueError, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { PayloadKeyring } from './keys';

/** The encoding an encrypted payload declares; anything else is a plain payload from before encryption. */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
/** The metadata entry naming the key a payload was encrypted with, so that keys can rotate. */
export const METADATA_KEY_ID = 'encryption-key-id';

const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A payload that cannot be decrypted: its key is not configured, or its bytes are not what was encrypted. */
export class PayloadDecryptionError extends ValueError {
  override readonly name = 'PayloadDecryptionError';
  constructor(
    message: string,
    /** The key the payload names, when it names one. */
    readonly keyId?: string,
  ) {
    super(message);
  }
}

const text = (bytes: Uint8Array | null | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);

/**
 * A PayloadCodec that encrypts every payload with AES-256-GCM under the active key. The whole
 * Payload proto is encrypted, its metadata (the encoding, hence the value's type) included; the
 * outer payload says only `binary/encrypted` and the key ID. The key ID is also the cipher's
 * additional data, so a payload relabelled with another key's ID fails like a tampered one.
 *
 * Decoding passes plain payloads through unchanged: the recorded histories and any workflow that
 * started before encryption carry them.
 */
export function createEncryptionCodec({ keys, activeKeyId }: PayloadKeyring): PayloadCodec {
  const found = keys.get(activeKeyId);
  if (!found) throw new Error(`the active payload key "${activeKeyId}" is not among the keys`);
  const activeKey: Buffer = found;
  const keyIdBytes = Buffer.from(activeKeyId, 'utf8');

  function encrypt(payload: Payload): Payload {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(CIPHER, activeKey, iv).setAAD(keyIdBytes);
    const plain = temporal.api.common.v1.Payload.encode(payload).finish();
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return { metadata: { [METADATA_ENCODING_KEY]: Buffer.from(ENCRYPTED_ENCODING), [METADATA_KEY_ID]: keyIdBytes }, data: sealed };
  }

  function decrypt(payload: Payload): Payload {
    if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return payload;
    const keyId = text(payload.metadata?.[METADATA_KEY_ID]);
    if (!keyId) throw new PayloadDecryptionError(`an encrypted payload has no ${METADATA_KEY_ID} in its metadata`);
    const key = keys.get(keyId);
    if (!key)
      throw new PayloadDecryptionError(
        `payload encrypted with key "${keyId}", which is not configured (configured: ${[...keys.keys()].join(', ')}); add it to PAYLOAD_KEYS`,
        keyId,
      );
    const sealed = Buffer.from(payload.data ?? new Uint8Array());
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError(`payload encrypted with key "${keyId}" is truncated`, keyId);
    const decipher = createDecipheriv(CIPHER, key, sealed.subarray(0, IV_BYTES)).setAAD(Buffer.from(keyId, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new PayloadDecryptionError(
        `payload encrypted with key "${keyId}" failed authentication: it was altered or the key is wrong`,
        keyId,
      );
    }
    return temporal.api.common.v1.Payload.decode(plain);
  }

  return {
    async encode(payloads) {
      return payloads.map(encrypt);
    },
    async decode(payloads) {
      return payloads.map(decrypt);
    },
  };
}
