import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AGREEMENT, renderWithStore } from '../events/testing';
import { LEGEND_DRAG_CLOSE_PX, PhoneSide } from './PhoneSide';

afterEach(cleanup);

describe('PhoneSide', () => {
  it('opens each panel as a sheet from the bar, and gives focus back on close', async () => {
    const user = userEvent.setup();
    renderWithStore(<PhoneSide />);
    expect(screen.queryByRole('table')).toBeNull();
    const list = screen.getByRole('button', { name: 'List of events' });
    expect(list).toHaveAttribute('aria-expanded', 'false');
    await user.click(list);
    const sheet = screen.getByRole('dialog', { name: 'List of events' });
    expect(within(sheet).getByRole('table')).toBeInTheDocument();
    expect(within(sheet).getByRole('button', { name: 'Close' })).toHaveFocus();
    // The list's sheet drags and snaps like the event's (reader3: it opened at y=169 and its handle did not drag).
    expect(sheet).toHaveClass('is-snap');
    expect(within(sheet).getByRole('button', { name: /^Resize the panel/ })).toBeInTheDocument();
    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(list).toHaveFocus();
  });

  it('shows a selected event in its own sheet; closing the sheet clears the selection', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PhoneSide />);
    expect(screen.queryByRole('button', { name: 'Event details' })).toBeNull();
    act(() => store.getState().select(AGREEMENT.id));
    const sheet = screen.getByRole('dialog', { name: 'Event details' });
    expect(within(sheet).getByRole('heading', { level: 2, name: AGREEMENT.title.en })).toBeInTheDocument();
    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the legend above the bar, not in a sheet over the map, and closes it from the same button (issue 13)', async () => {
    const user = userEvent.setup();
    renderWithStore(<PhoneSide />);
    const button = screen.getByRole('button', { name: 'Legend' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
    await user.click(button);
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(button).toHaveAttribute('aria-controls', legend.id);
    expect(within(legend).getByText('Vietnam–China border')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
  });

  it('gives the legend the list sheet\'s handle: Down closes it, and a drag down does (issue 13, session 8)', async () => {
    const user = userEvent.setup();
    renderWithStore(<PhoneSide />);
    const button = screen.getByRole('button', { name: 'Legend' });
    await user.click(button);
    let handle = within(screen.getByRole('region', { name: 'Legend' })).getByRole('button', { name: /^Handle: drag down/ });
    expect(handle).toHaveClass('sheet-handle');
    handle.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
    await user.click(button);
    handle = within(screen.getByRole('region', { name: 'Legend' })).getByRole('button', { name: /^Handle: drag down/ });
    fireEvent.pointerDown(handle, { clientY: 100, pointerId: 1 });
    fireEvent.pointerUp(handle, { clientY: 100 + LEGEND_DRAG_CLOSE_PX, pointerId: 1 });
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
  });

  it('closes the legend with its Close button or Escape, focus back on the bar’s Legend (issue 13 review)', async () => {
    const user = userEvent.setup();
    renderWithStore(<PhoneSide />);
    const button = screen.getByRole('button', { name: 'Legend' });
    await user.click(button);
    let legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getByRole('heading', { name: 'Legend' })).toBeInTheDocument();
    await user.click(within(legend).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    legend = screen.getByRole('region', { name: 'Legend' });
    within(legend).getByRole('button', { name: 'Close' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
    expect(button).toHaveFocus();
    // From the page too (nothing focused), as a sheet closes on Escape.
    await user.click(button);
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
  });

  it('titles the Filters sheet once (reader review: "Filters" twice)', async () => {
    const user = userEvent.setup();
    renderWithStore(<PhoneSide />);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const sheet = screen.getByRole('dialog', { name: 'Filters' });
    expect(within(sheet).getAllByText('Filters')).toHaveLength(1);
    expect(within(sheet).getByRole('group', { name: 'Event types' })).toBeInTheDocument();
  });

  it('leaves Escape to a sheet open over the legend', async () => {
    const user = userEvent.setup();
    renderWithStore(<PhoneSide />);
    await user.click(screen.getByRole('button', { name: 'Legend' }));
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('region', { name: 'Legend' })).toBeInTheDocument();
  });
});
