import { timingSafeEqual } from 'node:crypto';
import { hmac } from '../../lib/crypto';

/** The browser session's cookie: HttpOnly, so no script (and no XSS) can read the session token. */
export const SESSION_COOKIE = 'pbx_session';

/** The header a browser session sends with every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';

const attributes = (secure: boolean) => `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;

/** Set-Cookie for a new browser session, expiring with the session. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return `${SESSION_COOKIE}=${token}; Max-Age=${maxAge}; ${attributes(secure)}`;
}

/** Set-Cookie that ends the browser session. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Max-Age=0; ${attributes(secure)}`;
}

/** The session token in a Cookie header, if there is a well-formed one. */
export function sessionTokenFromCookie(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value && /^[A-Za-z0-9_-]{20,100}$/.test(value)) return value;
  }
  return undefined;
}

/**
 * The CSRF token of a browser session: derived from the session token, so nothing more is stored.
 * The page gets it in the login answer (and from GET /v1/auth/session) and keeps it in memory;
 * another site can make the browser send the cookie, but cannot read this token.
 */
export function csrfTokenFor(secret: string, sessionToken: string): string {
  return hmac(secret, `csrf:${sessionToken}`);
}

/** Whether the presented CSRF token is the session's (constant-time). */
export function isCsrfToken(secret: string, sessionToken: string, presented: string | undefined): boolean {
  const expected = Buffer.from(csrfTokenFor(secret, sessionToken));
  const given = Buffer.from(presented ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A browser session's cookie is marked Secure when the API is served over HTTPS. */
export const secureCookies = (publicBaseUrl: string) => publicBaseUrl.startsWith('https:');
