import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MIRROR_STATE, MIRRORED_PARAMS } from './mirrorState';

// The readable source and the minified copy that ships: the same cases for both.
const LOADERS = {
  source: fs.readFileSync('src/app/embed/embedLoader.js', 'utf8'),
  shipped: fs.readFileSync('public/embed.js', 'utf8'),
};
// jsdom ships no types and @types/jsdom is not a dependency: the little used here, typed by hand.
type HostWindow = Window & typeof globalThis;
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string; runScripts: 'dangerously' }) => { window: HostWindow };
};
const APP = 'https://maps.example/border/';
const APP_ORIGIN = 'https://maps.example';

/** A host article with two of our iframes (only `a` asks for mirroring) and the loader, served from the app's folder. */
function host(loader: string, hash = '') {
  const html = `<!doctype html><body>
    <iframe id="a" src="${APP}?mode=embed&amp;embedId=a&amp;mirror&amp;date=2020-01-01&amp;q=old"></iframe>
    <iframe id="b" src="${APP}?mode=embed&amp;embedId=b&amp;date=2020-01-01"></iframe>
    <script>${loader}</script></body>`;
  const dom = new JSDOM(html, { url: `${APP}article.html${hash}`, runScripts: 'dangerously' });
  const win = dom.window;
  const frame = (id: string) => win.document.getElementById(id) as HTMLIFrameElement;
  const send = (from: string | null, data: unknown, origin = APP_ORIGIN) => {
    const source = from === null ? win : frame(from).contentWindow;
    win.dispatchEvent(new win.MessageEvent('message', { data, origin, source: source as unknown as MessageEventSource }));
  };
  return { win, frame, send };
}

const state = (id: string, s: string) => ({ type: MIRROR_STATE, id, state: s });

describe.each(Object.entries(LOADERS))('the embed loader (%s)', (_name, loader) => {
  it('accepts exactly the keys the app mirrors, plus the camera', () => {
    expect(loader).toContain([...MIRRORED_PARAMS, 'map'].join(' '));
  });

  it('brings a mirroring iframe back to the view in the hash, only the view keys, and leaves the others alone', () => {
    const view = encodeURIComponent('date=2026-01-15&types=twinning&map=7/16.6/106.7&data=evil.json&mode=present');
    const { frame, win } = host(loader, `#intro&a=${view}&b=${encodeURIComponent('date=2026-03-01')}`);
    const a = new URL(frame('a').src);
    expect(a.searchParams.get('date')).toBe('2026-01-15');
    expect(a.searchParams.get('types')).toBe('twinning');
    expect(a.searchParams.get('q')).toBeNull(); // not in the mirrored view: cleared, as the reader had it
    expect(a.searchParams.get('mode')).toBe('embed');
    expect(a.searchParams.get('data')).toBeNull();
    expect(a.hash).toBe('#map=7/16.6/106.7');
    // `b` did not ask: its src is as the page wrote it.
    expect(frame('b').src).toBe(`${APP}?mode=embed&embedId=b&date=2020-01-01`);
    expect(win.location.hash).toBe(`#intro&a=${view}&b=${encodeURIComponent('date=2026-03-01')}`);
  });

  it('ignores a malformed mirrored view', () => {
    const { frame } = host(loader, '#a=%E0%A4%A');
    expect(frame('a').src).toBe(`${APP}?mode=embed&embedId=a&mirror&date=2020-01-01&q=old`);
  });

  it("writes a mirroring iframe's view under its embedId, keeping the page's own hash", () => {
    const { win, send } = host(loader, '#intro');
    send('a', state('a', 'date=2026-01-15&map=7/16.6/106.7'));
    expect(win.location.hash).toBe(`#intro&a=${encodeURIComponent('date=2026-01-15&map=7/16.6/106.7')}`);
    send('a', state('a', 'date=2026-02-01'));
    expect(win.location.hash).toBe(`#intro&a=${encodeURIComponent('date=2026-02-01')}`);
    expect(win.history.length).toBe(1); // replaced, never pushed
    send('a', state('a', ''));
    expect(win.location.hash).toBe('#intro');
  });

  it('writes nothing for an iframe that did not ask, a wrong origin or id, a stranger, or a bad shape', () => {
    const { win, send } = host(loader);
    send('b', state('b', 'date=2026-01-15'));
    send('a', state('a', 'date=2026-01-15'), 'https://evil.example');
    send('a', state('b', 'date=2026-01-15'));
    send(null, state('a', 'date=2026-01-15'));
    send('a', { type: MIRROR_STATE, id: 'a', state: 7 });
    send('a', { type: MIRROR_STATE, id: 'a', state: 'x'.repeat(3000) });
    send('a', null);
    // A frame that did not ask has no key (false): an id of false must not match it (fuzz-messages, seed 393695737, wrote 'false=...').
    send('b', { type: MIRROR_STATE, id: false, state: 'date=2026-01-15' });
    send('b', { type: MIRROR_STATE, id: null, state: 'date=2026-01-15' });
    expect(win.location.hash).toBe('');
  });

  it('sizes our iframes from the height formats, checking sender and shape', () => {
    const { frame, send } = host(loader);
    send('b', { sentinel: 'amp', type: 'embed-size', height: 640.4 });
    expect(frame('b').style.height).toBe('640px');
    expect(frame('b').getAttribute('height')).toBe('640');
    send('b', 'pymxPYMxbxPYMxheightxPYMx700');
    expect(frame('b').style.height).toBe('700px');
    send('b', { 'datawrapper-height': { b: 20000 } });
    expect(frame('b').style.height).toBe('8000px');
    for (const bad of [{ sentinel: 'amp', type: 'embed-size', height: '300' }, { 'datawrapper-height': { b: 300, c: 400 } }, 'pymxPYMxbxPYMxheightxPYMx-1', 300]) {
      send('b', bad);
    }
    send('b', { sentinel: 'amp', type: 'embed-size', height: 300 }, 'https://evil.example');
    send(null, { sentinel: 'amp', type: 'embed-size', height: 300 });
    expect(frame('b').style.height).toBe('8000px');
  });
});
