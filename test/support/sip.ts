import { randomBytes, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { freePort } from '../../scripts/free-port';
import { findKamailio, KAMAILIO_INSTALL_HINT, startKamailio, type RunningKamailio } from '../../scripts/kamailio';
import { findSipp, runSipp, SIPP_INSTALL_HINT, startSipp, type RunningSipp, type SippResult } from '../../scripts/sipp';
import { startCdrShipper, type CdrShipper } from '../../lib/telephony/cdr-shipper';
import { startTestApi, type TestApi } from './api';
import { startOwnWorker, type OwnWorker } from './own-worker';

/** Why the SIP tests cannot run here (Kamailio or sipp missing), or null when they can. */
export function sipToolsMissing(): string | null {
  if (!findKamailio()) return `Kamailio is not installed. ${KAMAILIO_INSTALL_HINT}`;
  if (!findSipp()) return `sipp is not installed. ${SIPP_INSTALL_HINT}`;
  return null;
}

/**
 * The suite's services with the PBX played by a real Kamailio: its own worker and API provision
 * SIP subscribers into the database; a sipp plays the carrier answering outside calls; the CDR
 * shipper posts Kamailio's call records to the API.
 */
export interface SipStack {
  api: TestApi;
  kamailio: RunningKamailio;
  /** Kamailio's carrier-facing socket, where the carrier brings incoming calls. */
  trunk: { host: string; port: number };
  /** The carrier's answering side: one log line per outside call it received. */
  carrier: RunningSipp;
  shipper: CdrShipper;
  stop(): Promise<void>;
}

/** Starts a worker and an API with PBX_MODE=kamailio on a task queue of their own, the carrier, and Kamailio on free UDP ports. */
export async function startSipStack(envOverrides: Record<string, string> = {}): Promise<SipStack> {
  const pbxKey = randomBytes(24).toString('hex');
  const [sipPort, trunkPort, carrierPort] = [await freePort(), await freePort(), await freePort()];
  const carrierAddress = `127.0.0.1:${carrierPort}`;
  const env = {
    ...envOverrides,
    PBX_MODE: 'kamailio',
    PBX_CLIENT_KEY: pbxKey,
    SIP_PORT: String(sipPort),
    SIP_TRUNK_PORT: String(trunkPort),
    SIP_CARRIER_ADDRESS: carrierAddress,
  };
  const worker: OwnWorker = await startOwnWorker('sip', {}, `sip-${randomUUID().slice(0, 8)}`, env);
  const api = await startTestApi({ ...env, TEMPORAL_TASK_QUEUE: worker.taskQueue });
  const carrier = startSipp({
    scenario: 'answer.xml',
    target: { host: '127.0.0.1', port: trunkPort },
    localPort: carrierPort,
    calls: null,
    service: 'carrier',
  });
  const kamailio = await startKamailio({
    sipPort,
    trunkPort,
    carrierAddress,
    apiUrl: api.url,
    pbxKey,
    databaseUrl: inject('env').DATABASE_URL!,
    realm: api.deps.config.services.pbx.loginServer,
  });
  const shipper = startCdrShipper({ db: api.deps.db, apiUrl: api.url, pbxKey, intervalMs: 200 });
  return {
    api,
    kamailio,
    trunk: { host: '127.0.0.1', port: trunkPort },
    carrier,
    shipper,
    async stop() {
      await shipper.stop();
      await kamailio.stop();
      await carrier.stop();
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

/** A sipp phone registers with the account (its calls to go to contactPort); `expect` names the scenario's final answer. */
export async function registerPhone(
  kamailio: RunningKamailio,
  account: SipAccount,
  expect: 'registered' | 'refused',
  contactPort?: number,
): Promise<SippResult> {
  return runSipp({
    scenario: expect === 'registered' ? 'phone-register.xml' : 'phone-register-refused.xml',
    target: kamailio,
    service: account.sipUser,
    auth: { user: account.sipUser, password: account.sipPassword },
    keys: { domain: account.loginServer, contact_port: String(contactPort ?? (await freePort())) },
    localPort: await freePort(),
  });
}

/** A registered desk phone waiting for calls: it answers (answer.xml) or rings until cancelled. */
export async function registeredPhone(
  kamailio: RunningKamailio,
  account: SipAccount,
  behaviour: 'answers' | 'rings' = 'answers',
  calls = 1,
): Promise<RunningSipp> {
  const port = await freePort();
  const phone = startSipp({
    scenario: behaviour === 'answers' ? 'answer.xml' : 'ring-until-cancelled.xml',
    target: kamailio,
    localPort: port,
    calls,
    service: account.sipUser,
    timeoutSeconds: 120,
  });
  const r = await registerPhone(kamailio, account, 'registered', port);
  if (r.exitCode !== 0) {
    await phone.stop();
    throw new Error(`phone ${account.sipUser} did not register:\n${r.errors}`);
  }
  return phone;
}

/** How a call ended for the calling side: the scenario's log lines ("connected", "refused 403 outbound_prohibited"). */
export interface CallOutcome extends SippResult {
  connected: number;
  refused: Array<{ status: number; reason: string }>;
}

const outcome = (r: SippResult): CallOutcome => ({
  ...r,
  connected: r.logs.filter((l) => l === 'connected').length,
  refused: r.logs
    .map((l) => /^refused (\d{3}) ?(\S*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ status: Number(m[1]), reason: m[2]! })),
});

/** A phone dials a number (or an extension): connected calls talk for talkMs and hang up, or wait for the server's BYE. */
export async function dial(
  kamailio: RunningKamailio,
  account: SipAccount,
  number: string,
  opts: { talkMs?: number; untilCut?: boolean; calls?: number; ratePerSecond?: number; timeoutSeconds?: number } = {},
): Promise<CallOutcome> {
  const calls = opts.calls ?? 1;
  return outcome(
    await runSipp({
      scenario: opts.untilCut ? 'phone-call-until-cut.xml' : 'phone-call.xml',
      target: kamailio,
      service: number,
      auth: { user: account.sipUser, password: account.sipPassword },
      keys: { domain: account.loginServer, user: account.sipUser },
      localPort: await freePort(),
      pauseMs: opts.talkMs ?? 1000,
      calls,
      concurrent: calls,
      ratePerSecond: opts.ratePerSecond ?? calls,
      timeoutSeconds: opts.timeoutSeconds ?? 30,
    }),
  );
}

/** The carrier brings a call to one of our numbers through the trunk socket. */
export async function callFromCarrier(stack: SipStack, number: string, opts: { talkMs?: number } = {}): Promise<CallOutcome> {
  return outcome(
    await runSipp({
      scenario: 'carrier-call.xml',
      target: stack.trunk,
      service: number,
      pauseMs: opts.talkMs ?? 1000,
      timeoutSeconds: 30,
      localPort: await freePort(),
    }),
  );
}
