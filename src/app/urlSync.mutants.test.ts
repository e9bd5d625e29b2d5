import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber } from '../domain/dayNumber';
import { createViewerStore, type ViewerStore } from '../store/viewerStore';
import { syncUrl, URL_WRITE_INTERVAL_MS } from './urlSync';

// Issue 17: the throttle and the list of what moves the address were not
// checked by any test (hand-made mutations of them survived).

beforeEach(() => { vi.useFakeTimers(); window.history.replaceState(null, '', '/?lang=en'); });
afterEach(() => { vi.restoreAllMocks(); vi.useRealTimers(); window.history.replaceState(null, '', '/'); });

function loaded(): ViewerStore {
  const store = createViewerStore({ mode: 'explore', lang: 'en' });
  store.getState().setEvents([makeEvent({ id: 'a', date: '2024-01-01' }), makeEvent({ id: 'b', date: '2025-08-01' })]);
  return store;
}
const params = () => new URLSearchParams(window.location.search);

describe('syncUrl writes the address at most once per interval', () => {
  it('a burst of changes makes one write, and changes after a write wait the rest of the interval', () => {
    const store = loaded();
    const write = vi.spyOn(window.history, 'replaceState');
    const sync = syncUrl(store, window, undefined);
    for (let day = 1; day <= 20; day++) store.getState().setCursor(dayNumber(2024, 3, day));
    expect(write, 'written synchronously, not scheduled').not.toHaveBeenCalled();
    expect(vi.getTimerCount(), 'one pending write for the whole burst').toBe(1);
    vi.advanceTimersByTime(0);
    expect(write).toHaveBeenCalledTimes(1);
    expect(params().get('date')).toBe('2024-03-20');
    // Changes right after a write wait for the rest of the interval, then land as one write.
    vi.advanceTimersByTime(100);
    for (let day = 1; day <= 5; day++) store.getState().setCursor(dayNumber(2024, 4, day));
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS - 101);
    expect(write, 'written again before the interval passed').toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(2);
    expect(params().get('date')).toBe('2024-04-05');
    sync.stop();
  });

  it('a change long after the last write still waits at most the interval', () => {
    const store = loaded();
    const sync = syncUrl(store, window, undefined);
    vi.advanceTimersByTime(10 * URL_WRITE_INTERVAL_MS);
    store.getState().select('b');
    expect(params().get('event')).toBeNull();
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(params().get('event')).toBe('b');
    sync.stop();
  });
});

describe('syncUrl follows each part of the view on its own', () => {
  const cases: Array<[string, (s: ViewerStore) => void, (p: URLSearchParams) => string | null, string]> = [
    ['the cursor', (s) => s.getState().setCursor(dayNumber(2024, 5, 6)), (p) => p.get('date'), '2024-05-06'],
    ['the selection', (s) => s.getState().select('a'), (p) => p.get('event'), 'a'],
    ['the type filter', (s) => s.getState().setFilters({ types: ['twinning'] }), (p) => p.get('types'), 'twinning'],
    ['the pair filter', (s) => s.getState().setFilters({ pairs: ['VN-CN'] }), (p) => p.get('pairs'), 'VN-CN'],
    ['the search', (s) => s.getState().setFilters({ query: 'Khe' }), (p) => p.get('q'), 'Khe'],
    ['the display mode', (s) => s.getState().setDisplay({ mode: 'window', windowMonths: 12 }), (p) => `${p.get('display')}/${p.get('window')}`, 'window/12'],
    ['the language', (s) => s.getState().setLang('vi'), (p) => p.get('lang'), 'vi'],
    ['the mode', (s) => s.getState().setMode('present'), (p) => p.get('mode'), 'present'],
  ];
  it.each(cases)('%s alone moves the address', (_name, change, read, expected) => {
    const store = loaded();
    const sync = syncUrl(store, window, undefined);
    change(store);
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(read(params())).toBe(expected);
    sync.stop();
  });

  it('the camera alone moves the address (it is the store\'s, issue 17)', () => {
    const store = loaded();
    const sync = syncUrl(store, window, undefined);
    store.getState().setCamera({ zoom: 7, lat: 16.6, lng: 106.7 });
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(window.location.hash).toBe('#map=7/16.6/106.7');
    sync.stop();
  });

  it('a camera the store had before syncing began is written with the first change', () => {
    const store = loaded();
    store.getState().setCamera({ zoom: 6, lat: 17, lng: 105 });
    const sync = syncUrl(store, window, undefined);
    store.getState().select('a');
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(window.location.hash).toBe('#map=6/17/105');
    sync.stop();
  });

  it('after stop, nothing moves the address', () => {
    const store = loaded();
    const sync = syncUrl(store, window, undefined);
    sync.stop();
    store.getState().setFilters({ types: ['twinning'] });
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS * 2);
    expect(params().get('types')).toBeNull();
  });
});
