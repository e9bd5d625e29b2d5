import { chromium } from 'playwright';
const [,, url, w, h, out, steps = '1', extra = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
await page.goto(url);
await page.locator('.map-canvas[data-map-state=ready]').waitFor({ timeout: 30000 });
await page.waitForTimeout(1500);
for (let i = 0; i < +steps; i++) { await page.locator('.playback .playback-step').first().click(); await page.waitForTimeout(1500); }
if (extra === 'far') { await page.locator('.offscreen-arrow[data-far]').click(); await page.waitForTimeout(500); }
if (extra === 'sheet') { await page.locator('.phone-bar button').nth(0).click(); await page.waitForTimeout(800); }
await page.screenshot({ path: out });
await browser.close();
