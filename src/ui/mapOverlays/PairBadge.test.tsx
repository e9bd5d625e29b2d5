import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AGREEMENT, MEETING, PATROL, renderWithStore } from '../events/testing';
import { LIST_HEIGHT, listPlacement, OPEN_Z, PairBadge } from './PairBadge';
import { CHIP } from './overlayGroups';

afterEach(cleanup);

describe('listPlacement (issue 13 review: the open list stays inside the map)', () => {
  it('opens below when the whole list fits there', () => {
    expect(listPlacement(100, 32, 700, 300)).toEqual({ up: false, maxHeight: 300 });
  });

  it('opens upwards when the room below is short of the list and there is more above', () => {
    // The "13" badge near the map's bottom: 222 px below, 404 above, a list taller than both.
    const { up, maxHeight } = listPlacement(412, 32, 678, 900);
    expect(up).toBe(true);
    expect(maxHeight).toBe(LIST_HEIGHT);
  });

  it('is never taller than the room on its side, so no map edge cuts it', () => {
    for (const top of [20, 150, 300, 450, 600]) {
      const { up, maxHeight } = listPlacement(top, 32, 678, 1000);
      const room = up ? top - 4 - 8 : 678 - (top + 32 + 4) - 8;
      expect(maxHeight).toBeLessThanOrEqual(room);
      expect(maxHeight).toBeGreaterThan(0);
    }
  });
});

describe('PairBadge', () => {
  const group = { anchor: 'border-vn-la', pair: 'VN-LA', x: 200, y: 300, reach: 20, ids: [PATROL.id, MEETING.id, AGREEMENT.id] };

  it('draws above the other badges while its list is open', async () => {
    const user = userEvent.setup();
    const { container } = renderWithStore(<PairBadge group={group} at={{ x: 200, y: 300 }} width={1200} height={700} />);
    const root = container.querySelector<HTMLElement>('.pair-badge')!;
    expect(Number(root.style.zIndex || 0)).toBeLessThan(OPEN_Z);
    await user.click(screen.getByRole('button', { name: /Vietnam–Laos border, place not named/ }));
    expect(root.style.zIndex).toBe(String(OPEN_Z));
    expect(OPEN_Z).toBeGreaterThan(2); // the badges' and arrows' own z-index (app.css)
    await user.keyboard('{Escape}');
    expect(Number(root.style.zIndex || 0)).toBeLessThan(OPEN_Z);
  });

  it('is a count chip (session 7 review): the count of events shows, the sentence is its name and tooltip, centred on its spot', () => {
    const { container } = renderWithStore(<PairBadge group={group} at={{ x: 200, y: 300 }} width={1200} height={700} />);
    const chip = screen.getByRole('button', { name: '3 events · Vietnam–Laos border, place not named' });
    // "3 events", not a bare "3" that read as a road number (session 9), over why it is there (session 15).
    expect(chip.textContent).toBe('3 events place not named');
    expect(chip.querySelector('small')?.textContent).toBe('place not named');
    expect(chip.getAttribute('title')).toBe('3 events · Vietnam–Laos border, place not named');
    const root = container.querySelector<HTMLElement>('.pair-badge')!;
    expect(root.style.left).toBe(`${200 - CHIP / 2}px`);
    expect(root.style.top).toBe(`${300 - CHIP / 2}px`);
  });

  it('says "événements" and "sự kiện" in French and Vietnamese, and is as wide as its words', () => {
    const { container } = renderWithStore(<PairBadge group={group} at={{ x: 200, y: 300 }} width={1200} height={700} chipW={80} />, { init: { lang: 'fr' } });
    expect(container.querySelector('.pair-badge-button')?.textContent).toBe('3 événements lieu non précisé');
    expect(container.querySelector<HTMLElement>('.pair-badge')!.style.left).toBe(`${200 - 40}px`);
    cleanup();
    const vi = renderWithStore(<PairBadge group={group} at={{ x: 200, y: 300 }} width={1200} height={700} />, { init: { lang: 'vi' } });
    expect(vi.container.querySelector('.pair-badge-button')?.textContent).toBe('3 sự kiện không nêu địa điểm');
  });
});
