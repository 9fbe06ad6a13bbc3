import type Koa from 'koa';
import type { AuditEntryInput } from '../../db/accounts/audit.store';
import type { ApiDeps } from '../deps';
import type { RouteDef } from './route';

/**
 * The audit trail of one staff request: every state-changing request of a staff session (any
 * route, any desk) and every staff login attempt.
 *
 * When the log cannot be written, nothing happens unaudited: the row is written before the handler
 * runs, and if that write fails the request fails (500/503) without running the action. The answer's
 * status is recorded afterwards; if only that second write fails, the action has happened and its row
 * stays with status null ("outcome not recorded"), and the failure is logged at error level.
 */
export interface AuditTrail {
  /** Notes the request body; a login names its member of staff in it. */
  noteBody(value: unknown): void;
  /** Writes the row before the action runs; throws when it cannot, so the action does not run. */
  open(): Promise<void>;
  /** Records the answer; a request refused before it ran gets its complete row here. Never throws. */
  settle(status: number): Promise<void>;
}

// Keys whose values never reach the log, whatever the route: passwords, tokens, card data.
const SECRET_KEY = /pass(word|code|phrase)|secret|token|cvc|cvv|card(number|no)?$|^pin$|^otp$|api_?key|authori[sz]ation/i;
// A card number typed into a free-text field is masked too.
const CARD_NUMBER = /\d(?:[ -]?\d){12,18}/g;
// A lone surrogate (sent, or left by a cut) is not valid in jsonb: it would make the audit write, and so the request, fail.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_STRING = 200;
const MAX_ITEMS = 20;
const MAX_DEPTH = 4;
const MAX_SUMMARY_CHARS = 4000;

const wellFormed = (s: string) => s.replace(LONE_SURROGATE, '\uFFFD');

/** At most `max` UTF-16 units, and well-formed Unicode whatever the input or the cut. */
const clip = (s: string, max: number) => wellFormed(s.length > max ? s.slice(0, max) : s);

/** A copy of a request body that is safe and small enough to keep: secrets redacted, long values cut. */
export function summariseBody(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    const masked = value.replace(CARD_NUMBER, '[redacted]');
    return wellFormed(masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}…(${masked.length} chars)` : masked);
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[${value.length} items]` : '{…}';
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((v) => summariseBody(v, depth + 1));
    return value.length > MAX_ITEMS ? [...shown, `…(+${value.length - MAX_ITEMS} items)`] : shown;
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [clip(k, MAX_STRING), SECRET_KEY.test(k) ? '[redacted]' : summariseBody(v, depth + 1)]),
  );
}

function boundedSummary(value: unknown): unknown {
  if (value === undefined) return undefined;
  const summary = summariseBody(value);
  if (JSON.stringify(summary).length <= MAX_SUMMARY_CHARS) return summary;
  return { truncated: true, keys: summary && typeof summary === 'object' ? Object.keys(summary).slice(0, MAX_ITEMS) : [] };
}

/** The HTTP status an error will be answered with, as far as the route layer can tell. */
export function statusOfError(err: unknown): number {
  const status = (err as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** The request's audit trail, or undefined when the request is not audited (reads, customers, the PBX). */
export function auditTrail(def: RouteDef, ctx: Koa.Context, deps: ApiDeps): AuditTrail | undefined {
  if (def.method === 'get') return undefined;
  const principal = ctx.state.principal;
  const staff = principal?.kind === 'staff' ? principal : undefined;
  if (!staff && !def.auditedLogin) return undefined;

  let who: { staffId: string | null; loginId: string | null; role: string | null } | undefined = staff
    ? { staffId: staff.staffId, loginId: null, role: staff.role }
    : undefined;
  let body: unknown;
  let rowId: string | undefined;

  const entry = (): AuditEntryInput => ({
    ...who!,
    operationId: def.operationId,
    method: def.method.toUpperCase(),
    path: clip(ctx.path, 500),
    params: Object.fromEntries(Object.entries((ctx.params ?? {}) as Record<string, string>).map(([k, v]) => [k, clip(String(v), 200)])),
    body: boundedSummary(body),
    ip: ctx.ip,
    userAgent: ctx.get('user-agent') ? clip(ctx.get('user-agent'), 500) : null,
    requestId: String(ctx.state.requestId ?? ''),
  });

  return {
    noteBody(value) {
      body = value;
      const typedLoginId = def.auditedLogin?.(value);
      if (typedLoginId) who = { staffId: null, loginId: clip(typedLoginId, 100), role: null };
    },
    async open() {
      if (who) rowId = await deps.stores.audit.open(entry());
    },
    async settle(status) {
      if (!who) return;
      try {
        if (rowId) await deps.stores.audit.settle(rowId, status);
        else await deps.stores.audit.open(entry(), status);
      } catch (err) {
        (ctx.state.log ?? deps.log).error({ err, auditRowId: rowId, operationId: def.operationId, status }, 'audit answer not recorded');
      }
    },
  };
}
