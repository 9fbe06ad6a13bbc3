import net from 'node:net';

/** A port `npm start` opens, and the variable that moves it. */
export interface PlannedPort {
  variable: string;
  port: number;
  what: string;
}

/** The ports `npm start` opens by default, by the variable that moves each. */
export const DEFAULT_PORTS = {
  PORT: 3000,
  EMBEDDED_PG_PORT: 54329,
  TEMPORAL_PORT: 7233,
  TEMPORAL_UI_PORT: 8233,
  MAIL_SMTP_PORT: 1025,
  MAIL_HTTP_PORT: 8025,
  SANDBOX_PORT: 4010,
  WORKER_METRICS_PORT: 9464,
} as const;

/** A port by its variable: the environment's, else the default. */
export const portOf = (env: NodeJS.ProcessEnv, variable: keyof typeof DEFAULT_PORTS) => Number(env[variable] ?? DEFAULT_PORTS[variable]);

/** The ports `npm start` will open with this environment: only for the parts it starts itself (Kamailio's SIP ports are checked by scripts/kamailio.ts). */
export function plannedPorts(env: NodeJS.ProcessEnv): PlannedPort[] {
  const planned = (variable: keyof typeof DEFAULT_PORTS, what: string): PlannedPort => ({ variable, port: portOf(env, variable), what });
  const ports: PlannedPort[] = [planned('PORT', 'the API'), planned('WORKER_METRICS_PORT', 'the worker’s metrics and probes')];
  if (!env.DATABASE_URL) ports.push(planned('EMBEDDED_PG_PORT', 'PostgreSQL'));
  if (!env.TEMPORAL_ADDRESS) ports.push(planned('TEMPORAL_PORT', 'Temporal'), planned('TEMPORAL_UI_PORT', 'the Temporal UI'));
  if (!env.SMTP_URL) ports.push(planned('MAIL_SMTP_PORT', 'the SMTP catcher'), planned('MAIL_HTTP_PORT', 'the mail inbox'));
  if (!env.PROCESSOR_URL) ports.push(planned('SANDBOX_PORT', 'the sandbox parties'));
  return ports;
}

/** Whether something already listens on 127.0.0.1:port (we try to listen there ourselves). */
function inUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/**
 * One line per planned port that is taken, naming the variable to change, e.g.
 * "port 3000 (the API) is in use: stop what uses it, or choose another with PORT=…".
 */
export async function busyPortLines(env: NodeJS.ProcessEnv): Promise<string[]> {
  const lines: string[] = [];
  for (const p of plannedPorts(env))
    if (await inUse(p.port)) lines.push(`port ${p.port} (${p.what}) is in use: stop what uses it, or choose another with ${p.variable}=…`);
  return lines;
}
