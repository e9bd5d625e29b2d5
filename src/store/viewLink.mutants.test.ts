import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber } from '../domain/dayNumber';
import { urlStateOf, viewLink } from './viewLink';
import { createViewerStore } from './viewerStore';

// Issue 17: viewLink.ts had no test next to it (every mutant of it went unseen by src/store's tests).

function presenting() {
  const store = createViewerStore({ mode: 'present', lang: 'vi' });
  store.getState().setEvents([makeEvent({ id: 'a', date: '2024-01-01' }), makeEvent({ id: 'b', date: '2025-08-01' })]);
  store.getState().setCursor(dayNumber(2024, 6, 1));
  store.getState().select('a');
  store.getState().setFilters({ types: ['twinning', 'agreement'], pairs: ['VN-LA'], query: `  ${'x'.repeat(120)}  ` });
  store.getState().setDisplay({ mode: 'window', windowMonths: 12 });
  return store;
}

describe('urlStateOf', () => {
  it('carries every part of the view, the search trimmed and cut to 100 characters', () => {
    const s = presenting().getState();
    expect(urlStateOf(s, { zoom: 7, lat: 16, lng: 106 }, 'mine.json')).toEqual({
      cursor: dayNumber(2024, 6, 1), event: 'a', types: ['twinning', 'agreement'], pairs: ['VN-LA'], query: 'x'.repeat(100),
      mode: 'present', display: 'window', windowMonths: 12, lang: 'vi', data: 'mine.json', camera: { zoom: 7, lat: 16, lng: 106 },
    });
  });

  it('leaves out what is not set: no date before the data is loaded, no empty filters, no camera', () => {
    const s = createViewerStore({ mode: 'explore', lang: 'en' }).getState();
    expect(urlStateOf(s, null, undefined)).toEqual({ mode: 'explore', display: 'cumulative', windowMonths: 6, lang: 'en' });
    const blank = createViewerStore({ mode: 'explore', lang: 'en' });
    blank.getState().setFilters({ query: '   ' });
    expect(urlStateOf(blank.getState(), null, undefined)).not.toHaveProperty('query');
  });
});

describe('viewLink', () => {
  it('opens the explorer on this view, keeping the page\'s own parameters but not its mode or script', () => {
    const s = presenting().getState();
    const link = new URL(viewLink(s, { zoom: 7, lat: 16.5, lng: 106.25 }, 'https://news.example/map/?mode=present&embed=1&script=brief.json&data=mine.json&live=60&utm=x#old'));
    expect(link.origin + link.pathname).toBe('https://news.example/map/');
    const p = link.searchParams;
    expect(p.get('mode')).toBeNull();
    expect(p.get('script')).toBeNull();
    expect(p.get('embed')).toBeNull();
    expect(p.get('data')).toBe('mine.json');
    expect(p.get('live')).toBe('60');
    expect(p.get('utm')).toBe('x');
    expect(p.get('date')).toBe('2024-06-01');
    expect(p.get('event')).toBe('a');
    expect(p.get('types')).toBe('twinning,agreement');
    expect(p.get('pairs')).toBe('VN-LA');
    expect(p.get('display')).toBe('window');
    expect(p.get('window')).toBe('12');
    expect(p.get('lang')).toBe('vi');
    expect(link.hash).toBe('#map=7/16.5/106.25');
  });

  it('works for a page opened from disk, and drops the hash when there is no camera', () => {
    const s = createViewerStore({ mode: 'present', lang: 'en' }).getState();
    const link = viewLink(s, null, 'file:///home/me/map/index.html?mode=present#x');
    expect(link).toBe('file:///home/me/map/index.html?lang=en');
  });
});
