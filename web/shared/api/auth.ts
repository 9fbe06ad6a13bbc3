import type { Call } from '../api-client';

/** Logins' self-service: the password reminder and the reset its mail links to. */
export const authApi = (call: Call) => ({
  /** Always accepted, whether the login ID exists or not (no enumeration). */
  passwordReminder: (loginId: string) => call<{ message: string }>('POST', '/v1/auth/password-reminder', { loginId }),
  /** Sets a new password with the mailed link's token; the link works once. */
  resetPassword: (token: string, newPassword: string) => call<void>('POST', '/v1/auth/password-reset', { token, newPassword }),
});
