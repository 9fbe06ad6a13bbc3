import { Client } from 'pg';

/** Waits for the `pbx_events` NOTIFY that the events table's trigger sends at every commit. */
export interface EventWakeup {
  /** Resolves when `pending()` is true, a NOTIFY arrives, or `ms` pass (or `sleep` ends early). */
  wait(pending: () => Promise<boolean>, sleep: (ms: number) => Promise<void>, ms: number): Promise<void>;
}

/**
 * One LISTEN connection per worker process, opened on first use and reopened after an error.
 * Without it the dispatcher still works, on its timeout: a NOTIFY only makes it faster.
 */
export function createEventWakeup(databaseUrl: string): EventWakeup {
  let listening: Promise<Client> | undefined;
  const waiters = new Set<() => void>();

  const listen = () =>
    (listening ??= (async () => {
      const client = new Client({ connectionString: databaseUrl });
      const drop = () => {
        listening = undefined;
        void client.end().catch(() => undefined);
      };
      client.on('error', drop);
      client.on('notification', () => {
        for (const wake of waiters) wake();
        waiters.clear();
      });
      try {
        await client.connect();
        await client.query('listen pbx_events');
      } catch (err) {
        drop();
        throw err;
      }
      // The listener must not keep a stopping worker process alive.
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      return client;
    })());

  return {
    async wait(pending, sleep, ms) {
      await listen().catch(() => undefined);
      let wake!: () => void;
      const woken = new Promise<void>((r) => (wake = r));
      waiters.add(wake);
      try {
        // Listening began before this look, so a commit after it cannot go unnoticed.
        if (await pending()) return;
        await Promise.race([woken, sleep(ms)]);
      } finally {
        waiters.delete(wake);
      }
    },
  };
}
