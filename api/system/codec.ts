import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Payload } from '@temporalio/common';
import { z } from 'zod';
import { AppError, ForbiddenError, UnauthenticatedError } from '../../domain/errors';
import type { StaffRole } from '../../domain/principal';
import { createEncryptionCodec, PayloadDecryptionError } from '../../lib/codec';
import type { FastPath } from '../billing/authorize.fast-path';
import type { ApiDeps } from '../deps';
import { presentedApiKey } from '../http/api-key-auth';
import { decodeJsonBody, readRequestBody } from '../http/body';
import { pickLang } from '../http/messages';
import { endFastPath } from '../http/fast-path-answer';
import { requestIdOf } from '../http/middleware';
import { validate } from '../http/mount';
import { problemFor, ProblemError } from '../http/problem';
import { sessionTokenFromCookie } from '../http/session-cookie';

/** Where the Temporal UI and CLI are pointed (`--ui-codec-endpoint`, `--codec-endpoint`): they add /encode and /decode. */
export const CODEC_PATH = '/codec';
const OPERATIONS = new Set([`${CODEC_PATH}/encode`, `${CODEC_PATH}/decode`]);

/** Decoded payloads carry customers' names and addresses: the staff who answer for customers' orders may read them. */
const CODEC_ROLES: ReadonlySet<StaffRole> = new Set(['operator', 'admin']);

const ALLOWED_HEADERS = 'Content-Type, X-Namespace, Authorization';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
/** The remote codec protocol's body: payloads in proto JSON, bytes as base64. */
const codecBodySchema = z.object({
  payloads: z.array(z.object({ metadata: z.record(z.string(), base64).nullish(), data: base64.nullish() })).max(10_000),
});
type JsonPayload = z.infer<typeof codecBodySchema>['payloads'][number];

const fromJson = ({ metadata, data }: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: Buffer.from(data ?? '', 'base64'),
});

const toJson = ({ metadata, data }: Payload) => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? []).toString('base64')])),
  data: Buffer.from(data ?? []).toString('base64'),
});

/**
 * The Temporal remote codec protocol (POST /codec/encode, POST /codec/decode with `{ payloads }`),
 * so the Temporal UI and CLI show workflow data that the workers store encrypted (lib/codec).
 *
 * It answers ahead of the Koa pipeline because the Temporal UI calls it from another origin with
 * the browser's credentials: the API's own CORS policy (CORS_ORIGINS, no credentials) and its CSRF
 * rule for cookie sessions would refuse those calls. Neither matters here: encoding and decoding
 * change nothing, and only the Temporal UI's origins (TEMPORAL_UI_ORIGINS) may read an answer.
 * Only operators and administrators, by session token or session cookie, may use it; each call is
 * logged with who made it.
 */
export function codecEndpoint(deps: ApiDeps): FastPath {
  const codec = createEncryptionCodec(deps.config.temporal.payloadKeys);
  const origins = new Set(deps.config.temporal.uiOrigins);
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (!OPERATIONS.has(path)) return false;
    answer(req, res, path).catch((err: unknown) => {
      deps.log.error({ err }, 'codec endpoint');
      res.destroy();
    });
    return true;
  };

  async function answer(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req.headers['x-request-id'] as string | undefined);
    const lang = pickLang(req.headers['accept-language'] ?? '');
    const origin = req.headers.origin;
    const cors: Record<string, string> =
      origin && origins.has(origin) ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' } : {};
    let status = 200;
    let headers: Record<string, string> = {};
    let body: unknown;
    let staffId: string | undefined;
    try {
      if (req.method === 'OPTIONS') {
        status = 204;
        if (cors['Access-Control-Allow-Origin'])
          headers = {
            'Access-Control-Allow-Methods': 'POST',
            'Access-Control-Allow-Headers': ALLOWED_HEADERS,
            'Access-Control-Max-Age': '600',
          };
      } else if (req.method !== 'POST') {
        throw new ProblemError(405, 'method_not_allowed', { allowed: 'POST, OPTIONS' });
      } else {
        staffId = await staffAllowed(req, deps);
        const value = decodeJsonBody(await readRequestBody(req, deps.config.http.bodyLimitBytes), req.headers['content-type'], lang);
        const { payloads } = validate(codecBodySchema, value ?? {}, 'body', lang);
        const input = payloads.map(fromJson);
        body = { payloads: (await (path.endsWith('/decode') ? codec.decode(input) : codec.encode(input))).map(toJson) };
      }
    } catch (err) {
      const known = err instanceof PayloadDecryptionError ? new AppError(422, 'payload_undecodable', { keyId: err.keyId ?? '?' }) : err;
      const problem = problemFor(known, lang, requestId, deps.log.child({ requestId }), deps.config.publicBaseUrl);
      ({ status } = problem.body);
      headers = problem.headers;
      if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="codec"';
      if (status === 405) headers.Allow = 'POST, OPTIONS';
      body = problem.body;
    }
    const seconds = endFastPath(res, {
      status,
      headers: { ...cors, ...headers, Vary: 'Origin' },
      body,
      requestId,
      route: path,
      method: req.method ?? '',
      started,
    });
    // Who decoded what, since an answer shows customers' data: the staff ID, the namespace, the count.
    deps.log.info(
      {
        requestId,
        method: req.method,
        path,
        status,
        ms: Math.round(seconds * 10_000) / 10,
        staffId,
        namespace: req.headers['x-namespace'],
        payloads: (body as { payloads?: unknown[] } | undefined)?.payloads?.length,
      },
      'request',
    );
  }
}

/** The staff ID of an operator or administrator presenting a live session token or cookie; else the 401 or 403 that says why not. */
async function staffAllowed(req: IncomingMessage, deps: ApiDeps): Promise<string> {
  const authorization = req.headers.authorization ?? '';
  // An API key stands in for a customer's login, never for staff.
  if (presentedApiKey(authorization) !== undefined) throw new ForbiddenError();
  const bearer = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(authorization)?.[1];
  const token = bearer ?? sessionTokenFromCookie(req.headers.cookie);
  const session = token ? await deps.stores.sessions.inspect(token) : undefined;
  if (session?.state !== 'active') {
    throw new UnauthenticatedError(
      session?.state === 'expired' ? 'session_expired' : session?.state === 'revoked' ? 'session_revoked' : 'unauthenticated',
    );
  }
  const p = session.principal;
  if (p.kind !== 'staff' || !CODEC_ROLES.has(p.role)) throw new ForbiddenError();
  if (p.mustChangePassword) throw new AppError(403, 'password_change_required');
  return p.staffId;
}
