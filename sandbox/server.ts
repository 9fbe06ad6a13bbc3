import type { Server } from 'node:http';
import Router from '@koa/router';
import Koa from 'koa';
import { SANDBOX_PARTIES } from './parties';
import { deliverWebhook, type WebhookEvent } from './webhook-sender';

/** How a sandboxed outside party reaches us: where our webhooks live and the shared secrets. */
export interface SandboxOptions {
  port: number;
  /** Base URL of our API, e.g. http://127.0.0.1:3000; webhooks go to <base>/v1/webhooks/<party>. */
  webhookTarget: string;
  secrets: Record<string, string>;
}

/** What a party module gets: its router (mounted at /<party>) and a way to send it webhooks. */
export interface SandboxContext {
  router: Router;
  /** The sandbox's own public base URL for this party, e.g. for 3-D Secure challenge pages. */
  baseUrl: string;
  sendWebhook(event: WebhookEvent): Promise<number>;
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
  const app = new Koa();
  app.use(readJson);
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const root = new Router();
  for (const [name, party] of Object.entries(parties)) {
    const router = new Router();
    const secret = opts.secrets[name] ?? '';
    party({
      router,
      baseUrl: `${baseUrl}/${name}`,
      sendWebhook: (event) => deliverWebhook(`${opts.webhookTarget}/v1/webhooks/${name}`, secret, event),
    });
    root.use(`/${name}`, router.routes(), router.allowedMethods());
  }
  app.use(root.routes());
  const server: Server = app.listen(opts.port, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { url: baseUrl, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

declare module 'koa' {
  interface Request {
    body?: unknown;
  }
}
