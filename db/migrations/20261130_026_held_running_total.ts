import type { Knex } from 'knex';

/**
 * The yen an account has on hold for calls in progress, kept as a running total on the account
 * instead of summed over its holds at every authorisation.
 *
 * The sum read every live hold of the account under its row lock: its cost grew with the calls in
 * progress, and at 1,000 authorisations a second it was a third of PostgreSQL's work. The total is
 * kept by triggers on call_reservations, so every way a hold comes and goes (authorisation, the
 * CDR that settles it, the purge of expired holds, a hand-made delete) moves it in the same
 * transaction. A hold that has expired but is not purged yet still sits in the total, so the
 * authorisation subtracts those: normally none, found by the (account_id, expires_at) index
 * without reading a row.
 */
const HELD_LIVE = `u.held_yen - coalesce((select sum(r.amount) from call_reservations r
                                            where r.account_id = u.account_id and r.expires_at <= now()), 0)`;
const HELD_SUMMED = `coalesce((select sum(r.amount) from call_reservations r where r.account_id = u.account_id and r.expires_at > now()), 0)`;

const outboundSql = (held: string, total: string) => `
    create or replace function billing_authorize(p_unique uuid, p_call text, connect bigint, price bigint, unit int, inc int, tax int, cap int, slack int,
                                      out outcome text, out max_seconds int, out reserved bigint, out caller_id text)
    language plpgsql as $$
    declare u record; held bigint; a record;
    begin
      select un.account_id, un.status, un.outbound_prohibited, ac.balance, ${total} b.suspended_at, n.number as caller_number into u
        from uniques un join accounts ac on ac.id = un.account_id left join billing_accounts b on b.account_id = un.account_id
        left join phone_numbers n on n.id = un.caller_id_number_id and n.status = 'active'
       where un.id = p_unique for no key update of ac;
      if not found then outcome := 'unknown_unique'; return; end if;
      caller_id := u.caller_number;
      select r.max_seconds, r.amount into a from call_reservations r where r.call_id = p_call and r.expires_at > now();
      if found then outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.amount; return; end if;
      if u.status <> 'active' then outcome := 'unique_inactive'; return; end if;
      if u.outbound_prohibited then outcome := 'outbound_prohibited'; return; end if;
      if u.suspended_at is not null then outcome := 'suspended'; return; end if;
      if u.caller_number is null then outcome := 'no_caller_id'; return; end if;
      held := ${held};
      select * into a from billing_allowance(u.balance - held, connect, price, unit, inc, tax, cap);
      if a.max_seconds is null then outcome := 'insufficient_balance'; return; end if;
      if a.reserve > 0 then
        -- A hold lives minutes and is re-derived from live calls; not waiting for the WAL flush
        -- halves the authorisation's latency, and a crash can lose only the last instant's holds.
        perform set_config('synchronous_commit', 'off', true);
        insert into call_reservations (call_id, account_id, unique_id, amount, max_seconds, expires_at)
        values (p_call, u.account_id, p_unique, a.reserve, a.max_seconds, now() + make_interval(secs => a.max_seconds + slack))
        on conflict (call_id) do nothing;
      end if;
      outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.reserve;
    end $$`;

const inboundSql = (held: string, total: string) => `
    create or replace function billing_authorize_inbound(p_number text, p_call text, connect bigint, price bigint, unit int, inc int, tax int, cap int, slack int,
                                              out outcome text, out max_seconds int, out reserved bigint)
    language plpgsql as $$
    declare u record; held bigint; a record;
    begin
      select n.account_id, ac.balance, ${total} b.suspended_at into u
        from phone_numbers n join accounts ac on ac.id = n.account_id left join billing_accounts b on b.account_id = n.account_id
       where n.number = p_number and n.status = 'active' for no key update of ac;
      if not found then outcome := 'unknown_number'; return; end if;
      select r.max_seconds, r.amount into a from call_reservations r where r.call_id = p_call and r.expires_at > now();
      if found then outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.amount; return; end if;
      if u.suspended_at is not null then outcome := 'suspended'; return; end if;
      held := ${held};
      select * into a from billing_allowance(u.balance - held, connect, price, unit, inc, tax, cap);
      if a.max_seconds is null then outcome := 'insufficient_balance'; return; end if;
      if a.reserve > 0 then
        perform set_config('synchronous_commit', 'off', true);
        insert into call_reservations (call_id, account_id, unique_id, amount, max_seconds, expires_at)
        values (p_call, u.account_id, null, a.reserve, a.max_seconds, now() + make_interval(secs => a.max_seconds + slack))
        on conflict (call_id) do nothing;
      end if;
      outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.reserve;
    end $$`;

const FUNCTIONS = [
  'billing_authorize(uuid, text, bigint, bigint, int, int, int, int, int)',
  'billing_authorize_inbound(text, text, bigint, bigint, int, int, int, int, int)',
];

/** create or replace drops a function's settings: migration 025's stays. */
async function keepIndexPaths(knex: Knex) {
  for (const f of FUNCTIONS) await knex.raw(`alter function ${f} set enable_seqscan = off`);
}

export async function up(knex: Knex): Promise<void> {
  // No hold may come or go between the backfill and the triggers.
  await knex.raw('lock table call_reservations in share row exclusive mode');
  await knex.raw('alter table accounts add column held_yen bigint not null default 0');
  await knex.raw(`
    update accounts a set held_yen = h.total
      from (select account_id, sum(amount) as total from call_reservations group by account_id) h
     where a.id = h.account_id`);
  await knex.raw('alter table accounts add constraint accounts_held_yen_not_negative check (held_yen >= 0)');

  // One hold at a time (an authorisation), under the account's row lock the authorisation already holds.
  await knex.raw(`
    create function call_reservations_held_add() returns trigger language plpgsql as $$
    begin
      update accounts set held_yen = held_yen + new.amount where id = new.account_id;
      return null;
    end $$`);
  await knex.raw(`
    create trigger call_reservations_held_add after insert on call_reservations
      for each row execute function call_reservations_held_add()`);
  // Many holds at once (a batch of CDRs, the purge): the accounts are locked in one order, so two
  // batches over the same accounts queue instead of deadlocking.
  await knex.raw(`
    create function call_reservations_held_release() returns trigger language plpgsql as $$
    begin
      perform 1 from accounts where id in (select distinct account_id from gone) order by id for no key update;
      update accounts a set held_yen = a.held_yen - g.total
        from (select account_id, sum(amount) as total from gone group by account_id) g
       where a.id = g.account_id;
      return null;
    end $$`);
  await knex.raw(`
    create trigger call_reservations_held_release after delete on call_reservations
      referencing old table as gone for each statement execute function call_reservations_held_release()`);
  await knex.raw(`
    create function call_reservations_held_clear() returns trigger language plpgsql as $$
    begin
      update accounts set held_yen = 0 where held_yen <> 0;
      return null;
    end $$`);
  await knex.raw(`
    create trigger call_reservations_held_clear after truncate on call_reservations
      for each statement execute function call_reservations_held_clear()`);
  // A hold's amount never changes; if it ever did, the total would silently drift.
  await knex.raw(`
    create function call_reservations_amount_fixed() returns trigger language plpgsql as $$
    begin
      raise exception 'a hold''s amount or account cannot change (call %)', old.call_id;
    end $$`);
  await knex.raw(`
    create trigger call_reservations_amount_fixed before update of amount, account_id on call_reservations
      for each row when (old.amount is distinct from new.amount or old.account_id is distinct from new.account_id)
      execute function call_reservations_amount_fixed()`);

  await knex.raw(outboundSql(HELD_LIVE, 'ac.held_yen,'));
  await knex.raw(inboundSql(HELD_LIVE, 'ac.held_yen,'));
  await keepIndexPaths(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(outboundSql(HELD_SUMMED, ''));
  await knex.raw(inboundSql(HELD_SUMMED, ''));
  await keepIndexPaths(knex);
  await knex.raw('drop trigger call_reservations_amount_fixed on call_reservations');
  await knex.raw('drop trigger call_reservations_held_clear on call_reservations');
  await knex.raw('drop trigger call_reservations_held_release on call_reservations');
  await knex.raw('drop trigger call_reservations_held_add on call_reservations');
  await knex.raw('drop function call_reservations_amount_fixed()');
  await knex.raw('drop function call_reservations_held_clear()');
  await knex.raw('drop function call_reservations_held_release()');
  await knex.raw('drop function call_reservations_held_add()');
  await knex.raw('alter table accounts drop column held_yen');
}
