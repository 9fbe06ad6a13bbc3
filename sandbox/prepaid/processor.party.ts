import { randomInt, randomUUID } from 'node:crypto';
import type Koa from 'koa';
import type { SandboxContext, SandboxParty } from '../server';
import { newEvent } from '../webhook-sender';
import { behaviourOf, brandOf, type CardBehaviour } from './test-cards';
import { challengePage } from './challenge-page';
import { CARD_ENTRY_CSS, CARD_ENTRY_JS, cardEntryLang, cardEntryPage } from './card-entry-page';

/** The seed's convenience stores. */
export const KONBINI_STORES = ['Lawson', 'FamilyMart', 'Circle K Sunkus', 'Ministop', 'Daily Yamazaki', 'Seicomart'];

type Card = { brand: string; last4: string; expMonth: number; expYear: number; behaviour: CardBehaviour };
type Charge = {
  id: string;
  amount: number;
  reference: string;
  card: Card;
  status: 'requires_action' | 'succeeded' | 'failed' | 'cancelled';
};
type Payment = {
  id: string;
  kind: 'konbini' | 'virtual_account';
  amount: number;
  reference: string;
  expiresAt: string;
  status: 'pending' | 'paid' | 'cancelled';
  number: string;
};

const id = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
const details = (c: Card) => ({
  brand: c.brand,
  last4: c.last4,
  expMonth: c.expMonth,
  expYear: c.expYear,
  threeDSecure: c.behaviour === 'no_three_ds' ? 'unsupported' : 'supported',
});

/** An http(s) address given in a query, or undefined. */
function httpUrlOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

const originOf = (value: unknown) => {
  const url = httpUrlOf(value);
  return url ? new URL(url).origin : undefined;
};

function fail(ctx: Koa.Context, status: number, code: string, extra: Record<string, unknown> = {}) {
  ctx.status = status;
  ctx.body = { ...extra, error: { code } };
}

/** A card processor at its HTTP boundary: tokens, charges with 3-D Secure, konbini slips, net-bank accounts. */
function processorSandbox(ctx: SandboxContext) {
  const { router, store } = ctx;
  // Tokens and saved cards' references alike; kept across restarts like everything a real processor holds.
  const tokens = store.map<Card>('tokens');
  const charges = store.map<Charge>('charges');
  const payments = store.map<Payment>('payments');
  const replies = store.map<{ status: number; body: unknown }>('replies');

  // Server-to-server calls carry the API key; the tokenisation and challenge pages are the browser's.
  const requireKey: Koa.Middleware = async (c, next) => {
    if (!/^Bearer \S+/.test(c.get('authorization'))) return fail(c, 401, 'missing_api_key');
    await next();
  };
  // Like real processors, a repeated Idempotency-Key returns the first answer.
  const idempotent =
    (handler: (c: Koa.Context) => void): Koa.Middleware =>
    async (c) => {
      const key = c.get('idempotency-key');
      const stored = key ? replies.get(`${c.path}:${key}`) : undefined;
      if (stored) {
        c.status = stored.status;
        c.body = stored.body;
        return;
      }
      handler(c);
      if (key) replies.set(`${c.path}:${key}`, { status: c.status, body: c.body });
    };
  const body = (c: Koa.Context) => (c.request.body ?? {}) as Record<string, any>;

  // The hosted card entry page a merchant frames; a real processor allows only the merchant's registered origins.
  router.get('/card-entry', (c) => {
    const parentOrigin = originOf(c.query.origin);
    if (!parentOrigin) return fail(c, 400, 'invalid_origin');
    c.set(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors ${parentOrigin}`,
    );
    c.type = 'html';
    c.body = cardEntryPage(parentOrigin, cardEntryLang(c.query.lang), new Date());
  });
  router.get('/card-entry.js', (c) => {
    c.type = 'application/javascript';
    c.body = CARD_ENTRY_JS;
  });
  router.get('/card-entry.css', (c) => {
    c.type = 'text/css';
    c.body = CARD_ENTRY_CSS;
  });

  router.post('/v1/tokens', (c) => {
    const { number, expMonth, expYear } = body(c);
    const digitsOnly = String(number ?? '').replace(/[\s-]/g, '');
    const brand = brandOf(digitsOnly);
    if (!/^\d{14,16}$/.test(digitsOnly) || !brand) return fail(c, 400, 'invalid_number');
    if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12 || !Number.isInteger(expYear)) return fail(c, 400, 'invalid_expiry');
    const now = new Date();
    if (expYear * 12 + expMonth < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) return fail(c, 400, 'card_expired');
    const token = id('tok');
    tokens.set(token, { brand, last4: digitsOnly.slice(-4), expMonth, expYear, behaviour: behaviourOf(digitsOnly) });
    c.status = 201;
    c.body = { token, ...details(tokens.get(token)!) };
  });
  router.get('/v1/tokens/:token', requireKey, (c) => {
    const card = tokens.get(c.params.token!);
    if (!card) return fail(c, 404, 'token_not_found');
    c.body = details(card);
  });
  router.post('/v1/cards', requireKey, (c) => {
    const card = tokens.get(String(body(c).token));
    if (!card) return fail(c, 404, 'token_not_found');
    const ref = id('card');
    tokens.set(ref, card);
    c.status = 201;
    c.body = { ref, ...details(card) };
  });
  router.delete('/v1/cards/:ref', requireKey, (c) => {
    tokens.delete(c.params.ref!);
    c.status = 204;
  });

  router.post(
    '/v1/charges',
    requireKey,
    idempotent((c) => {
      const { amount, source, reference, threeDSecure } = body(c);
      const card = tokens.get(String(source));
      if (!card) return fail(c, 404, 'token_not_found');
      const charge: Charge = { id: id('ch'), amount, reference, card, status: 'succeeded' };
      charges.set(charge.id, charge);
      const challenge =
        card.behaviour !== 'no_three_ds' &&
        (threeDSecure === 'challenge' || card.behaviour === 'three_ds_required' || card.behaviour === 'three_ds_fails');
      if (challenge) {
        charge.status = 'requires_action';
        charges.set(charge.id, charge);
        c.body = { id: charge.id, status: 'requires_action', challengeUrl: `${ctx.baseUrl}/3ds/${charge.id}` };
        return;
      }
      if (card.behaviour === 'decline') {
        charge.status = 'failed';
        charges.set(charge.id, charge);
        return fail(c, 402, 'card_declined', { id: charge.id, status: 'failed' });
      }
      c.body = { id: charge.id, status: 'succeeded' };
    }),
  );
  router.post('/v1/charges/:id/cancel', requireKey, (c) => {
    const charge = charges.get(c.params.id!);
    if (!charge) return fail(c, 404, 'charge_not_found');
    if (charge.status === 'requires_action') {
      charge.status = 'cancelled';
      charges.set(charge.id, charge);
    }
    c.body = { id: charge.id, status: charge.status };
  });

  // The 3-D Secure challenge: an HTML page for a person, the same URL as JSON for tests.
  router.get('/3ds/:id', (c) => {
    const charge = charges.get(c.params.id!);
    if (!charge) return fail(c, 404, 'charge_not_found');
    c.type = 'html';
    c.body = challengePage(charge.id, charge.amount, charge.card.brand, charge.card.last4, charge.status);
  });
  router.post('/3ds/:id', async (c) => {
    const charge = charges.get(c.params.id!);
    if (!charge) return fail(c, 404, 'charge_not_found');
    if (charge.status !== 'requires_action') return fail(c, 409, `charge_${charge.status}`);
    const passed = body(c).result === 'pass' && charge.card.behaviour !== 'three_ds_fails';
    const failureCode = !passed ? 'three_ds_failed' : charge.card.behaviour === 'decline' ? 'card_declined' : undefined;
    charge.status = failureCode ? 'failed' : 'succeeded';
    charges.set(charge.id, charge);
    const data = { chargeId: charge.id, reference: charge.reference, amount: charge.amount, ...(failureCode ? { failureCode } : {}) };
    void ctx.sendWebhook(newEvent(failureCode ? 'charge.failed' : 'charge.succeeded', data));
    const returnUrl = httpUrlOf(c.query.return_url);
    // The issuer sends the customer back to the merchant's page, which follows the order from there.
    if (returnUrl && c.accepts('html', 'json') === 'html') {
      c.redirect(returnUrl);
      c.status = 303;
      return;
    }
    if (c.accepts('html', 'json') === 'html') {
      c.type = 'html';
      c.body = challengePage(charge.id, charge.amount, charge.card.brand, charge.card.last4, charge.status);
    } else c.body = { id: charge.id, status: charge.status };
  });

  // The customer knows a slip by its payment number and an account by its number; tests may use the ID.
  const findPayment = (key: string, kind: Payment['kind']) => {
    const p = payments.get(key) ?? [...payments.values()].find((x) => x.number === key && x.kind === kind);
    return p?.kind === kind ? p : undefined;
  };
  const createPayment = (kind: Payment['kind'], extra: (number: string) => Record<string, unknown>) =>
    idempotent((c) => {
      const { amount, reference, expiresAt } = body(c);
      if (!Number.isInteger(amount) || amount < 1 || !reference || !expiresAt) return fail(c, 400, 'invalid_request');
      const p: Payment = {
        id: id(kind === 'konbini' ? 'kb' : 'va'),
        kind,
        amount,
        reference,
        expiresAt,
        status: 'pending',
        number: digits(kind === 'konbini' ? 12 : 7),
      };
      payments.set(p.id, p);
      c.status = 201;
      c.body = { id: p.id, amount, expiresAt, ...extra(p.number) };
    });
  router.post(
    '/v1/konbini-payments',
    requireKey,
    createPayment('konbini', (n) => ({ paymentNumber: n, stores: KONBINI_STORES })),
  );
  router.post(
    '/v1/virtual-accounts',
    requireKey,
    createPayment('virtual_account', (n) => ({
      bankName: 'サンドボックス銀行',
      branchName: 'ネット支店 (901)',
      accountType: '普通',
      accountNumber: n,
      accountHolder: 'カ）クラウドピービーエックス',
      transferReference: digits(8),
    })),
  );
  router.post('/v1/payments/:id/cancel', requireKey, (c) => {
    const p = payments.get(c.params.id!);
    if (!p) return fail(c, 404, 'payment_not_found');
    if (p.status === 'pending') {
      p.status = 'cancelled';
      payments.set(p.id, p);
    }
    c.body = { id: p.id, status: p.status };
  });
  router.get('/sandbox/payments/:id', (c) => {
    const p = payments.get(c.params.id!) ?? charges.get(c.params.id!);
    if (!p) return fail(c, 404, 'payment_not_found');
    c.body = { id: p.id, status: p.status, amount: p.amount, reference: p.reference };
  });

  // What the customer does at the store's register: pays the slip in full, before its deadline.
  router.post('/sandbox/konbini-payments/:id/pay', async (c) => {
    const p = findPayment(c.params.id!, 'konbini');
    if (!p) return fail(c, 404, 'payment_not_found');
    if (p.status !== 'pending') return fail(c, 409, `payment_${p.status}`);
    if (Date.parse(p.expiresAt) < Date.now()) return fail(c, 409, 'slip_expired');
    p.status = 'paid';
    payments.set(p.id, p);
    const shop = String(body(c).store ?? KONBINI_STORES[0]);
    const status = await ctx.sendWebhook(
      newEvent('konbini.paid', {
        paymentId: p.id,
        reference: p.reference,
        amount: p.amount,
        store: shop,
        paidAt: new Date().toISOString(),
      }),
    );
    c.body = { id: p.id, status: p.status, webhookStatus: status };
  });
  // A bank transfer into the virtual account: any amount, any time, as a real bank allows.
  // What a real processor does when a card is closed or a token purged: the card reference stops working.
  router.post('/sandbox/cards/:ref/forget', (c) => {
    if (!tokens.delete(c.params.ref!)) return fail(c, 404, 'token_not_found');
    c.status = 204;
  });
  router.post('/sandbox/virtual-accounts/:id/transfer', async (c) => {
    const p = findPayment(c.params.id!, 'virtual_account');
    if (!p) return fail(c, 404, 'payment_not_found');
    const amount = body(c).amount ?? p.amount;
    if (!Number.isInteger(amount) || amount < 1) return fail(c, 400, 'invalid_amount');
    if (p.status === 'pending') {
      p.status = 'paid';
      payments.set(p.id, p);
    }
    const status = await ctx.sendWebhook(
      newEvent('virtual_account.received', {
        paymentId: p.id,
        reference: p.reference,
        amount,
        expectedAmount: p.amount,
        paidAt: new Date().toISOString(),
      }),
    );
    c.body = { id: p.id, status: p.status, webhookStatus: status };
  });
}

/** The card processor's sandbox as a party of the sandbox server. */
export const processorParty: SandboxParty = processorSandbox;
