import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Sets this process's niceness on all its threads (Linux keeps one per thread) and returns how to
 * put the old one back. The bench's generator stands in for the PBX, which has its own machine in
 * production; at the API's niceness it does not queue behind the background job either.
 */
export function reniceSelf(nice: number): () => void {
  if (!nice) return () => undefined;
  const before = getPriority(0);
  const apply = (n: number) => {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        setPriority(Number(tid), n);
      } catch {
        /* the thread ended, or no permission: it runs at the default */
      }
    }
  };
  apply(nice);
  return () => apply(before);
}
