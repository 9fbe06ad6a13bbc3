import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRoute, locationHeader, type RouteDef } from '../../api/http/route';
import { listQuerySchema, pageOf } from '../../api/page';
import { currencySchema, e164Schema, nationalDisplaySchema } from '../../api/schemas';
import { formatViolation, shapeViolations, type Violation } from './shape-rules';

/**
 * The API's one shape (issue [5/7]), over every operation of the OpenAPI document: a new endpoint
 * that breaks a rule fails here with `METHOD path: rule: property path`. Progress per rule:
 * `npx tsx scripts/shape-report.ts`.
 */
describe('every operation has the one shape', () => {
  const { violations, doc } = shapeViolations();

  it('breaks none of the seven rules', () => {
    expect(violations.map(formatViolation)).toEqual([]);
  });

  it('declares every named schema once under components.schemas and refers to it with $ref', () => {
    const schemas = doc.components.schemas as Record<string, unknown>;
    for (const name of ['Problem', 'Currency', 'E164', 'Cursor']) expect(schemas, name).toHaveProperty(name);
    const text = JSON.stringify(doc);
    expect(text).not.toContain('#/$defs/');
    for (const ref of new Set([...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!)))
      expect(schemas, `dangling $ref ${ref}`).toHaveProperty(ref);
  });

  it('is an OpenAPI 3.1 document whose operation IDs are unique and whose examples sit beside their schemas', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.values(doc.paths as Record<string, Record<string, any>>).flatMap((p) => Object.values(p));
    const ids = ops.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of ops) {
      for (const media of Object.values((op.requestBody?.content ?? {}) as Record<string, any>))
        expect(Object.keys(media)).not.toContain('examples');
      for (const p of op.parameters ?? []) expect(['path', 'query', 'header']).toContain(p.in);
    }
  });
});

describe('the shape checks find what they should', () => {
  const item = z.object({
    orderId: z.string(),
    createdAt: z.iso.datetime(),
    phone: z.string(),
    amount: z.number().int(),
  });
  const good = z.object({
    id: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    number: e164Schema,
    numberDisplay: nationalDisplaySchema,
    amount: z.number().int(),
    currency: currencySchema,
  });
  const goodExample = {
    id: 'c0a8012e-0000-4000-8000-000000000001',
    createdAt: '2026-11-28T00:00:00Z',
    number: '+81312345678',
    numberDisplay: '03-1234-5678',
    amount: 5500,
    currency: 'JPY',
  };
  const routes: RouteDef[] = [
    defineRoute({
      method: 'get',
      path: '/t/bad',
      operationId: 'badList',
      tag: 'system',
      summary: 'x',
      access: 'public',
      responses: { 200: { description: 'x', schema: z.object({ orders: z.array(item) }) } },
      handler: async () => ({}),
    }),
    defineRoute({
      method: 'post',
      path: '/t/bad',
      operationId: 'badCreate',
      tag: 'system',
      summary: 'x',
      access: 'public',
      idempotent: true,
      body: z.object({ at: z.iso.datetime() }),
      bodyExample: { at: 'tomorrow' },
      responses: { 200: { description: 'x', schema: good, example: { ...goodExample, currency: 'USD' } } },
      handler: async () => ({}),
    }),
    defineRoute({
      method: 'get',
      path: '/t/good',
      operationId: 'goodList',
      tag: 'system',
      summary: 'x',
      access: 'public',
      query: z.object({ ...listQuerySchema.shape }),
      responses: { 200: { description: 'x', schema: pageOf(good), example: { items: [goodExample], nextCursor: null } } },
      handler: async () => ({}),
    }),
    defineRoute({
      method: 'post',
      path: '/t/good',
      operationId: 'goodCreate',
      tag: 'system',
      summary: 'x',
      access: 'public',
      idempotent: true,
      body: z.object({ amount: z.number().int() }),
      bodyExample: { amount: 5500 },
      responses: { 201: { description: 'x', schema: good, example: goodExample, headers: locationHeader('/t/good/c0a8012e') } },
      handler: async () => ({}),
    }),
  ];

  it('reports each broken rule with its property path, and nothing for a route that keeps them', () => {
    const found = shapeViolations(routes).violations.map((v: Violation) => formatViolation(v));
    expect(found).toEqual(
      [
        'GET /t/bad: rule 2 lists: orders (a list lives under items)',
        'GET /t/bad: rule 3 timestamps: orders[].createdAt (refuses an offset)',
        'GET /t/bad: rule 4 phone numbers: orders[].phone (E.164)',
        'GET /t/bad: rule 4 phone numbers: orders[].phoneDisplay',
        'GET /t/bad: rule 5 money: orders[].currency (beside amount)',
        'GET /t/bad: rule 7 examples: 200 example',
        'GET /t/bad: rule 1 id: id',
        'POST /t/bad: rule 3 timestamps: body.at (refuses an offset)',
        'POST /t/bad: rule 6 create: 201 (declares 200)',
        'POST /t/bad: rule 7 examples: requestBody example does not parse: at Invalid ISO datetime',
        'POST /t/bad: rule 7 examples: 200 example does not parse: currency Invalid input: expected "JPY"',
      ].sort((a, b) => found.indexOf(a) - found.indexOf(b)),
    );
    expect(found.filter((v) => v.includes('/t/good'))).toEqual([]);
  });
});
