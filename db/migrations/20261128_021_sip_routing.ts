import type { Knex } from 'knex';

/**
 * What the SIP server needs to route a call, and what it records after one:
 * - `billing_authorize` also refuses a unique without a caller-ID number (the manual makes one
 *   required for outside calls) and returns that number, which Kamailio sends as the caller ID;
 * - `billing_authorize_inbound` holds money for a received free call (0120/0800) on the number
 *   holder's account, under the same row lock as outbound calls, so free calls cannot drive the
 *   balance below zero either;
 * - views Kamailio reads to route extensions and incoming numbers (text columns only: its
 *   db_postgres driver knows no uuid type);
 * - `sip_call_records`, written by Kamailio when a dialog ends and shipped in batches to
 *   POST /v1/calls/cdrs by the CDR shipper.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table call_reservations alter column unique_id drop not null');
  await knex.raw('drop function billing_authorize(uuid, text, bigint, bigint, int, int, int, int, int)');
  await knex.raw(`
    create function billing_authorize(p_unique uuid, p_call text, connect bigint, price bigint, unit int, inc int, tax int, cap int, slack int,
                                      out outcome text, out max_seconds int, out reserved bigint, out caller_id text)
    language plpgsql as $$
    declare u record; held bigint; a record;
    begin
      select un.account_id, un.status, un.outbound_prohibited, ac.balance, b.suspended_at, n.number as caller_number into u
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
      select coalesce(sum(r.amount), 0) into held from call_reservations r where r.account_id = u.account_id and r.expires_at > now();
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
    end $$`);

  await knex.raw(`
    create function billing_authorize_inbound(p_number text, p_call text, connect bigint, price bigint, unit int, inc int, tax int, cap int, slack int,
                                              out outcome text, out max_seconds int, out reserved bigint)
    language plpgsql as $$
    declare u record; held bigint; a record;
    begin
      select n.account_id, ac.balance, b.suspended_at into u
        from phone_numbers n join accounts ac on ac.id = n.account_id left join billing_accounts b on b.account_id = n.account_id
       where n.number = p_number and n.status = 'active' for no key update of ac;
      if not found then outcome := 'unknown_number'; return; end if;
      select r.max_seconds, r.amount into a from call_reservations r where r.call_id = p_call and r.expires_at > now();
      if found then outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.amount; return; end if;
      if u.suspended_at is not null then outcome := 'suspended'; return; end if;
      select coalesce(sum(r.amount), 0) into held from call_reservations r where r.account_id = u.account_id and r.expires_at > now();
      select * into a from billing_allowance(u.balance - held, connect, price, unit, inc, tax, cap);
      if a.max_seconds is null then outcome := 'insufficient_balance'; return; end if;
      if a.reserve > 0 then
        perform set_config('synchronous_commit', 'off', true);
        insert into call_reservations (call_id, account_id, unique_id, amount, max_seconds, expires_at)
        values (p_call, u.account_id, null, a.reserve, a.max_seconds, now() + make_interval(secs => a.max_seconds + slack))
        on conflict (call_id) do nothing;
      end if;
      outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.reserve;
    end $$`);

  // A unique's extensions as the SIP server dials them: the extension that rings it, the one its
  // calls show, and its circle (extension calls stay within a circle).
  await knex.raw(`
    create view sip_extensions as
    select s.username, u.circle_id::text as circle_ref, u.incoming_extension as extension,
           coalesce(u.outgoing_extension, u.incoming_extension) as caller_extension
      from uniques u join sip_subscribers s on s.unique_id = u.id
     where u.status = 'active' and u.incoming_extension is not null`);
  // Which uniques ring for a call to one of our numbers (national digits, as numbers are stored).
  await knex.raw(`
    create view sip_incoming_routes as
    select n.number, s.username
      from phone_numbers n
      join unique_incoming_numbers i on i.phone_number_id = n.id
      join uniques u on u.id = i.unique_id and u.status = 'active'
      join sip_subscribers s on s.unique_id = u.id
     where n.status = 'active'`);

  await knex.schema.createTable('sip_call_records', (t) => {
    t.bigIncrements('id');
    // The call ID the authorisation held money under (so the CDR settles that hold).
    t.text('call_id').notNullable().unique();
    t.text('direction').notNullable();
    // The SIP user that placed (outbound) or answered (inbound) the call.
    t.text('username').notNullable();
    t.text('destination').notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.integer('duration_seconds').notNullable();
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('shipped_at', { useTz: true }).nullable();
    // What the API said of a record it refused (it is then never sent again).
    t.text('rejected').nullable();
  });
  await knex.raw('create index sip_call_records_unshipped_idx on sip_call_records (id) where shipped_at is null');
}

/** Drops the routing views, the record table and the inbound function; restores the first authorisation. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sip_call_records');
  await knex.raw('drop view if exists sip_incoming_routes');
  await knex.raw('drop view if exists sip_extensions');
  await knex.raw('drop function if exists billing_authorize_inbound(text, text, bigint, bigint, int, int, int, int, int)');
  await knex.raw('drop function if exists billing_authorize(uuid, text, bigint, bigint, int, int, int, int, int)');
  await knex.raw(`delete from call_reservations where unique_id is null`);
  await knex.raw('alter table call_reservations alter column unique_id set not null');
  // The authorisation of 20261126_007, without the caller-ID rule.
  await knex.raw(`
    create function billing_authorize(p_unique uuid, p_call text, connect bigint, price bigint, unit int, inc int, tax int, cap int, slack int,
                                      out outcome text, out max_seconds int, out reserved bigint)
    language plpgsql as $$
    declare u record; held bigint; a record;
    begin
      select un.account_id, un.status, un.outbound_prohibited, ac.balance, b.suspended_at into u
        from uniques un join accounts ac on ac.id = un.account_id left join billing_accounts b on b.account_id = un.account_id
       where un.id = p_unique for no key update of ac;
      if not found then outcome := 'unknown_unique'; return; end if;
      select r.max_seconds, r.amount into a from call_reservations r where r.call_id = p_call and r.expires_at > now();
      if found then outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.amount; return; end if;
      if u.status <> 'active' then outcome := 'unique_inactive'; return; end if;
      if u.outbound_prohibited then outcome := 'outbound_prohibited'; return; end if;
      if u.suspended_at is not null then outcome := 'suspended'; return; end if;
      select coalesce(sum(r.amount), 0) into held from call_reservations r where r.account_id = u.account_id and r.expires_at > now();
      select * into a from billing_allowance(u.balance - held, connect, price, unit, inc, tax, cap);
      if a.max_seconds is null then outcome := 'insufficient_balance'; return; end if;
      if a.reserve > 0 then
        perform set_config('synchronous_commit', 'off', true);
        insert into call_reservations (call_id, account_id, unique_id, amount, max_seconds, expires_at)
        values (p_call, u.account_id, p_unique, a.reserve, a.max_seconds, now() + make_interval(secs => a.max_seconds + slack))
        on conflict (call_id) do nothing;
      end if;
      outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.reserve;
    end $$`);
}
