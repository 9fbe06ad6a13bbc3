import type { IncomingMessage } from 'node:http';
import type Koa from 'koa';
import { nulCharacterError } from './field-messages';
import { pickLang, type Lang } from './messages';
import { ProblemError } from './problem';

/** Reads the request body as text, refusing more than `limit` bytes without buffering them. */
export async function readBody(ctx: Koa.Context, limit: number): Promise<string> {
  return readRequestBody(ctx.req, limit);
}

/** The same on a bare Node request (the PBX's authorisation path, which bypasses Koa). */
export async function readRequestBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] || 0);
  if (declared > limit) throw new ProblemError(413, 'payload_too_large', { limit });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.destroy();
      throw new ProblemError(413, 'payload_too_large', { limit });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; only application/json (or +json) is accepted when a body is present. */
export async function parseJsonBody(ctx: Koa.Context, limit: number): Promise<{ raw: string; value: unknown }> {
  const raw = await readBody(ctx, limit);
  return { raw, value: decodeJsonBody(raw, ctx.get('content-type'), pickLang(ctx.get('accept-language'))) };
}

/** A body's JSON value (undefined when empty), refusing other media types, bad JSON and NUL characters. */
export function decodeJsonBody(raw: string, contentType: string | undefined, lang: Lang = 'ja'): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType || '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) throw new ProblemError(415, 'unsupported_media_type');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ProblemError(400, 'malformed_json');
  }
  const nul = findNulCharacter(value, 'body');
  if (nul) throw new ProblemError(422, 'validation_failed', {}, [nulCharacterError(nul, lang)]);
  return value;
}

/** The path of the first string holding U+0000, which PostgreSQL text cannot store; undefined when none. */
export function findNulCharacter(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNulCharacter(value[i], `${path}.${i}`);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNulCharacter(k, `${path}.${k}`) ?? findNulCharacter(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return undefined;
}
