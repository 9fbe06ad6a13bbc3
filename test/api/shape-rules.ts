import { buildOpenApi } from '../../api/http/openapi';
import type { RouteDef } from '../../api/http/route';
import { DOMAIN_MODULES } from '../../modules';

/**
 * The API's one shape (issue [5/7]) as checks over the OpenAPI document and the route definitions
 * it is built from. Used by test/api/shape.test.ts and by `npx tsx scripts/shape-report.ts`.
 */

type Json = Record<string, any>;

/** One broken rule: `METHOD path: rule: property path`. */
export interface Violation {
  method: string;
  path: string;
  rule: Rule;
  at: string;
}

export const RULES = ['1 id', '2 lists', '3 timestamps', '4 phone numbers', '5 money', '6 create', '7 examples'] as const;
export type Rule = (typeof RULES)[number];

export const formatViolation = (v: Violation) => `${v.method.toUpperCase()} ${v.path}: rule ${v.rule}: ${v.at}`;

/**
 * Answers that are not resources, so carry no `id`, by operationId, each with why. A list's items
 * are always resources; this is only about a 2xx body that is not a list.
 */
export const NOT_RESOURCES: Record<string, string> = {
  apiIndex: 'links to the documents of the API',
  health: 'the health of the system',
  login: 'a session token and who it logs in, not a resource a program reads back',
  getSession: 'the caller’s own session (who is logged in), not a resource with an address',
  logout: 'an acknowledgement',
  requestPasswordReminder: 'an acknowledgement (the same whether or not the login exists)',
  requestLoginIdReminder: 'an acknowledgement (the same whether or not the address exists)',
  checkPasswordResetLink: 'whether a reset link still works',
  resetPassword: 'an acknowledgement',
  changePassword: 'an acknowledgement',
  changeOwnStaffPassword: 'an acknowledgement',
  resetStaffPassword: 'a temporary password, shown once',
  getPrepaidBalance: 'the account’s balance, a figure of the account rather than a resource',
  getTopupOptions: 'what a top-up may be (presets, methods, limits): configuration',
  getPrepaidSettings: 'the account’s prepaid settings, one per account, addressed by the login',
  putPrepaidSettings: 'the account’s prepaid settings, one per account, addressed by the login',
  confirmBankTransfer: 'an acknowledgement: the order workflow credits the transfer',
  getUnusedBalanceReport: 'a report computed for a base date',
  getBillingStatus: 'the account’s billing standing, computed',
  authorizeCall: 'an authorisation decision for one call set-up',
  ingestCdrs: 'a count of the records taken, duplicated and refused',
  quoteServicesOrder: 'a price quote, computed and not stored',
  quoteDevicesOrder: 'a price quote, computed and not stored',
  getServicesCatalog: 'the catalog: prices and kinds, configuration',
  getDeviceCatalog: 'the catalog: device models, configuration',
  revealServicesOrderCredentials: 'the SIP passwords of an order’s uniques, shown once',
  getDeviceConfiguration: 'a phone’s provisioning file',
  processorWebhook: 'an acknowledgement to an outside party',
  carrierWebhook: 'an acknowledgement to an outside party',
  receiveParcelWebhook: 'an acknowledgement to an outside party',
  getStatementPdf: 'a PDF document',
};

/**
 * Idempotent POSTs that act on a resource that exists rather than create one: they answer 200
 * with the resource, not 201, each with why.
 */
export const ACTIONS: Record<string, string> = {
  resetStaffPassword: 'sets a temporary password on a member of staff',
  disableStaff: 'changes the state of a member of staff',
  enableStaff: 'changes the state of a member of staff',
  resolvePaymentReview: 'decides a review that exists',
  approveAdjustment: 'decides an adjustment that exists',
  rejectAdjustment: 'decides an adjustment that exists',
  rotateWebhookSecret: 'replaces the secret of an endpoint that exists',
  confirmBankTransfer: 'confirms the transfer of an order that exists (202: the workflow credits it)',
  redeliverWebhook: 'sends a delivery that exists again',
  testWebhookEndpoint: 'sends a ping to an endpoint that exists',
};

/** Names that end like a phone number but are not one. */
const NOT_PHONE =
  /serialNumber|trackingNumber|guestManagementNumber|orderNumber|extension|invoiceNumber|registrationNumber|accountNumber|lineNumber|Display$|Ids?$|Count$|Kind$|Type$|Class$/i;
const PHONE = /number$|phone|callerId|destination|msisdn/i;
const E164_PATTERN = '^\\+[1-9][0-9]{1,14}$';

const MONEY = /amount|price|balance|fee|total|tax|subtotal|refund|deposit|credit|debit|cost|charge|yen/i;
const NOT_MONEY = /(count|seconds|ms|days|rate|percent|id|ids|minutes|hours|months|units|threshold_?pct)$/i;

/** A name that holds a moment in time. */
const TIME_NAME = /(At|Until|Since|Time|Before|After)$|^(at|until|since|from|to)$/;

interface Ctx {
  doc: Json;
  out: Violation[];
  method: string;
  path: string;
}

/** The schema behind `$ref`s. */
function resolve(doc: Json, node: Json | undefined): Json {
  let n = node ?? {};
  for (let i = 0; i < 20 && typeof n.$ref === 'string'; i++) n = doc.components.schemas[n.$ref.replace('#/components/schemas/', '')] ?? {};
  return n;
}

/** The alternatives of a schema without `null`: one for a plain or nullable schema, several for a union. */
function branches(doc: Json, node: Json | undefined): Json[] {
  const n = resolve(doc, node);
  const alts = (n.anyOf ?? n.oneOf) as Json[] | undefined;
  if (alts) return alts.flatMap((a) => branches(doc, a)).filter((a) => a.type !== 'null');
  if (n.allOf) return (n.allOf as Json[]).flatMap((a) => branches(doc, a));
  return [n];
}

const isType = (n: Json, t: string) => n.type === t || (Array.isArray(n.type) && n.type.includes(t));

/** Calls `visit` for every object schema under a node, with its property path. */
function eachObject(doc: Json, node: Json | undefined, at: string, visit: (obj: Json, at: string) => void, seen = new Set<Json>()): void {
  for (const b of branches(doc, node)) {
    if (seen.has(b)) continue;
    seen.add(b);
    if (isType(b, 'object') || b.properties) {
      visit(b, at);
      for (const [k, v] of Object.entries((b.properties ?? {}) as Record<string, Json>))
        eachObject(doc, v, at ? `${at}.${k}` : k, visit, seen);
      if (b.additionalProperties && typeof b.additionalProperties === 'object')
        eachObject(doc, b.additionalProperties, `${at}.*`, visit, seen);
    }
    if (isType(b, 'array') && b.items) eachObject(doc, b.items, `${at}[]`, visit, seen);
    seen.delete(b);
  }
}

const add = (c: Ctx, rule: Rule, at: string) => c.out.push({ method: c.method, path: c.path, rule, at: at || '(body)' });

function checkIds(c: Ctx, def: RouteDef, schema: Json) {
  for (const top of branches(c.doc, schema)) {
    const props = (top.properties ?? {}) as Record<string, Json>;
    if (props.items && isType(resolve(c.doc, props.items), 'array')) {
      for (const item of branches(c.doc, resolve(c.doc, props.items).items))
        if ((isType(item, 'object') || item.properties) && !item.properties?.id) add(c, '1 id', 'items[].id');
    } else if (!NOT_RESOURCES[def.operationId] && (isType(top, 'object') || top.properties) && !props.id) {
      add(c, '1 id', 'id');
    }
  }
}

/** A body that is not one resource (no `id`) and not an allowed non-resource: its arrays are lists and page. */
function checkLists(c: Ctx, def: RouteDef, schema: Json, op: Json) {
  for (const top of branches(c.doc, schema)) {
    if (isType(top, 'array')) {
      add(c, '2 lists', '(a bare array: answer { items, nextCursor })');
      continue;
    }
    const props = (top.properties ?? {}) as Record<string, Json>;
    // A resource's arrays are part of it (an order's devices), and so are a non-resource's (a quote's lines).
    if (props.id || (NOT_RESOURCES[def.operationId] && !props.items)) continue;
    for (const [name, prop] of Object.entries(props)) {
      if (!branches(c.doc, prop).some((b) => isType(b, 'array'))) continue;
      if (name !== 'items') add(c, '2 lists', `${name} (a list lives under items)`);
      else if (!props.nextCursor) add(c, '2 lists', 'nextCursor');
      const params = ((op.parameters ?? []) as Json[]).filter((p) => p.in === 'query').map((p) => p.name as string);
      if (name === 'items' && def.method === 'get')
        for (const p of ['limit', 'cursor']) if (!params.includes(p)) add(c, '2 lists', `query.${p}`);
    }
  }
}

function checkTimestamps(c: Ctx, schema: Json | undefined, where: string) {
  eachObject(c.doc, schema, where, (obj, at) => {
    for (const [name, prop] of Object.entries((obj.properties ?? {}) as Record<string, Json>)) {
      for (const b of branches(c.doc, prop)) {
        const path = at ? `${at}.${name}` : name;
        if (b.format === 'date-time') {
          if (typeof b.pattern === 'string' && !b.pattern.includes('[+-]')) add(c, '3 timestamps', `${path} (refuses an offset)`);
        } else if (
          TIME_NAME.test(name) &&
          isType(b, 'string') &&
          b.format !== 'date' &&
          !/YYYY-MM(-DD)?$/.test(String(b.description ?? ''))
        )
          add(c, '3 timestamps', `${path} (format: date-time)`);
      }
    }
  });
}

function checkPhones(c: Ctx, schema: Json) {
  eachObject(c.doc, schema, '', (obj, at) => {
    const props = (obj.properties ?? {}) as Record<string, Json>;
    for (const [name, prop] of Object.entries(props)) {
      if (!PHONE.test(name) || NOT_PHONE.test(name)) continue;
      const strings = branches(c.doc, prop).filter((b) => isType(b, 'string'));
      if (!strings.length) continue;
      const path = at ? `${at}.${name}` : name;
      if (!strings.every((b) => b.pattern === E164_PATTERN)) add(c, '4 phone numbers', `${path} (E.164)`);
      if (!props[`${name}Display`]) add(c, '4 phone numbers', `${path}Display`);
    }
  });
}

function checkMoney(c: Ctx, schema: Json) {
  eachObject(c.doc, schema, '', (obj, at) => {
    const props = (obj.properties ?? {}) as Record<string, Json>;
    if (props.currency) return;
    const money = Object.entries(props).filter(
      ([name, prop]) => MONEY.test(name) && !NOT_MONEY.test(name) && branches(c.doc, prop).some((b) => isType(b, 'integer')),
    );
    if (money.length) add(c, '5 money', `${at ? `${at}.` : ''}currency (beside ${money.map(([n]) => n).join(', ')})`);
  });
}

function checkCreate(c: Ctx, def: RouteDef) {
  const statuses = Object.keys(def.responses).map(Number);
  if (def.method === 'post' && def.idempotent && !ACTIONS[def.operationId] && !statuses.includes(201) && !statuses.includes(202))
    add(c, '6 create', `201 (declares ${statuses.filter((s) => s < 300).join(', ') || 'no 2xx'})`);
  if (def.responses[201] && !def.responses[201].headers?.Location) add(c, '6 create', '201 Location header');
  if (def.responses[201] && !def.responses[201].schema) add(c, '6 create', '201 body (the created resource)');
}

function checkExamples(c: Ctx, def: RouteDef) {
  if (def.body) {
    if (def.bodyExample === undefined) add(c, '7 examples', 'requestBody example');
    else {
      const parsed = def.body.safeParse(def.bodyExample);
      if (!parsed.success)
        add(
          c,
          '7 examples',
          `requestBody example does not parse: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
    }
  }
  for (const [status, spec] of Object.entries(def.responses)) {
    if (Number(status) >= 300 || !spec.schema) continue;
    if (spec.example === undefined) add(c, '7 examples', `${status} example`);
    else {
      const parsed = spec.schema.safeParse(spec.example);
      if (!parsed.success)
        add(
          c,
          '7 examples',
          `${status} example does not parse: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
    }
  }
}

/** Every route of every domain, as api/app.ts composes them. */
export const allRoutes = (): RouteDef[] => DOMAIN_MODULES.flatMap((m) => m.routes ?? []);

/** Checks every operation against the seven rules; returns the document too, for further checks. */
export function shapeViolations(routes: RouteDef[] = allRoutes()): { violations: Violation[]; doc: Json } {
  const doc = buildOpenApi(routes, { version: 'test', serverUrl: 'http://localhost' }) as Json;
  const out: Violation[] = [];
  for (const def of routes) {
    const path = def.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const op = doc.paths[path][def.method] as Json;
    const c: Ctx = { doc, out, method: def.method, path: def.path };
    for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
      const schema = response.content?.['application/json']?.schema as Json | undefined;
      if (Number(status) >= 300 || !schema) continue;
      checkIds(c, def, schema);
      checkLists(c, def, schema, op);
      checkTimestamps(c, schema, '');
      checkPhones(c, schema);
      checkMoney(c, schema);
    }
    const body = op.requestBody?.content?.['application/json']?.schema as Json | undefined;
    if (body) checkTimestamps(c, body, 'body');
    for (const p of (op.parameters ?? []) as Json[])
      if (p.in === 'query') checkTimestamps(c, { type: 'object', properties: { [p.name]: p.schema } }, 'query');
    checkCreate(c, def);
    checkExamples(c, def);
  }
  const seen = new Set<string>();
  const violations = out.filter((v) => {
    const key = formatViolation(v);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { violations, doc };
}

/** The number of violations of each rule. */
export function countByRule(violations: Violation[]): Record<Rule, number> {
  const counts = Object.fromEntries(RULES.map((r) => [r, 0])) as Record<Rule, number>;
  for (const v of violations) counts[v.rule]++;
  return counts;
}
