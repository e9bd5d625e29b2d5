// Takes one screenshot of a running app, to look at it during development:
//   npx vite preview --host 127.0.0.1 --port 4173 &
//   node scripts/dev/screenshot.mjs 'http://127.0.0.1:4173/?lang=vi' 375 667 /tmp/shot.png
// Prints the page's console so warnings are seen too. Not part of the tests.
import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: +process.argv[3] || 1280, height: +process.argv[4] || 800 } });
p.on('console', m => console.log('console', m.type(), m.text()));
await p.goto(process.argv[2] || 'http://127.0.0.1:4173/?lang=en');
await p.waitForSelector('[data-map-state=ready]', { timeout: 30000 }).catch(e => console.log('no ready', e.message));
await p.waitForTimeout(2500);
await p.screenshot({ path: process.argv[5] || '/tmp/shot.png' });
await b.close();
