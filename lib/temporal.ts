import { readFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { NativeConnectionOptions } from '@temporalio/worker';
import { createEncryptionCodec } from './codec';
import type { AppConfig } from './config';

/** Connection options for a local dev server, a self-hosted cluster (mTLS) or Temporal Cloud (API key). */
export function temporalConnectionOptions(cfg: AppConfig['temporal']): NativeConnectionOptions {
  const tls =
    cfg.tlsCertPath && cfg.tlsKeyPath
      ? { clientCertPair: { crt: readFileSync(cfg.tlsCertPath), key: readFileSync(cfg.tlsKeyPath) } }
      : cfg.tls;
  return {
    address: cfg.address,
    tls,
    ...(cfg.apiKey ? { apiKey: cfg.apiKey, metadata: { 'temporal-namespace': cfg.namespace } } : {}),
  };
}

/**
 * How every client and worker of this system converts payloads: the default JSON, then encrypted
 * (lib/codec), so the Temporal Service stores no customer data in plain text. Anything that talks
 * to Temporal on this system's behalf must use it, or it can neither read nor write our payloads.
 */
export function temporalDataConverter(cfg: Pick<AppConfig['temporal'], 'payloadKeys'>): DataConverter {
  return { payloadCodecs: [createEncryptionCodec(cfg.payloadKeys)] };
}

/** A workflow client that connects on first use, so the API starts (and reports 503) while Temporal is down. */
export async function createTemporalClient(cfg: AppConfig['temporal']): Promise<Client> {
  const connection = Connection.lazy(temporalConnectionOptions(cfg));
  return new Client({ connection, namespace: cfg.namespace, dataConverter: temporalDataConverter(cfg) });
}
