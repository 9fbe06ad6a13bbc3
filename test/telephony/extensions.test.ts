import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as reservedExtensions from '../../db/migrations/20261128_018_reserved_extensions';
import { InputError } from '../../domain/errors';
import { nextOutboundState, ProhibitionNotLiftableError } from '../../domain/telephony/outbound-prohibition';
import { assertExtension, firstFreeExtension, isReservedExtension } from '../../domain/telephony/unique-settings';
import { startTestApi, type TestApi } from '../support/api';
import { customerWithCircle } from '../support/services';

describe('special-service numbers are never extensions', () => {
  it('reserves every three-digit number from 100 to 199 (110, 118, 119, 104, 117, 171, 177, …)', () => {
    for (let n = 100; n <= 199; n++) expect(isReservedExtension(String(n)), String(n)).toBe(true);
    for (const ok of ['10', '19', '200', '999', '1101', '1190', '11900', '0110']) expect(isReservedExtension(ok), ok).toBe(false);
  });

  it('refuses a reserved extension with its own code, naming the field', () => {
    for (const code of ['110', '118', '119', '104', '117', '171', '177']) {
      const refused = (() => {
        try {
          assertExtension('body.outgoingExtension', code);
        } catch (err) {
          return err as InputError;
        }
      })();
      expect(refused).toBeInstanceOf(InputError);
      expect(refused).toMatchObject({
        status: 422,
        code: 'extension_special_service',
        field: 'body.outgoingExtension',
        params: { extension: code },
      });
    }
    expect(() => assertExtension('body.incomingExtension', '1101')).not.toThrow();
  });

  it('auto-assigns from 200 and never a 1xx code, however many uniques a circle gets', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 800; i++) taken.add(firstFreeExtension(taken));
    expect([...taken].filter(isReservedExtension)).toEqual([]);
    expect(Math.min(...[...taken].map(Number))).toBe(200);
    expect(() => firstFreeExtension(taken)).toThrow(/no_free_extension/);
  });

  it('fills a gap left by a cancelled unique before going higher', () => {
    expect(firstFreeExtension(new Set(['200', '202']))).toBe('201');
  });
});

describe('who may lift "outbound calls prohibited"', () => {
  const allowed = { prohibited: false, by: null };

  it('records who prohibited outside calls', () => {
    expect(nextOutboundState(allowed, 'circle', true)).toEqual({ prohibited: true, by: 'circle' });
    expect(nextOutboundState(allowed, 'unique', true)).toEqual({ prohibited: true, by: 'unique' });
  });

  it('lets a unique lift only what it set itself', () => {
    expect(nextOutboundState({ prohibited: true, by: 'unique' }, 'unique', false)).toEqual(allowed);
    for (const by of ['account', 'circle', null] as const)
      expect(() => nextOutboundState({ prohibited: true, by }, 'unique', false)).toThrow(ProhibitionNotLiftableError);
  });

  it('lets the account and the circle lift any prohibition', () => {
    for (const actor of ['account', 'circle'] as const)
      for (const by of ['account', 'circle', 'unique', null] as const)
        expect(nextOutboundState({ prohibited: true, by }, actor, false)).toEqual(allowed);
  });

  it('keeps the original setter when a saved screen prohibits again', () => {
    expect(nextOutboundState({ prohibited: true, by: 'unique' }, 'account', true)).toEqual({ prohibited: true, by: 'unique' });
    expect(nextOutboundState({ prohibited: true, by: 'circle' }, 'unique', true)).toEqual({ prohibited: true, by: 'circle' });
  });
});

describe('moving extensions that are special-service numbers (migration 018)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("moves a live unique's 1xx extension to the circle's first free one from 200, and leaves cancelled ones as they were", async () => {
    const c = await customerWithCircle(api, 0);
    const rollback = new Error('rollback');
    await expect(
      api.deps.db.transaction(async (trx) => {
        // Recreates yesterday's data: the checks are dropped, then the migration runs as on deploy.
        await reservedExtensions.down(trx);
        const add = async (code: string, ext: string, extra: Record<string, unknown> = {}) =>
          (
            await trx('uniques')
              .insert({
                account_id: c.accountId,
                circle_id: c.circleId,
                kind: 'sip_terminal',
                status: 'active',
                monthly_fee: 1100,
                code,
                incoming_extension: ext,
                ...extra,
              })
              .returning('id')
          )[0].id as string;
        const tag = randomUUID().slice(0, 6);
        const first = await add(`m1-${tag}`, '101', { outgoing_extension: '119' });
        const second = await add(`m2-${tag}`, '110');
        const kept = await add(`m3-${tag}`, '200');
        const cancelled = await add(`m0-${tag}`, '118', { status: 'cancelled', cancelled_at: new Date() });
        await reservedExtensions.up(trx);
        const ext = async (id: string) => trx('uniques').where({ id }).first('incoming_extension', 'outgoing_extension');
        expect(await ext(first)).toEqual({ incoming_extension: '201', outgoing_extension: null });
        expect(await ext(second)).toEqual({ incoming_extension: '202', outgoing_extension: null });
        expect((await ext(kept)).incoming_extension).toBe('200');
        expect((await ext(cancelled)).incoming_extension).toBe('118');
        await expect(trx('uniques').where({ id: kept }).update({ incoming_extension: '171' })).rejects.toThrow(
          /uniques_incoming_extension_not_special_ck/,
        );
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
