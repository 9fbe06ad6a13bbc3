import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { startCdrShipper } from '../../lib/telephony/cdr-shipper';
import { freePort } from '../../scripts/free-port';
import { KAMAILIO_CONFIG, startKamailio, type RunningKamailio } from '../../scripts/kamailio';
import { startSipp } from '../../scripts/sipp';
import type { Stack } from '../../scripts/stack';

// Where `npm run bench` keeps the stack's data; each Kamailio's log goes there too, for a failed run.
const LOG_DIR = process.env.BENCH_SIP_LOG_DIR ?? join(__dirname, '..', '..', '.data', 'bench');

/** The SIP side of the benchmark: the same Kamailio configuration twice, one of them without the API check. */
export interface SipServers {
  /** Asks POST /v1/calls/authorize before every outside call, as in production. */
  checked: RunningKamailio;
  /** Started with SKIP_AUTHORIZE: the same routes, without the HTTP check. */
  baseline: RunningKamailio;
  /** A command-line fragment that finds each Kamailio's process tree (for CPU readings). */
  processFragments: { checked: string; baseline: string };
  stop(): Promise<void>;
}

/**
 * The project's configuration with another number of UDP workers per socket (an experiment:
 * `http_client` blocks a worker for the whole API round trip), or the configuration itself.
 */
function configWithChildren(children: number | undefined): string {
  if (!children) return KAMAILIO_CONFIG;
  const file = join(mkdtempSync(join(tmpdir(), 'pbx-bench-kamailio-')), 'kamailio.cfg');
  writeFileSync(file, readFileSync(KAMAILIO_CONFIG, 'utf8').replace(/^children=\d+$/m, `children=${children}`));
  return file;
}

/**
 * Starts the carrier (a sipp answering every outside call, without limit), two Kamailios against
 * the stack's API and database, and the CDR shipper posting their call records to the API.
 */
export async function startSipServers(stack: Stack, db: Knex, realm: string, children?: number): Promise<SipServers> {
  const pbxKey = stack.env.PBX_CLIENT_KEY;
  if (!pbxKey) throw new Error('the stack API has no PBX_CLIENT_KEY: Kamailio could not ask it, nor the CDR shipper post to it');
  const carrierPort = await freePort();
  const servers: Array<{ sipPort: number; trunkPort: number }> = [];
  for (let i = 0; i < 2; i++) servers.push({ sipPort: await freePort(), trunkPort: await freePort() });
  const carrier = startSipp({
    scenario: 'answer.xml',
    target: { host: '127.0.0.1', port: servers[0]!.trunkPort },
    localPort: carrierPort,
    calls: null,
    service: 'carrier',
  });
  const start = (ports: { sipPort: number; trunkPort: number }, skipAuthorize: boolean) =>
    startKamailio({
      ...ports,
      carrierAddress: `127.0.0.1:${carrierPort}`,
      apiUrl: stack.apiUrl,
      pbxKey,
      databaseUrl: stack.env.DATABASE_URL!,
      realm,
      skipAuthorize,
      configFile: configWithChildren(children),
      logFile: join(LOG_DIR, `kamailio-${skipAuthorize ? 'baseline' : 'checked'}.log`),
    });
  const checked = await start(servers[0]!, false);
  const baseline = await start(servers[1]!, true).catch(async (err) => {
    await checked.stop();
    throw err;
  });
  const shipper = startCdrShipper({ db, apiUrl: stack.apiUrl, pbxKey, intervalMs: 200 });
  return {
    checked,
    baseline,
    processFragments: {
      checked: `udp:127.0.0.1:${servers[0]!.sipPort}`,
      baseline: `udp:127.0.0.1:${servers[1]!.sipPort}`,
    },
    async stop() {
      await shipper.stop();
      await Promise.all([checked.stop(), baseline.stop()]);
      await carrier.stop();
    },
  };
}
