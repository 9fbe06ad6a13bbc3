import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, METADATA_ENCODING_KEY, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import {
  createEncryptionCodec,
  DEV_PAYLOAD_KEY_ID,
  ENCRYPTED_ENCODING,
  METADATA_KEY_ID,
  parsePayloadKeys,
  PayloadDecryptionError,
} from '../../lib/codec';
import { loadConfig } from '../../lib/config';

const text = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('utf8');
const entry = (id: string, key: Buffer) => `${id}:${key.toString('base64')}`;
const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const ORDER = { customer: '暗号 花子', address: '東京都千代田区1-1', amount: 12_100 };

describe('the payload encryption codec', () => {
  const codec = createEncryptionCodec(parsePayloadKeys(entry('k1', oldKey), undefined));

  it('round-trips a payload, its metadata (the value’s encoding) included', async () => {
    const plain = defaultPayloadConverter.toPayload(ORDER);
    const [encrypted] = await codec.encode([plain]);
    const [decoded] = await codec.decode([encrypted!]);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual(ORDER);
    expect(text(decoded!.metadata![METADATA_ENCODING_KEY])).toBe('json/plain');
  });

  it('leaves nothing of the value readable: the outer payload says only binary/encrypted and the key ID', async () => {
    const [encrypted] = await codec.encode([defaultPayloadConverter.toPayload(ORDER)]);
    expect(Object.keys(encrypted!.metadata!).sort()).toEqual([METADATA_ENCODING_KEY, METADATA_KEY_ID].sort());
    expect(text(encrypted!.metadata![METADATA_ENCODING_KEY])).toBe(ENCRYPTED_ENCODING);
    expect(text(encrypted!.metadata![METADATA_KEY_ID])).toBe('k1');
    const bytes = Buffer.from(encrypted!.data!);
    for (const s of [ORDER.customer, ORDER.address, '12100', 'json/plain']) expect(bytes.includes(Buffer.from(s))).toBe(false);
  });

  it('encrypts the same value differently each time (a random IV per payload)', async () => {
    const [a, b] = await codec.encode([defaultPayloadConverter.toPayload(ORDER), defaultPayloadConverter.toPayload(ORDER)]);
    expect(Buffer.from(a!.data!).equals(Buffer.from(b!.data!))).toBe(false);
  });

  it('after a rotation decodes payloads of the old key and encrypts new ones with the new key', async () => {
    const [old] = await codec.encode([defaultPayloadConverter.toPayload(ORDER)]);
    const rotated = createEncryptionCodec(parsePayloadKeys(`${entry('k1', oldKey)},${entry('k2', newKey)}`, 'k2'));
    expect(defaultPayloadConverter.fromPayload((await rotated.decode([old!]))[0]!)).toEqual(ORDER);
    const [fresh] = await rotated.encode([defaultPayloadConverter.toPayload(ORDER)]);
    expect(text(fresh!.metadata![METADATA_KEY_ID])).toBe('k2');
    expect(defaultPayloadConverter.fromPayload((await rotated.decode([fresh!]))[0]!)).toEqual(ORDER);
    // The old codec never had k2: a clear error that names the key.
    await expect(codec.decode([fresh!])).rejects.toThrow(/key "k2", which is not configured \(configured: k1\)/);
  });

  it('refuses a tampered ciphertext, and a payload relabelled with another key ID', async () => {
    const [encrypted] = await codec.encode([defaultPayloadConverter.toPayload(ORDER)]);
    const data = Buffer.from(encrypted!.data!);
    data[20] = data[20]! ^ 0x01;
    await expect(codec.decode([{ ...encrypted!, data }])).rejects.toThrow(PayloadDecryptionError);
    await expect(codec.decode([{ ...encrypted!, data }])).rejects.toThrow(/failed authentication/);
    // Same key bytes under another ID: the key ID is authenticated too.
    const twoIds = createEncryptionCodec(parsePayloadKeys(`${entry('k1', oldKey)},${entry('k1b', oldKey)}`, 'k1'));
    const relabelled: Payload = { ...encrypted!, metadata: { ...encrypted!.metadata, [METADATA_KEY_ID]: Buffer.from('k1b') } };
    await expect(twoIds.decode([relabelled])).rejects.toThrow(/failed authentication/);
  });

  it('passes plain payloads (recorded histories, workflows from before encryption) through unchanged', async () => {
    const plain = defaultPayloadConverter.toPayload(ORDER);
    const binaryNull = defaultPayloadConverter.toPayload(undefined);
    const decoded = await codec.decode([plain, binaryNull]);
    expect(decoded[0]).toBe(plain);
    expect(decoded[1]).toBe(binaryNull);
  });
});

describe('payload keys in the configuration', () => {
  const base = { DATABASE_URL: 'postgres://x', SMTP_URL: 'smtp://x', APP_SECRET: 'secret-0123456789abcdef' };

  it('uses the dev-only key in development and tests', () => {
    const cfg = loadConfig({ ...base, NODE_ENV: 'test' });
    expect(cfg.temporal.payloadKeys.activeKeyId).toBe(DEV_PAYLOAD_KEY_ID);
    expect(cfg.temporal.payloadKeys.keys.get(DEV_PAYLOAD_KEY_ID)).toHaveLength(32);
  });

  it('refuses to start in production without PAYLOAD_KEYS', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/PAYLOAD_KEYS: required in production/);
  });

  it('reads several keys and the active one', () => {
    const cfg = loadConfig({
      ...base,
      NODE_ENV: 'production',
      PAYLOAD_KEYS: `${entry('a', oldKey)}, ${entry('b', newKey)}`,
      PAYLOAD_ACTIVE_KEY: 'b',
    });
    expect([...cfg.temporal.payloadKeys.keys.keys()]).toEqual(['a', 'b']);
    expect(cfg.temporal.payloadKeys.activeKeyId).toBe('b');
  });

  it.each([
    [`a:${randomBytes(16).toString('base64')}`, undefined, /key "a" is 16 bytes; AES-256 wants 32/],
    [`${entry('a', oldKey)},${entry('b', newKey)}`, undefined, /PAYLOAD_ACTIVE_KEY must name/],
    [entry('a', oldKey), 'c', /PAYLOAD_ACTIVE_KEY "c" is not among the listed keys \(a\)/],
    [`${entry('a', oldKey)},${entry('a', newKey)}`, 'a', /listed twice/],
    ['a:not base64!', undefined, /key "a" is not base64/],
    [oldKey.toString('base64'), undefined, /is not id:base64key/],
  ])('refuses PAYLOAD_KEYS=%s (active %s) with a clear message', (keys, active, message) => {
    expect(() => loadConfig({ ...base, PAYLOAD_KEYS: keys, ...(active ? { PAYLOAD_ACTIVE_KEY: active } : {}) })).toThrow(message);
  });
});
