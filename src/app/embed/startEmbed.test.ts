import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayNumber } from '../../domain/dayNumber';
import type { MapHandle } from '../../map';
import type { Camera, EmbedOptions } from '../../store/urlState';
import { createViewerStore } from '../../store/viewerStore';
import { HOST_MESSAGES, READY_MESSAGE } from './hostApi';
import { startEmbed } from './startEmbed';

// Everything only an embed does, started together (issues 5 and 14): checked through the frame's
// window, as the page around it and the map see it.

const mirror = vi.hoisted(() => vi.fn());
vi.mock('./mirrorState', () => ({ mirrorState: mirror }));
// The dark styles (a stylesheet module): something to resolve to.
vi.mock('../../ui/theme.css', () => ({ default: 'dark styles' }));

/** A frame's window: its page (a real document root), its parent, and what the parent was told. */
function frameWindow(search = '', { darkScheme = false, reducedMotion = false, noMatchMedia = false } = {}) {
  const told: unknown[] = [];
  const parent = { postMessage: (data: unknown) => told.push(data) };
  const listeners: Array<(e: MessageEvent) => void> = [];
  const observed: Element[] = [];
  const win = {
    parent,
    document,
    location: { search },
    matchMedia: (q: string) => ({
      matches: q.includes('color-scheme') ? darkScheme : q.includes('reduced-motion') ? reducedMotion : false,
      addEventListener: () => undefined,
    }),
    ResizeObserver: class { constructor(private readonly run: () => void) {} observe(el: Element) { observed.push(el); this.run(); } disconnect() { /* nothing */ } },
    addEventListener: (_: string, l: (e: MessageEvent) => void) => { listeners.push(l); },
    removeEventListener: () => undefined,
  } as unknown as Window;
  if (noMatchMedia) delete (win as { matchMedia?: unknown }).matchMedia;
  const send = (data: unknown) => { for (const l of listeners) l({ data, source: parent } as unknown as MessageEvent); };
  return { win, told, send, observed };
}

function handle() {
  return { flyTo: vi.fn(), setTheme: vi.fn() } as unknown as MapHandle & { flyTo: ReturnType<typeof vi.fn>; setTheme: ReturnType<typeof vi.fn> };
}

function start(search = '', options: EmbedOptions = {}, media = {}) {
  const f = frameWindow(search, media);
  const store = createViewerStore({ mode: 'embed', lang: 'en', today: () => dayNumber(2026, 1, 1) });
  const root = document.createElement('div');
  root.getBoundingClientRect = () => ({ height: 321.2 }) as DOMRect;
  const subscribeAddress = vi.fn(() => () => undefined);
  const started = startEmbed(f.win, { store, options, root, languages: ['en', 'fr', 'vi'], events: Promise.resolve(), subscribeAddress });
  return { ...f, store, root, started, subscribeAddress };
}

const CAMERA: Camera = { zoom: 7, lat: 21, lng: 105 };

afterEach(() => {
  mirror.mockReset();
  const root = document.documentElement;
  for (const k of Object.keys(root.dataset)) delete root.dataset[k];
  root.removeAttribute('style');
});

describe('startEmbed', () => {
  it('draws the frame as its src says, and tells the page its height under its id and that it listens', async () => {
    const { told, observed, root } = start('?mode=embed&embedId=article-1', { controls: 'none', height: 500 });
    expect(document.documentElement.dataset.controls).toBe('none');
    expect(document.documentElement.style.getPropertyValue('--embed-height')).toBe('500px');
    expect(observed).toEqual([root]);
    expect(told).toContainEqual(READY_MESSAGE);
    expect(JSON.stringify(told)).toContain('article-1');
    expect(JSON.stringify(told)).toContain('322');
  });

  it('is ready at once when drawn light, and hands over the embed\'s provider', async () => {
    const { started } = start();
    expect(document.documentElement.dataset.theme).toBe('light');
    await expect(started.ready).resolves.toBeUndefined();
    expect(typeof started.Provider).toBe('function');
  });

  it('waits for the dark styles before it paints when drawn dark', async () => {
    const { started } = start('', { theme: 'dark' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    const ready = await started.ready;
    // The dark styles' module, not an immediate nothing.
    expect(ready).toBeDefined();
  });

  it('follows the reader\'s colour scheme when its theme is auto', () => {
    start('', { theme: 'auto' }, { darkScheme: true });
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('starts the address mirror only when the page asks for it', async () => {
    start('?mode=embed');
    await new Promise((r) => setTimeout(r, 0));
    expect(mirror).not.toHaveBeenCalled();
    const { win, subscribeAddress } = start('?mode=embed&mirror&embedId=a2');
    await vi.waitFor(() => expect(mirror).toHaveBeenCalledTimes(1));
    expect(mirror).toHaveBeenCalledWith(win, 'a2', subscribeAddress);
  });

  it('draws the attached map dark as the frame, and follows the theme the page sets', () => {
    const { started, send } = start('', { theme: 'dark' });
    const map = handle();
    const detach = started.attachMap(map);
    expect(map.setTheme).toHaveBeenLastCalledWith(true);
    send({ type: HOST_MESSAGES.theme, theme: 'light' });
    expect(map.setTheme).toHaveBeenLastCalledWith(false);
    expect(document.documentElement.dataset.theme).toBe('light');
    detach();
    send({ type: HOST_MESSAGES.theme, theme: 'dark' });
    expect(map.setTheme).toHaveBeenCalledTimes(2);
  });

  it('leaves a light map\'s theme alone when attached', () => {
    const { started } = start();
    const map = handle();
    started.attachMap(map);
    expect(map.setTheme).not.toHaveBeenCalled();
  });

  it('keeps a camera the page asked for before the map was up, and flies there without animation once it is', async () => {
    const { started, send } = start();
    await Promise.resolve();
    send({ type: HOST_MESSAGES.view, view: { camera: '7/21/105' } });
    const map = handle();
    started.attachMap(map);
    expect(map.flyTo).toHaveBeenCalledTimes(1);
    expect(map.flyTo).toHaveBeenCalledWith(CAMERA, false);
    const other = handle();
    started.attachMap(other);
    expect(other.flyTo).not.toHaveBeenCalled();
  });

  it('moves an attached map at once, animated unless the reader asks for reduced motion, and no longer once detached', async () => {
    for (const reducedMotion of [false, true]) {
      const { started, send } = start('', {}, { reducedMotion });
      await Promise.resolve();
      const map = handle();
      const detach = started.attachMap(map);
      send({ type: HOST_MESSAGES.view, view: { camera: '7/21/105' } });
      expect(map.flyTo).toHaveBeenCalledWith(CAMERA, !reducedMotion);
      detach();
      send({ type: HOST_MESSAGES.view, view: { camera: '8/21/105' } });
      expect(map.flyTo).toHaveBeenCalledTimes(1);
    }
  });

  it('keeps the newer map when an older one is detached', async () => {
    const { started, send } = start();
    await Promise.resolve();
    const first = handle();
    const detachFirst = started.attachMap(first);
    const second = handle();
    started.attachMap(second);
    detachFirst();
    send({ type: HOST_MESSAGES.view, view: { camera: '7/21/105' } });
    expect(second.flyTo).toHaveBeenCalledWith(CAMERA, true);
    expect(first.flyTo).not.toHaveBeenCalled();
  });

  it('moves the map animated in a browser that cannot tell the reader\'s motion preference', async () => {
    const { started, send } = start('', {}, { noMatchMedia: true });
    await Promise.resolve();
    const map = handle();
    started.attachMap(map);
    send({ type: HOST_MESSAGES.view, view: { camera: '7/21/105' } });
    expect(map.flyTo).toHaveBeenCalledWith(CAMERA, true);
  });

  it('takes a map that cannot change its theme, drawn dark or turned dark later', () => {
    const { started, send } = start('', { theme: 'dark' });
    const map = { flyTo: vi.fn() } as unknown as MapHandle;
    expect(() => started.attachMap(map)).not.toThrow();
    expect(() => send({ type: HOST_MESSAGES.theme, theme: 'light' })).not.toThrow();
  });

  it('fetches the dark styles when a light frame turns dark, not before', async () => {
    let loads = 0;
    vi.doMock('../../ui/theme.css', () => { loads += 1; return { default: 'dark styles' }; });
    vi.resetModules();
    const fresh = (await import('./startEmbed')).startEmbed;
    const before = 0;
    const f = frameWindow();
    const store = createViewerStore({ mode: 'embed', lang: 'en', today: () => dayNumber(2026, 1, 1) });
    fresh(f.win, { store, options: {}, root: document.createElement('div'), languages: ['en'], events: Promise.resolve(), subscribeAddress: () => () => undefined });
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(before);
    f.send({ type: HOST_MESSAGES.theme, theme: 'dark' });
    await vi.waitFor(() => expect(loads).toBe(before + 1));
  });

  it('tries the dark styles again on the next turn to dark when they could not be fetched', async () => {
    let tries = 0;
    vi.doMock('../../ui/theme.css', () => { tries += 1; if (tries === 1) throw new Error('offline'); return { default: 'dark styles' }; });
    vi.resetModules();
    const fresh = (await import('./startEmbed')).startEmbed;
    const f = frameWindow();
    const store = createViewerStore({ mode: 'embed', lang: 'en', today: () => dayNumber(2026, 1, 1) });
    const started = fresh(f.win, { store, options: { theme: 'dark' }, root: document.createElement('div'), languages: ['en'], events: Promise.resolve(), subscribeAddress: () => () => undefined });
    // The frame still paints, with its defaults.
    await expect(started.ready).resolves.toBeUndefined();
    expect(tries).toBe(1);
    f.send({ type: HOST_MESSAGES.theme, theme: 'light' });
    f.send({ type: HOST_MESSAGES.theme, theme: 'dark' });
    await vi.waitFor(() => expect(tries).toBe(2));
  });
});
