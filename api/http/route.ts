import type { z } from 'zod';
import type { Principal, CallerKind } from '../../domain/principal';
import type { Lang } from './messages';
import type { ApiDeps } from '../deps';

/** The OpenAPI tags, one per domain. */
export type Tag =
  | 'auth'
  | 'account'
  | 'circles'
  | 'prepaid'
  | 'orders'
  | 'numbers'
  | 'uniques'
  | 'devices'
  | 'warehouse'
  | 'operator'
  | 'catalog'
  | 'staff'
  | 'billing'
  | 'calls'
  | 'system'
  | 'sandbox';

/** Who may call: nobody needs to log in, or one of these kinds of login. */
export type Access = 'public' | readonly CallerKind[];

/** What a handler receives: parsed input, the caller, and the process's dependencies. */
export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  principal: Principal | undefined;
  lang: Lang;
  ip: string;
  requestId: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  deps: ApiDeps;
}

/** What a handler returns; status defaults to 200. */
export interface HandlerResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string | string[]>;
  contentType?: string;
}

/** A response header as the OpenAPI document describes it. */
export interface HeaderSpec {
  description: string;
  /** JSON Schema of the value; a string when left out. */
  schema?: Record<string, unknown>;
  example?: string;
}

/** The Location header of a 201: the GET URL of what was created, e.g. `locationHeader('/v1/orders/{orderId}')`. */
export const locationHeader = (example: string): Record<string, HeaderSpec> => ({
  Location: { description: 'The URL of the created resource (its GET)', schema: { type: 'string', format: 'uri-reference' }, example },
});

/** One declared response of an operation. */
export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** A realistic body that parses with `schema`: Swagger UI shows it, and the shape test parses it. */
  example?: unknown;
  /** Headers the answer carries, e.g. the Location of a 201. */
  headers?: Record<string, HeaderSpec>;
}

/** One API operation: its validation, its access rule, its docs and its handler, in one place. */
export interface RouteDef<P = unknown, Q = unknown, B = unknown> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description?: string;
  access: Access;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** A realistic request body that parses with `body`: "Try it out" on /docs starts from it. */
  bodyExample?: unknown;
  /** Example values of path parameters, by name (a schema's own `.meta({ examples })` also counts). */
  paramsExample?: Record<string, unknown>;
  /** Example values of query parameters, by name. */
  queryExample?: Record<string, unknown>;
  /** Honour Idempotency-Key: the operation creates something. */
  idempotent?: boolean;
  /** Keep the raw body text for signature checks (webhooks). */
  rawBody?: boolean;
  /** What an idempotent replay answers instead of the first body: a secret answered once is left out. */
  replayBody?: (body: unknown) => unknown;
  /** A public route whose (unvalidated) body may name a member of staff, the staff login: audited under that login ID. */
  auditedLogin?: (body: unknown) => string | undefined;
  responses: Record<number, ResponseSpec>;
  handler: (input: HandlerInput<P, Q, B>) => Promise<HandlerResult>;
}

/** Declares a route with its input types inferred from its schemas. */
export function defineRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(def: RouteDef<P, Q, B>): RouteDef {
  return def as unknown as RouteDef;
}
