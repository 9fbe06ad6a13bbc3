import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { sipPasswordBox } from '../../lib/secret-box';
import { staffLogin, startTestApi, type TestApi } from '../support/api';
import { buyServices, customerWithCircle } from '../support/services';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** A circle with two SIP terminals and two numbers, bought and active. */
async function equippedCircle() {
  const c = await customerWithCircle(api, 100_000);
  const { order, held } = await buyServices(api, c, {
    uniques: { sip_terminal: 2 },
    numberQueries: ['kind=local&areaCode=06', 'kind=ip050'],
  });
  expect(order.status).toBe('completed');
  const uniques = (await api.request('GET', `/v1/uniques?circleId=${c.circleId}`, { token: c.token })).body.items as Array<{
    id: string;
    code: string;
    incomingExtension: string;
  }>;
  return { ...c, uniques, numbers: held };
}

const patch = (token: string, uniqueId: string, body: unknown) =>
  api.request('PATCH', `/v1/uniques/${uniqueId}/settings`, { token, body, headers: { 'accept-language': 'en' } });

describe('unique settings', () => {
  it('shows the settings screen with a default 3-digit extension (200 up, past the 1xx special-service numbers) and "same as incoming" outgoing extension', async () => {
    const c = await equippedCircle();
    const res = await api.request('GET', `/v1/uniques/${c.uniques[0]!.id}/settings`, { token: c.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: c.uniques[0]!.id,
      kind: 'sip_terminal',
      status: 'active',
      loginServer: 'sip.pbx.example.jp',
      incomingExtension: '200',
      outgoingExtension: 'same_as_incoming',
      callerId: null,
      incomingNumbers: [],
      englishAnnouncement: false,
    });
    expect(res.body.sipUser).toBe(res.body.code);
  });

  it('saves every field of the screen and answers with the updated settings', async () => {
    const c = await equippedCircle();
    const [n1, n2] = c.numbers;
    const body = {
      name: '山田 太郎',
      affiliation: '営業部',
      guestManagementNumber: '0042',
      englishAnnouncement: true,
      pickupGroup: 3,
      pickupNotification: true,
      pickupNotificationNumber: '0312345678',
      pickupNotificationVoice: true,
      notes: '受付の電話',
      incomingNumberIds: [n1!.id, n2!.id],
      callerId: n1!.id,
      incomingExtension: '2001',
      outgoingExtension: '55',
    };
    const res = await patch(c.token, c.uniques[0]!.id, body);
    expect(res.status).toBe(200);
    const { incomingNumberIds: _ids, ...plain } = body;
    expect(res.body).toMatchObject({
      ...plain,
      // Answered in E.164 beside the form a person reads; the screen sends digits.
      pickupNotificationNumber: '+81312345678',
      pickupNotificationNumberDisplay: '03-1234-5678',
      callerIdNumber: n1!.e164,
      callerIdNumberDisplay: n1!.numberDisplay,
      outboundProhibited: false,
    });
    expect(res.body.incomingNumbers).toContainEqual({ id: n1!.id, number: n1!.e164, numberDisplay: n1!.numberDisplay });
    expect(res.body.incomingNumbers.map((n: { id: string }) => n.id).sort()).toEqual([n1!.id, n2!.id].sort());
    const again = await api.request('GET', `/v1/uniques/${c.uniques[0]!.id}/settings`, { token: c.token });
    expect(again.body).toEqual(res.body);
  });

  it('blocks every outside call when the caller ID is "outbound calls prohibited"', async () => {
    const c = await equippedCircle();
    const res = await patch(c.token, c.uniques[0]!.id, { callerId: 'prohibited', outgoingExtension: 'same_as_incoming' });
    expect(res.body).toMatchObject({ callerId: 'prohibited', outboundProhibited: true, callerIdNumber: null, callerIdNumberDisplay: null });
    expect((await api.deps.db('uniques').where({ id: c.uniques[0]!.id }).first()).outbound_prohibited).toBe(true);
  });

  it.each([
    ['a 1-digit incoming extension', { incomingExtension: '1' }, 'body.incomingExtension', 'extension_digits'],
    ['a 6-digit incoming extension', { incomingExtension: '123456' }, 'body.incomingExtension', 'extension_digits'],
    ['a 6-digit outgoing extension', { outgoingExtension: '123456' }, 'body.outgoingExtension', 'extension_digits'],
    ['a non-digit extension', { incomingExtension: '12a' }, 'body.incomingExtension', 'extension_digits'],
  ])('refuses %s, naming the field and the rule', async (_name, body, field, code) => {
    const c = await customerWithCircle(api, 100_000);
    await buyServices(api, c, { uniques: { sip_terminal: 1 } });
    const [u] = (await api.request('GET', '/v1/uniques', { token: c.token })).body.items;
    const res = await patch(c.token, u.id, body);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code, field });
    expect(res.body.detail).toContain('2 to 5 digits');
  });

  it('refuses an incoming extension another unique of the circle already uses', async () => {
    const c = await equippedCircle();
    const res = await patch(c.token, c.uniques[1]!.id, { incomingExtension: c.uniques[0]!.incomingExtension });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'extension_taken', field: 'body.incomingExtension' });
  });

  it('refuses a number of another circle as incoming number or caller ID', async () => {
    const c = await equippedCircle();
    const other = await equippedCircle();
    const stranger = other.numbers[0]!.id;
    const incoming = await patch(c.token, c.uniques[0]!.id, { incomingNumberIds: [c.numbers[0]!.id, stranger] });
    expect(incoming.status).toBe(422);
    expect(incoming.body).toMatchObject({ code: 'number_not_in_circle', field: 'body.incomingNumberIds' });
    const caller = await patch(c.token, c.uniques[0]!.id, { callerId: stranger });
    expect(caller.body).toMatchObject({ code: 'number_not_in_circle', field: 'body.callerId' });
    const none = await patch(c.token, c.uniques[0]!.id, { incomingNumberIds: [] });
    expect(none.status).toBe(422);
    expect(none.body.field).toBe('body.incomingNumberIds');
  });

  it("requires an incoming number and a caller ID: an empty choice is refused in the reader's language", async () => {
    const c = await equippedCircle();
    const none = await patch(c.token, c.uniques[0]!.id, { incomingNumberIds: [] });
    expect(none.body).toMatchObject({ code: 'incoming_number_required', field: 'body.incomingNumberIds' });
    expect(none.body.detail).toBe('Choose at least one incoming phone number: the number whose calls ring this unique.');
    const noCaller = await api.request('PATCH', `/v1/uniques/${c.uniques[0]!.id}/settings`, {
      token: c.token,
      body: { callerId: null },
      headers: { 'accept-language': 'ja' },
    });
    expect(noCaller.status).toBe(422);
    expect(noCaller.body).toMatchObject({ code: 'caller_id_required', field: 'body.callerId' });
    expect(noCaller.body.detail).toContain('発信者番号を選択してください');
  });

  it('reports every broken rule at once, each with its field and message', async () => {
    const c = await equippedCircle();
    const res = await patch(c.token, c.uniques[0]!.id, { incomingNumberIds: [], callerId: null, incomingExtension: '123456' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'incoming_number_required', field: 'body.incomingNumberIds' });
    expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['body.incomingNumberIds', 'incoming_number_required'],
      ['body.callerId', 'caller_id_required'],
      ['body.incomingExtension', 'extension_digits'],
    ]);
    expect(res.body.errors[2].message).toBe('An extension must be 2 to 5 digits; "123456" is not.');
    expect((await api.deps.db('uniques').where({ id: c.uniques[0]!.id }).first()).incoming_extension).toBe('200');
  });

  it("lists the circle's active numbers as the choices for incoming number and caller ID", async () => {
    const c = await equippedCircle();
    const res = await api.request('GET', `/v1/uniques/${c.uniques[0]!.id}/settings`, { token: c.token });
    expect(res.body.numberChoices.map((n: { id: string }) => n.id).sort()).toEqual(c.numbers.map((n) => n.id).sort());
  });

  it('keeps the settings rules in the database too: a 6-digit extension written around the API is refused', async () => {
    const c = await equippedCircle();
    const write = (cols: Record<string, unknown>) => api.deps.db('uniques').where({ id: c.uniques[0]!.id }).update(cols);
    await expect(write({ incoming_extension: '123456' })).rejects.toThrow(/uniques_incoming_extension_ck/);
    await expect(write({ outgoing_extension: '1' })).rejects.toThrow(/uniques_outgoing_extension_ck/);
    await expect(write({ pickup_group: 100 })).rejects.toThrow(/uniques_pickup_group_ck/);
    await expect(write({ outbound_prohibited: true, caller_id_number_id: c.numbers[0]!.id })).rejects.toThrow(
      /uniques_caller_id_or_prohibited_ck/,
    );
  });
});

describe('unique login', () => {
  it('logs a unique in with its code once the owner set a password, and scopes it to its own settings', async () => {
    const c = await equippedCircle();
    const [mine, sibling] = c.uniques;
    const denied = await api.request('POST', '/v1/auth/login', {
      body: { kind: 'unique', loginId: mine!.code, password: 'unique-pass-1' },
    });
    expect(denied.status).toBe(401);
    expect(
      (await api.request('PUT', `/v1/uniques/${mine!.id}/login-password`, { token: c.token, body: { password: 'unique-pass-1' } })).status,
    ).toBe(204);
    const login = await api.request('POST', '/v1/auth/login', { body: { kind: 'unique', loginId: mine!.code, password: 'unique-pass-1' } });
    expect(login.status).toBe(200);
    expect(login.body.principal).toMatchObject({ kind: 'unique', uniqueId: mine!.id, circleId: c.circleId });
    const token = login.body.token;

    expect((await api.request('GET', `/v1/uniques/${mine!.id}/settings`, { token })).status).toBe(200);
    expect((await patch(token, mine!.id, { name: '自分' })).body.name).toBe('自分');
    expect((await api.request('GET', `/v1/uniques/${sibling!.id}/settings`, { token })).status).toBe(404);
    expect((await patch(token, sibling!.id, { name: 'x' })).status).toBe(404);
    expect((await api.request('GET', '/v1/uniques', { token })).body.items.map((u: { id: string }) => u.id)).toEqual([mine!.id]);
    for (const [method, path] of [
      ['GET', '/v1/numbers'],
      ['GET', '/v1/orders'],
      ['GET', '/v1/prepaid/balance'],
      ['POST', `/v1/uniques/${mine!.id}/sip-password`],
      ['POST', `/v1/uniques/${mine!.id}/cancellation`],
    ] as const) {
      expect((await api.request(method, path, { token })).status, `${method} ${path}`).toBe(403);
    }
  });

  it('lets the owner reset the SIP password: the PBX gets the new one and it is shown once', async () => {
    const c = await equippedCircle();
    const u = c.uniques[0]!;
    const res = await api.request('POST', `/v1/uniques/${u.id}/sip-password`, { token: c.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: u.id, sipUser: u.code });
    const pbx = (await fetch(`${inject('sandboxUrl')}/pbx/v1/endpoints/${u.id}`).then((r) => r.json())) as { sipPassword: string };
    expect(pbx.sipPassword).toBe(res.body.sipPassword);
    const row = await api.deps.db('uniques').where({ id: u.id }).first();
    expect(sipPasswordBox(api.deps.config.secret).open(row.sip_password_enc)).toBe(res.body.sipPassword);
  });

  it('lets a circle login manage only its own circle’s uniques', async () => {
    const c = await equippedCircle();
    const other = await customerWithCircle(api, 0);
    const login = await api.request('POST', '/v1/auth/login', {
      body: { kind: 'circle', loginId: c.circleLogin, password: c.circlePassword },
    });
    const token = login.body.token;
    expect((await patch(token, c.uniques[0]!.id, { notes: 'circle edit' })).status).toBe(200);
    const wrongCircle = await api.request('POST', '/v1/service-orders', {
      token,
      body: { circleId: other.circleId, uniques: { sip_terminal: 1 } },
    });
    expect(wrongCircle.status).toBe(404);
  });
});

describe('special-service numbers', () => {
  it('never auto-assigns a 1xx code, even to two orders provisioned at once in one circle', async () => {
    const c = await customerWithCircle(api, 200_000);
    const orders = await Promise.all([0, 1].map(() => buyServices(api, c, { uniques: { sip_terminal: 12 } })));
    expect(orders.map((o) => o.order.status)).toEqual(['completed', 'completed']);
    const first = await api.request('GET', `/v1/uniques?circleId=${c.circleId}&limit=20`, { token: c.token });
    expect(first.body.items).toHaveLength(20);
    const items = [
      ...first.body.items,
      ...(await api.request('GET', `/v1/uniques?circleId=${c.circleId}&limit=20&cursor=${first.body.nextCursor}`, { token: c.token })).body
        .items,
    ] as Array<{ incomingExtension: string }>;
    const extensions = items.map((u) => u.incomingExtension).sort();
    expect(extensions).toEqual(Array.from({ length: 24 }, (_, i) => String(200 + i)));
  });

  it('refuses a manual 110 with 422, saying in English and Japanese that it is the police number', async () => {
    const c = await equippedCircle();
    const en = await patch(c.token, c.uniques[0]!.id, { incomingExtension: '110' });
    expect(en.status).toBe(422);
    expect(en.body).toMatchObject({ code: 'extension_special_service', field: 'body.incomingExtension' });
    expect(en.body.detail).toContain('Extension 110 cannot be used: 110 is the police emergency number');
    expect(en.body.detail).toContain('every three-digit number from 100 to 199');
    const ja = await api.request('PATCH', `/v1/uniques/${c.uniques[0]!.id}/settings`, {
      token: c.token,
      body: { incomingExtension: '110' },
      headers: { 'accept-language': 'ja' },
    });
    expect(ja.status).toBe(422);
    expect(ja.body).toMatchObject({ code: 'extension_special_service', field: 'body.incomingExtension' });
    expect(ja.body.detail).toContain('内線110は使用できません。110は警察への緊急通報の番号です。');
    expect((await api.deps.db('uniques').where({ id: c.uniques[0]!.id }).first()).incoming_extension).toBe('200');
  });

  it('refuses a reserved outgoing extension too, and accepts a longer one that only starts with 1xx', async () => {
    const c = await equippedCircle();
    const outgoing = await patch(c.token, c.uniques[0]!.id, { outgoingExtension: '177' });
    expect(outgoing.body).toMatchObject({ code: 'extension_special_service', field: 'body.outgoingExtension' });
    expect(outgoing.body.detail).toContain('177 is the weather forecast');
    const longer = await patch(c.token, c.uniques[0]!.id, { incomingExtension: '1101', outgoingExtension: '11900' });
    expect(longer.status).toBe(200);
    expect(longer.body).toMatchObject({ incomingExtension: '1101', outgoingExtension: '11900' });
  });
});

describe('who may lift "outbound calls prohibited"', () => {
  /** A circle with a unique that can log in, and logins for the account, the circle and the unique. */
  async function threeLogins() {
    const c = await equippedCircle();
    const u = c.uniques[0]!;
    await api.request('PUT', `/v1/uniques/${u.id}/login-password`, { token: c.token, body: { password: 'unique-pass-1' } });
    const login = (body: unknown) => api.request('POST', '/v1/auth/login', { body }).then((r) => r.body.token as string);
    return {
      ...c,
      u,
      circleToken: await login({ kind: 'circle', loginId: c.circleLogin, password: c.circlePassword }),
      uniqueToken: await login({ kind: 'unique', loginId: u.code, password: 'unique-pass-1' }),
    };
  }
  const setBy = async (id: string) => (await api.deps.db('uniques').where({ id }).first()).outbound_prohibited_by;
  const authorize = async (uniqueId: string) =>
    (
      await api.request('POST', '/v1/calls/authorize', {
        token: await staffLogin(api, 'operator'),
        body: { uniqueId, destination: '0312345678' },
      })
    ).body;

  it("does not let a unique's own login lift a prohibition its circle set, and calls stay refused", async () => {
    const c = await threeLogins();
    expect((await patch(c.circleToken, c.u.id, { callerId: 'prohibited' })).body.outboundProhibited).toBe(true);
    expect(await setBy(c.u.id)).toBe('circle');

    const lift = await patch(c.uniqueToken, c.u.id, { callerId: c.numbers[0]!.id });
    expect(lift.status).toBe(403);
    expect(lift.body).toMatchObject({ code: 'outbound_prohibition_locked', field: 'body.callerId' });
    expect(lift.body.detail).toBe(
      "Outbound calls of this unique were prohibited by the circle; the unique's own login cannot lift that. Ask the account or circle administrator.",
    );
    const ja = await api.request('PATCH', `/v1/uniques/${c.u.id}/settings`, {
      token: c.uniqueToken,
      body: { callerId: c.numbers[0]!.id },
      headers: { 'accept-language': 'ja' },
    });
    expect(ja.body.detail).toContain('サークルの管理者が設定したため、ユニークのログインでは解除できません');

    // The unique's screen re-sends "prohibited" with its other fields: that saves, and the circle keeps the lock.
    const resave = await patch(c.uniqueToken, c.u.id, { callerId: 'prohibited', name: '受付' });
    expect(resave.status).toBe(200);
    expect(await setBy(c.u.id)).toBe('circle');
    expect(await authorize(c.u.id)).toMatchObject({ allowed: false, reason: 'outbound_prohibited' });
  });

  it('lets the account lift a prohibition the circle set, and calls go out again', async () => {
    const c = await threeLogins();
    await patch(c.circleToken, c.u.id, { callerId: 'prohibited' });
    const lifted = await patch(c.token, c.u.id, { callerId: c.numbers[0]!.id });
    expect(lifted.status).toBe(200);
    expect(lifted.body).toMatchObject({ outboundProhibited: false, callerId: c.numbers[0]!.id });
    expect(await setBy(c.u.id)).toBeNull();
    expect(await authorize(c.u.id)).toMatchObject({ allowed: true });
  });

  it('lets a unique prohibit its own outside calls and lift that itself', async () => {
    const c = await threeLogins();
    expect((await patch(c.uniqueToken, c.u.id, { callerId: 'prohibited' })).status).toBe(200);
    expect(await setBy(c.u.id)).toBe('unique');
    expect(await authorize(c.u.id)).toMatchObject({ allowed: false, reason: 'outbound_prohibited' });
    // An unrelated save of the account's screen does not take the prohibition over.
    expect((await patch(c.token, c.u.id, { callerId: 'prohibited', notes: 'checked' })).status).toBe(200);
    expect(await setBy(c.u.id)).toBe('unique');
    const lifted = await patch(c.uniqueToken, c.u.id, { callerId: c.numbers[1]!.id });
    expect(lifted.status).toBe(200);
    expect(lifted.body.outboundProhibited).toBe(false);
    expect(await authorize(c.u.id)).toMatchObject({ allowed: true });
  });
});
