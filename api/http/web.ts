import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type Koa from 'koa';

/** The project's folder, from api/http (tsx) or dist/server/api/http (compiled): the one with package.json. */
const projectRoot =
  [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..', '..')].find((d) => existsSync(join(d, 'package.json'))) ??
  join(__dirname, '..', '..');

/** Where `npm run build:web` puts the built screens. */
export const webDist = join(projectRoot, 'dist', 'web');

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'application/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

// The screens load only their own files and talk only to this origin.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** What the screens embed from elsewhere: the card processor's card entry page (its origin), so card numbers never touch ours. */
export interface ScreenOptions {
  cardEntryOrigin?: string;
}

// The portal frames the processor's card entry page and nothing else.
const portalCsp = (opts: ScreenOptions) => (opts.cardEntryOrigin ? `${CSP}; frame-src ${opts.cardEntryOrigin}` : CSP);

/** A set of screens: the files it serves at its base and the paths that open its page. */
interface ScreenSet {
  name: 'staff' | 'portal';
  base: string;
  files: readonly string[];
  /** Whether a GET of this path is one of the set's pages (the page then routes it itself). */
  isPage: (path: string, accept: string) => boolean;
}

// Paths the API, its docs and the machines' endpoints own; everything else a browser asks for as HTML is a portal page.
const NOT_PORTAL = /^\/(v1|openapi\.json|docs|staff|sandbox|provisioning|health|metrics)(\/|$)/;

const SETS: readonly ScreenSet[] = [
  { name: 'staff', base: '/staff/', files: ['app.js', 'staff.css'], isPage: (p) => p === '/staff/' || p === '/staff/index.html' },
  {
    name: 'portal',
    base: '/',
    files: ['app.js', 'portal.css'],
    isPage: (p, accept) => p === '/' || (!NOT_PORTAL.test(p) && !p.includes('.') && accept.includes('text/html')),
  },
];

/** Serves the staff console at /staff/ and the customer portal at / from dist/web (a missing build answers 503 with how to build it). */
export function screens(opts: ScreenOptions = {}): Koa.Middleware {
  const csp = { staff: CSP, portal: portalCsp(opts) };
  return async function serveScreens(ctx, next) {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === '/staff') return ctx.redirect('/staff/');
    const accept = ctx.get('accept');
    for (const set of SETS) {
      const file = set.isPage(ctx.path, accept)
        ? 'index.html'
        : ctx.path.startsWith(set.base) && set.files.includes(ctx.path.slice(set.base.length))
          ? ctx.path.slice(set.base.length)
          : undefined;
      if (!file) continue;
      try {
        ctx.body = await readFile(join(webDist, set.name, file));
      } catch {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = `The ${set.name === 'staff' ? 'staff console' : 'customer portal'} is not built: run \`npm run build:web\`.`;
        return;
      }
      ctx.type = TYPES[file.split('.').pop()!]!;
      ctx.set('Content-Security-Policy', csp[set.name]);
      ctx.set('Cache-Control', file === 'index.html' ? 'no-cache' : 'public, max-age=300');
      return;
    }
    return next();
  };
}
