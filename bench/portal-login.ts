import { chromium, type Browser } from 'playwright-core';
import { buildWeb } from '../scripts/build-web';
import { apiClient } from './lib/client';
import type { Scenario } from './lib/scenario';
import { percentile } from './lib/stats';

const LOGINS = Number(process.env.BENCH_PORTAL_LOGINS ?? 50);
const FIRST_LOAD_BUDGET_KB = 200;
const PASSWORD = 'bench-password-1';
// The home page marks the balance with this id once the amount has loaded.
const BALANCE = '#home-balance';

/** The same work as the page's, through the API alone: a cookie login, then the session and balance reads the home page makes. */
async function apiLogin(apiUrl: string, loginId: string): Promise<number> {
  const started = performance.now();
  const login = await fetch(`${apiUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ kind: 'account', loginId, password: PASSWORD, session: 'cookie' }),
  });
  if (login.status !== 200) throw new Error(`API login ${login.status}`);
  await login.arrayBuffer();
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const balance = await fetch(`${apiUrl}/v1/prepaid/balance`, { headers: { cookie, accept: 'application/json' } });
  if (balance.status !== 200) throw new Error(`balance ${balance.status}`);
  await balance.arrayBuffer();
  return performance.now() - started;
}

/** One login through the real page in a fresh browser context: from the submit click until the balance shows. */
async function pageLogin(browser: Browser, apiUrl: string, loginId: string, waitFor: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${apiUrl}/`);
    await page.locator('#login-id').fill(loginId);
    await page.locator('#password').fill(PASSWORD);
    const started = performance.now();
    await page.locator('#login-panel button[type="submit"]').click();
    await page.locator(waitFor).first().waitFor({ state: 'visible', timeout: 15_000 });
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

const stats = (prefix: string, samples: number[]) => ({
  [`${prefix}_p50_ms`]: percentile(samples, 50),
  [`${prefix}_p95_ms`]: percentile(samples, 95),
  [`${prefix}_max_ms`]: Math.max(...samples),
});

/**
 * The customer portal's first load and login: the gzipped JavaScript and CSS against the 200 KB
 * budget, and the p95 time from submitting the login form to the home page showing the balance,
 * over 50 logins, beside the same logins through the API alone (the ratio is the page's own cost).
 */
export const portalLogin: Scenario = {
  name: 'portal_login',
  description: `portal first-load size (budget ${FIRST_LOAD_BUDGET_KB} KB gzipped) and p95 of ${LOGINS} logins: page vs API alone`,
  async run({ stack, progress }) {
    const built = (await buildWeb()).portal;
    const firstLoadKb = built.gzippedTotal / 1024;
    progress(`portal first load ${firstLoadKb.toFixed(1)} KB gzipped ${JSON.stringify(built.files)} (budget ${FIRST_LOAD_BUDGET_KB} KB)`);

    const api = apiClient(stack.apiUrl);
    const loginIds: string[] = [];
    for (let i = 0; i < LOGINS; i++) loginIds.push((await api.newCustomer('portal')).loginId);
    progress(`opened ${LOGINS} accounts`);

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox'],
    });
    try {
      // Warm-up: the first contexts pay for the browser's own start-up and the API's JIT.
      for (let i = 0; i < 3; i++) await apiLogin(stack.apiUrl, loginIds[i]!);
      await pageLogin(browser, stack.apiUrl, loginIds[1]!, BALANCE);

      const baseline: number[] = [];
      for (const id of loginIds) baseline.push(await apiLogin(stack.apiUrl, id));
      progress(`API alone: p95 ${percentile(baseline, 95).toFixed(1)} ms`);
      const page: number[] = [];
      for (const id of loginIds) {
        page.push(await pageLogin(browser, stack.apiUrl, id, BALANCE));
        if (page.length % 10 === 0) progress(`${page.length}/${LOGINS} page logins`);
      }
      progress(`page: p95 ${percentile(page, 95).toFixed(1)} ms`);
      return {
        first_load_kb: firstLoadKb,
        first_load_budget_kb: FIRST_LOAD_BUDGET_KB,
        first_load_within_budget: firstLoadKb <= FIRST_LOAD_BUDGET_KB ? 1 : 0,
        logins: LOGINS,
        ...stats('page_login', page),
        ...stats('api_login', baseline),
        page_to_api_p95_ratio: percentile(page, 95) / percentile(baseline, 95),
      };
    } finally {
      await browser.close();
    }
  },
};
