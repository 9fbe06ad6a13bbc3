import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldError } from '../../api/http/field-messages';
import { installMessages, messageCodes, messageFor } from '../../api/http/messages';
import { PROBLEM_DOCS } from '../../api/http/problem-docs';
import type { ErrorParams } from '../../domain/errors';
import { DOMAIN_MODULES } from '../../modules';
import { foreignWords } from './ja-words';

installMessages(DOMAIN_MODULES.flatMap((m) => (m.messages ? [m.messages] : [])));

/** Further occurrences of codes whose text depends on a parameter's value (a reason, a step, a status). */
const VARIANTS: Record<string, ErrorParams[]> = {
  unique_not_sip_terminal: ['cloud_fax', 'ymobile'].map((kind) => ({ kind, uniqueId: 'x' })),
  service_unavailable: [{ down: 'temporal' }, { down: 'database, temporal' }, { down: 'sip', sipAddress: 'udp:10.0.0.5:5060' }],
  webhook_url_refused: ['malformed', 'scheme', 'https_required', 'credentials', 'private_address', 'unresolvable', 'other'].flatMap(
    (reason) => [
      { reason, requireHttps: true },
      { reason, requireHttps: false },
    ],
  ),
  step_out_of_order: ['pick', 'scan', 'pack', 'ship', 'deliver'].map((step) => ({ step, expected: null })),
  invalid_mac: ['format', 'multicast', 'reserved'].map((problem) => ({ problem })),
  topup_amount_out_of_range: ['card', 'registered_card', 'net_bank', 'konbini', 'bank_transfer'].map((method) => ({
    method,
    min: 1000,
    max: 50000,
  })),
  topup_card_required: [{ method: 'registered_card' }],
  adjustment_decided: ['applied', 'rejected', 'pending'].map((status) => ({ status })),
  topup_not_cancellable: ['credited', 'expired', 'failed', 'refunded', 'in_review', 'credit_scheduled'].map((status) => ({ status })),
  review_not_open: ['credited', 'refunded', 'assigned'].map((status) => ({ status })),
  order_closed: ['rejected', 'closed', 'cancelled', 'completed'].map((status) => ({ status })),
  task_closed: ['done', 'cancelled'].map((status) => ({ status })),
  outbound_prohibition_locked: [{ setBy: 'circle' }],
  extension_special_service: ['100', '110', '184', '199'].map((extension) => ({ extension })),
  webhook_signature_invalid: ['missing', 'malformed', 'stale', 'mismatch'].map((reason) => ({ reason })),
  carrier_signature_invalid: ['missing', 'malformed', 'stale', 'mismatch'].map((reason) => ({ reason })),
  parcel_signature_invalid: ['missing', 'malformed', 'stale', 'mismatch'].map((reason) => ({ reason })),
  price_country_not_allowed: ['sip_terminal', 'cloud_fax', 'ymobile', 'freecall', 'navidial', 'ip050', 'special'].map((kind) => ({ kind })),
  price_version_exists: [{ kind: 'overseas', country: 'US', validFrom: '2026-12-01T00:00:00Z' }],
  statement_malformed: (
    [
      { problem: 'empty' },
      { problem: 'record_length', length: 119, expected: 120 },
      { problem: 'record_order', found: '', expected: 1 },
      { problem: 'unsupported_kind', kind: '03' },
      { problem: 'code_division', value: '1' },
      { problem: 'not_numeric', field: '照会番号', value: '12A' },
      { problem: 'bad_date', field: 'arrived_on', value: '2026-02-30' },
      { problem: 'date_in_future', date: '2026-12-01', today: '2026-11-28' },
      { problem: 'trailer_mismatch', count: 3, total: 30000, actualCount: 2, actualTotal: 20000 },
      { problem: 'missing_end' },
      { problem: 'after_end' },
      { problem: 'not_shift_jis' },
      { problem: 'csv_header', missing: 'amount', columns: 'arrived_on, amount, remitter' },
      { problem: 'csv_columns', found: 2, expected: 3 },
      { problem: 'csv_quote' },
      { problem: 'bad_amount', value: '1,000.5' },
      { problem: 'empty_remitter' },
      { problem: 'too_many_lines', max: 5000 },
    ] as ErrorParams[]
  ).map((p) => ({ line: 4, ...p })),
};

/** Every Japanese text of a code: its message with each occurrence's parameters, and its page's explanation. */
function japaneseTexts(code: string): string[] {
  const doc = PROBLEM_DOCS[code];
  const occurrences = [doc?.params ?? {}, ...(VARIANTS[code] ?? [])];
  return [...occurrences.map((p) => messageFor(code, 'ja', p)), ...(doc ? [doc.means.ja, doc.todo.ja] : [])];
}

describe('a Japanese message is Japanese throughout', () => {
  it('every code renders its ja text with no English word outside backquotes (codes the caller types) and the allow-list', () => {
    const offenders = messageCodes().flatMap((code) =>
      japaneseTexts(code).flatMap((text) => {
        const words = foreignWords(text);
        return words.length ? [`${code}: ${words.join(', ')} in 「${text}」`] : [];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it('every field error says what is wrong in Japanese, naming the field in backquotes', () => {
    const schema = z.strictObject({
      name: z.string().min(2).max(5),
      count: z.number().int().min(1).max(3),
      flag: z.boolean(),
      method: z.enum(['card', 'konbini']),
      mail: z.email(),
      at: z.iso.datetime({ offset: true }),
      on: z.iso.date(),
      id: z.uuid(),
      login: z.string().regex(/^[a-z]+$/, 'may contain only letters, digits and . _ @ -'),
      other: z.string().regex(/^[0-9]+$/),
      refined: z.string().refine((v) => v === 'x', 'must not contain control characters'),
      unknownRefine: z.string().refine((v) => v === 'x', 'is not something we translate'),
      items: z.array(z.string()).min(1),
    });
    const input = {
      name: 12,
      count: 9,
      flag: 'yes',
      method: 'cash',
      mail: 'nope',
      at: '2026-11-28 09:00',
      on: '2026/11/28',
      id: 'x',
      login: 'A!',
      other: 'a',
      refined: 'y',
      unknownRefine: 'y',
      items: [],
      extra: true,
    };
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => fieldError(i, 'body', 'ja', input).message);
    expect(messages.length).toBeGreaterThan(10);
    for (const m of messages) expect(foreignWords(m), m).toEqual([]);
    const short = schema.safeParse({ ...input, name: 'a' });
    expect(short.error!.issues.map((i) => fieldError(i, 'body', 'ja', input).message)).toContain('`name`は2文字以上にしてください。');
  });

  it('a missing field is `required`, in both languages, also where zod calls it a wrong value', () => {
    const schema = z.object({ name: z.string(), kind: z.enum(['a', 'b']), nested: z.object({ at: z.literal('x') }) });
    const input = { nested: {} };
    const issues = schema.safeParse(input).error!.issues;
    expect(issues.map((i) => fieldError(i, 'body', 'en', input))).toEqual([
      { field: 'body.name', code: 'required', message: 'name is required.' },
      { field: 'body.kind', code: 'required', message: 'kind is required.' },
      { field: 'body.nested.at', code: 'required', message: 'nested.at is required.' },
    ]);
    expect(fieldError(issues[0]!, 'body', 'ja', input)).toEqual({
      field: 'body.name',
      code: 'required',
      message: '`name`は必須項目です。',
    });
  });
});

describe('every problem code has its page', () => {
  it('every code with a message has an explanation in problem-docs.ts, in both languages, with its statuses', () => {
    const missing = messageCodes().filter((c) => !PROBLEM_DOCS[c]);
    expect(missing, 'add these codes to api/http/problem-docs.ts').toEqual([]);
    for (const [code, d] of Object.entries(PROBLEM_DOCS)) {
      expect(d.status.length, code).toBeGreaterThan(0);
      for (const s of d.status) expect(s >= 400 && s < 600, code).toBe(true);
      for (const t of [d.means.en, d.means.ja, d.todo.en, d.todo.ja]) expect(t.length, code).toBeGreaterThan(5);
    }
  });

  it('explains no code that no message table has', () => {
    const codes = new Set(messageCodes());
    expect(Object.keys(PROBLEM_DOCS).filter((c) => !codes.has(c))).toEqual([]);
  });
});
