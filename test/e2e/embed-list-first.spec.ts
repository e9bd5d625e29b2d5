import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';

/**
 * Issue 14, session 14 journalist review: "Filters and list" opened on its filters (at 320 px in
 * French, no event in sight, the search box cut). The list comes first now, the filters folded
 * over it in one row; the fold is open when the link has set filters, and says how many events
 * they leave.
 */
for (const [width, height, least] of [[680, 560, 5], [320, 600, 2]] as const) {
  for (const lang of ['en', 'fr', 'vi'] as const) {
    test(`${lang}, ${width} × ${height}: the panel opens on its list, ${least} events at least in sight`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?mode=embed&lang=${lang}`);
      await waitForMapIdle(page);
      await page.locator('.embed-more-button').click();
      const panel = page.locator('.embed-more-panel');
      await expect(panel).toBeVisible();
      const fold = panel.locator('details.embed-more-filters');
      await expect(fold).not.toHaveAttribute('open', '');
      await expect(panel.getByRole('checkbox').first()).toBeHidden();
      const box = (await panel.boundingBox())!;
      const rows = await panel.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
      const whole = rows.filter((r) => r.top >= box.y && r.bottom <= box.y + box.height);
      expect(whole.length, `rows wholly in the panel (${box.height} px tall)`).toBeGreaterThanOrEqual(least);
      // Unfolded, the filters are there, over the list.
      await fold.locator('summary').click();
      await expect(panel.getByRole('checkbox').first()).toBeVisible();
    });
  }
}

test('a link that filters opens the fold, which says how many events are left', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?mode=embed&lang=en&types=twinning');
  await waitForMapIdle(page);
  await page.locator('.embed-more-button').click();
  const fold = page.locator('.embed-more-panel details.embed-more-filters');
  await expect(fold).toHaveAttribute('open', '');
  await expect(fold.locator('summary')).toHaveText(/^Filters · 1 of \d+ events match$/);
  await expect(page.getByRole('checkbox', { name: 'Twinning' })).toBeChecked();
});
