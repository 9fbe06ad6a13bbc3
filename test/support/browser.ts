import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startTestApi, type TestApi } from './api';

/** Where browser tests leave their screenshots and PDFs. */
export const screensDir = join(__dirname, '..', '..', 'test-output', 'screens');

/** Debian's Chromium, headless (.ci/run installs it). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
}

/** What a browser test file drives: its own API on the suite's services, and a Chromium. */
export interface BrowserStack {
  api: TestApi;
  browser: Browser;
}

/** Starts a browser test file's API (with the file's env overrides) and a Chromium. */
export async function openBrowserStack(env?: Record<string, string>): Promise<BrowserStack> {
  return { api: await startTestApi(env), browser: await launchBrowser() };
}

/** Closes what openBrowserStack started, whatever of it did start. */
export async function closeBrowserStack(stack: Partial<BrowserStack>): Promise<void> {
  await stack.browser?.close();
  await stack.api?.close();
}

/** Saves a full-page screenshot under test-output/screens. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: join(screensDir, `${name}.png`), fullPage: true });
}

/** Fails on any serious or critical accessibility violation axe-core finds on the page as it is. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×)`);
  expect(bad).toEqual([]);
}
