import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { freePort } from '../../scripts/free-port';
import { findKamailio, KAMAILIO_INSTALL_HINT, startKamailio, type RunningKamailio } from '../../scripts/kamailio';
import { findSipp, runSipp, SIPP_INSTALL_HINT, type SippResult } from '../../scripts/sipp';
import { startTestApi, type TestApi } from './api';
import { startOwnWorker, type OwnWorker } from './own-worker';

/** Why the SIP tests cannot run here (Kamailio or sipp missing), or null when they can. */
export function sipToolsMissing(): string | null {
  if (!findKamailio()) return `Kamailio is not installed. ${KAMAILIO_INSTALL_HINT}`;
  if (!findSipp()) return `sipp is not installed. ${SIPP_INSTALL_HINT}`;
  return null;
}

/** The suite's services with the PBX played by a real Kamailio: its own worker and API provision SIP subscribers into the database. */
export interface SipStack {
  api: TestApi;
  kamailio: RunningKamailio;
  stop(): Promise<void>;
}

/** Starts a worker and an API with PBX_MODE=kamailio on a task queue of their own, and Kamailio on a free UDP port. */
export async function startSipStack(): Promise<SipStack> {
  const env = { PBX_MODE: 'kamailio' };
  const worker: OwnWorker = await startOwnWorker('sip', {}, `sip-${randomUUID().slice(0, 8)}`, env);
  const api = await startTestApi({ ...env, TEMPORAL_TASK_QUEUE: worker.taskQueue });
  const kamailio = await startKamailio({
    sipPort: await freePort(),
    databaseUrl: inject('env').DATABASE_URL!,
    realm: api.deps.config.services.pbx.loginServer,
  });
  return {
    api,
    kamailio,
    async stop() {
      await kamailio.stop();
      await api.close();
      await worker.stop();
    },
  };
}

/** A phone's SIP account, as the provisioning file or the one-time credentials give it. */
export interface SipAccount {
  sipUser: string;
  loginServer: string;
  sipPassword: string;
}

/** A sipp phone registers with the account; `expect` names the scenario's final answer. */
export function registerPhone(kamailio: RunningKamailio, account: SipAccount, expect: 'registered' | 'refused'): Promise<SippResult> {
  return runSipp({
    scenario: expect === 'registered' ? 'phone-register.xml' : 'phone-register-refused.xml',
    target: kamailio,
    service: account.sipUser,
    auth: { user: account.sipUser, password: account.sipPassword },
    keys: { domain: account.loginServer },
  });
}
