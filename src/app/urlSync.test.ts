import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewerStore } from '../store/viewerStore';
import { createAddressFeed, syncUrl, URL_WRITE_INTERVAL_MS } from './urlSync';

beforeEach(() => { vi.useFakeTimers(); window.history.replaceState(null, '', '/?lang=en&embedId=one'); });
afterEach(() => { vi.useRealTimers(); window.history.replaceState(null, '', '/'); });

describe('syncUrl', () => {
  it('tells subscribers each address it writes, throttled, and stops telling when stopped', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    const sync = syncUrl(store, window, undefined);
    const heard: string[] = [];
    const unsubscribe = sync.subscribe((href) => heard.push(href));
    store.getState().setCamera({ zoom: 7, lat: 16.6, lng: 106.7 });
    store.getState().setCamera({ zoom: 8, lat: 16.6, lng: 106.7 });
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(heard).toEqual([window.location.href]);
    expect(window.location.href).toMatch(/\?embedId=one&lang=en#map=8\/16\.6\/106\.7$/);
    unsubscribe();
    store.getState().setCamera({ zoom: 9, lat: 16.6, lng: 106.7 });
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(heard).toHaveLength(1);
    sync.stop();
  });
});

describe('createAddressFeed', () => {
  it('gives the page address until something is published, then the last one', () => {
    const feed = createAddressFeed(window);
    const heard = vi.fn();
    expect(feed.current()).toBe(window.location.href);
    const off = feed.subscribe(heard);
    feed.publish('http://localhost:3000/?date=2026-01-20');
    expect(feed.current()).toBe('http://localhost:3000/?date=2026-01-20');
    expect(heard).toHaveBeenCalledWith('http://localhost:3000/?date=2026-01-20');
    off();
    feed.publish('http://localhost:3000/?date=2026-01-21');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
