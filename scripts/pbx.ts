import path from 'node:path';
import { createDb } from '../db/knex';
import { loadConfig } from '../lib/config';
import { startCdrShipper } from '../lib/telephony/cdr-shipper';
import { startKamailio } from './kamailio';
import { findSipp, startSipp, type RunningSipp } from './sipp';

const DATA_DIR = path.join(__dirname, '..', '.data');

/**
 * The PBX side of `npm start` with PBX_MODE=kamailio: Kamailio on SIP_HOST:SIP_PORT, a sipp
 * answering outside calls as the carrier at SIP_CARRIER_ADDRESS (when sipp is installed and that
 * address is local), and the CDR shipper posting Kamailio's call records to the API.
 */
async function main() {
  const config = loadConfig(process.env);
  const { sip, pbx } = config.services;
  const pbxKey = config.auth.pbxClientKey;
  if (!pbxKey) throw new Error('PBX_CLIENT_KEY is not set: Kamailio needs it to ask the API before outside calls.');
  const apiUrl = process.env.API_URL ?? `http://127.0.0.1:${config.port}`;
  const [carrierHost, carrierPort] = sip.carrierAddress.split(':') as [string, string];

  let carrier: RunningSipp | undefined;
  if (findSipp() && carrierHost === sip.host) {
    carrier = startSipp({
      scenario: 'answer.xml',
      target: { host: sip.host, port: sip.trunkPort },
      localPort: Number(carrierPort),
      calls: null,
      service: 'carrier',
    });
  }
  const kamailio = await startKamailio({
    host: sip.host,
    sipPort: sip.port,
    trunkPort: sip.trunkPort,
    carrierAddress: sip.carrierAddress,
    apiUrl,
    pbxKey,
    databaseUrl: config.databaseUrl,
    realm: pbx.loginServer,
    logFile: path.join(DATA_DIR, 'kamailio.log'),
  }).catch(async (err: Error) => {
    await carrier?.stop();
    throw err;
  });
  const db = createDb(config.databaseUrl, 2);
  const shipper = startCdrShipper({ db, apiUrl, pbxKey, intervalMs: sip.cdrShipIntervalMs, log: (m) => console.warn(m) });
  console.log(
    `Kamailio on udp:${kamailio.host}:${kamailio.port} (carrier trunk udp:${kamailio.host}:${sip.trunkPort}; ` +
      `outside calls to ${sip.carrierAddress}${carrier ? ', answered by a sipp carrier' : ''}); log in .data/kamailio.log`,
  );

  const stop = async () => {
    await shipper.stop();
    await kamailio.stop();
    await carrier?.stop();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
