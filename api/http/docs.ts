import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Koa from 'koa';
import { serveProblemPage } from './problem-pages';

const uiDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'application/javascript',
};

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cloud PBX API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui', deepLinking: true });`;

/** Serves the browsable API docs from the locally installed swagger-ui, no CDN, and the problem codes' pages. */
export function docsMiddleware(publicBaseUrl?: string): Koa.Middleware {
  return async function apiDocs(ctx, next) {
    if (ctx.method !== 'GET' || !(ctx.path === '/docs' || ctx.path.startsWith('/docs/'))) return next();
    ctx.set('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
    ctx.set('Cache-Control', 'public, max-age=300');
    const file = ctx.path.slice('/docs/'.length);
    if (ctx.path === '/docs' || file === '' || file === 'index.html') {
      ctx.type = 'text/html';
      ctx.body = page;
    } else if (file === 'init.js') {
      ctx.type = 'application/javascript';
      ctx.body = init;
    } else if (await serveProblemPage(ctx, file, publicBaseUrl)) {
      return;
    } else if (assets[file]) {
      ctx.type = assets[file];
      ctx.body = readFileSync(join(uiDir, file));
    } else {
      return next();
    }
  };
}
