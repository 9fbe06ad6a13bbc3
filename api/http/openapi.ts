import { z } from 'zod';
import { listQuerySchema } from '../page';
import { currencySchema, e164Schema } from '../schemas';
import type { RouteDef } from './route';

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `type` is the page that explains `code`',
  required: ['type', 'title', 'status', 'code', 'detail', 'requestId'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'The page that explains this code: <API>/docs/problems/<code>' },
    title: { type: 'string', description: 'The English text of the code' },
    status: { type: 'integer' },
    code: { type: 'string', description: 'Stable machine code' },
    detail: { type: 'string', description: 'What is wrong and what is allowed, in the language of Accept-Language (ja by default)' },
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
  examples: [
    {
      type: 'https://api.pbx.example.jp/docs/problems/validation_failed',
      title: 'The request has invalid fields.',
      status: 422,
      code: 'validation_failed',
      detail: '入力内容に誤りがあります（`name`は必須項目です）。',
      field: 'body.name',
      errors: [{ field: 'body.name', code: 'required', message: '`name`は必須項目です。' }],
      requestId: '0b7c6a52-3c1e-4f7e-9a51-2d6f0e8a9c11',
    },
  ],
};

/**
 * The shared schemas of api/schemas.ts and api/page.ts, named once so that every operation refers
 * to one component. The names are given here rather than where the schemas live so that the
 * registry is filled by the one process that writes the document, not by importing a file.
 */
const SHARED_SCHEMA_IDS: [z.ZodType, string][] = [
  [currencySchema, 'Currency'],
  [e164Schema, 'E164'],
  [listQuerySchema.shape.cursor, 'Cursor'],
];

function nameSharedSchemas(): void {
  for (const [schema, id] of SHARED_SCHEMA_IDS) {
    const meta = z.globalRegistry.get(schema);
    // Already named where it lives, or the name is taken by the schema that owns it now.
    if (meta?.id) continue;
    try {
      z.globalRegistry.add(schema, { ...meta, id });
    } catch {
      // Another schema carries this id: it is the component.
    }
  }
}

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const DEFS = '#/$defs/';
const COMPONENTS = '#/components/schemas/';

/** Replaces every `$ref` in a JSON Schema by what `to` makes of the name it points to. */
function renameRefs(node: unknown, to: (name: string) => string): unknown {
  if (Array.isArray(node)) return node.map((n) => renameRefs(n, to));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith(DEFS) ? `${COMPONENTS}${to(v.slice(DEFS.length))}` : renameRefs(v, to);
  }
  return out;
}

const refsOf = (node: unknown): string[] =>
  Array.isArray(node)
    ? node.flatMap(refsOf)
    : node && typeof node === 'object'
      ? Object.entries(node).flatMap(([k, v]) =>
          k === '$ref' && typeof v === 'string' && v.startsWith(DEFS) ? [v.slice(DEFS.length)] : refsOf(v),
        )
      : [];

/**
 * Turns zod schemas into JSON Schema for the document. A schema with `.meta({ id })` becomes one
 * entry of components.schemas, referred to by `$ref`; where what a request may send differs from
 * what an answer holds (defaults, coercions), the request's form is named `<id>Input`.
 */
class ComponentSchemas {
  readonly schemas: Record<string, Json> = { Problem: problemSchema };
  private readonly raw = new Map<string, string>();

  toJson(schema: z.ZodType, io: Io): Json {
    const {
      $schema: _ignored,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json & { $defs?: Record<string, Json> };
    const defs = $defs ?? {};
    const names = this.namesFor(defs, io);
    const to = (id: string) => names.get(id) ?? id;
    for (const [id, def] of Object.entries(defs)) {
      const name = to(id);
      this.schemas[name] ??= renameRefs(def, to) as Json;
      this.raw.set(name, JSON.stringify(def));
    }
    return renameRefs(rest, to) as Json;
  }

  /** The component name of each definition: its id, or `<id>Input` where the input form differs from the output one. */
  private namesFor(defs: Record<string, Json>, io: Io): Map<string, string> {
    const names = new Map<string, string>();
    if (io === 'output') {
      for (const id of Object.keys(defs)) names.set(id, id);
      return names;
    }
    const differs = new Set(Object.keys(defs).filter((id) => this.raw.has(id) && this.raw.get(id) !== JSON.stringify(defs[id])));
    // A definition that refers to one whose input form differs differs too.
    for (let changed = true; changed;) {
      changed = false;
      for (const id of Object.keys(defs))
        if (!differs.has(id) && refsOf(defs[id]).some((r) => differs.has(r))) {
          differs.add(id);
          changed = true;
        }
    }
    for (const id of Object.keys(defs)) names.set(id, differs.has(id) ? `${id}Input` : id);
    return names;
  }

  /** The schema a `$ref` points to, or the schema itself. */
  resolve(node: Json): Json {
    const ref = node.$ref;
    return typeof ref === 'string' && ref.startsWith(COMPONENTS) ? this.resolve(this.schemas[ref.slice(COMPONENTS.length)] ?? {}) : node;
  }
}

function parameters(def: RouteDef, components: ComponentSchemas) {
  const out: object[] = [];
  for (const [location, schema, examples] of [
    ['path', def.params, def.paramsExample],
    ['query', def.query, def.queryExample],
  ] as const) {
    if (!schema) continue;
    const json = components.resolve(components.toJson(schema, 'input')) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      // A route's own example first, else the schema's `.meta({ examples })`.
      const own = components.resolve(prop);
      const example = examples?.[name] ?? (Array.isArray(own.examples) ? own.examples[0] : undefined);
      out.push({
        name,
        in: location,
        required: location === 'path' || (json.required ?? []).includes(name),
        ...(typeof own.description === 'string' ? { description: own.description } : {}),
        schema: prop,
        ...(example !== undefined ? { example } : {}),
      });
    }
  }
  if (def.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.',
      schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
      example: '7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f',
    });
  }
  return out;
}

function responsesOf(def: RouteDef, components: ComponentSchemas): Record<string, object> {
  const responses: Record<string, object> = {};
  for (const [status, spec] of Object.entries(def.responses)) {
    const headers = spec.headers
      ? Object.fromEntries(
          Object.entries(spec.headers).map(([name, h]) => [
            name,
            {
              description: h.description,
              schema: h.schema ?? { type: 'string' },
              ...(h.example !== undefined ? { example: h.example } : {}),
            },
          ]),
        )
      : undefined;
    responses[status] = {
      description: spec.description,
      ...(headers ? { headers } : {}),
      ...(spec.schema
        ? {
            content: {
              'application/json': {
                schema: components.toJson(spec.schema, 'output'),
                ...(spec.example !== undefined ? { example: spec.example } : {}),
              },
            },
          }
        : {}),
    };
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
      content: { 'application/problem+json': { schema: { $ref: `${COMPONENTS}Problem` } } },
    };
  }
  return responses;
}

/** Generates the OpenAPI 3.1 document from the same route definitions that validate requests. */
export function buildOpenApi(routes: RouteDef[], info: { version: string; serverUrl: string }) {
  nameSharedSchemas();
  const components = new ComponentSchemas();
  // Answers first: a named schema's output form keeps the plain name, a differing input form gets `<id>Input`.
  const responses = routes.map((def) => responsesOf(def, components));
  const paths: Record<string, Record<string, object>> = {};
  routes.forEach((def, i) => {
    const path = def.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][def.method] = {
      operationId: def.operationId,
      tags: [def.tag],
      summary: def.summary,
      ...(def.description ? { description: def.description } : {}),
      'x-access': def.access === 'public' ? ['public'] : def.access,
      // Alternatives: a session, or (where the PBX is allowed) its service key.
      security: def.access === 'public' ? [] : [{ bearer: [] }, ...(def.access.includes('pbx') ? [{ pbxKey: [] }] : [])],
      parameters: parameters(def, components),
      ...(def.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: components.toJson(def.body, 'input'),
                  ...(def.bodyExample !== undefined ? { example: def.bodyExample } : {}),
                },
              },
            },
          }
        : {}),
      responses: responses[i],
    };
  });
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
      schemas: components.schemas,
    },
    paths,
  };
}

/** The document buildOpenApi returns. */
export type OpenApiDocument = ReturnType<typeof buildOpenApi>;
