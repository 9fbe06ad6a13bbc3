import type { MessageTable } from '../http/messages';

/** The codec endpoint's own problem codes (api/system/codec.ts). */
export const codecMessages: MessageTable = {
  payload_undecodable: {
    en: (p) =>
      `A payload could not be decrypted with key "${p.keyId}": that key is not in this API's PAYLOAD_KEYS, or the payload was altered.`,
    ja: (p) => `ペイロードを鍵 \`${p.keyId}\` で復号できません。この鍵が設定（\`PAYLOAD_KEYS\`）にないか、ペイロードが改ざんされています。`,
  },
};
