import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayNumber as d, dayToIso } from '../../domain/dayNumber';
import { AGREEMENT, MEETING, PATROL, PLANNED_EXCHANGE, renderWithStore } from './testing';
import { EventTable, TABLE_ROW_LIMIT } from './EventTable';
import { Filters } from './Filters';

afterEach(cleanup);

const titles = () => within(screen.getByRole('table')).queryAllByRole('rowheader').map((c) => c.textContent);

describe('EventTable', () => {
  it('is a captioned table with column headers, newest first', () => {
    renderWithStore(<EventTable />);
    const table = screen.getByRole('table', { name: '4 events shown, newest first' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Date', 'Type', 'Event', 'Places', 'Source']);
    expect(titles()).toEqual([PLANNED_EXCHANGE.title.en, AGREEMENT.title.en, MEETING.title.en, PATROL.title.en]);
  });

  it('shows dates at their precision (short: the row keeps to one date line), type names, place names and the source', () => {
    renderWithStore(<EventTable />);
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]!).getByText('1–4 Oct 2024')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Exchange or visit')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Planned')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Aug 2024')).toBeInTheDocument();
    expect(within(rows[4]!).getByText('Lao Bảo border gate, Quảng Trị')).toBeInTheDocument();
    expect(within(rows[4]!).getByText('VNA, 16 Jan 2024')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Article, 3 Mar 2024')).toBeInTheDocument();
  });

  it('gives each title cell its date, drawn above the title in a narrow column (not in the text: the Date cell speaks it)', () => {
    renderWithStore(<EventTable />);
    const heads = within(screen.getByRole('table')).getAllByRole('rowheader');
    const dates = heads.map((h) => h.closest('tr')!.querySelector('td')!.textContent);
    expect(dates.slice(0, 2)).toEqual(['1–4 Oct 2024', 'Aug 2024']);
    // A planned event's line says so too (its Type cell, clipped in a narrow column, speaks it).
    expect(heads.map((h) => h.getAttribute('data-date'))).toEqual(dates.map((d, i) => (i === 0 ? `${d}\u00a0·\u00a0Planned` : d)));
    expect(heads[0]!.textContent).toBe(PLANNED_EXCHANGE.title.en);
  });

  it('lists only what is visible at the cursor under the display mode', () => {
    const { store } = renderWithStore(<EventTable />, { init: { cursor: d(2024, 3, 2) } });
    expect(titles()).toEqual([MEETING.title.en, PATROL.title.en]);
    act(() => store.getState().setDisplay({ mode: 'in-force' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No event to show at this date with the current filters.')).toBeInTheDocument();
    act(() => store.getState().setCursor(d(2024, 9, 1)));
    expect(titles()).toEqual([AGREEMENT.title.en]);
  });

  it('says "No event matches these filters." when the filters leave none (session 11 review), not the date\'s words', () => {
    const { store } = renderWithStore(<EventTable />);
    act(() => store.getState().setFilters({ query: 'zzqxj' }));
    expect(screen.getByText('No event matches these filters.')).toBeInTheDocument();
    expect(screen.queryByText('No event to show at this date with the current filters.')).not.toBeInTheDocument();
  });

  it('selects an event from its title and marks its row', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventTable />);
    await user.click(screen.getByRole('button', { name: MEETING.title.en }));
    expect(store.getState().selectedId).toBe(MEETING.id);
    const row = screen.getByRole('row', { current: true });
    expect(within(row).getByRole('rowheader')).toHaveTextContent(MEETING.title.en);
    expect(screen.getAllByRole('row', { current: false })).toHaveLength(4); // header + 3
  });

  it('brings a row chosen elsewhere into view, but not one just chosen in the table (issue 13)', async () => {
    const user = userEvent.setup();
    const scrolled: string[] = [];
    // jsdom has no scrollIntoView: give elements one that records which row asked.
    Element.prototype.scrollIntoView = function (this: Element) { scrolled.push(this.querySelector('th')?.textContent ?? ''); };
    try {
      const { store } = renderWithStore(<EventTable />);
      // From the map or the panel's arrows: the row scrolls into view.
      act(() => store.getState().select(MEETING.id));
      expect(scrolled).toEqual([MEETING.title.en]);
      // A click in the table: the row is in view already, and the panel's heading must stay so.
      await user.click(screen.getByRole('button', { name: AGREEMENT.title.en }));
      expect(store.getState().selectedId).toBe(AGREEMENT.id);
      expect(scrolled).toEqual([MEETING.title.en]);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('writes titles in the reader’s language, French marked when it stands in', () => {
    renderWithStore(<EventTable />, { init: { lang: 'vi' } });
    expect(screen.getByRole('button', { name: PATROL.title.vi })).not.toHaveAttribute('lang');
    cleanup();
    renderWithStore(<EventTable />, { init: { lang: 'de' } });
    expect(screen.getByRole('button', { name: PATROL.title.fr })).toHaveAttribute('lang', 'fr');
  });

  it('re-renders only when the set of visible events changes, not on every cursor move', () => {
    const onRender = vi.fn();
    const { store } = renderWithStore(<Profiler id="table" onRender={onRender}><EventTable /></Profiler>, { init: { cursor: d(2024, 3, 2) } });
    const renders = () => onRender.mock.calls.length;
    const initial = renders();
    act(() => {
      for (let day = d(2024, 3, 3); day < d(2024, 8, 1); day++) store.getState().setCursor(day);
    });
    expect(renders()).toBe(initial);
    act(() => store.getState().setCursor(d(2024, 8, 1)));
    expect(renders()).toBe(initial + 1);
    expect(titles()).toHaveLength(3);
  });
});

describe('EventTable with many events', () => {
  it('says in words which events a reload added or corrected, in the reader’s language', () => {
    const { store } = renderWithStore(<EventTable />);
    expect(screen.queryByText('New')).not.toBeInTheDocument();
    const corrected = { ...MEETING, source: { ...MEETING.source, publisher: 'Nhân Dân' } };
    act(() => store.getState().setEvents([PATROL, corrected, AGREEMENT, PLANNED_EXCHANGE]));
    const row = screen.getByRole('rowheader', { name: `${MEETING.title.en} New` });
    expect(within(row).getByRole('button', { name: MEETING.title.en })).toBeInTheDocument();
    expect(screen.getAllByText('New')).toHaveLength(1);
    act(() => store.getState().setLang('fr'));
    expect(within(screen.getAllByRole('rowheader')[2]!).getByText('Nouveau')).toBeInTheDocument();
  });

  it('lists the newest TABLE_ROW_LIMIT and says how many are visible in all', () => {
    const many = Array.from({ length: TABLE_ROW_LIMIT + 5 }, (_, i) => ({
      ...PATROL, id: `patrol-${i}`, date: dayToIso(d(2020, 1, 1) + i),
      title: { ...PATROL.title, en: `Patrol ${i}` },
    }));
    renderWithStore(<EventTable />, { events: many });
    expect(screen.getByRole('table', { name: `${TABLE_ROW_LIMIT + 5} events shown, newest first` })).toBeInTheDocument();
    expect(titles()).toHaveLength(TABLE_ROW_LIMIT);
    expect(titles()[0]).toBe(`Patrol ${TABLE_ROW_LIMIT + 4}`);
    expect(screen.getByText(`Only the newest ${TABLE_ROW_LIMIT} are listed; narrow the filters or move the date to see the others.`)).toBeInTheDocument();
  });
});

describe('Filters', () => {
  it('narrows the table by type, by border and by search, and clears', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<><Filters /><EventTable /></>);
    expect(screen.getByRole('status')).toHaveTextContent('4 of 4 events match');

    await user.click(screen.getByRole('checkbox', { name: 'Joint patrol' }));
    expect(store.getState().filters.types).toEqual(['joint-patrol']);
    expect(titles()).toEqual([PATROL.title.en]);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 4 events match');
    await user.click(screen.getByRole('checkbox', { name: 'Joint patrol' }));

    await user.click(screen.getByRole('checkbox', { name: 'Vietnam–China' }));
    expect(titles()).toEqual([MEETING.title.en]);
    await user.click(screen.getByRole('checkbox', { name: 'Vietnam–China' }));

    // Vietnam–Laos matches an event between Vietnam, Laos and Cambodia too.
    await user.click(screen.getByRole('checkbox', { name: 'Vietnam–Laos' }));
    expect(titles()).toEqual([PLANNED_EXCHANGE.title.en, AGREEMENT.title.en, PATROL.title.en]);

    await user.type(screen.getByRole('searchbox', { name: 'Search titles, people and places' }), 'lao bao');
    expect(titles()).toEqual([PATROL.title.en]);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(titles()).toHaveLength(4);
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('finds people and places without diacritics', async () => {
    const user = userEvent.setup();
    renderWithStore(<><Filters /><EventTable /></>);
    await user.type(screen.getByRole('searchbox'), 'huu nghi');
    expect(titles()).toEqual([MEETING.title.en]);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'ho tien thieu');
    expect(titles()).toEqual([MEETING.title.en]);
  });

  it('labels every type with its name in the reader’s language, in named groups', () => {
    renderWithStore(<Filters />, { init: { lang: 'fr' } });
    const types = screen.getByRole('group', { name: 'Types d’événement' });
    expect(within(types).getAllByRole('checkbox')).toHaveLength(6);
    expect(within(types).getByRole('checkbox', { name: 'Rencontre de haut niveau' })).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Frontières' })).toHaveAccessibleDescription('Aucune case cochée\u202f: tout est affiché.');
  });
});
