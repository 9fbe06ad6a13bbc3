import { join } from 'node:path';
import { DEMO_STAFF } from '../db/seed';
import { buildWeb } from './build-web';
import { busyPortLines, portOf } from './busy-ports';
import { latencyNiceFromEnv, startStack, waitForHealth } from './stack';

const port = (variable: Parameters<typeof portOf>[1]) => portOf(process.env, variable);

/** `npm start`: the whole system on embedded defaults, or on whatever the environment points at. */
async function main() {
  // A taken port is named with its variable up front, instead of a stack trace from whichever part fails to bind.
  const busy = await busyPortLines(process.env);
  if (busy.length) {
    for (const line of busy) console.error(line);
    process.exit(2);
  }
  await buildWeb();
  const stack = await startStack({
    dataDir: join(__dirname, '..', '.data'),
    apiPort: port('PORT'),
    pgPort: port('EMBEDDED_PG_PORT'),
    temporalPort: port('TEMPORAL_PORT'),
    temporalUiPort: port('TEMPORAL_UI_PORT'),
    smtpPort: port('MAIL_SMTP_PORT'),
    mailHttpPort: port('MAIL_HTTP_PORT'),
    sandboxPort: port('SANDBOX_PORT'),
    echoChildren: true,
    pbx: 'auto',
    latencyNice: latencyNiceFromEnv(process.env),
    env: { WORKER_METRICS_PORT: String(port('WORKER_METRICS_PORT')) },
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping…');
    await stack.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  for (const c of [stack.worker, stack.api, ...(stack.pbx ? [stack.pbx] : [])])
    c.once('exit', (code) => !stopping && (console.error(`a process exited (${code}); stopping`), void shutdown(1)));

  await waitForHealth(`${stack.apiUrl}/health`, 120_000);
  const staff = DEMO_STAFF.map((s) => `${s.role} ${s.loginId} / ${s.password}`).join(', ');
  const apiPort = port('PORT');
  console.log(`
Cloud PBX back end is up.
  API          http://localhost:${apiPort}/v1
  API docs     http://localhost:${apiPort}/docs   (OpenAPI: /openapi.json)
  Staff        http://localhost:${apiPort}/staff/ (staff console)
  Health       http://localhost:${apiPort}/health   (probes: /health/live, /health/ready)
  Metrics      http://localhost:${apiPort}/metrics (API), http://localhost:${port('WORKER_METRICS_PORT')}/metrics (worker)
  Temporal UI  ${stack.temporalUi ?? `(external Temporal at ${stack.env.TEMPORAL_ADDRESS})`}
  Codec        http://localhost:${apiPort}/codec (payloads are encrypted: the UI decodes them here for a logged-in operator or admin)
  Mail inbox   ${stack.inboxUrl ?? `(external SMTP at ${stack.env.SMTP_URL})`}
  Sandbox      ${stack.env.PROCESSOR_URL} (card processor), carrier and parcel beside it
  PBX          ${
    stack.pbx
      ? `Kamailio on udp:${stack.env.SIP_HOST ?? '127.0.0.1'}:${stack.env.SIP_PORT ?? 5060} (phones), :${stack.env.SIP_TRUNK_PORT ?? 5080} (carrier trunk); log .data/kamailio.log`
      : `the sandbox PBX (${stack.env.PBX_URL}); install kamailio for real SIP calls`
  }
  Staff logins ${stack.env.SEED_DEMO_DATA === 'true' ? staff : '(not seeded)'}
Ctrl-C stops everything; data stays in .data/.
`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
