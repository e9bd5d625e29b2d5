import { describe, expect, it } from 'vitest';
import { aspectFor, CAPTION_SHARE, drawVideoFrame, layoutVideoFrame, VIDEO_ASPECTS, VIDEO_TEXT_FLOOR } from './videoFrame';

describe('the video\u2019s shape (issue 15: a 4:3 projector cut the film)', () => {
  it('follows the screen: 16:9 for wide screens, 4:3 for a projector', () => {
    expect(aspectFor({ width: 1920, height: 1080 })).toBe('16:9');
    expect(aspectFor({ width: 1440, height: 900 })).toBe('16:9');
    expect(aspectFor({ width: 1024, height: 768 })).toBe('4:3');
    expect(aspectFor({ width: 1280, height: 1024 })).toBe('4:3');
  });

  it('is 1080 lines high either way, in the named proportions', () => {
    expect(VIDEO_ASPECTS['16:9']).toEqual({ width: 1920, height: 1080 });
    expect(VIDEO_ASPECTS['4:3']).toEqual({ width: 1440, height: 1080 });
  });
});

/** A measuring context: each character half its font's size wide (the font's size read from ctx.font). */
function fakeCtx() {
  const ctx = { font: '400 18px sans-serif', measureText: (s: string) => ({ width: [...s].length * 0.5 * Number(/(\d+)px/.exec(ctx.font)?.[1] ?? 18) }) };
  return ctx as unknown as Parameters<typeof layoutVideoFrame>[0];
}
const CREDITS = 'Données cartographiques\u202f: Natural Earth (domaine public) · © GeoNames (CC BY 4.0) · countries-states-cities (ODbL) · SRTM30 via KDE Marble · GSHHG (LGPL) · OpenStreetMap contributors (ODbL) · Natural Earth raster (public domain)';
const TITLE = 'Procès-verbal d\u2019entretien signé à Pékin par les gardes-frontières vietnamiens et l\u2019administration chinoise de l\u2019immigration';

describe('the video frame\u2019s text (issue 15: titles and the licence credits ended in "…")', () => {
  it('keeps the credits whole, on a second line when one will not hold them, inside the frame', () => {
    for (const W of [1920, 1440]) {
      const layout = layoutVideoFrame(fakeCtx(), W, 1080, undefined, CREDITS);
      const lines = layout.credits.lines;
      expect(lines.join(' ')).toBe(CREDITS);
      expect(lines.join(' ')).not.toContain('…');
      expect(lines.length).toBe(W === 1440 ? 2 : 1);
      for (const line of lines) expect([...line].length * 0.5 * layout.credits.size).toBeLessThanOrEqual(W - 80);
      expect(layout.credits.y + lines.length * layout.credits.lineH).toBeLessThanOrEqual(1080 - 6);
    }
    // Short credits stay on one line, at 18 px.
    const short = layoutVideoFrame(fakeCtx(), 1920, 1080, undefined, 'Map: Natural Earth');
    expect(short.credits).toMatchObject({ lines: ['Map: Natural Earth'], size: 18 });
  });

  it('wraps a long title to two lines rather than cutting it', () => {
    const step = { label: '1', title: TITLE, subtitle: '4 décembre 2023 · Accord' };
    const layout = layoutVideoFrame(fakeCtx(), 1440, 1080, step, 'Map: Natural Earth');
    const head = layout.caption!.headline;
    expect(head.lines).toHaveLength(2);
    expect(head.lines.join(' ')).toBe(TITLE);
    expect(head.weight).toBe(700);
    expect(layout.caption!.y + layout.caption!.h).toBeLessThanOrEqual(1080 - layout.stripH);
    expect(layout.caption!.h).toBeLessThanOrEqual(1080 / 3);
  });

  it('makes the scene\u2019s caption the bold headline, as the live caption does', () => {
    const caption = 'Le 4 décembre 2023 à Pékin, les gardes-frontières vietnamiens et l\u2019administration chinoise de l\u2019immigration signent le procès-verbal de leurs entretiens.';
    const step = { label: '3', title: TITLE, subtitle: '4 décembre 2023 · Accord', caption, source: 'Source\u202f: août 2024\u202f: «\u202fLe Vietnam et la Chine renforcent leur collaboration dans la gestion des frontières\u202f»' };
    const layout = layoutVideoFrame(fakeCtx(), 1920, 1080, step, 'Map: Natural Earth');
    const head = layout.caption!.headline;
    expect(head.weight).toBe(700);
    expect(head.lines.join(' ')).toBe(caption);
    expect(layout.caption!.source!.lines.join(' ')).toBe(step.source);
    expect(JSON.stringify(layout)).not.toContain('…');
  });
});

describe('the video caption\'s height (issue 15 review: 27% of a 4:3 film)', () => {
  const caption = 'Le 4 décembre 2023 à Pékin, les gardes-frontières vietnamiens et l\u2019administration chinoise de l\u2019immigration signent le procès-verbal de leurs entretiens.';
  const source = 'Source\u202f: août 2024\u202f: «\u202fLe Vietnam et la Chine renforcent leur collaboration\u202f»';
  it('takes at most 18% of the height at 4:3 and 16:9, its text whole and never under the room\'s floor', () => {
    for (const W of [1440, 1920]) {
      for (const step of [
        { label: '3', title: TITLE, subtitle: '4 décembre 2023 · Accord', caption, source },
        { label: '1', title: TITLE, subtitle: '4 décembre 2023 · Accord', source },
      ]) {
        const layout = layoutVideoFrame(fakeCtx(), W, 1080, step, 'Map: Natural Earth');
        const cap = layout.caption!;
        expect(cap.h / 1080, `${W} ${step.label}`).toBeLessThanOrEqual(CAPTION_SHARE);
        expect(CAPTION_SHARE).toBeLessThanOrEqual(0.19);
        expect(cap.headline.lines.join(' ')).toBe(step.caption ?? step.title);
        expect(cap.headline.size).toBeGreaterThanOrEqual(28);
        expect(cap.subtitle!.size).toBeGreaterThanOrEqual(VIDEO_TEXT_FLOOR);
        expect(cap.source!.size).toBeGreaterThanOrEqual(VIDEO_TEXT_FLOOR);
        // 26 px of 1080 lines on a 768-line projector: 18 px.
        expect((VIDEO_TEXT_FLOOR * 768) / 1080).toBeGreaterThanOrEqual(18);
        expect(cap.y + cap.h).toBeLessThanOrEqual(1080 - layout.stripH);
      }
    }
  });
});

describe('the video frame\'s legend (issue 15 review: the glow and the dashed ring were missing, then cut short)', () => {
  it('draws every legend line, a mark\'s explanation whole on up to two lines, each with its mark', () => {
    const texts: string[] = [];
    const marks: string[] = [];
    const measure = fakeCtx();
    const ctx = new Proxy(measure as unknown as Record<string | symbol, unknown>, {
      get: (target, key) => {
        if (key === 'canvas') return { width: 1920, height: 1080 };
        if (key === 'fillText') return (s: string) => { texts.push(s); };
        if (key === 'setLineDash') return () => { marks.push('dashed'); };
        if (key === 'roundRect') return (_x: number, _y: number, w: number) => { if (w < 40) marks.push('lit'); };
        if (key in target) return target[key as string];
        return () => undefined;
      },
      set: (target, key, value) => { target[key as string] = value; return true; },
    }) as unknown as CanvasRenderingContext2D;
    const dashed = 'Dashed ring: no place named; drawn on the countries\u2019 shared border';
    const lit = 'Glow: a border linked to this step\u2019s event';
    drawVideoFrame(ctx, null, undefined, { legendTitle: 'Legend', credits: 'Credits', legend: [{ type: 'agreement', label: 'Agreement' }, { mark: 'lit', label: lit }, { mark: 'dashed', label: dashed }] }, 0.5);
    expect(texts).toContain('Agreement');
    const joined = texts.join(' ');
    expect(joined).toContain(lit);
    expect(joined).toContain(dashed);
    expect(marks).toEqual(expect.arrayContaining(['dashed', 'lit']));
  });
});

describe('the video caption\'s ground (session 10 analyst review: 92% opaque where the live caption is opaque)', () => {
  it('fills the caption, the legend and the credits strip with the live caption\'s opaque colour', () => {
    const fills: string[] = [];
    let panel = false;
    const measure = fakeCtx();
    const ctx = new Proxy(measure as unknown as Record<string | symbol, unknown>, {
      get: (target, key) => {
        if (key === 'canvas') return { width: 1920, height: 1080 };
        // A panel is a wide rounded box, filled (a symbol or the legend's glow mark is smaller); the strip a rectangle across the frame.
        if (key === 'roundRect') return (_x: number, _y: number, w: number) => { panel = w >= 40; };
        if (key === 'fill') return () => { if (panel) fills.push(String(target.fillStyle)); panel = false; };
        if (key === 'fillRect') return (_x: number, _y: number, w: number, h: number) => { if (w === 1920 && h < 1080 && h > 6) fills.push(String(target.fillStyle)); };
        if (key in target) return target[key as string];
        return () => undefined;
      },
      set: (target, key, value) => { target[key as string] = value; return true; },
    }) as unknown as CanvasRenderingContext2D;
    const step = { label: '1', title: 'Khe Sanh twinning', subtitle: 'January 2026', source: '\u201cA quote\u201d \u2014 VNA' };
    drawVideoFrame(ctx, null, step, { legendTitle: 'Legend', credits: 'Credits', legend: [{ type: 'agreement', label: 'Agreement' }] }, 0.5);
    // The legend card, the strip and the caption: three grounds, each the live one.
    expect(fills.length).toBeGreaterThanOrEqual(3);
    // present.css's .present-caption, .present-legend and .present-credits ground.
    for (const f of fills) expect(f).toBe('#0b1220');
  });
});
