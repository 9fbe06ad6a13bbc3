export { createEncryptionCodec, ENCRYPTED_ENCODING, METADATA_KEY_ID, PayloadDecryptionError } from './encryption-codec';
export { devPayloadKeyring, DEV_PAYLOAD_KEY_ID, parsePayloadKeys, PAYLOAD_KEY_BYTES, type PayloadKeyring } from './keys';
