import { accessSync, constants } from 'node:fs';
import path from 'node:path';

// Debian puts daemons in sbin, which is often off a user's PATH.
const SYSTEM_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/bin', '/usr/local/bin'];

/** A program named by its override variable, else found on PATH or in the system dirs; null when absent. */
export function findExecutable(name: string, override: string | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  if (override) return isExecutable(override) ? override : null;
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), ...SYSTEM_DIRS];
  return dirs.map((d) => path.join(d, name)).find(isExecutable) ?? null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
