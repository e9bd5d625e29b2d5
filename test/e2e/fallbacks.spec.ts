import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pngStats } from './pngStats';
import { waitForMapIdle } from './helpers';

// Issue 14: `npm run build` renders a fallback image per language
// (scripts/render-fallbacks.mjs); the snippets and the link previews point at
// them; a page that runs the app never downloads them; and the Share dialog
// downloads the current view the same way.
const DIST = path.resolve(process.env.PW_DIST ?? 'dist');
const LANGUAGES = ['fr', 'en', 'vi'] as const;

test.describe('fallback images in the build', () => {
  for (const lang of LANGUAGES) {
    test(`fallback/${lang}.png exists, decodes, is 1200×675 and is not blank`, async ({ page }) => {
      const file = path.join(DIST, 'fallback', `${lang}.png`);
      expect(fs.existsSync(file), `${file} missing: run npm run build (or node scripts/render-fallbacks.mjs --dist ${path.relative('.', DIST)})`).toBe(true);
      const stats = await pngStats(page, fs.readFileSync(file));
      expect([stats.width, stats.height]).toEqual([1200, 675]);
      // Text and map over the whole image; in its middle, the map alone (about 80–100 colours seen;
      // without the map it is the flat background, 1).
      expect(stats.colours).toBeGreaterThan(15);
      expect(stats.centreColours).toBeGreaterThan(20);
    });
  }

  // Session 8 (journalist review): the embed's own pictures, the frame as a 680 px and a 320 px column see it, at 2x.
  for (const lang of LANGUAGES) {
    for (const width of [680, 320]) {
      test(`fallback/${lang}-${width}.png exists, decodes, is ${width * 2}×1120 and is not blank`, async ({ page }) => {
        const file = path.join(DIST, 'fallback', `${lang}-${width}.png`);
        expect(fs.existsSync(file), `${file} missing: run npm run build`).toBe(true);
        const stats = await pngStats(page, fs.readFileSync(file));
        expect([stats.width, stats.height]).toEqual([width * 2, 1120]);
        expect(stats.colours).toBeGreaterThan(15);
        expect(stats.centreColours).toBeGreaterThan(20);
      });
    }
  }

  test('index.html opens its body with a <noscript> picture of the embed, by width, and no inline script', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const body = html.slice(html.indexOf('<body'));
    expect(/<body[^>]*>\s*<noscript[^>]*>\s*<img /.test(body)).toBe(true);
    const img = /<noscript[^>]*>\s*(<img [^>]*>)/.exec(body)![1]!;
    expect(img).toContain('src="./fallback/en-680.png"');
    expect(img).toContain('srcset="./fallback/en-320.png 640w, ./fallback/en-680.png 1360w"');
    expect(img).toMatch(/alt="[^"]{40,}"/);
    expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    for (const file of ['en-680.png', 'en-320.png']) expect((await request.get(`/fallback/${file}`)).status()).toBe(200);
  });

  test('each language has its own image (their titles differ)', () => {
    const bytes = LANGUAGES.map((lang) => fs.readFileSync(path.join(DIST, 'fallback', `${lang}.png`)));
    expect(new Set(bytes.map((b) => b.toString('base64'))).size).toBe(3);
  });

  test('index.html previews a shared link with the English image, a title and a description', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const meta = (attr: string) => new RegExp(`<meta ${attr} content="([^"]*)"`).exec(html)?.[1];
    expect(meta('property="og:title"')).toBeTruthy();
    expect(meta('name="description"')?.length).toBeGreaterThan(50);
    expect(meta('property="og:description"')).toBe(meta('name="description"'));
    expect(meta('name="twitter:card"')).toBe('summary_large_image');
    const image = meta('property="og:image"');
    expect(image).toMatch(/fallback\/en\.png$/);
    expect(meta('name="twitter:image"')).toBe(image);
    // Relative without SITE_URL: it resolves next to index.html, where the build put it.
    const res = await request.get(new URL(image ?? '', 'http://x/').pathname);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
  });
});

test.describe('a page that runs the app', () => {
  for (const url of ['/?lang=en', '/?lang=vi&mode=embed']) {
    test(`never downloads the fallback images (${url})`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (req) => requests.push(new URL(req.url()).pathname));
      await page.goto(url);
      await waitForMapIdle(page);
      if (!url.includes('mode=embed')) {
        // The Share dialog shows the snippet that names the image: as text, never loaded.
        await page.locator('.share-button').click();
        await expect(page.locator('.share-dialog textarea[id$="-code"]')).toHaveValue(/fallback\/en-680\.png/);
      }
      await page.waitForTimeout(500);
      expect(requests.length).toBeGreaterThan(5); // the watch works: the app's own files were seen
      expect(requests.filter((p) => p.includes('/fallback/'))).toEqual([]);
    });
  }
});

test.describe('Share → Download image (PNG)', () => {
  test('downloads the current view as a 1200×675 PNG that is not blank', async ({ page }, testInfo) => {
    await page.goto('/?lang=fr&date=2024-08-31');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Partager' }).click();
    const button = page.getByRole('button', { name: 'Télécharger l’image (PNG)' });
    await expect(button).toBeEnabled();
    const download = page.waitForEvent('download');
    await button.click();
    expect((await download).suggestedFilename()).toBe('border-cooperation-2024-08-31.png');
    const png = fs.readFileSync(await (await download).path());
    fs.writeFileSync(testInfo.outputPath('view.png'), png);
    const stats = await pngStats(page, png);
    expect([stats.width, stats.height]).toEqual([1200, 675]);
    expect(stats.colours).toBeGreaterThan(15);
    expect(stats.centreColours).toBeGreaterThan(20);
    await expect(page.locator('.share-image')).toContainText('Image téléchargée.');
  });
});

test.describe('the embed code where no script runs (a newsletter, an RSS reader)', () => {
  test('holds an image of the snippet\'s language, with its alt text, that the build serves', async ({ page }) => {
    await page.goto('/?lang=vi&date=2026-01-15');
    await page.locator('.share-button').click();
    const snippet = await page.locator('.share-dialog textarea[id$="-code"]').inputValue();
    // A reader that runs no script parses <noscript> as markup, as DOMParser does; the image it finds is
    // put in the page to load it. (A sandboxed frame would do the same, but Chromium then blocks the
    // load from 127.0.0.1 as a public page reaching the local network.)
    const img = await page.evaluate(async (html) => {
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      const found = doc.querySelector('noscript > img');
      if (!found) return null;
      const live = document.importNode(found, true) as HTMLImageElement;
      document.body.append(live);
      await live.decode();
      return { src: live.currentSrc, alt: live.alt, width: live.naturalWidth, height: live.naturalHeight };
    }, snippet);
    // Session 8: the embed's own 680 × 560 picture (drawn at 2x), not the 16:9 one.
    expect(img?.src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fallback\/vi-680\.png$/);
    expect(img?.alt).toMatch(/^Bản đồ hợp tác biên giới giữa Việt Nam, Lào và Trung Quốc/);
    expect([img?.width, img?.height]).toEqual([680, 560]);
  });
});
