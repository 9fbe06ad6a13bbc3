import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type Koa from 'koa';

/** Where `npm run build:web` puts the built screens. */
export const webDist = join(__dirname, '..', '..', 'dist', 'web');

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'application/javascript; charset=utf-8',
  'staff.css': 'text/css; charset=utf-8',
};

// The screens load only their own files and talk only to this origin.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Serves the staff console at /staff/ from dist/web (a missing build answers 503 with how to build it). */
export function staffConsole(): Koa.Middleware {
  return async function serveStaffConsole(ctx, next) {
    if (ctx.method !== 'GET' || !(ctx.path === '/staff' || ctx.path.startsWith('/staff/'))) return next();
    if (ctx.path === '/staff') return ctx.redirect('/staff/');
    const file = ctx.path === '/staff/' ? 'index.html' : ctx.path.slice('/staff/'.length);
    const type = TYPES[file];
    if (!type) return next();
    try {
      ctx.body = await readFile(join(webDist, 'staff', file));
    } catch {
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = 'The staff console is not built: run `npm run build:web`.';
      return;
    }
    ctx.type = type;
    ctx.set('Content-Security-Policy', CSP);
    ctx.set('Cache-Control', file === 'index.html' ? 'no-cache' : 'public, max-age=300');
  };
}
