import { describe, expect, it, vi } from 'vitest';
import { MIRROR_STATE, mirroredState, mirrorState } from './mirrorState';

const APP = 'https://maps.example/border/';

describe('mirroredState', () => {
  it.each([
    [`${APP}?mode=embed&embedId=a&mirror&lang=fr&types=twinning&date=2026-01-15&data=x.json#map=7/16.6/106.7`, 'date=2026-01-15&types=twinning&map=7%2F16.6%2F106.7'],
    [`${APP}?q=Kh%C3%A9&event=e-1&display=window&window=6&pairs=VN-LA`, 'event=e-1&pairs=VN-LA&q=Kh%C3%A9&display=window&window=6'],
    [`${APP}?mode=embed`, ''],
    ['not a url', ''],
  ])('%s → %s', (href, expected) => {
    expect(mirroredState(href)).toBe(expected);
  });
});

function frameWindow(search: string) {
  const postMessage = vi.fn();
  const listeners: Array<(href: string) => void> = [];
  const subscribe = (l: (href: string) => void) => { listeners.push(l); return () => { listeners.splice(listeners.indexOf(l), 1); }; };
  const win = { parent: { postMessage } as unknown as Window, location: { href: `${APP}${search}`, search } };
  return { win, postMessage, subscribe, write: (href: string) => { for (const l of [...listeners]) l(href); }, listeners };
}

describe('mirrorState', () => {
  it('posts the view to the parent when it changes, only when the src has `mirror`', () => {
    const f = frameWindow('?mode=embed&embedId=a&mirror&date=2026-01-14');
    const stop = mirrorState(f.win, 'a', f.subscribe);
    f.write(`${APP}?mode=embed&embedId=a&mirror&date=2026-01-14&lang=en`); // language only: not the view
    expect(f.postMessage).not.toHaveBeenCalled();
    f.write(`${APP}?mode=embed&embedId=a&mirror&date=2026-01-15#map=7/16.6/106.7`);
    expect(f.postMessage).toHaveBeenCalledWith({ type: MIRROR_STATE, id: 'a', state: 'date=2026-01-15&map=7%2F16.6%2F106.7' }, '*');
    f.write(`${APP}?mode=embed&embedId=a&mirror&date=2026-01-15#map=7/16.6/106.7`);
    expect(f.postMessage).toHaveBeenCalledTimes(1);
    stop();
    expect(f.listeners).toHaveLength(0);
  });

  it('says nothing without `mirror` in the src', () => {
    const f = frameWindow('?mode=embed&embedId=a&date=2026-01-14');
    mirrorState(f.win, 'a', f.subscribe);
    f.write(`${APP}?mode=embed&embedId=a&date=2026-01-20`);
    expect(f.postMessage).not.toHaveBeenCalled();
    expect(f.listeners).toHaveLength(0);
  });

  it('does nothing in a top-level window, and survives a parent that refuses', () => {
    const f = frameWindow('?mirror');
    const top = { ...f.win } as typeof f.win;
    top.parent = top as unknown as Window;
    mirrorState(top, 'a', f.subscribe);
    expect(f.listeners).toHaveLength(0);
    f.postMessage.mockImplementation(() => { throw new Error('detached'); });
    mirrorState(f.win, 'a', f.subscribe);
    expect(() => f.write(`${APP}?mirror&date=2026-01-20`)).not.toThrow();
  });
});
