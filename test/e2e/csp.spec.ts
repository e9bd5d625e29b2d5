import { expect, test } from '@playwright/test';
import { visibleEventIds, waitForMapIdle } from './helpers';

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
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join('; ');

test('runs with zero CSP violations under a strict policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => { if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (route.request().resourceType() === 'document') headers['content-security-policy'] = STRICT_CSP;
    await route.fulfill({ response, headers });
  });
  await page.goto('/?lang=en&date=2026-01-20');
  await waitForMapIdle(page);
  await expect.poll(async () => (await visibleEventIds(page)).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Next event' }).click();
  await waitForMapIdle(page);
  const inPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...violations, ...inPage]).toEqual([]);
});
