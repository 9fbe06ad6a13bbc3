import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDeps } from '../deps';
import { decodeJsonBody, readRequestBody } from '../http/body';
import { pickLang } from '../http/messages';
import { endFastPath } from '../http/fast-path-answer';
import { isPbxKey, requestIdOf } from '../http/middleware';
import { validate } from '../http/mount';
import { problemFor } from '../http/problem';
import { authorizeBodySchema } from './authorize.schemas';
import { decideCall } from './authorize.service';

const PATH = '/v1/calls/authorize';

/** A Node request handler that takes a request (true) or leaves it to the next one (false). */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The PBX asks before every call set-up, thousands of times a second at peak, and the caller hears
 * nothing until the answer is back. Through Koa's generic pipeline (request log, CORS, docs and
 * screens, session lookup, a router over every route) the request cost more CPU in the API than
 * the authorisation itself, so on a shared box it queued behind everything else.
 *
 * This path answers only the PBX's own requests: POST /v1/calls/authorize with a valid X-Pbx-Key and
 * no session. Everything else — an operator's session, a wrong key, another URL — goes through the
 * normal pipeline, which therefore still answers every authentication problem. Validation (the
 * route's own schema), the decision (the same service), the problem documents and the security
 * headers are those of the normal route, so a program sees the same answers either way.
 */
export function authorizeFastPath(deps: ApiDeps): FastPath {
  const key = deps.config.auth.pbxClientKey;
  if (!key) return () => false;
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== PATH || req.headers.authorization || req.headers.cookie) return false;
    const presented = req.headers['x-pbx-key'];
    if (typeof presented !== 'string' || !isPbxKey(presented, key)) return false;
    // Whatever fails after the decision (writing the answer, logging) ends this request only.
    answer(req, res, deps).catch((err: unknown) => {
      deps.log.error({ err }, 'authorisation fast path');
      res.destroy();
    });
    return true;
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, deps: ApiDeps): Promise<void> {
  const started = process.hrtime.bigint();
  const requestId = requestIdOf(req.headers['x-request-id'] as string | undefined);
  const lang = pickLang(req.headers['accept-language'] ?? '');
  let status = 200;
  let payload: unknown;
  let headers: Record<string, string> = {};
  try {
    const value = decodeJsonBody(await readRequestBody(req, deps.config.http.bodyLimitBytes), req.headers['content-type'], lang);
    payload = await decideCall(deps, validate(authorizeBodySchema, value ?? {}, 'body', lang));
  } catch (err) {
    const problem = problemFor(err, lang, requestId, deps.log.child({ requestId }), deps.config.publicBaseUrl);
    ({ status } = problem.body);
    ({ headers } = problem);
    payload = problem.body;
  }
  const seconds = endFastPath(res, { status, headers, body: payload, requestId, route: PATH, method: 'POST', started });
  const level = status < 400 ? 'debug' : 'info';
  if (deps.log.isLevelEnabled(level)) {
    const ms = seconds * 1000;
    deps.log[level]({ requestId, method: 'POST', path: PATH, status, ms: Math.round(ms * 10) / 10, fastPath: true }, 'request');
  }
}
