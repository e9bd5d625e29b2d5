import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber } from '../domain/dayNumber';
import { newestStart, timeEvents } from '../domain/timeline';
import { litBorders, litEvents, litFeatures, MAX_LIT } from './eventLighting';

const links = (provinces: string[], borders: string[] = []) => ({ places: [], provinces, districts: [], borders });
const events = timeEvents([
  makeEvent({ id: 'old', date: '2022-06-01', links: links(['vn-ha-noi']) }),
  makeEvent({ id: 'twin', date: '2026-01-15', links: links(['vn-quang-tri-2025', 'la-salavan']) }),
  makeEvent({ id: 'patrol', date: '2026-02-05', links: links([], ['border-vn-la']) }),
]);
const cumulative = { mode: 'cumulative' as const, windowMonths: 6 };

describe('litEvents', () => {
  it('lights the newest group only, and the selected event', () => {
    const cursor = dayNumber(2026, 3, 1);
    const newest = newestStart(events, cursor, cumulative);
    expect(litEvents(events, cursor, cumulative, newest, null).map((e) => e.id).sort()).toEqual(['patrol', 'twin']);
    expect(litEvents(events, cursor, cumulative, newest, events[0]!.event).map((e) => e.id).sort()).toEqual(['old', 'patrol', 'twin']);
  });
  it('lights nothing before the first event', () => {
    expect(litEvents(events, dayNumber(2020, 1, 1), cumulative, null, null)).toEqual([]);
  });
  it('lights none of a crowd (more than MAX_LIT at once)', () => {
    const crowd = timeEvents(Array.from({ length: MAX_LIT + 5 }, (_, i) => makeEvent({ id: `e${i}`, date: '2024-05-01' })));
    const cursor = dayNumber(2024, 5, 2);
    expect(litEvents(crowd, cursor, cumulative, newestStart(crowd, cursor, cumulative), null)).toEqual([]);
  });
});

describe('litFeatures', () => {
  it('collects provinces, borders and places of the lit events, sorted and unique', () => {
    const f = litFeatures(events.map((e) => e.event));
    expect(f.provinces).toEqual(['la-salavan', 'vn-ha-noi', 'vn-quang-tri-2025']);
    expect(f.borders).toEqual(['border-vn-la']);
    expect(f.events).toEqual(['old', 'patrol', 'twin']);
  });
});

describe('litBorders (issue 13, session 8: an orange glow over Cambodia)', () => {
  const trilateral = { basis: 'country-pair' as const, borders: ['border-vn-la', 'border-vn-kh', 'border-la-kh'] };
  it('lights only the border its symbol stands on while the event is merely the newest', () => {
    expect(litBorders(trilateral, false)).toEqual(['border-vn-la']);
  });
  it('lights every shared border once the event is selected, and always the borders an event links itself', () => {
    expect(litBorders(trilateral, true)).toEqual(trilateral.borders);
    expect(litBorders({ basis: 'border', borders: ['border-vn-la', 'border-vn-cn'] }, false)).toEqual(['border-vn-la', 'border-vn-cn']);
  });
});
