import net from 'node:net';

/** A port `npm start` opens, and the variable that moves it. */
export interface PlannedPort {
  variable: string;
  port: number;
  what: string;
}

/** The ports `npm start` will open with this environment: only for the parts it starts itself. */
export function plannedPorts(env: NodeJS.ProcessEnv): PlannedPort[] {
  const num = (name: string, fallback: number) => Number(env[name] ?? fallback);
  const ports: PlannedPort[] = [{ variable: 'PORT', port: num('PORT', 3000), what: 'the API' }];
  if (!env.DATABASE_URL) ports.push({ variable: 'EMBEDDED_PG_PORT', port: num('EMBEDDED_PG_PORT', 54329), what: 'PostgreSQL' });
  if (!env.TEMPORAL_ADDRESS)
    ports.push(
      { variable: 'TEMPORAL_PORT', port: num('TEMPORAL_PORT', 7233), what: 'Temporal' },
      { variable: 'TEMPORAL_UI_PORT', port: num('TEMPORAL_UI_PORT', 8233), what: 'the Temporal UI' },
    );
  if (!env.SMTP_URL)
    ports.push(
      { variable: 'MAIL_SMTP_PORT', port: num('MAIL_SMTP_PORT', 1025), what: 'the SMTP catcher' },
      { variable: 'MAIL_HTTP_PORT', port: num('MAIL_HTTP_PORT', 8025), what: 'the mail inbox' },
    );
  if (!env.PROCESSOR_URL) ports.push({ variable: 'SANDBOX_PORT', port: num('SANDBOX_PORT', 4010), what: 'the sandbox parties' });
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
