import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/unit/makeEvent';
import { dayNumber } from '../../domain/dayNumber';
import { translator } from '../../i18n/catalogues';
import type { Translate } from '../../i18n/translate';
import { createViewerStore } from '../../store/viewerStore';
import type { MapHandle, VisiblePoint } from '../../map';
import { eventsInImage, uniqueLabels, viewImageContent } from './downloadView';

const t: Translate = translator('en');

const state = () => {
  const store = createViewerStore({ mode: 'explore', lang: 'en', cursor: dayNumber(2025, 1, 1) });
  store.getState().setEvents([makeEvent({ id: 'a', date: '2024-01-01' }), makeEvent({ id: 'b', date: '2024-02-01' }), makeEvent({ id: 'c', date: '2024-03-01' })]);
  return store.getState();
};

describe('the downloaded image says what it shows (reader3)', () => {
  it('counts the events in the image when some shown ones fall outside it', () => {
    const s = state();
    expect(viewImageContent(s, t).subtitle).toBe('3 events shown');
    expect(viewImageContent(s, t, 3).subtitle).toBe('3 events shown');
    expect(viewImageContent(s, t, 1).subtitle).toBe('1 of 3 events in this view');
  });

  it('counts the symbols inside the middle of the view the image is cut from', () => {
    // An 800×600 map cut to a 1200×675 image: the middle 800×450 (y 75 to 525).
    const at = (id: string, x: number, y: number): VisiblePoint => ({ id, x, y, anchor: 'p', ax: x, ay: y, approximate: false });
    const points = [at('a', 400, 300), at('b', 10, 80), at('c', 400, 40), at('d', 900, 300)];
    const handle = { controller: { visiblePoints: () => points }, project: () => ({ x: 0, y: 0 }), size: () => ({ width: 800, height: 600 }) } as unknown as Pick<MapHandle, 'controller' | 'project' | 'size'>;
    expect(eventsInImage(handle, 1200, 675)).toBe(2);
    expect(eventsInImage({ ...handle, size: () => ({ width: 0, height: 0 }) }, 1200, 675)).toBeUndefined();
  });
});

describe('uniqueLabels (the image\'s source line)', () => {
  it('names each article label once, in order (two same-day articles read one date)', () => {
    expect(uniqueLabels(['VNA, juin 2022', '5 février 2026', '15 janvier 2026', '5 février 2026'])).toEqual(['VNA, juin 2022', '5 février 2026', '15 janvier 2026']);
  });
});
