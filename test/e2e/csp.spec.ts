import { expect, test, type Page } from '@playwright/test';
import { visibleEventIds, waitForMapIdle, openExports } from './helpers';

/**
 * The built app under a strict Content-Security-Policy (issue 8): no inline
 * script, no eval, nothing from another origin; `blob:` only for workers and
 * images, where the map library may need it.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  // The Share dialog's embed builder previews the embed in a frame of this same origin (issue 14).
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join('; ');

// The Share dialog's embed preview (issue 14) may still be loading when a test ends: its
// requests in flight through the route below are dropped rather than reported as errors.
test.afterEach(async ({ page }) => { await page.unrouteAll({ behavior: 'ignoreErrors' }); });

/** Serves every document with STRICT_CSP and collects violations, from the console and from the page's own events. */
async function underStrictCsp(page: Page): Promise<() => Promise<string[]>> {
  const violations: string[] = [];
  page.on('console', (msg) => { if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  // Only a document gets the header; every other request goes its own way (session 18's CI: proxying each
  // one through Node lost a style sheet to ECONNRESET under load). The document is fetched again once if lost.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') { await route.continue(); return; }
    const response = await route.fetch().catch(() => route.fetch());
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
  return async () => [...violations, ...await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])];
}

test('runs with zero CSP violations under a strict policy', async ({ page }) => {
  const violations = await underStrictCsp(page);
  await page.goto('/?lang=en&date=2026-01-20');
  await waitForMapIdle(page);
  await expect.poll(async () => (await visibleEventIds(page)).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Next event' }).click();
  await waitForMapIdle(page);
  // Lazy parts: another language's chunk, the Share dialog.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.getByRole('button', { name: 'Chia sẻ' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the briefing mode, a script and the slide export run under the same policy', async ({ page }) => {
  const violations = await underStrictCsp(page);
  await page.goto('/?lang=en&mode=present&script=data/briefing.example.json');
  await waitForMapIdle(page);
  await expect(page.locator('.present')).toHaveAttribute('data-steps', '6');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present')).toHaveAttribute('data-step', '1');
  const download = page.waitForEvent('download');
  await openExports(page);
  await page.getByRole('button', { name: 'Export slide (PNG)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  expect(await violations()).toEqual([]);
});
