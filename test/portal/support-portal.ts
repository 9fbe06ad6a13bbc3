import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A customer login of the portal's three tabs. */
export type PortalLoginKind = 'account' | 'circle' | 'unique';

/** What a sign-up through the portal's page typed in. */
export interface PortalSignUp {
  loginId: string;
  password: string;
  name: string;
  email: string;
  language: 'ja' | 'en';
}

/** The phone viewport every portal page must fit without horizontal scrolling. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };
/** The desktop viewport of the portal's screenshots. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

/** A fresh browser context (own cookies, own localStorage) and page at the given size. */
export async function newPortalPage(browser: Browser, viewport = DESKTOP_VIEWPORT): Promise<Page> {
  return (await browser.newContext({ viewport })).newPage();
}

/**
 * Opens an account through the real /signup page and waits until the portal shows it logged in.
 * The page's field ids are stable: signup-login-id, signup-password, signup-password-again,
 * signup-name, signup-email, signup-language, signup-submit.
 */
export async function signUpThroughPortal(page: Page, baseUrl: string, overrides: Partial<PortalSignUp> = {}): Promise<PortalSignUp> {
  const loginId = overrides.loginId ?? `web-${randomUUID().slice(0, 12)}`;
  const input: PortalSignUp = {
    loginId,
    password: 'correct-horse-1',
    name: 'テスト株式会社',
    email: `${loginId}@example.jp`,
    language: 'ja',
    ...overrides,
  };
  await page.goto(`${baseUrl}/signup`);
  await page.locator('#signup-login-id').fill(input.loginId);
  await page.locator('#signup-password').fill(input.password);
  await page.locator('#signup-password-again').fill(input.password);
  await page.locator('#signup-name').fill(input.name);
  await page.locator('#signup-email').fill(input.email);
  await page.locator('#signup-language').selectOption(input.language);
  await page.locator('#signup-submit').click();
  await waitForMenu(page);
  return input;
}

/** Logs in on the given tab of the real login page and waits for the login's menu. */
export async function loginThroughPortal(page: Page, baseUrl: string, kind: PortalLoginKind, loginId: string, password: string) {
  await page.goto(`${baseUrl}/`);
  await page.locator(`#tab-${kind}`).click();
  await page.locator('#login-id').fill(loginId);
  await page.locator('#password').fill(password);
  await page.locator('#login-panel button[type="submit"]').click();
  await waitForMenu(page);
}

/** Waits until the header shows a logged-in menu. */
export async function waitForMenu(page: Page): Promise<void> {
  await page.locator('header nav a').first().waitFor();
}

/** The menu labels the header shows, in order. */
export async function menuLabels(page: Page): Promise<string[]> {
  return page.locator('header nav a').allTextContents();
}

/** Switches the portal's language through the header's language menu. */
export async function chooseLanguage(page: Page, lang: 'ja' | 'en'): Promise<void> {
  await page.locator('#lang').selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

/** Fails when the page is wider than the viewport (a phone must never scroll sideways). */
export async function expectNoHorizontalScroll(page: Page, what = page.url()): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  );
  expect(scrollWidth, `${what} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}
