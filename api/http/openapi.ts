import { z } from 'zod';
import type { RouteDef } from './route';

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'detail', 'requestId'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string' },
    field: { type: 'string' },
    params: { type: 'object' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const toJson = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return rest;
};

function parameters(def: RouteDef) {
  const out: object[] = [];
  for (const [location, schema] of [
    ['path', def.params],
    ['query', def.query],
  ] as const) {
    if (!schema) continue;
    const json = toJson(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: location, required: location === 'path' || (json.required ?? []).includes(name), schema: prop });
    }
  }
  if (def.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.',
      schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
    });
  }
  return out;
}

/** Generates the OpenAPI 3.1 document from the same route definitions that validate requests. */
export function buildOpenApi(routes: RouteDef[], info: { version: string; serverUrl: string }) {
  const paths: Record<string, Record<string, object>> = {};
  for (const def of routes) {
    const path = def.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const responses: Record<string, object> = {};
    for (const [status, spec] of Object.entries(def.responses)) {
      responses[status] = spec.schema
        ? { description: spec.description, content: { 'application/json': { schema: toJson(spec.schema, 'output') } } }
        : { description: spec.description };
    }
    const errorStatuses = [
      '400',
      '422',
      ...(def.access === 'public' ? [] : ['401', '403']),
      ...(def.params ? ['404'] : []),
      ...(def.idempotent ? ['409'] : []),
      '429',
      '500',
      '503',
    ];
    if (def.method !== 'get' && def.method !== 'delete') errorStatuses.push('413', '415');
    for (const status of errorStatuses) {
      responses[status] ??= {
        description: 'Problem',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    paths[path] ??= {};
    paths[path][def.method] = {
      operationId: def.operationId,
      tags: [def.tag],
      summary: def.summary,
      ...(def.description ? { description: def.description } : {}),
      'x-access': def.access === 'public' ? ['public'] : def.access,
      // Alternatives: a session, or (where the PBX is allowed) its service key.
      security: def.access === 'public' ? [] : [{ bearer: [] }, ...(def.access.includes('pbx') ? [{ pbxKey: [] }] : [])],
      parameters: parameters(def),
      ...(def.body ? { requestBody: { required: true, content: { 'application/json': { schema: toJson(def.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Cloud PBX fulfilment and prepaid billing API', version: info.version },
    servers: [{ url: info.serverUrl }],
    tags: [
      'system',
      'auth',
      'account',
      'circles',
      'prepaid',
      'orders',
      'numbers',
      'uniques',
      'devices',
      'warehouse',
      'operator',
      'catalog',
      'staff',
      'billing',
      'calls',
      'sandbox',
    ].map((name) => ({ name })),
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A session token from POST /v1/auth/login, or an API key (pbx_live_…) from POST /v1/api-keys: it acts as the account’s or its circle’s login, read-only keys only GET, and no key manages keys, passwords or the account profile',
        },
        pbxKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Pbx-Key',
          description: 'Service key of the PBX (PBX_CLIENT_KEY), for call authorisation and CDRs',
        },
      },
      schemas: { Problem: problemSchema },
    },
    paths,
  };
}
