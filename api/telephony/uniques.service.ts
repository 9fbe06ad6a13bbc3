import { randomBytes } from 'node:crypto';
import { ConflictError, InputError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import type { ProhibitedBy } from '../../domain/telephony/outbound-prohibition';
import { assertExtension } from '../../domain/telephony/unique-settings';
import type { SettingsPatch, Unique } from '../../db/telephony/uniques.store';
import { hashPassword } from '../../lib/crypto';
import { sipPasswordBox } from '../../lib/secret-box';
import type { ApiDeps } from '../deps';
import { toE164, toNationalDisplay } from '../../domain/telephony/e164';
import { messageFor, type Lang } from '../http/messages';
import { ProblemError } from '../http/problem';
import { e164OrNull, phoneFields } from './present';
import { serviceScope } from './scope';

/** The settings screen as the API takes it (§4); every field optional on PATCH. */
export interface SettingsInput {
  name?: string | null;
  affiliation?: string | null;
  guestManagementNumber?: string | null;
  englishAnnouncement?: boolean;
  pickupGroup?: number | null;
  pickupNotification?: boolean;
  pickupNotificationNumber?: string | null;
  pickupNotificationVoice?: boolean;
  notes?: string | null;
  incomingNumberIds?: string[];
  callerId?: string | null;
  incomingExtension?: string;
  outgoingExtension?: string;
}

/** The settings screen of one unique, with the numbers it rings on and shows. */
export async function getSettings(deps: ApiDeps, p: Principal | undefined, uniqueId: string) {
  const unique = await deps.stores.uniques.get(serviceScope(p), uniqueId);
  return presentSettings(deps, unique);
}

async function presentSettings(deps: ApiDeps, u: Unique) {
  const [incoming, circleNumbers] = await Promise.all([
    deps.stores.uniques.incomingNumbers(u.id),
    deps.stores.numbers.listOwned(u.accountId, { circleId: u.circleId, status: 'active' }),
  ]);
  const callerNumber = circleNumbers.find((n) => n.id === u.callerIdNumberId);
  return {
    id: u.id,
    code: u.code ?? '',
    kind: u.kind,
    status: u.status,
    circleId: u.circleId,
    loginServer: u.loginServer,
    sipUser: u.sipUser,
    guestManagementNumber: u.guestManagementNumber,
    name: u.name,
    affiliation: u.affiliation,
    englishAnnouncement: u.englishAnnouncement,
    pickupGroup: u.pickupGroup,
    pickupNotification: u.pickupNotification,
    pickupNotificationNumber: e164OrNull(u.pickupNotificationNumber),
    pickupNotificationNumberDisplay: u.pickupNotificationNumber === null ? null : toNationalDisplay(u.pickupNotificationNumber),
    pickupNotificationVoice: u.pickupNotificationVoice,
    notes: u.notes,
    incomingNumbers: incoming.map((n) => ({ id: n.id, ...phoneFields(n.number) })),
    numberChoices: circleNumbers.map((n) => ({ id: n.id, ...phoneFields(n.number) })),
    callerId: u.outboundProhibited ? 'prohibited' : (u.callerIdNumberId ?? null),
    callerIdNumber: callerNumber ? toE164(callerNumber.number) : null,
    callerIdNumberDisplay: callerNumber ? toNationalDisplay(callerNumber.number) : null,
    outboundProhibited: u.outboundProhibited,
    incomingExtension: u.incomingExtension,
    outgoingExtension: u.outgoingExtension ?? 'same_as_incoming',
  };
}

const PHONE_DIGITS = /^[0-9]{2,15}$/;

/**
 * Checks the four first settings' rules (and the notification number) and maps input to columns.
 * Every broken rule is reported, so the screen can show each error beside its own field at once.
 */
async function toPatch(deps: ApiDeps, u: Unique, actor: ProhibitedBy, input: SettingsInput, lang: Lang): Promise<SettingsPatch> {
  const { incomingNumberIds, callerId, incomingExtension, outgoingExtension, ...plain } = input;
  const patch: SettingsPatch = { ...plain };
  const refused: InputError[] = [];
  const check = async (rule: () => void | Promise<void>) => {
    try {
      await rule();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      refused.push(err);
    }
  };
  await check(() => {
    if (plain.pickupNotificationNumber != null && !PHONE_DIGITS.test(plain.pickupNotificationNumber))
      throw new InputError('phone_digits', {}, 'body.pickupNotificationNumber');
  });
  await check(async () => {
    if (!incomingNumberIds) return;
    if (incomingNumberIds.length === 0) throw new InputError('incoming_number_required', {}, 'body.incomingNumberIds');
    const ids = [...new Set(incomingNumberIds)];
    const owned = new Set((await deps.stores.numbers.activeInCircle(u.circleId, ids)).map((n) => n.id));
    const stranger = ids.find((id) => !owned.has(id));
    if (stranger) throw new InputError('number_not_in_circle', { numberId: stranger }, 'body.incomingNumberIds');
    patch.incomingNumberIds = ids;
  });
  await check(async () => {
    if (callerId === undefined) return;
    if (callerId === null) throw new InputError('caller_id_required', {}, 'body.callerId');
    if (callerId === 'prohibited') return void Object.assign(patch, { callerIdNumberId: null, outbound: { prohibit: true, actor } });
    const [owned] = await deps.stores.numbers.activeInCircle(u.circleId, [callerId]);
    if (!owned) throw new InputError('number_not_in_circle', { numberId: callerId }, 'body.callerId');
    Object.assign(patch, { callerIdNumberId: callerId, outbound: { prohibit: false, actor } });
  });
  await check(() => {
    if (incomingExtension === undefined) return;
    assertExtension('body.incomingExtension', incomingExtension);
    patch.incomingExtension = incomingExtension;
  });
  await check(() => {
    if (outgoingExtension === undefined) return;
    if (outgoingExtension === 'same_as_incoming') return void (patch.outgoingExtension = null);
    assertExtension('body.outgoingExtension', outgoingExtension);
    patch.outgoingExtension = outgoingExtension;
  });
  if (refused.length === 1) throw refused[0];
  if (refused.length > 1) {
    const [first] = refused;
    throw new ProblemError(
      422,
      first!.code,
      first!.params,
      refused.map((e) => ({ field: e.field!, code: e.code, message: messageFor(e.code, lang, e.params) })),
    );
  }
  return patch;
}

/** Who edits the settings, as "outbound calls prohibited" records it (anything else gets the least power). */
const settingsActor = (p: Principal | undefined): ProhibitedBy => (p?.kind === 'account' || p?.kind === 'circle' ? p.kind : 'unique');

/** Saves settings after checking every rule; answers with the updated screen. */
export async function updateSettings(deps: ApiDeps, p: Principal | undefined, uniqueId: string, input: SettingsInput, lang: Lang) {
  const scope = serviceScope(p);
  const unique = await deps.stores.uniques.get(scope, uniqueId);
  if (unique.status !== 'active') throw new ConflictError('unique_not_active');
  const patch = await toPatch(deps, unique, settingsActor(p), input, lang);
  try {
    await deps.db.transaction((trx) => deps.stores.uniques.updateSettings(unique, patch, trx));
  } catch (err) {
    // Two edits racing for one extension: the index refuses the second.
    if ((err as { code?: string }).code === '23505')
      throw new InputError('extension_taken', { extension: patch.incomingExtension ?? '' }, 'body.incomingExtension');
    throw err;
  }
  return presentSettings(deps, await deps.stores.uniques.get(scope, uniqueId));
}

/** Lets the owner set the password of the unique's own login tab. */
export async function setUniqueLoginPassword(deps: ApiDeps, p: Principal | undefined, uniqueId: string, password: string): Promise<void> {
  const unique = await deps.stores.uniques.get(serviceScope(p), uniqueId);
  if (unique.status !== 'active') throw new ConflictError('unique_not_active');
  await deps.stores.uniques.setLoginPassword(unique.id, await hashPassword(password));
}

/** Issues a new SIP password: the PBX gets it first, then it is stored sealed and shown once. */
export async function resetSipPassword(deps: ApiDeps, p: Principal | undefined, uniqueId: string) {
  const unique = await deps.stores.uniques.get(serviceScope(p), uniqueId);
  if (unique.status !== 'active') throw new ConflictError('unique_not_active');
  const sipPassword = randomBytes(12).toString('base64url');
  await deps.parties.pbx.provisionEndpoint({
    uniqueId: unique.id,
    kind: unique.kind,
    sipUser: unique.sipUser!,
    sipPassword,
    loginServer: unique.loginServer!,
  });
  await deps.stores.uniques.setSealedPassword(unique.id, sipPasswordBox(deps.config.secret).seal(sipPassword));
  return { id: unique.id, code: unique.code ?? '', sipUser: unique.sipUser!, loginServer: unique.loginServer!, sipPassword };
}

/** Cancels a unique: off the PBX, fee ends with this month, its login and extension freed. */
export async function cancelUnique(deps: ApiDeps, p: Principal | undefined, uniqueId: string): Promise<Unique> {
  const scope = serviceScope(p);
  const unique = await deps.stores.uniques.get(scope, uniqueId);
  if (unique.status !== 'active') throw new ConflictError('unique_not_active');
  await deps.parties.pbx.removeEndpoint(unique.id);
  return deps.db.transaction(async (trx) => {
    const cancelled = await deps.stores.uniques.cancel(scope, uniqueId, trx);
    await deps.stores.serviceHistory.record(
      [
        {
          accountId: scope.accountId,
          circleId: unique.circleId,
          orderId: unique.orderId,
          itemType: 'unique',
          itemId: unique.id,
          kind: unique.kind,
          label: unique.code ?? unique.id,
          action: 'cancelled',
          monthlyFee: unique.monthlyFee,
          initialFee: 0,
        },
      ],
      trx,
    );
    return cancelled;
  });
}
