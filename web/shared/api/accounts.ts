import type { Call } from '../api-client';

/** The customer's account and contract data, as GET /v1/account answers. */
export interface CustomerAccount {
  id: string;
  loginId: string;
  email: string;
  /** The contract holder: the company, or the person. */
  name: string;
  language: 'ja' | 'en';
  contactName: string | null;
  /** Seven digits, no hyphen. */
  postalCode: string | null;
  prefecture: string | null;
  address: string | null;
  /** E.164, e.g. +81312345678. */
  phone: string | null;
  /** The national form a person reads, e.g. 03-1234-5678. */
  phoneDisplay: string | null;
  createdAt: string;
}

/** The fields a sign-up sends. */
export interface CustomerSignUp {
  loginId: string;
  password: string;
  email: string;
  name: string;
  language: 'ja' | 'en';
}

/** A change of contract data; null clears an optional field. */
export type CustomerAccountPatch = Partial<
  Pick<CustomerAccount, 'email' | 'name' | 'language' | 'contactName' | 'postalCode' | 'prefecture' | 'address' | 'phone'>
>;

/** A circle under the account, with its own login. */
export interface CustomerCircle {
  id: string;
  name: string;
  loginId: string;
  createdAt: string;
}

/** The customer's side of the accounts API: sign-up, contract data and circles. */
export const accountsApi = (call: Call) => ({
  signUp: (input: CustomerSignUp, idempotencyKey: string) => call<CustomerAccount>('POST', '/v1/accounts', input, idempotencyKey),
  myAccount: () => call<CustomerAccount>('GET', '/v1/account'),
  updateMyAccount: (patch: CustomerAccountPatch) => call<CustomerAccount>('PATCH', '/v1/account', patch),
  /** An account has a few circles: one page holds them all. */
  listCircles: () => call<{ items: CustomerCircle[]; nextCursor: string | null }>('GET', '/v1/circles'),
  addCircle: (input: { name: string; loginId: string; password: string }, idempotencyKey: string) =>
    call<CustomerCircle>('POST', '/v1/circles', input, idempotencyKey),
  renameCircle: (circleId: string, name: string) => call<CustomerCircle>('PATCH', `/v1/circles/${circleId}`, { name }),
  setCirclePassword: (circleId: string, password: string, currentPassword?: string) =>
    call<void>('PUT', `/v1/circles/${circleId}/password`, { password, ...(currentPassword ? { currentPassword } : {}) }),
  removeCircle: (circleId: string) => call<void>('DELETE', `/v1/circles/${circleId}`),
});
