import type { Server } from 'node:http';
import Router from '@koa/router';
import Koa from 'koa';
import { lockDataDir } from './data-dir-lock';
import { PartyStore } from './durable-store';
import { DurableTimers } from './durable-timers';
import { SANDBOX_PARTIES } from './parties';
import { WebhookOutbox } from './webhook-outbox';
import type { WebhookEvent } from './webhook-sender';

/** How a sandboxed outside party reaches us: where our webhooks live and the shared secrets. */
export interface SandboxOptions {
  port: number;
  /** Base URL of our API, e.g. http://127.0.0.1:3000; webhooks go to <base>/v1/webhooks/<party>. */
  webhookTarget: string;
  secrets: Record<string, string>;
  /**
   * Where the parties keep their state (cards, payments, activations, parcels, endpoints, pending
   * timers and webhooks) so that a restart on the same dir carries on; one file pair per party.
   * Without it the state lives in memory and ends with the process.
   */
  dataDir?: string;
}

/** What a party module gets: its router (mounted at /<party>) and a way to send it webhooks. */
export interface SandboxContext {
  router: Router;
  /** The sandbox's own public base URL for this party, e.g. for 3-D Secure challenge pages. */
  baseUrl: string;
  /** Stores the event, then delivers it signed with retries; an event undelivered at a stop goes out after the next start. */
  sendWebhook(event: WebhookEvent): Promise<number>;
  /** The party's state; every map kept here outlives a restart on the same data dir. */
  store: PartyStore;
  /** Delayed work that still runs after a restart (at once, if it fell due meanwhile). */
  timers: DurableTimers;
}

/** A sandboxed outside party: registers its HTTP endpoints. */
export type SandboxParty = (ctx: SandboxContext) => void;

async function readJson(ctx: Koa.Context, next: Koa.Next) {
  if (ctx.method === 'POST' || ctx.method === 'PUT' || ctx.method === 'PATCH') {
    const chunks: Buffer[] = [];
    for await (const c of ctx.req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const type = ctx.get('content-type');
    try {
      ctx.request.body = !text ? {} : type.includes('json') ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
    } catch {
      ctx.status = 400;
      ctx.body = { error: 'malformed body' };
      return;
    }
  }
  await next();
}

/** Starts the given parties on one port, each under its name: /processor, /carrier, /pbx, /parcel. */
export async function startSandbox(
  opts: SandboxOptions,
  parties: Record<string, SandboxParty> = SANDBOX_PARTIES,
): Promise<{ url: string; stop(): Promise<void> }> {
  const unlock = opts.dataDir ? lockDataDir(opts.dataDir) : () => undefined;
  const app = new Koa();
  app.use(readJson);
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const root = new Router();
  const running: Array<{ store: PartyStore; timers: DurableTimers; outbox: WebhookOutbox }> = [];
  const closeStores = () => {
    for (const r of running) r.store.close();
    unlock();
  };
  let server: Server;
  try {
    for (const [name, party] of Object.entries(parties)) {
      const router = new Router();
      const store = new PartyStore(opts.dataDir, name);
      const timers = new DurableTimers(store, name);
      const outbox = new WebhookOutbox(store, `${opts.webhookTarget}/v1/webhooks/${name}`, opts.secrets[name] ?? '');
      running.push({ store, timers, outbox });
      party({ router, baseUrl: `${baseUrl}/${name}`, sendWebhook: (event) => outbox.send(event), store, timers });
      root.use(`/${name}`, router.routes(), router.allowedMethods());
    }
    app.use(root.routes());
    server = app.listen(opts.port, '127.0.0.1');
    await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject));
  } catch (err) {
    closeStores();
    throw err;
  }
  for (const r of running) {
    r.timers.resume();
    r.outbox.resume();
  }
  return {
    url: baseUrl,
    async stop() {
      // Pending work stops first and stays stored, so requests still open finish without starting more.
      for (const r of running) {
        r.timers.stop();
        r.outbox.stop();
      }
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      closeStores();
    },
  };
}

declare module 'koa' {
  interface Request {
    body?: unknown;
  }
}
