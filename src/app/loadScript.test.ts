// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber } from '../domain/dayNumber';
import { createViewerStore } from '../store/viewerStore';
import { loadScript } from './loadScript';

const PAGE = 'https://news.example/maps/border/?mode=present';
const store = () => {
  const s = createViewerStore({ mode: 'present', lang: 'en' });
  s.getState().setEvents([makeEvent({ id: 'known', date: '2024-03-01' })]);
  return s;
};
const script = (scenes: unknown[]) => JSON.stringify({ version: 1, scenes });

describe('loading a briefing script', () => {
  it('turns valid scenes into steps and reports the others', async () => {
    const s = store();
    const asked: string[] = [];
    const steps = await loadScript(s, PAGE, 'brief.json', Promise.resolve(), async (url) => {
      asked.push(url);
      return script([{ event: 'known' }, { event: 'unknown' }, { date: '2024-02-30' }, { date: '2024-05-01', caption: { fr: 'a', en: 'b', vi: 'c' } }]);
    });
    expect(asked).toEqual(['https://news.example/maps/border/brief.json']);
    expect(steps?.map((x) => [x.eventId, x.cursor])).toEqual([['known', dayNumber(2024, 3, 1)], [null, dayNumber(2024, 5, 1)]]);
    const [notice] = s.getState().notices;
    expect(notice).toMatchObject({ kind: 'script-problems', file: 'brief.json', count: 2 });
    expect(notice?.problems?.map((p) => p.code)).toEqual(['unknown-event', 'date-impossible']);
  });

  it.each([
    ['another site', 'https://evil.example/brief.json', 'not on this site'],
    ['not JSON', 'brief.csv', 'not a .json file'],
    ['a script URL', 'javascript:alert(1)//.json', 'not on this site'],
  ])('refuses %s without fetching it', async (_name, param, reason) => {
    const s = store();
    let fetched = false;
    const steps = await loadScript(s, PAGE, param, Promise.resolve(), async () => { fetched = true; return ''; });
    expect(steps).toBeNull();
    expect(fetched).toBe(false);
    expect(s.getState().notices[0]).toMatchObject({ kind: 'script-refused', details: [reason] });
  });

  it('says when the file cannot be fetched, and when nothing in it is usable', async () => {
    const s = store();
    expect(await loadScript(s, PAGE, 'gone.json', Promise.resolve(), async () => { throw new Error('HTTP 404'); })).toBeNull();
    expect(s.getState().notices[0]).toMatchObject({ kind: 'script-failed', file: 'gone.json', reason: 'HTTP 404' });
    expect(await loadScript(s, PAGE, 'bad.json', Promise.resolve(), async () => '{"version": 1, "scenes": [')).toBeNull();
    expect(s.getState().notices[0]).toMatchObject({ kind: 'script-problems', file: 'bad.json' });
  });
});

describe('a script name that is not valid percent-encoding', () => {
  it('is still named in the notice, not lost', async () => {
    const s = store();
    const steps = await loadScript(s, PAGE, '%E0%A4%A.json', Promise.resolve(), async () => { throw new Error('HTTP 404'); });
    expect(steps).toBeNull();
    expect(s.getState().notices[0]).toMatchObject({ kind: 'script-failed', file: '%E0%A4%A.json' });
  });
});
