import { expect, test, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import fs from 'node:fs';
import { pdfPageTexts } from '../pdfText';
import { exportedFile, openExports, waitForMapIdle, watchPage } from './helpers';

// The handout (issue 15): "Export handout (PDF)" in present mode writes a cover and one page per step.

const SCRIPT = fs.readFileSync('test/e2e/fixtures/briefing-export.json', 'utf8');
const SCENES = (JSON.parse(SCRIPT) as { scenes: unknown[] }).scenes.length;

/** Serves the short test script as if it were one of the app's data files. */
export async function serveScript(page: Page): Promise<void> {
  await page.route('**/data/briefing-export.json', (route) => route.fulfill({ body: SCRIPT, contentType: 'application/json' }));
}

interface PdfImage { width: number; height: number; jpeg: Buffer }

/**
 * Reads the PDF's structure from its bytes: every object the xref table
 * names must start where it says, and every page image is a whole JPEG.
 */
function readPdf(bytes: Buffer): { pages: number; images: PdfImage[]; title: string } {
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-1.')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const start = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(text)?.[1]);
  expect(text.startsWith('xref\n', start)).toBe(true);
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(start)) ?? [];
  expect(Number(first)).toBe(0);
  const table = text.slice(start).split('\n').slice(2, 2 + Number(count));
  table.forEach((row, id) => {
    if (id === 0) return;
    const offset = Number(row.slice(0, 10));
    expect(text.startsWith(`${id} 0 obj`, offset), `object ${id} at ${offset}`).toBe(true);
  });
  const images: PdfImage[] = [];
  for (const m of text.matchAll(/\/Subtype \/Image \/Width (\d+) \/Height (\d+) [^>]*\/Length (\d+) >>\nstream\n/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const length = Number(m[3]);
    expect(text.startsWith('\nendstream', at + length)).toBe(true);
    images.push({ width: Number(m[1]), height: Number(m[2]), jpeg: bytes.subarray(at, at + length) });
  }
  const hex = /\/Title <FEFF([0-9A-F]*)>/.exec(text)?.[1] ?? '';
  const title = String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  // Page objects, not the page tree (/Type /Pages).
  return { pages: (text.match(/\/Type \/Page(?![s\w])/g) ?? []).length, images, title };
}

test('the handout has a cover and one page per step, each a decodable page with the map drawn', async ({ page }) => {
  const started = Date.now();
  const watch = watchPage(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await serveScript(page);
  await page.goto('/?mode=present&lang=vi&script=data/briefing-export.json');
  await waitForMapIdle(page);
  const present = page.locator('.present');
  await expect(present).toHaveAttribute('data-steps', String(SCENES));
  await page.keyboard.press('ArrowRight');
  await expect(present).toHaveAttribute('data-step', '1');

  await page.getByRole('button', { name: 'Xuất', exact: true }).click(); // the exports sit behind one button
  const button = page.getByRole('button', { name: 'Xuất tài liệu phát tay (PDF)' });
  const download = exportedFile(page, 90_000 * WORKERS);
  await button.focus();
  await page.keyboard.press('Enter');
  // The panel shows the progress and takes the focus onto Cancel.
  const dialog = page.getByRole('dialog', { name: 'Tài liệu phát tay' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Tiến độ xuất' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
  // While it runs, a clicker's key does not move the presentation.
  await page.keyboard.press('PageDown');
  // The map is laid out narrow enough that its 16 px labels print at 7 pt or more on the page's 511 pt map.
  await expect.poll(() => page.locator('.map-area').evaluate((el) => el.clientWidth)).toBeLessThanOrEqual(Math.floor((16 * 511) / 7));

  const file = await download;
  expect(file.suggestedFilename()).toBe('border-cooperation-handout-vi.pdf');
  const bytes = fs.readFileSync(await file.path());
  fs.mkdirSync('reports', { recursive: true });
  fs.writeFileSync('reports/handout-test.pdf', bytes);
  const pdf = readPdf(bytes);
  expect(pdf.pages).toBe(SCENES + 1);
  expect(pdf.images).toHaveLength(SCENES + 1);
  expect(pdf.title).toBe('Hợp tác biên giới: Việt Nam, Lào, Trung Quốc');
  // The words are real text (issue 15): the Vietnamese title and the French quote come back verbatim from the bytes.
  const texts = pdfPageTexts(bytes).map((lines) => lines.join(' '));
  expect(texts).toHaveLength(SCENES + 1);
  expect(texts[0]).toContain('Hợp tác biên giới: Việt Nam, Lào, Trung Quốc');
  expect(texts[1]).toContain('Kết nghĩa giữa Ban Chỉ huy Phòng thủ khu vực 5 – Khe Sanh và ba huyện của Lào');
  expect(texts[1]).toContain('«\u202fLe Commandement de la défense de la zone 5 - Khe Sanh (province de Quang Tri, au Vietnam) […] a organisé, le 15 janvier, une cérémonie de jumelage\u202f»');
  expect(texts[1]).toContain('Kết nghĩa tại Khe Sanh, Quảng Trị.');
  expect(texts.join(' ')).not.toContain('\ufffd');
  // The pages' legends say what the screen's card says (issue 15 review): the dashed ring where a page's map draws one
  // (the Beijing and Vientiane steps' maps, at the handout's layout, hold events placed on the border).
  expect(texts.slice(1).filter((p) => p.includes('Vòng nét đứt: không nêu địa điểm')).length).toBeGreaterThan(0);
  // The cover names each article's publisher, or says the article names none (issue 15 review).
  expect(texts[0]).toContain('Bài báo không nêu cơ quan đăng tải');

  // Each page decodes at A4, 200 dpi; on a step's page the map (its top part) is drawn, not blank.
  const decoded = await page.evaluate(async (jpegs) => Promise.all(jpegs.map(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    // The band where a step's page has its map: 60 to 300 pt from the top, inside the margins.
    const k = bitmap.width / 595.28;
    const px = ctx.getImageData(Math.round(60 * k), Math.round(60 * k), Math.round(470 * k), Math.round(240 * k)).data;
    const colours = new Set<number>();
    let white = 0;
    for (let i = 0; i < px.length; i += 4 * 7) {
      const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      if (r > 245 && g > 245 && b > 245) white++;
    }
    return { width: bitmap.width, height: bitmap.height, colours: colours.size, white: white / (px.length / 28) };
  })), pdf.images.map((i) => i.jpeg.toString('base64')));
  for (const [i, d] of decoded.entries()) {
    expect(d.width).toBe(pdf.images[i]?.width);
    expect(d.height).toBe(pdf.images[i]?.height);
    expect(d.width).toBe(1654);
    expect(d.height).toBe(2339);
  }
  // The cover has no map there (mostly white); every step's page has a map (many colours, little white).
  expect(decoded[0]?.white).toBeGreaterThan(0.6);
  for (const d of decoded.slice(1)) {
    expect(d.white).toBeLessThan(0.2);
    expect(d.colours).toBeGreaterThan(30);
  }

  // Done: the panel closes, the presentation is back on the step it was on, and says the file was saved.
  await expect(dialog).toHaveCount(0);
  await expect(present).toHaveAttribute('data-step', '1');
  await expect(page.getByRole('status').filter({ hasText: 'border-cooperation-handout-vi.pdf' })).toBeVisible();
  // The Export list closed when the dialog opened (it covered the caption): its toggle takes the focus back.
  await expect(page.getByRole('button', { name: 'Xuất', exact: true })).toBeFocused();
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
  console.log(`handout test: ${Date.now() - started} ms, ${bytes.length} bytes`);
});

test('Cancel stops the handout: no file, the presentation back where it was; a failed one says so until dismissed', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await serveScript(page);
  await page.goto('/?mode=present&lang=en&script=data/briefing-export.json');
  await waitForMapIdle(page);
  let downloads = 0;
  page.on('download', () => { downloads++; });
  await openExports(page);
  await page.getByRole('button', { name: 'Export handout (PDF)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Handout' });
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /Page [12] of 4/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled.' })).toBeVisible();
  await expect(page.locator('.present')).toHaveAttribute('data-step', '0');
  // Escape cancelled the export; it did not leave the presentation.
  await expect(page.locator('.present')).toBeVisible();
  await page.waitForTimeout(1500);
  expect(downloads).toBe(0);

  // A handout that cannot be made (its fonts do not load) says so, and the alert stays past the 5 s
  // a success is shown (session 17's CI: a failed export's alert was gone before anyone read it).
  await page.route('**/*.ttf', (route) => route.fulfill({ status: 404, body: '' }));
  await openExports(page);
  const start = page.getByRole('button', { name: 'Export handout (PDF)' });
  await start.click();
  const alert = page.getByRole('alert').filter({ hasText: 'The export failed. Try again.' });
  await expect(alert).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await page.waitForTimeout(6000);
  await expect(alert).toBeVisible();
  const dismiss = page.getByRole('button', { name: 'Dismiss this message' });
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(alert).toHaveCount(0);
  // The focus goes back to where the export was started from (or the Export list's toggle).
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Export( handout \(PDF\))?$/);
  await expect(page.locator('.present')).toHaveAttribute('data-step', '0');
  expect(downloads).toBe(0);
});

test('the handout works from the single-file build, opened from disk with no network', async ({ page }) => {
  // `npm run build:single` writes it (npm test builds it before the end-to-end tests); the export's code is inlined there.
  const single = new URL('../../dist-single/index.html', import.meta.url);
  expect(fs.existsSync(single), 'dist-single/index.html is missing: run `npm run build:single` first').toBe(true);
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // A filter keeps the presentation short: the events that mention Khe Sanh.
  await page.goto(`${single.href}?lang=en&mode=present&q=Khe%20Sanh`);
  await waitForMapIdle(page);
  const steps = Number(await page.locator('.present').getAttribute('data-steps'));
  expect(steps).toBeGreaterThan(0);
  const download = exportedFile(page, 90_000 * WORKERS);
  await openExports(page);
  await page.getByRole('button', { name: 'Export handout (PDF)' }).click();
  const bytes = fs.readFileSync(await (await download).path());
  expect(readPdf(bytes).pages).toBe(steps + 1);
  // The fonts came from the page itself (data: URLs): the words are text there too.
  expect(pdfPageTexts(bytes)[0]?.join(' ')).toContain('Border cooperation: Vietnam, Laos, China');
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});
