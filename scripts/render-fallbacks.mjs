#!/usr/bin/env node
/**
 * Renders the fallback images of issue 14 into a fresh build: the default
 * view in each language as a 1200×675 PNG, `DIST/fallback/<lang>.png`, and
 * the embed's own 680 × 560 and 320 × 560 pictures at 2x (FRAMES), without
 * the live controls and with the legend open (stillFrame). The
 * embed snippet shows it in `<noscript>`, the AMP snippet as the frame's
 * placeholder, and index.html's `og:image` / `twitter:image` point at the
 * English one. `npm run build` runs it last:
 *
 *   node scripts/render-fallbacks.mjs [--dist DIR]     (default: dist)
 *
 * It serves DIST on 127.0.0.1 (a random free port, its own tiny static
 * server), opens the explorer in Debian's Chromium (`CHROMIUM_PATH`, default
 * /usr/bin/chromium; WebGL through SwiftShader, TOOLCHAIN.md) and presses the
 * Share dialog's "Download image (PNG)", so the image is exactly what a
 * journalist downloads for a newsletter (src/ui/share/downloadView.ts).
 *
 * Without Chromium: with `CI` set it fails (CI must ship the images); on a
 * developer's machine it prints a loud warning and leaves the build without
 * images (snippets then show a broken image where no script runs). Set
 * `FALLBACKS=skip` to skip on purpose.
 *
 * `SITE_URL` (e.g. https://news.example/border-map/) is the address the
 * build will be served from: the link-preview tags get absolute URLs (which
 * Facebook, X and Slack require) and an `og:url`. Without it they stay
 * relative (`./fallback/en.png`), the build still works from any path, and
 * the script prints a loud warning (never a failure, CI included).
 * It must run before any step that precompresses index.html.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LANGUAGES = ['fr', 'en', 'vi'];
export const WIDTH = 1200;
export const HEIGHT = 675;
/**
 * The embed's own pictures (session 8 journalist review: the 16:9 image did not fit an embed's
 * frame): `/?mode=embed` as a 680 px article column and a 320 px phone column see it, 560 px tall,
 * at twice the size: `DIST/fallback/<lang>-<width>.png`. The snippet's and index.html's
 * `<noscript>` pick one by `srcset`/`sizes` (src/ui/share/embedCode.ts).
 */
export const FRAMES = [{ width: 680, height: 560 }, { width: 320, height: 560 }];
export const FRAME_SCALE = 2;
/**
 * What the embed's pictures leave out (session 8 journalist review: they showed Share, Play, the
 * slider and the pills, which do nothing in a picture): the live controls, the footer's buttons and
 * the legend's chevron. The map takes their room; the title wraps, whole. A constructed style sheet
 * (CSSOM), which the page's strict CSP allows where a <style> element would be refused.
 */
export const STILL_FRAME_CSS = `
  .header-actions, .timeline-area, .embed-footer, .maplibregl-ctrl-group, .offscreen-arrow, .legend-chevron, .map-credits-toggle,
  .event-marker, .map-tooltip, .legend-fold { display: none !important; }
  .app-header h1 { white-space: normal !important; text-overflow: clip !important; overflow: visible !important; display: block !important; -webkit-line-clamp: none !important; }
`;

/** Frames at most this wide get a picture without the legend (the live frame opens it closed there). */
export const LEGEND_MIN_WIDTH = 480;

/**
 * Turns the live embed on `page` into its still picture: the controls out (STILL_FRAME_CSS), the
 * map redrawn at its new size. `legend: true` opens the legend (a picture has no button to open
 * it); `false` leaves it out, for frames too narrow to show it beside the story (session 9
 * journalist review: at 320 px the open legend hid 45% of the map, every Vietnam–China event
 * and the ring; the live frame opens it closed there too).
 */
export async function stillFrame(page, { legend = true } = {}) {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, legend ? STILL_FRAME_CSS : `${STILL_FRAME_CSS}\n.legend-map { display: none !important; }`);
  const toggle = page.locator('.legend-map .legend-toggle');
  if (legend && await toggle.count() && await toggle.getAttribute('aria-expanded') === 'false') await toggle.click();
  await page.locator('.map-canvas').evaluate((el) => el.mapHandle?.resize?.());
  await page.locator('.map-canvas').evaluate((el) => el.mapHandle?.whenIdle());
}
// The explorer at this size gives the map about 1250×690 px, close to the image's 16:9, so the snapshot crops little.
const VIEWPORT = { width: 1600, height: 900 };
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--disable-extensions',
];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.csv': 'text/csv', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.wasm': 'application/wasm',
};

const log = (line) => console.log(`[fallbacks] ${line}`);
const warnLoudly = (lines) => {
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n`);
};

/** Width and height of a PNG from its IHDR chunk; null if it is not a PNG. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The link-preview tags with absolute addresses under `siteUrl`, and an og:url; the HTML unchanged without one. */
export function absolutePreviewTags(html, siteUrl) {
  if (!siteUrl) return html;
  let base;
  try {
    base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  } catch {
    throw new Error(`SITE_URL is not an address: ${siteUrl}`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`SITE_URL must be http(s): ${siteUrl}`);
  const attr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const image = attr(new URL('fallback/en.png', base).href);
  const withImage = html.replace(/(<meta (?:property="og:image"|name="twitter:image") content=")\.\/fallback\/en\.png"/g, `$1${image}"`);
  // Once: running the script again on the same build must not add a second og:url.
  return withImage.includes('property="og:url"') ? withImage
    : withImage.replace(/(<meta property="og:type"[^>]*>)/, `$1\n    <meta property="og:url" content="${attr(base.href)}" />`);
}

/**
 * The warning a build without `SITE_URL` prints (issue 14 review: og:image stayed relative
 * unnoticed): link previewers ignore a relative image. Null with a site address. A warning,
 * never a failure: CI builds and tests without one.
 */
export function siteUrlWarning(siteUrl) {
  if (siteUrl) return null;
  return [
    'SITE_URL is not set: og:image and twitter:image stay relative (./fallback/en.png),',
    'and Facebook, X, Slack or LinkedIn show the shared link without its image.',
    'For the build you deploy: SITE_URL=https://your.site/path/ npm run build (README, "Fallback image").',
  ];
}

/** A static server for DIST on 127.0.0.1 and a free port; nothing outside DIST is served. */
function serve(dist) {
  const root = path.resolve(dist);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The embed at one frame size in each language, a screenshot at FRAME_SCALE once its map is idle. */
async function renderFrames(browser, port, out, { width, height }, errors) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: FRAME_SCALE, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  const results = [];
  try {
    for (const lang of LANGUAGES) {
      const started = Date.now();
      // The legend open where the frame has room for it (session 8 journalist review: a picture has
      // no button to open it); none at the narrow size, where it would hide the story (session 9).
      const legend = width > LEGEND_MIN_WIDTH;
      await page.goto(`http://127.0.0.1:${port}/?mode=embed&lang=${lang}${legend ? '&legend=open' : ''}`);
      await page.locator('.map-canvas[data-map-state="ready"]').waitFor({ timeout: 60_000 });
      await page.locator('.map-canvas').evaluate((el) => el.mapHandle?.whenIdle());
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await stillFrame(page, { legend });
      await page.waitForTimeout(500);
      await page.locator('.map-canvas').evaluate((el) => el.mapHandle?.whenIdle());
      const file = path.join(out, `${lang}-${width}.png`);
      await page.screenshot({ path: file });
      const bytes = fs.readFileSync(file);
      const size = pngSize(bytes);
      if (!size || size.width !== width * FRAME_SCALE || size.height !== height * FRAME_SCALE) {
        throw new Error(`${file} is ${size ? `${size.width}×${size.height}` : 'not a PNG'}, not ${width * FRAME_SCALE}×${height * FRAME_SCALE}`);
      }
      results.push({ lang, bytes: bytes.length, ms: Date.now() - started });
      log(`${path.relative(REPO, file)}: ${bytes.length} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await context.close();
  }
  return results;
}

async function renderAll(dist, executablePath) {
  const { chromium } = await import('@playwright/test');
  const server = await serve(dist);
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const out = path.join(dist, 'fallback');
  fs.mkdirSync(out, { recursive: true });
  const results = [];
  try {
    // One page for the three: the first language loads the app, the others switch it in place
    // (the language menu), which spares two map loads (about a third of the time here).
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const mapIdle = () => page.locator('.map-canvas').evaluate((el) => el.mapHandle?.whenIdle());
    const camera = () => page.locator('.map-canvas').evaluate((el) => JSON.stringify(el.mapHandle?.camera()));
    // The opening camera may still be easing into its framing (about a second, longer on a loaded
    // machine): wait until the map is idle and the camera has not moved for 400 ms.
    const settle = async () => {
      let last = '';
      for (let i = 0; i < 50; i++) {
        await mapIdle();
        const now = await camera();
        if (now === last) return;
        last = now;
        await page.waitForTimeout(400);
      }
    };
    for (const [i, lang] of LANGUAGES.entries()) {
      const started = Date.now();
      if (i === 0) {
        await page.goto(`http://127.0.0.1:${port}/?lang=${lang}`);
        try {
          await page.locator('.map-canvas[data-map-state="ready"]').waitFor({ timeout: 60_000 });
        } catch {
          const state = await page.locator('.map-canvas').getAttribute('data-map-state').catch(() => 'absent');
          throw new Error(`the map did not draw (state: ${state}; page errors: ${errors.join(' | ') || 'none'})`);
        }
      } else {
        await page.keyboard.press('Escape'); // closes the Share dialog
        const title = await page.locator('h1').textContent();
        await page.locator('.lang-switch select').selectOption(lang);
        // The language's catalogue has loaded once the title changes; then the map relabels itself.
        await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, title);
        await page.waitForTimeout(300);
      }
      await settle();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.locator('.share-button').click();
      const button = page.locator('.share-download-image');
      await button.waitFor({ state: 'visible' });
      await page.waitForFunction(() => !document.querySelector('.share-download-image')?.hasAttribute('disabled'));
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
      const file = path.join(out, `${lang}.png`);
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      const size = pngSize(bytes);
      if (!size || size.width !== WIDTH || size.height !== HEIGHT) {
        throw new Error(`${file} is ${size ? `${size.width}×${size.height}` : 'not a PNG'}, not ${WIDTH}×${HEIGHT}`);
      }
      results.push({ lang, bytes: bytes.length, ms: Date.now() - started });
      log(`${path.relative(REPO, file)}: ${bytes.length} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    await context.close();
    for (const frame of FRAMES) results.push(...await renderFrames(browser, port, out, frame, errors));
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const distAt = args.indexOf('--dist');
  const dist = path.resolve(distAt >= 0 && args[distAt + 1] ? args[distAt + 1] : path.join(REPO, 'dist'));
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) {
    console.error(`[fallbacks] ${index} is missing: build first (vite build).`);
    process.exit(1);
  }
  fs.writeFileSync(index, absolutePreviewTags(fs.readFileSync(index, 'utf8'), process.env.SITE_URL));
  if (process.env.SITE_URL) log(`link previews point at ${process.env.SITE_URL}`);
  const noSite = siteUrlWarning(process.env.SITE_URL);
  if (noSite) warnLoudly(noSite);

  if (process.env.FALLBACKS === 'skip') {
    warnLoudly(['FALLBACKS=skip: no fallback images rendered.', 'Embed snippets and link previews will point at missing images.']);
    return;
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    const lines = [
      `No Chromium at ${executablePath}: the fallback images (dist/fallback/*.png) were NOT rendered.`,
      'Embed snippets and link previews will point at missing images.',
      'Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH, then run `npm run build` again.',
    ];
    if (process.env.CI) {
      console.error(lines.map((l) => `[fallbacks] ${l}`).join('\n'));
      process.exit(1);
    }
    warnLoudly(lines);
    return;
  }
  const started = Date.now();
  await renderAll(dist, executablePath);
  log(`rendered ${LANGUAGES.length * (1 + FRAMES.length)} images in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`[fallbacks] failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
