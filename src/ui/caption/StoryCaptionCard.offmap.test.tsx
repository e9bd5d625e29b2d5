import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dayNumber as d } from '../../domain/dayNumber';
import type { MapHandle } from '../../map';
import { renderWithStore } from '../events/testing';
import { MapHandleContext } from '../MapHandleContext';
import { Timeline } from '../timeline/Timeline';
import { StoryCaption } from './StoryCaption';

afterEach(cleanup);

const IN_VIEW = { x: 500, y: 300 };

/**
 * A 1000×700 map that draws every event's symbol in view but the one `off` names, drawn at `off.at`;
 * still at once (whenIdle settles), and `idle()` says it is still again.
 */
function stillMap(ids: () => readonly string[], off: { id: string; at: { x: number; y: number } }) {
  const idles = new Set<() => void>();
  const handle = {
    size: () => ({ width: 1000, height: 700 }),
    project: (x: number, y: number) => ({ x, y }),
    controller: {
      visiblePoints: () => ids().map((id) => {
        const at = id === off.id ? off.at : IN_VIEW;
        return { id, ...at, anchor: 'a', ax: at.x, ay: at.y, approximate: false };
      }),
    },
    onMove: () => () => undefined,
    onIdle: (cb: () => void) => { idles.add(cb); return () => idles.delete(cb); },
    whenIdle: () => Promise.resolve(),
  } as unknown as MapHandle;
  return { handle, idle: () => { for (const cb of idles) cb(); } };
}

describe('StoryCaptionCard: the off-map line (issue 13, session 18 review)', () => {
  it('says where the card\'s event is when its symbol is off the map, from that event\'s symbol only, once the map is still', async () => {
    const user = userEvent.setup();
    let ids: readonly string[] = [];
    const off = { id: '', at: { x: 500, y: -80 } };
    const map = stillMap(() => ids, off);
    const r = renderWithStore(<MapHandleContext value={map.handle}><StoryCaption /><Timeline /></MapHandleContext>, { init: { lang: 'en', cursor: d(2024, 1, 15) } });
    const events = r.store.getState().filtered;
    ids = events.map((e) => e.event.id);
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    const card = await screen.findByRole('complementary', { name: 'Event on the map' });
    // Every symbol in view: no line.
    await act(async () => { await Promise.resolve(); });
    expect(card).not.toHaveTextContent(/Off the map/);
    // Another event off the map says nothing of this one.
    const shown = events.find((e) => within(card).queryByText(e.event.title.en));
    expect(shown).toBeDefined();
    off.id = events.find((e) => e !== shown)!.event.id;
    act(() => map.idle());
    expect(card).not.toHaveTextContent(/Off the map/);
    // This event north of the map, then east of it.
    off.id = shown!.event.id;
    act(() => map.idle());
    await waitFor(() => expect(within(card).getByText('Off the map, to the north')).toBeVisible());
    off.at = { x: 1300, y: 300 };
    act(() => map.idle());
    await waitFor(() => expect(within(card).getByText('Off the map, to the east')).toBeVisible());
    // Back in view: the line goes.
    off.at = IN_VIEW;
    act(() => map.idle());
    await waitFor(() => expect(card).not.toHaveTextContent(/Off the map/));
  });
});
