import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayNumber as d } from '../../domain/dayNumber';
import type { MapHandle } from '../../map';
import { renderWithStore } from '../events/testing';
import { MapHandleContext } from '../MapHandleContext';
import { Timeline } from '../timeline/Timeline';
import { StoryCaption } from './StoryCaption';

afterEach(() => { cleanup(); vi.restoreAllMocks(); });

/** A map whose moves the test fires, counting how often the card asks where the symbols are. */
function fakeMap() {
  const listeners = new Set<() => void>();
  const visiblePoints = vi.fn(() => []);
  const handle = {
    size: () => ({ width: 1000, height: 700 }),
    project: (x: number, y: number) => ({ x, y }),
    controller: { visiblePoints },
    onMove(cb: () => void) { listeners.add(cb); return () => listeners.delete(cb); },
    // A map that never settles here: the off-map line (worked out at idle) is not what this file tests.
    whenIdle: () => new Promise<void>(() => undefined),
  } as unknown as MapHandle;
  return { handle, visiblePoints, move: () => { for (const cb of listeners) cb(); }, listeners };
}

describe('StoryCaptionCard: its place on map moves (issue 17)', () => {
  it('is recomputed once per animation frame however many moves come in it, and not after it goes', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => { frames.push(cb); return frames.length; });
    const cancel = vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
    const map = fakeMap();
    const user = userEvent.setup();
    const r = renderWithStore(<MapHandleContext value={map.handle}><StoryCaption /><Timeline /></MapHandleContext>, { init: { lang: 'en', cursor: d(2024, 1, 15) } });
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    await screen.findByRole('complementary', { name: 'Event on the map' });
    const placed = map.visiblePoints.mock.calls.length;
    expect(placed).toBeGreaterThan(0);
    frames.length = 0;
    for (let i = 0; i < 5; i += 1) map.move();
    expect(map.visiblePoints).toHaveBeenCalledTimes(placed);
    expect(frames).toHaveLength(1);
    act(() => frames.shift()!(0));
    expect(map.visiblePoints).toHaveBeenCalledTimes(placed + 1);
    // A move after the frame asks for a new one.
    map.move();
    expect(frames).toHaveLength(1);
    r.unmount();
    expect(cancel).toHaveBeenCalled();
    expect(map.listeners.size).toBe(0);
  });
});
