import createClient, { type Client } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

/** Every path of the API with its operations, as generated from GET /openapi.json. */
export type ApiPaths = paths;

/** An RFC 9457 problem (application/problem+json): what every 4xx and 5xx of the API answers. */
export type Problem = components['schemas']['Problem'];

/** The JSON body an operation answers with a given status, e.g. `ResponseBody<'orderTopup', 201>`. */
export type ResponseBody<
  Op extends keyof operations,
  Status extends keyof operations[Op]['responses'],
> = operations[Op]['responses'][Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : never;

/** The typed client: `api.GET('/v1/orders/{orderId}', { params: { path: { orderId } } })` and so on for every path. */
export type ApiClient = Client<paths>;

/** How to reach the API and as whom. */
export interface ApiClientOptions {
  /** The API's base URL, e.g. http://localhost:3000 (no trailing /v1). */
  baseUrl: string;
  /** An API key (pbx_live_…) from POST /v1/api-keys. */
  apiKey?: string;
  /** A session token from POST /v1/auth/login. */
  token?: string;
  /** The language of problem details (and of mails sent on the caller's behalf): ja or en. */
  language?: 'ja' | 'en';
  /** Another fetch (tests, proxies). */
  fetch?: (input: Request) => Promise<Response>;
}

/**
 * A client of the API typed by its OpenAPI document: paths, parameters, bodies and answers are
 * checked at compile time. An API key and a session token are both sent as a Bearer token, so
 * the same code serves a program (key) and a login (token). Without either only public
 * operations answer.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  if (options.apiKey && options.token) throw new Error('createApiClient: pass apiKey or token, not both');
  const bearer = options.apiKey ?? options.token;
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: {
      accept: 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...(options.language ? { 'accept-language': options.language } : {}),
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/**
 * The header parameters of an operation that creates something: the same key sent again (after a
 * timeout, say) replays the first answer instead of creating a second one. Keep the key of a
 * request you may retry; a new key means a new request.
 *
 * `api.POST('/v1/prepaid/topups', { params: idempotent(key), body })`
 */
export function idempotent(key: string = globalThis.crypto.randomUUID()): { header: { 'Idempotency-Key': string } } {
  return { header: { 'Idempotency-Key': key } };
}

/** A problem answer turned into an exception: the status, the stable `code` to branch on, and the whole problem. */
export class ApiProblemError extends Error {
  override readonly name = 'ApiProblemError';
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.code}: ${problem.detail}`);
  }

  /** The problem's stable code (e.g. insufficient_balance), never its translated text. */
  get code(): string {
    return this.problem.code;
  }
}

/** Whether a value has the shape of a problem (an answer that is not one, e.g. from a proxy, is wrapped in one). */
const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && typeof (v as Problem).code === 'string';

/**
 * The data of a successful answer, or an ApiProblemError for any other: for code that has no
 * use for a failure other than stopping.
 *
 * `const topup = await ok(api.POST('/v1/prepaid/topups', { params: idempotent(), body }))`
 */
export async function ok<Data>(call: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  const { data, error, response } = await call;
  if (response.ok) return data as Data;
  const problem: Problem = isProblem(error)
    ? error
    : {
        type: 'about:blank',
        title: response.statusText,
        status: response.status,
        code: 'unexpected_response',
        detail: typeof error === 'string' ? error.slice(0, 500) : `HTTP ${response.status}`,
        requestId: response.headers.get('x-request-id') ?? '',
      };
  throw new ApiProblemError(response.status, problem);
}
