import { ApiProblem, type Adjustment, type LookupField } from '../../../shared/api-client';
import { staffMessages, type StaffMessage, type T } from '../../messages';

/** The label of each thing a search can match. */
export const MATCH_LABEL: Record<LookupField, StaffMessage> = {
  account_id: 'matchAccountId',
  order_id: 'matchOrderId',
  login_id: 'matchLoginId',
  circle_login_id: 'matchCircleLoginId',
  email: 'matchEmail',
  phone_number: 'matchPhoneNumber',
  shipping_phone: 'matchShippingPhone',
  unique_code: 'matchUniqueCode',
  mac: 'matchMac',
  name: 'matchName',
};

/** Credit or debit, in words. */
export const directionWord = (t: T, d: Adjustment['direction']) => t(d === 'credit' ? 'adjCredit' : 'adjDebit');

/** An adjustment's state, in words. */
export const statusWord = (t: T, s: Adjustment['status']) =>
  t(s === 'pending' ? 'adjStatusPending' : s === 'applied' ? 'adjStatusApplied' : 'adjStatusRejected');

/** An order, unique or number kind in words; a kind this console does not know yet shows as its code. */
export function kindWord(t: T, family: 'orderKind' | 'catKind', kind: string): string {
  const key = `${family}_${kind}`;
  return key in staffMessages ? t(key as StaffMessage) : kind;
}

/** A MAC as the label on the phone prints it: 00:0B:82:12:34:56. */
export const macWord = (mac: string) => mac.toUpperCase().match(/../g)!.join(':');

type FieldProblem = { field: string; message: string };

/** What went wrong, as the API said it in the page's language, with each invalid field's rule. */
export function problemText(err: unknown): string {
  if (!(err instanceof ApiProblem)) return (err as Error).message;
  const errors = (err.problem as { errors?: FieldProblem[] }).errors ?? [];
  return [err.problem.detail, ...errors.map((e) => e.message)].join(' ');
}
