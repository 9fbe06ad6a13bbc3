import { spawn } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/free-port';

// Start-up: a port in use gives one line naming the variable to change, not a stack trace.
let taken: net.Server;
let port: number;
beforeAll(async () => {
  port = await freePort();
  taken = net.createServer().listen(port, '127.0.0.1');
  await new Promise((r) => taken.once('listening', r));
});
afterAll(() => new Promise((r) => taken.close(r)));

const start = (env: Record<string, string>) =>
  new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
  });

describe('start-up with a port in use', () => {
  it('names the variable to change in one line per taken port, and starts nothing', async () => {
    // Every other part points at something outside, so only the API's port is planned.
    const { code, stderr, stdout } = await start({
      PORT: String(port),
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
      SMTP_URL: 'smtp://127.0.0.1:1',
      PROCESSOR_URL: 'http://127.0.0.1:1/processor',
    });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`port ${port} (the API) is in use: stop what uses it, or choose another with PORT=…`]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).not.toContain('is up');
  });

  it('names each taken port of the parts it would start itself', async () => {
    const { code, stderr } = await start({
      PORT: String(await freePort()),
      SANDBOX_PORT: String(port),
      MAIL_SMTP_PORT: String(port),
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('choose another with SANDBOX_PORT=…');
    expect(stderr).toContain('choose another with MAIL_SMTP_PORT=…');
    // The API's own port is free: only the two taken ones are named.
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });
});
