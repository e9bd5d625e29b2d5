import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useViewerStoreApi } from '../StoreContext';
import { MEETING, PATROL, renderWithStore } from '../events/testing';
import { EmbedFooter, Legend, Side } from './EmbedChrome';
import { EmbedProvider } from './EmbedContext';
import type { EmbedOptions } from '../../store/urlState';

afterEach(cleanup);

/** A stand-in for a "N · no place named" badge (PairBadge.tsx): a button toggling its list. */
function Badge() {
  const [open, setOpen] = useState(false);
  return (
    <div className="pair-badge">
      <button type="button" className="pair-badge-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>5 · no place named</button>
      {open && <ul aria-label="Badge list"><li>one</li></ul>}
    </div>
  );
}

function Play() {
  const api = useViewerStoreApi();
  return <button type="button" onClick={() => api.getState().setPlaying(true)}>Play</button>;
}

/** The embed's overlays, and a focusable stand-in for the map's canvas. */
function renderEmbed(options: EmbedOptions = {}, selectedId: string | null = null) {
  return renderWithStore(
    <EmbedProvider options={options}>
      <div className="app-main">
        <div className="map-area"><canvas tabIndex={0} aria-label="Map" /><Legend placement="map" /><Badge /></div>
        <Side />
        <Play />
      </div>
      <EmbedFooter />
    </EmbedProvider>,
    { init: { selectedId } },
  );
}

const card = () => screen.queryByRole('region', { name: PATROL.title.en });
const legendOpen = () => screen.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded') === 'true';

describe('the embed keeps one overlay open at a time (issue 14 review)', () => {
  it('Escape closes the details card while the map canvas has focus', async () => {
    const user = userEvent.setup();
    const { store } = renderEmbed();
    act(() => store.getState().select(PATROL.id));
    expect(card()).toBeInTheDocument();
    (document.querySelector('canvas') as HTMLCanvasElement).focus();
    expect(document.activeElement?.tagName).toBe('CANVAS');
    await user.keyboard('{Escape}');
    expect(card()).not.toBeInTheDocument();
    expect(store.getState().selectedId).toBeNull();
    // Focus stays on the map.
    expect(document.activeElement?.tagName).toBe('CANVAS');
  });

  it('Play closes the details card', async () => {
    const user = userEvent.setup();
    const { store } = renderEmbed();
    act(() => store.getState().select(PATROL.id));
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(card()).not.toBeInTheDocument();
  });

  it('opening the legend closes the card, and selecting an event closes the legend', async () => {
    const user = userEvent.setup();
    const { store } = renderEmbed();
    act(() => store.getState().select(PATROL.id));
    await user.click(screen.getByRole('button', { name: 'Legend' }));
    expect(legendOpen()).toBe(true);
    expect(card()).not.toBeInTheDocument();
    act(() => store.getState().select(MEETING.id));
    expect(screen.getByRole('region', { name: MEETING.title.en })).toBeInTheDocument();
    expect(legendOpen()).toBe(false);
  });

  it('opening the sources closes the card; Escape then closes the sources, and again the legend', async () => {
    const user = userEvent.setup();
    const { store } = renderEmbed({ legend: 'open' });
    expect(legendOpen()).toBe(true);
    act(() => store.getState().select(PATROL.id));
    expect(legendOpen()).toBe(false);
    await user.click(screen.getByRole('button', { name: /^Sources?: \d+ articles?$/ }));
    expect(card()).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
    (document.querySelector('canvas') as HTMLCanvasElement).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Sources' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legend' }));
    expect(legendOpen()).toBe(true);
    // Focus on the legend's button: Escape closes it and leaves focus there.
    await user.keyboard('{Escape}');
    expect(legendOpen()).toBe(false);
    expect(screen.getByRole('button', { name: 'Legend' })).toHaveFocus();
  });

  it("a badge's list closes when another overlay opens, and first on Escape; opening it closes the card", async () => {
    const user = userEvent.setup();
    const { store } = renderEmbed();
    act(() => store.getState().select(PATROL.id));
    await user.click(screen.getByRole('button', { name: '5 · no place named' }));
    expect(screen.getByRole('list', { name: 'Badge list' })).toBeInTheDocument();
    expect(card()).not.toBeInTheDocument();
    // Opened from the keyboard, the legend closes the list.
    screen.getByRole('button', { name: 'Legend' }).focus();
    await user.keyboard('{Enter}');
    expect(legendOpen()).toBe(true);
    expect(screen.queryByRole('list', { name: 'Badge list' })).not.toBeInTheDocument();
    // Both open: Escape closes the list first, focus on its button; then the legend.
    await user.click(screen.getByRole('button', { name: '5 · no place named' }));
    expect(legendOpen()).toBe(false);
    act(() => store.getState().select(MEETING.id));
    expect(screen.queryByRole('list', { name: 'Badge list' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '5 · no place named' }));
    (document.querySelector('canvas') as HTMLCanvasElement).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Badge list' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '5 · no place named' })).toHaveFocus();
  });
});
