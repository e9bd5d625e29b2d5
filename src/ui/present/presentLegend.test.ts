import { describe, expect, it } from 'vitest';
import { timeEvents } from '../../domain/timeline';
import { DEFAULT_DISPLAY } from '../../domain/viewLimits';
import { makeEvent } from '../../../test/unit/makeEvent';
import { arrowTowards, offFrame, typesOnScreen } from './presentLegend';

describe('typesOnScreen', () => {
  const events = timeEvents([
    makeEvent({ id: 'a', type: 'agreement', date: '2020-01-01' }),
    makeEvent({ id: 'b', type: 'twinning', date: '2021-01-01' }),
    makeEvent({ id: 'c', type: 'agreement', date: '2022-01-01' }),
  ]);
  const day = (iso: string) => events.find((e) => e.event.date === iso)!.start;

  it('names only the types drawn at the cursor, in the legend\u2019s order', () => {
    expect(typesOnScreen(events, day('2020-01-01'), DEFAULT_DISPLAY)).toEqual(['agreement']);
    const both = typesOnScreen(events, day('2022-01-01'), DEFAULT_DISPLAY);
    expect(new Set(both)).toEqual(new Set(['agreement', 'twinning']));
    expect(typesOnScreen(events, day('2020-01-01') - 1, DEFAULT_DISPLAY)).toEqual([]);
  });
});

describe('offFrame', () => {
  it('groups the events outside the view by their place, most first, with the way to look', () => {
    const points = [
      { id: 'in', x: 500, y: 300, anchor: 'hue' },
      { id: 'bj1', x: 700, y: -900, anchor: 'beijing' },
      { id: 'bj2', x: 702, y: -905, anchor: 'beijing' },
      { id: 'vte', x: -40, y: 320, anchor: 'vientiane' },
      { id: 'bj1', x: 700, y: -900, anchor: 'beijing' },
    ];
    expect(offFrame(points, 1000, 600)).toEqual([
      { anchor: 'beijing', count: 2, arrow: '↑' },
      { anchor: 'vientiane', count: 1, arrow: '←' },
    ]);
  });

  it('says nothing when every event is in view', () => {
    expect(offFrame([{ id: 'a', x: 0, y: 600, anchor: 'x' }], 1000, 600)).toEqual([]);
  });

  it('points the eight ways', () => {
    expect(arrowTowards(500, -100, 1000, 600)).toBe('↑');
    expect(arrowTowards(1100, -300, 1000, 600)).toBe('↗');
    expect(arrowTowards(1200, 300, 1000, 600)).toBe('→');
    expect(arrowTowards(500, 900, 1000, 600)).toBe('↓');
    expect(arrowTowards(-300, 900, 1000, 600)).toBe('↙');
  });
});
