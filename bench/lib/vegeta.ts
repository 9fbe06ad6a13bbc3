import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { round } from './stats';

const run = promisify(execFile);

/** Where `GOBIN=$PWD/.tools go install github.com/tsenart/vegeta/v12@v12.13.0` puts vegeta. */
export const vegetaPath = (root: string) => join(root, '.tools', 'vegeta');

/** What vegeta measured: its own latencies (from each request's send), in ms. */
export interface VegetaResult {
  ratePerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  statusCodes: Record<string, number>;
}

/**
 * Drives one POST route at a fixed rate with vegeta, a load generator outside Node, so the bench's
 * own client can be checked against it: one target per request (each its own body, so each call
 * ID is new), the same headers, keep-alive connections.
 */
export async function vegetaAttack(opts: {
  root: string;
  url: string;
  headers: Record<string, string>;
  ratePerSec: number;
  durationSec: number;
  body: (i: number) => unknown;
  /** Niceness to run vegeta at (0: as this process). */
  nice?: number;
}): Promise<VegetaResult> {
  const bin = vegetaPath(opts.root);
  if (!existsSync(bin)) throw new Error(`no vegeta at ${bin}: GOBIN=$PWD/.tools go install github.com/tsenart/vegeta/v12@v12.13.0`);
  const dir = mkdtempSync(join(tmpdir(), 'pbx-bench-vegeta-'));
  try {
    const header = Object.fromEntries(Object.entries({ ...opts.headers, 'content-type': 'application/json' }).map(([k, v]) => [k, [v]]));
    const total = Math.round(opts.ratePerSec * opts.durationSec);
    const lines: string[] = [];
    for (let i = 0; i < total; i++)
      lines.push(
        JSON.stringify({ method: 'POST', url: opts.url, header, body: Buffer.from(JSON.stringify(opts.body(i))).toString('base64') }),
      );
    writeFileSync(join(dir, 'targets.json'), lines.join('\n') + '\n');
    const attack = [
      bin,
      'attack',
      '-format=json',
      `-targets=${join(dir, 'targets.json')}`,
      `-rate=${opts.ratePerSec}/1s`,
      `-duration=${opts.durationSec}s`,
      `-output=${join(dir, 'results.bin')}`,
    ];
    const command = opts.nice ? ['nice', '-n', String(opts.nice), ...attack] : attack;
    await run(command[0]!, command.slice(1), { maxBuffer: 1 << 20 });
    const { stdout } = await run(bin, ['report', '-type=json', join(dir, 'results.bin')], { maxBuffer: 1 << 20 });
    const r = JSON.parse(stdout) as {
      rate: number;
      latencies: Record<string, number>;
      status_codes: Record<string, number>;
      errors: string[] | null;
      success: number;
      requests: number;
    };
    return {
      ratePerSec: round(r.rate, 1),
      p50Ms: round(r.latencies['50th']! / 1e6),
      p99Ms: round(r.latencies['99th']! / 1e6),
      maxMs: round(r.latencies.max! / 1e6),
      errors: r.requests - (r.status_codes['200'] ?? 0),
      statusCodes: r.status_codes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
