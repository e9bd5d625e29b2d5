import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../i18n/catalogues';
import { messages } from '../i18n/locales/en';
import { renderWithStore } from './events/testing';
import { Legend, LEGEND_GROUPS } from './Legend';

const en = translator('en');

afterEach(cleanup);

describe('Legend', () => {
  it('starts closed, and opens to every row of its data, group by group (issue 13)', async () => {
    const user = userEvent.setup();
    renderWithStore(<Legend placement="panel" />);
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Vietnam–China border')).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const rows = within(body).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual(LEGEND_GROUPS.flatMap((g) => g.rows.map((r) => en(r.key))));
    expect(within(body).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(LEGEND_GROUPS.map((g) => en(g.title)));
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(body).not.toBeVisible();
  });

  it('in the side panel, keeps the map\'s symbols behind their own disclosure (issue 13 review: Filters stay in view)', async () => {
    const user = userEvent.setup();
    renderWithStore(<Legend placement="panel" />);
    await user.click(screen.getByRole('button', { name: 'Legend' }));
    expect(screen.getByText(messages['legend.approximatePlacement'])).toBeVisible();
    expect(screen.getByText('Vietnam–China border')).not.toBeVisible();
    await user.click(screen.getByText(messages['legend.map']));
    expect(screen.getByText('Vietnam–China border')).toBeVisible();
  });

  it('over an embed\'s map, shows every group at once', async () => {
    const user = userEvent.setup();
    renderWithStore(<Legend placement="map" />);
    await user.click(screen.getByRole('button', { name: 'Legend' }));
    expect(screen.getByText('Vietnam–China border')).toBeVisible();
  });
});
