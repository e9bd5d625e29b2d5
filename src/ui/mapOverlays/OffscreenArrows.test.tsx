import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapHandle } from '../../map';
import { renderWithStore } from '../events/testing';
import { MapHandleContext } from '../MapHandleContext';
import { OffscreenArrows } from './OffscreenArrows';
import type { OffscreenGroup } from './overlayGroups';

afterEach(() => { cleanup(); vi.restoreAllMocks(); });

const NORTH: OffscreenGroup = { edge: 'north', ids: ['far-event'], targets: ['far-event'], along: 500 };

/** A map whose flight ends when the test says (whenIdle), recording what it was asked to follow. */
function flyingMap() {
  let land = () => undefined as void;
  const follow = vi.fn(() => true);
  const handle = {
    controller: { follow },
    camera: () => ({ zoom: 5, lat: 17, lng: 106 }),
    onIdle: () => () => undefined,
    whenIdle: () => new Promise<void>((resolve) => { land = resolve; }),
  } as unknown as MapHandle;
  return { handle, follow, land: () => land() };
}

/** Draws the markers the test gives, as the map's overlay would on its next frame. */
const drawer: { set?: (markers: readonly string[]) => void } = {};
const draw = (markers: readonly string[]) => act(() => drawer.set?.(markers));

/** The overlay as the map draws it: the markers drawn now, and the edge pill. */
function Overlay({ handle, initial }: { handle: MapHandle; initial: readonly string[] }) {
  const [markers, setMarkers] = useState(initial);
  useEffect(() => { drawer.set = setMarkers; }, []);
  return (
    <MapHandleContext value={handle}>
      <div className="event-markers">
        {markers.map((id) => <button key={id} type="button" className="event-marker" data-marker={id}>{id}</button>)}
        <OffscreenArrows groups={[NORTH]} width={1000} height={700} symbols={[]} />
      </div>
    </MapHandleContext>
  );
}

const pill = () => screen.getByRole('button', { name: /1 event north/ });
const marker = () => document.querySelector<HTMLElement>('[data-marker="far-event"]');

describe('OffscreenArrows: a pill pressed leaves focus on the event it brought in (offscreen-stack:50, CI rehearsals)', () => {
  it('waits for the marker however long the flight takes: the wait counts from the map\'s idle', async () => {
    const map = flyingMap();
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const user = userEvent.setup();
    renderWithStore(<Overlay handle={map.handle} initial={[]} />);
    await user.click(pill());
    expect(map.follow).toHaveBeenCalledWith(['far-event'], { all: true });
    // A flight and its redraw that take a minute on a loaded machine; the marker comes with the last frame.
    now.mockReturnValue(61_000);
    draw(['far-event']);
    expect(document.activeElement).toBe(marker());
  });

  it('tries again once the map is still, when no render follows the marker\'s drawing', async () => {
    const map = flyingMap();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => { frames.push(cb); return frames.length; });
    const user = userEvent.setup();
    // The marker is there already, and the pill's press renders nothing new.
    renderWithStore(<Overlay handle={map.handle} initial={['far-event']} />);
    await user.click(pill());
    expect(document.activeElement).toBe(pill());
    await act(async () => { map.land(); await Promise.resolve(); });
    act(() => { for (const f of frames.splice(0)) f(0); });
    expect(document.activeElement).toBe(marker());
  });

  it('gives up 10 s after the map is still, and never takes the focus from where the reader moved it', async () => {
    const map = flyingMap();
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const user = userEvent.setup();
    renderWithStore(<><Overlay handle={map.handle} initial={[]} /><button type="button">Elsewhere</button></>);
    await user.click(pill());
    await act(async () => { map.land(); await Promise.resolve(); });
    now.mockReturnValue(12_000);
    draw(['far-event']);
    expect(document.activeElement).not.toBe(marker());
    // Pressed again, then the reader goes on to another control before the marker comes.
    now.mockReturnValue(20_000);
    draw([]);
    await user.click(pill());
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    draw(['far-event']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));
  });
});

describe('OffscreenArrows: what a pill brings in (session 22 review: "22 events north" brought in a few)', () => {
  const pressed = async (group: OffscreenGroup, far: ReadonlySet<string>) => {
    const map = flyingMap();
    const user = userEvent.setup();
    renderWithStore(
      <MapHandleContext value={map.handle}>
        <div className="event-markers"><OffscreenArrows groups={[group]} width={1000} height={700} symbols={[]} far={far} /></div>
      </MapHandleContext>,
    );
    await user.click(screen.getByRole('button', { name: new RegExp(`^${group.ids.length} events? north`) }));
    return map.follow;
  };

  it('every event beyond the edge but those far from the story, not only the nearest', async () => {
    const follow = await pressed({ edge: 'north', ids: ['near', 'border-1', 'border-2', 'beijing'], targets: ['near'], along: 500 }, new Set(['beijing']));
    expect(follow).toHaveBeenCalledWith(['near', 'border-1', 'border-2'], { all: true });
  });

  it('an edge with only far events opens its callout; its own button takes them', async () => {
    const follow = await pressed({ edge: 'north', ids: ['beijing'], targets: ['beijing'], along: 500 }, new Set(['beijing']));
    expect(follow).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Move the map there' }));
    expect(follow).toHaveBeenCalledWith(['beijing'], { all: true });
  });
});
