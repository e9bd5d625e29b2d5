import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { validateData } from '../../scripts/validate-data.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { visibleEventIds, waitForMapIdle } from './helpers';

// Issue 14, "Get the data": the events shown (after the filters, at the
// cursor, under the display mode) as CSV and JSON in the validator's format.

/** Runs the project's validator on a downloaded file; its one OK line or its problems. */
function validate(file: string, ext: 'csv' | 'json'): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'get-the-data-'));
  const copy = path.join(dir, `events.${ext}`);
  fs.copyFileSync(file, copy);
  const out: string[] = [];
  const code = validateData(['--geo', path.resolve('data'), copy], { out: (l) => out.push(l), err: (l) => out.push(l) });
  fs.rmSync(dir, { recursive: true });
  return code === 0 ? ['valid'] : out;
}

async function downloadFrom(page: Page, name: RegExp): Promise<{ file: string; filename: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  return { file: await (await download).path(), filename: (await download).suggestedFilename() };
}

test('the explorer downloads exactly the filtered events shown, as CSV and JSON that validate', async ({ page }) => {
  await page.goto('/?lang=en&date=2026-02-05&display=window&window=24');
  await waitForMapIdle(page);
  await page.getByRole('checkbox', { name: 'Vietnam–Laos' }).check();
  await waitForMapIdle(page);
  const shown = (await visibleEventIds(page)).sort();
  const all = JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { events: Array<{ id: string; countries: string[] }> };
  // The view is really narrowed: by the border, by the cursor and by the window.
  expect(shown.length).toBeGreaterThan(2);
  expect(shown.length).toBeLessThan(all.events.filter((e) => e.countries.includes('LA')).length);

  const group = page.getByRole('group', { name: 'Get the data' });
  await expect(group).toContainText(`${shown.length} events shown`);

  const csv = await downloadFrom(page, new RegExp(`^Download the ${shown.length} events shown as CSV`));
  expect(csv.filename).toBe('border-cooperation-events-2026-02-05.csv');
  const [header, ...rows] = parseCsv(fs.readFileSync(csv.file, 'utf8'));
  const col = (name: string) => header?.cells.indexOf(name) ?? -1;
  expect(rows.map((r) => r.cells[col('id')]).sort()).toEqual(shown);
  expect(rows.every((r) => (r.cells[col('source_quote')] ?? '').length > 0 && (r.cells[col('source_headline')] ?? '').length > 0)).toBe(true);
  expect(validate(csv.file, 'csv')).toEqual(['valid']);

  const json = await downloadFrom(page, new RegExp(`^Download the ${shown.length} events shown as JSON`));
  expect(json.filename).toBe('border-cooperation-events-2026-02-05.json');
  const data = JSON.parse(fs.readFileSync(json.file, 'utf8')) as { version: number; events: Array<{ id: string; source: { quote: string } }> };
  expect(data.events.map((e) => e.id).sort()).toEqual(shown);
  // Sources and quotes as the shipped file has them.
  for (const e of data.events) expect(e).toEqual(all.events.find((a) => a.id === e.id));
  expect(validate(json.file, 'json')).toEqual(['valid']);
});

test('the embed offers the data in its "Filters and list" panel, in the reader\'s language', async ({ page }) => {
  await page.goto('/?lang=vi&mode=embed&date=2024-09-01');
  await waitForMapIdle(page);
  const shown = (await visibleEventIds(page)).sort();
  // The compact frame keeps one footer row (issue 14 review): the data sits in the panel it opens.
  await page.locator('.embed-footer').getByRole('button', { name: /^Bộ lọc và danh sách/ }).click();
  const panel = page.getByRole('region', { name: 'Bộ lọc và danh sách sự kiện' });
  await expect(panel.getByRole('group', { name: 'Tải dữ liệu' })).toBeVisible();
  const csv = await downloadFrom(page, new RegExp(`^Tải ${shown.length} sự kiện đang hiển thị dưới dạng CSV`));
  const [header, ...rows] = parseCsv(fs.readFileSync(csv.file, 'utf8'));
  expect(rows.map((r) => r.cells[header?.cells.indexOf('id') ?? -1]).sort()).toEqual(shown);
});

// Found, not buried (issue 13 review): at the side column's head above the table's rows on a
// desktop, and in the phone's list sheet (it was missing on a phone).
test('1440: the data sits above the table; 390: the list sheet offers it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=en&date=2026-02-05');
  await waitForMapIdle(page);
  const group = page.getByRole('group', { name: 'Get the data' });
  await expect(group).toBeVisible();
  const g = (await group.boundingBox())!;
  const table = (await page.locator('.event-table').first().boundingBox())!;
  expect(g.y + g.height).toBeLessThanOrEqual(table.y);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=vi&date=2026-02-05');
  await waitForMapIdle(page);
  await page.locator('.phone-bar').getByRole('button', { name: 'Danh sách sự kiện' }).click();
  await expect(page.getByRole('dialog').getByRole('group', { name: 'Tải dữ liệu' })).toBeVisible();
});
