import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/unit/makeEvent';
import { dayNumber } from '../../domain/dayNumber';
import { translator } from '../../i18n/catalogues';
import type { Translate } from '../../i18n/translate';
import { createViewerStore } from '../../store/viewerStore';
import { viewLink } from '../../store/viewLink';
import { slideContent, slidePadding } from './exportSlide';
import { breakLink, drawSlide, ellipsis, fitLink, layoutSlide, textBoxes, wrap, type SlideContent } from './slide';

// A font where every character is 10 px wide.
const mono = { measureText: (s: string) => ({ width: [...s].length * 10 }) as TextMetrics };

describe('text fitting on the slide', () => {
  it('wraps words into lines that fit, and cuts the last line with an ellipsis', () => {
    expect(wrap(mono, 'aaa bbb ccc', 70, 3)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap(mono, 'aaa bbb ccc ddd eee', 70, 2)).toEqual(['aaa bbb', 'ccc…']);
    for (const line of wrap(mono, 'aaa bbb ccc ddd eee', 70, 2)) expect(line.length * 10).toBeLessThanOrEqual(70);
  });

  it('cuts a word longer than the line, never loops on it', () => {
    expect(wrap(mono, 'abcdefghijkl', 50, 2)).toEqual(['abcd…']);
    expect(ellipsis(mono, 'short', 100)).toBe('short');
    expect(ellipsis(mono, 'Quảng Trị province', 60)).toBe('Quảng…');
  });

  it('cuts at a word\'s end, never inside a word, when a line holds several (issue 15)', () => {
    expect(ellipsis(mono, 'Vientiane Savannakhet', 120)).toBe('Vientiane…');
    expect(ellipsis(mono, 'un deux, trois quatre', 130)).toBe('un deux…');
    // A no-break space keeps a closing guillemet with its word.
    expect(wrap(mono, 'aaa bbb\u00a0»', 70, 3)).toEqual(['aaa', 'bbb\u00a0»']);
    expect(wrap(mono, 'aaa bbb\u202f»', 70, 3)).toEqual(['aaa', 'bbb\u202f»']);
  });
});

describe('the link and the column on the slide (issue 15)', () => {
  const link = 'https://example.org/map/?date=2026-01-15&event=2026-01-15-khe-sanh-lao-districts-twinning&lang=fr#map=7/16.5/106.25';

  it('breaks a long link into lines that fit, at its separators, dropping nothing', () => {
    const lines = breakLink(mono, link, 800);
    expect(lines.join('')).toBe(link);
    for (const line of lines) expect(line.length * 10).toBeLessThanOrEqual(800);
    expect(lines.length).toBe(2);
    expect(lines[1]!.startsWith('&') || lines[1]!.startsWith('#') || lines[0]!.endsWith('/')).toBe(true);
    // A part longer than the line is broken inside, still whole when joined.
    expect(breakLink(mono, 'x'.repeat(25), 100).join('')).toBe('x'.repeat(25));
  });

  it('sets the link on two lines at most, in smaller type if need be', () => {
    const ctx = { font: '', measureText: (s: string) => ({ width: [...s].length * parseFloat(ctx.font.split(' ')[1]!) * 0.5 }) as TextMetrics };
    const fit = fitLink(ctx, link, 700, 1);
    expect(fit.lines.length).toBeLessThanOrEqual(2);
    expect(fit.lines.join('')).toBe(link);
    expect(fit.size).toBeGreaterThanOrEqual(14);
  });

  it('writes the quote\u2019s language before the quote when the slide gives one (session 11 review)', () => {
    const ctx = { font: '', measureText: (s: string) => ({ width: [...s].length * 10 }) } as unknown as CanvasRenderingContext2D;
    const base: SlideContent = { heading: 'H', title: 'T', subtitle: 'S', legendTitle: 'L', legend: [], sourcesTitle: 'S', sources: [], link, credits: 'c' };
    const marked = layoutSlide(ctx, { ...base, source: { quote: 'leur entretien', by: '— VNA', mark: '(in French)' } }, 1920, 1080);
    expect(marked.side.quoteLines.join(' ')).toMatch(/^\(in French\) «\u202fleur entretien\u202f»$/);
    const plain = layoutSlide(ctx, { ...base, source: { quote: 'leur entretien', by: '— VNA' } }, 1920, 1080);
    expect(plain.side.quoteLines.join(' ')).toBe('«\u202fleur entretien\u202f»');
  });

  it('paints the text column opaque, so the map never shows through it', () => {
    const rects: Array<{ style: string; x: number; w: number }> = [];
    const ctx = new Proxy({ fillStyle: '', font: '', measureText: (s: string) => ({ width: [...s].length * 10 }) }, {
      get: (target, key) => (key in target ? (target as Record<string | symbol, unknown>)[key] : key === 'fillRect'
        ? (x: number, _y: number, w: number) => rects.push({ style: String(target.fillStyle), x, w })
        : () => undefined),
      set: (target, key, value) => { (target as Record<string | symbol, unknown>)[key] = value; return true; },
    }) as unknown as CanvasRenderingContext2D;
    const content: SlideContent = { heading: 'H', title: 'T', subtitle: 'S', legendTitle: 'L', legend: [], sourcesTitle: 'S', sources: [], link, credits: 'c' };
    const layout = layoutSlide(ctx, content, 1920, 1080);
    drawSlide(ctx, null, content, 1920, 1080, layout);
    const column = rects.find((r) => r.x === layout.side.x && r.w === layout.side.w);
    expect(column).toBeDefined();
    expect(column!.style).not.toMatch(/rgba|hsla|transparent/);
  });
});

describe('what the slide says', () => {
  const t: Translate = translator('en');
  const store = createViewerStore({ mode: 'present', lang: 'en' });
  store.getState().setEvents([
    makeEvent({ id: 'patrol', date: '2024-01-10', type: 'joint-patrol', source: { article: 'a1', publisher: 'VNA', headline: 'Patrouille', date: '2024-01-11', language: 'fr', quote: 'q' } }),
    makeEvent({ id: 'deal', date: '2024-03-01', type: 'agreement', source: { article: 'a2', headline: 'Accord', date: '2024-03-02', language: 'fr', quote: 'q' } }),
    makeEvent({ id: 'later', date: '2025-01-01', type: 'exchange', source: { article: 'a3', headline: 'Plus tard', date: '2025-01-02', language: 'fr', quote: 'q' } }),
  ]);
  store.getState().setCursor(dayNumber(2024, 3, 1));
  store.getState().select('deal');

  it('gives the selected event, a legend of the types on screen and the sources of the events shown', () => {
    const link = viewLink(store.getState(), { zoom: 7, lat: 16.5, lng: 106.25 }, 'https://example.org/map/?mode=present&script=b.json&data=x.csv&utm=1#old');
    const c = slideContent(store.getState(), t, link, null);
    expect(c.title).toBe('Title deal');
    expect(c.subtitle).toBe('1 March 2024 · Agreement');
    expect(c.legend.map((l) => ('type' in l ? l.type : l.mark))).toEqual(['joint-patrol', 'agreement']);
    // Given what the map draws in the frame, the legend says that, marks included (issue 15 review).
    const framed = slideContent(store.getState(), t, link, null, { types: ['agreement'], dashed: true, lit: true });
    expect(framed.legend.map((l) => ('type' in l ? l.type : l.mark))).toEqual(['agreement', 'lit', 'dashed']);
    // The selected event's source first; the event not yet shown contributes nothing.
    // An unnamed publisher is left out, never written as "publisher not named" (issue 15).
    expect(c.sources).toEqual(['2 March 2024: « Accord »', 'VNA, 11 January 2024: « Patrouille »']);
    // The explorer on this very view: no presentation, no script; the page's own parameters kept.
    // The slide names its own source by its quote; the others are a footnote (issue 15).
    expect(c.sourcesTitle).toBe('Source');
    // An unnamed publisher's article is named by its headline, never a bare "— 2 March 2024" (issue 15 review).
    // The French quote is said to be French on an English slide (session 11 review), before it in the drawn column.
    expect(c.source).toEqual({ quote: 'q', by: '— “Accord”, 2 March 2024', mark: '(in French)' });
    expect(c.footnote).toEqual(['Other sources on the map: VNA, 11 January 2024']);
    expect(c.link).toBe('https://example.org/map/?utm=1&date=2024-03-01&event=deal&lang=en&data=x.csv#map=7/16.5/106.25');
    expect(c.credits).toContain('Natural Earth');
  });

  it('names a publisher and date once in the footnote; an unnamed publisher by its headline, however many of its articles are on the map', () => {
    const twin = createViewerStore({ mode: 'present', lang: 'en' });
    const src = (article: string) => ({ article, headline: article, date: '2026-02-05', language: 'fr' as const, quote: 'q' });
    twin.getState().setEvents([
      makeEvent({ id: 'a', date: '2026-02-05', source: src('x1') }),
      makeEvent({ id: 'b', date: '2026-02-05', source: src('x2') }),
      makeEvent({ id: 'c', date: '2026-02-05', source: { ...src('x3'), publisher: 'VNA' } }),
    ]);
    twin.getState().setCursor(dayNumber(2026, 2, 5));
    twin.getState().select('c');
    expect(slideContent(twin.getState(), t, '', null).footnote).toEqual(['Other sources on the map: « x1 », 5 February 2026 · « x2 », 5 February 2026']);
  });

  it('links to the view from a file opened from disk too', () => {
    const link = viewLink(store.getState(), null, 'file:///media/usb/index.html?mode=present&lang=en');
    expect(link).toMatch(/^file:\/\/\/media\/usb\/index\.html\?date=2024-03-01&event=deal&lang=en$/);
  });

  it('without a selection, titles the slide with the date and counts what is shown', () => {
    store.getState().select(null);
    const c = slideContent(store.getState(), t, 'https://example.org/', { eventId: null, cursor: 0, caption: { fr: 'Une', en: 'One', vi: 'Một' } });
    // The scene's caption replaces the title (issue 15); no own source, every source in the footnote.
    expect(c.title).toBe('One');
    expect(c.titleIsCaption).toBe(true);
    expect(c.subtitle).toBe('2 events shown');
    expect(c.source).toBeUndefined();
    expect(c.sourcesTitle).toBe('Sources');
    expect(c.footnote).toEqual(['VNA, 11 January 2024: « Patrouille »', '2 March 2024: « Accord »']);
    expect(slideContent(store.getState(), t, 'https://example.org/', null).title).toBe('1 March 2024');
  });
});

describe('where the map\'s subject goes on the slide (issue 15)', () => {
  const content: SlideContent = {
    heading: 'Border cooperation', title: 'Khe Sanh defence zone 5 twinned with three Lao districts', subtitle: '15 January 2026 · Twinning',
    legendTitle: 'Legend', legend: [{ type: 'twinning', label: 'Twinning' }, { type: 'agreement', label: 'Agreement' }],
    sourcesTitle: 'Source', source: { quote: 'Le Commandement de la défense de la zone 5 - Khe Sanh a organisé une cérémonie', by: '— VNA, 15 January 2026' },
    footnote: ['Other sources on the map: VNA, June 2022'], sources: [], link: 'https://example.org/', credits: 'Map data: Natural Earth',
  };
  const ctx = { font: '', measureText: (s: string) => ({ width: [...s].length * 14 }) as TextMetrics };
  const layout = layoutSlide(ctx, content, 1920, 1080);
  const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

  it('the text boxes do not overlap one another and stay on the slide', () => {
    const boxes = textBoxes(layout);
    expect(boxes).toHaveLength(2);
    for (const [i, a] of boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y + a.h).toBeLessThanOrEqual(1080);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('the camera padding maps the slide\'s free area back onto the screen map, through the snapshot\'s scale and crop', () => {
    for (const screen of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }, { width: 1280, height: 800 }]) {
      const p = slidePadding(layout, screen, 1);
      const s = Math.max(1920 / screen.width, 1080 / screen.height);
      const ox = (screen.width - 1920 / s) / 2, oy = (screen.height - 1080 / s) / 2;
      // The padded area, seen on the slide, overlaps no text box.
      const area = { x: (p.left - ox) * s, y: (p.top - oy) * s, w: (screen.width - p.left - p.right) * s, h: (screen.height - p.top - p.bottom) * s };
      expect(area.w).toBeGreaterThan(300);
      expect(area.h).toBeGreaterThan(300);
      for (const b of textBoxes(layout)) expect(overlaps(area, b), JSON.stringify({ screen, area, b })).toBe(false);
    }
  });
});
