// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timeEvents } from '../../domain/timeline';
import { DEFAULT_DISPLAY } from '../../domain/viewLimits';
import { makeEvent } from '../../../test/unit/makeEvent';
import { arrowTowards, legendInFrame, offFrame, typesOnScreen } from './presentLegend';

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

describe('legendInFrame (issue 15: each handout page names what its own map draws)', () => {
  const types = { a: 'twinning', b: 'agreement', c: 'joint-patrol', d: 'high-level-meeting' } as const;
  const typeOf = (id: string) => types[id as keyof typeof types];
  const at = (id: string, x: number, y: number, approximate = false) => ({ id, x, y, approximate });

  it('lists the types of the symbols inside the frame only, in the legend\u2019s order', () => {
    const r = legendInFrame([at('b', 10, 10), at('a', 50, 90), at('c', -5, 10), at('d', 10, 120)], 100, 100, typeOf);
    // b (agreement) came first, but the legend's order puts twinning first; c and d lie outside.
    expect(r.types).toEqual(['twinning', 'agreement']);
    expect(r.dashed).toBe(false);
  });

  it('says a dashed ring is drawn only when one is in the frame', () => {
    expect(legendInFrame([at('a', 10, 10), at('b', 200, 10, true)], 100, 100, typeOf).dashed).toBe(false);
    expect(legendInFrame([at('a', 10, 10), at('b', 20, 10, true)], 100, 100, typeOf).dashed).toBe(true);
  });
});
