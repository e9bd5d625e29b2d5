import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PATROL, renderWithStore } from '../events/testing';
import { OpeningLede, yearSpan } from './OpeningLede';

afterEach(cleanup);

describe('yearSpan', () => {
  it('takes the first and last year any date or range names', () => {
    expect(yearSpan(['2023-05-02', '2021', '2024-01/2026-12', '2022-07'])).toEqual({ from: 2021, to: 2026 });
    expect(yearSpan([])).toBeNull();
  });
});

describe('OpeningLede (session 7 review: one subject on the opening view)', () => {
  it('says how many events, which years, which borders, and to press Play; goes at the first key press', () => {
    const { store } = renderWithStore(<OpeningLede />);
    const n = store.getState().events.length;
    const span = yearSpan(store.getState().events.map((e) => e.event.date))!;
    const lede = screen.getByText(new RegExp(`^${n} cooperation events?, ${span.from}–${span.to}, along the Vietnam–\u2060Laos and Vietnam–\u2060China borders\\. Press Play`));
    expect(lede).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(screen.queryByText(/cooperation event/)).toBeNull();
  });

  it('goes at the first press on the page, and when Play starts', () => {
    renderWithStore(<OpeningLede />);
    fireEvent.pointerDown(document.body);
    expect(screen.queryByText(/cooperation event/)).toBeNull();
    cleanup();
    const { store } = renderWithStore(<OpeningLede />);
    expect(screen.getByText(/cooperation event/)).toBeTruthy();
    act(() => store.getState().setPlaying(true));
    expect(screen.queryByText(/cooperation event/)).toBeNull();
  });

  it('counts what the filters keep, not every event, and gives way when they keep none (session 11 review)', () => {
    const { store } = renderWithStore(<OpeningLede />, { init: { filters: { types: ['joint-patrol'], pairs: [], query: '' } } });
    const total = store.getState().events.length;
    const kept = store.getState().filtered;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(total);
    const span = yearSpan(kept.map((e) => e.event.date))!;
    const years = span.from === span.to ? `${span.from}` : `${span.from}–${span.to}`;
    expect(screen.getByText(`${kept.length} of ${total} cooperation events shown, ${years}. Press Play to follow them.`)).toBeTruthy();
    expect(screen.queryByText(new RegExp(`^${total} cooperation events`))).toBeNull();
    act(() => store.getState().setFilters({ query: 'zzqxj' }));
    expect(screen.queryByText(/cooperation event/)).toBeNull();
  });

  it('is not shown when the link opens on an event, nor in an embed', () => {
    renderWithStore(<OpeningLede />, { init: { selectedId: PATROL.id } });
    expect(screen.queryByText(/cooperation event/)).toBeNull();
    cleanup();
    renderWithStore(<OpeningLede />, { init: { mode: 'embed' } });
    expect(screen.queryByText(/cooperation event/)).toBeNull();
  });
});
