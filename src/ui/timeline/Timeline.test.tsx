import { act, cleanup, screen, within } from '@testing-library/react';
import { attachPlayback } from '../../store/playback';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dayNumber as d } from '../../domain/dayNumber';
import { AGREEMENT, MEETING, PATROL, renderWithStore } from '../events/testing';
import { Timeline } from './Timeline';

afterEach(cleanup);

const timeline = () => screen.getByRole('region', { name: 'Timeline' });
const slider = () => screen.getByRole('slider', { name: 'Date on the timeline' });
const status = () => within(timeline()).getByRole('status');

describe('Timeline', () => {
  it('is a named section whose slider covers the span, one step a day, and reads the date in words', () => {
    renderWithStore(<Timeline />);
    const input = slider();
    expect(input).toHaveAttribute('min', String(d(2024, 1, 15)));
    expect(input).toHaveAttribute('max', String(d(2024, 10, 4)));
    expect(input).toHaveAttribute('step', '1');
    // With no date given it opens on the latest event (its first day), not the span's end (issue 13).
    expect(input).toHaveAttribute('aria-valuetext', '1 October 2024');
    // On an event's first day the big date is that event's own (1–4 October 2024), the slider keeps the day.
    expect(timeline().querySelector('.timeline-date')).toHaveTextContent(/^1\s*–\s*4 October 2024$/);
  });

  it('shows the current event’s own date, at its precision, where Play stops (issue 13, session 9)', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, { init: { cursor: d(2024, 3, 3) } });
    const big = () => timeline().querySelector('.timeline-date');
    // Between events: the cursor's day.
    expect(big()).toHaveTextContent('3 March 2024');
    // Next stops on the event dated only to August 2024: not "1 August 2024".
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(store.getState().cursor).toBe(d(2024, 8, 1));
    expect(big()).toHaveTextContent(/^August 2024$/);
    expect(slider()).toHaveAttribute('aria-valuetext', '1 August 2024');
  });

  it('moves a day with ArrowRight and a month with PageDown', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, { init: { cursor: d(2024, 3, 2) } });
    await user.click(slider());
    await user.keyboard('{ArrowRight}');
    expect(store.getState().cursor).toBe(d(2024, 3, 3));
    expect(slider()).toHaveAttribute('aria-valuetext', '3 March 2024');
    expect(within(timeline()).getByText('3 March 2024')).toBeVisible();
    await user.keyboard('{PageDown}');
    expect(slider()).toHaveAttribute('aria-valuetext', '3 February 2024');
    await user.keyboard('{Home}');
    expect(store.getState().cursor).toBe(d(2024, 1, 15));
  });

  it('reads the date in the reader’s language', () => {
    renderWithStore(<Timeline />, { init: { lang: 'vi', cursor: d(2024, 1, 15) } });
    expect(screen.getByRole('slider', { name: 'Ngày trên dòng thời gian' })).toHaveAttribute('aria-valuetext', '15 tháng 1 năm 2024');
  });

  it('labels the years under the slider and summarises the density strip in words', () => {
    renderWithStore(<Timeline />);
    expect(within(timeline()).getByText('2024')).toBeInTheDocument();
    expect(within(timeline()).getByText(/^4 events from 15 January 2024 to 4 October 2024\./)).toBeInTheDocument();
    expect(within(timeline()).getByText(/1 event is dated only to a month, a year or a range of dates/)).toBeInTheDocument();
  });

  it('steps with the previous/next buttons, marked unavailable at the ends', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, { init: { cursor: d(2024, 1, 15) } });
    const previous = screen.getByRole('button', { name: /Previous event/ });
    const next = screen.getByRole('button', { name: /Next event/ });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(store.getState().cursor).toBe(d(2024, 3, 2));
    expect(previous).toHaveAttribute('aria-disabled', 'false');
    await user.click(previous);
    expect(store.getState().cursor).toBe(d(2024, 1, 15));
    await user.click(previous); // stays put, keeps focus
    expect(store.getState().cursor).toBe(d(2024, 1, 15));
    expect(previous).toHaveFocus();
    await user.click(next);
    await user.click(next);
    await user.click(next);
    expect(store.getState().cursor).toBe(d(2024, 10, 1));
    expect(next).toHaveAttribute('aria-disabled', 'true');
  });

  it('plays and pauses, and the button says which', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, { init: { cursor: d(2024, 3, 2) } });
    await user.click(screen.getByRole('button', { name: /Play/ }));
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: /Pause/ }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: /Play/ })).toBeInTheDocument();
  });

  it('starts event-by-event playback over from the first event when at the last one, by button or Space', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, { init: { cursor: d(2024, 10, 2) } });
    // The playback engine (store/playback.ts) restarts from the beginning; frames never run here.
    const detach = attachPlayback(store, { now: () => 0, requestFrame: () => 1, cancelFrame: () => undefined });
    await user.click(screen.getByRole('button', { name: /Play/ }));
    expect(store.getState()).toMatchObject({ playing: true, cursor: d(2024, 1, 15) });
    await user.click(screen.getByRole('button', { name: /Pause/ }));
    act(() => store.getState().setCursor(d(2024, 10, 2)));
    await user.click(slider());
    await user.keyboard(' ');
    expect(store.getState()).toMatchObject({ playing: true, cursor: d(2024, 1, 15) });
    detach();
  });

  it('sets speed and loop', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />);
    await user.click(screen.getByText('More options'));
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(within(speed).getAllByRole('option').map((o) => o.textContent)).toEqual(['Event by event', 'Slow', 'Medium', 'Fast']);
    await user.selectOptions(speed, 'Fast');
    expect(store.getState().speed).toBe('fast');
    await user.click(screen.getByRole('checkbox', { name: 'Loop' }));
    expect(store.getState().loop).toBe(true);
  });

  it('folds speed, loop, display and the keys into More options beside Play (session 7 review)', async () => {
    const user = userEvent.setup();
    const { container } = renderWithStore(<Timeline />);
    const details = container.querySelector<HTMLDetailsElement>('details.timeline-more')!;
    // In the bar's head, next to Play, closed at first, holding the options and the hint.
    expect(details.closest('.timeline-head')).not.toBeNull();
    expect(details.open).toBe(false);
    for (const sel of ['.playback-speed', '.playback-loop', '.display-mode', '.timeline-hint']) expect(details.querySelector(sel)).not.toBeNull();
    expect(container.querySelectorAll('.timeline-controls')).toHaveLength(1);
    // Opened (Enter on the summary in a browser: test/e2e/timeline.spec.ts); Escape closes and gives focus back.
    const summary = screen.getByText('More options');
    await user.click(summary);
    expect(details.open).toBe(true);
    screen.getByRole('checkbox', { name: 'Loop' }).focus();
    await user.keyboard('{Escape}');
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('chooses the display mode with radios in a named group', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />);
    await user.click(screen.getByText('More options'));
    const group = screen.getByRole('group', { name: 'Show' });
    expect(within(group).getByRole('radio', { name: 'Everything up to the date' })).toBeChecked();
    // The window's length shows only in that mode (issue 13).
    expect(within(group).queryByRole('combobox', { name: 'Window length' })).not.toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Only the last months' }));
    expect(store.getState().display.mode).toBe('window');
    const length = within(group).getByRole('combobox', { name: 'Window length' });
    expect(within(length).getAllByRole('option').map((o) => o.textContent)).toEqual(['3 months', '6 months', '12 months', '24 months']);
    await user.selectOptions(length, '12 months');
    expect(store.getState().display).toEqual({ mode: 'window', windowMonths: 12 });
    await user.click(within(group).getByRole('radio', { name: 'What is in force at the date' }));
    expect(store.getState().display.mode).toBe('in-force');
    expect(within(group).queryByRole('combobox', { name: 'Window length' })).not.toBeInTheDocument();
  });

  it('has shortcuts on the section: N and . next, P and , previous, Space play/pause', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, { init: { cursor: d(2024, 1, 15) } });
    await user.click(slider());
    await user.keyboard('n');
    expect(store.getState().cursor).toBe(d(2024, 3, 2));
    await user.keyboard('.');
    expect(store.getState().cursor).toBe(d(2024, 8, 1));
    await user.keyboard('{,}');
    expect(store.getState().cursor).toBe(d(2024, 3, 2));
    await user.keyboard('P');
    expect(store.getState().cursor).toBe(d(2024, 1, 15));
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
  });

  it('leaves Space to the control that uses it, and keys outside the section alone', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<><button type="button">Host page</button><Timeline /></>);
    await user.click(screen.getByText('More options'));
    await user.click(screen.getByRole('checkbox', { name: 'Loop' }));
    await user.keyboard(' ');
    expect(store.getState()).toMatchObject({ playing: false, loop: false });
    const before = store.getState().cursor;
    screen.getByRole('button', { name: 'Host page' }).focus();
    await user.keyboard('p');
    expect(store.getState().cursor).toBe(before);
  });

  it('in the explorer, takes the same keys from the page and the map canvas, never from fields, buttons or dialogs', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<>
      <h1>Header</h1>
      <div className="map-canvas"><canvas className="maplibregl-canvas" tabIndex={0} aria-label="Map" /></div>
      <input aria-label="Search" />
      <Timeline />
    </>, { init: { cursor: d(2024, 1, 15) } });
    await user.click(screen.getByRole('heading', { name: 'Header' })); // focus falls to the body
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('n');
    expect(store.getState().cursor).toBe(d(2024, 3, 2));
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
    screen.getByLabelText('Map').focus();
    await user.keyboard('.');
    expect(store.getState().cursor).toBe(d(2024, 8, 1));
    await user.keyboard('p');
    expect(store.getState().cursor).toBe(d(2024, 3, 2));
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.keyboard('n');
    expect(store.getState().cursor).toBe(d(2024, 3, 2));
    act(() => store.getState().setMode('embed'));
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('n');
    expect(store.getState().cursor).toBe(d(2024, 3, 2));
  });

  it('ignores page keys while a modal dialog is open', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<><div role="dialog" aria-modal="true" aria-label="Share" /><Timeline /></>, { init: { cursor: d(2024, 1, 15) } });
    await user.keyboard('n');
    expect(store.getState().cursor).toBe(d(2024, 1, 15));
  });

  it('announces only the new event’s title and date when stepping', async () => {
    const user = userEvent.setup();
    renderWithStore(<Timeline />, { init: { cursor: d(2024, 1, 15) } });
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(status()).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(status()).toHaveTextContent(`${MEETING.title.en}, 2 March 2024`);
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(status()).toHaveTextContent(`${PATROL.title.en}, 15 January 2024`);
  });

  it('announces events that playback brings into view, but not slider scrubbing', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, { init: { cursor: d(2024, 7, 1) } });
    await user.click(slider());
    await user.keyboard('{PageUp}{PageUp}');
    expect(store.getState().cursor).toBe(d(2024, 9, 1));
    expect(status()).toHaveTextContent(/^$/);
    act(() => {
      store.getState().setCursor(d(2024, 7, 1));
      store.getState().setPlaying(true);
      store.getState().setCursor(d(2024, 8, 1)); // what a playback frame does
    });
    expect(status()).toHaveTextContent(`${AGREEMENT.title.en}, August 2024`);
  });

  it('says so when there is nothing to place on the timeline', () => {
    renderWithStore(<Timeline />, { events: [] });
    expect(within(timeline()).getByText('No dated events to show on the timeline.')).toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });
});
