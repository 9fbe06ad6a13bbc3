import type { Call } from '../api-client';

/** Logins' self-service: the password and login-ID reminders, and the reset the mail links to. */
export const authApi = (call: Call) => ({
  /** Always accepted, whether the login ID exists or not (no enumeration). */
  passwordReminder: (loginId: string) => call<{ message: string }>('POST', '/v1/auth/password-reminder', { loginId }),
  /** Whether a reset link still works; refused with reset_link_used, reset_link_expired or invalid_reset_token. */
  checkResetLink: (token: string) => call<{ expiresAt: string }>('POST', '/v1/auth/password-reset/check', { token }),
  /** Sets a new password with the mailed link's token; the link works once. */
  resetPassword: (token: string, newPassword: string) => call<void>('POST', '/v1/auth/password-reset', { token, newPassword }),
  /** Mails the login IDs registered to an address; always accepted with the same words. */
  loginIdReminder: (email: string) => call<{ message: string }>('POST', '/v1/auth/login-id-reminder', { email }),
});
