import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { bundleFileName } from '../worker/create-worker';
import { buildWeb } from './build-web';

const root = join(__dirname, '..');
/** Where the compiled back end goes: beside dist/web (the screens' build), never in it. */
export const serverDist = join(root, 'dist', 'server');

/** What a build wrote: the compiled back end's directory and its prebuilt workflow bundle. */
export interface ServerBuild {
  outDir: string;
  bundlePath: string;
  bundleBytes: number;
}

/**
 * Compiles the API and the worker (tsconfig.build.json) into `outDir`, then bundles the compiled
 * workflows once, so that a production worker loads the bundle instead of running webpack at every
 * start. The directory is emptied first: a file deleted from the sources must not live on there.
 */
export async function buildServer(outDir = serverDist): Promise<ServerBuild> {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out], { cwd: root }).catch(
    (err: Error & { stdout?: string }) => {
      throw new Error(`tsc failed:\n${err.stdout ?? err.message}`);
    },
  );
  // The compiled workflows, not the sources: the bundle holds exactly the code the compiled worker would bundle itself.
  const { code } = await bundleWorkflowCode({
    workflowsPath: join(out, 'workflows', 'index.js'),
    // webpack's module listing is noise here; its warnings and errors still show.
    logger: new DefaultLogger('WARN'),
  });
  const bundlePath = join(out, bundleFileName);
  writeFileSync(bundlePath, code);
  return { outDir: out, bundlePath, bundleBytes: Buffer.byteLength(code) };
}

/** `npm run build [-- --server-only]`: the screens (dist/web) and the back end (dist/server) for `npm run api` and `npm run worker`. */
async function main() {
  if (!process.argv.includes('--server-only')) {
    await buildWeb();
    console.log('screens built in dist/web');
  }
  const b = await buildServer();
  console.log(`back end compiled in ${b.outDir}; workflow bundle ${(b.bundleBytes / 1024 / 1024).toFixed(2)} MB in ${b.bundlePath}`);
}

if (require.main === module)
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
