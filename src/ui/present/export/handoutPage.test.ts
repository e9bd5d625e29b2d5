import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectorProperties } from '../../../map/projector';
import { drawStepPage, handoutMapLayout, labelPoints, MIN_MAP_LABEL_PX } from './handoutPage';
import { parseTrueType } from './ttf';

/** Every number a text-size expression can output. */
const outputs = (v: unknown): number[] => (typeof v === 'number' ? [v] : Array.isArray(v) ? v.slice(1).flatMap((x, i) => (v[0] === 'interpolate' && i % 2 === 0 && i > 1 ? [] : outputs(x))) : []);

describe('the handout map layout (issue 15: labels printed at 3–5 pt)', () => {
  it('assumes no label smaller than the projector theme really draws', () => {
    const sizes = projectorProperties().filter((p) => p.prop === 'text-size').flatMap((p) => outputs(p.projector));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_MAP_LABEL_PX);
  });

  it.each([[1920, 1080], [1024, 768], [1280, 720], [3840, 2160]])('lays the map out so that the smallest label prints at 7 pt or more (%i×%i)', (width, height) => {
    const layout = handoutMapLayout({ width, height });
    expect(labelPoints(MIN_MAP_LABEL_PX, layout.width)).toBeGreaterThanOrEqual(7);
    // Not so small that the map loses its places: at least about a laptop's half width.
    expect(layout.width).toBeGreaterThan(900);
    // No taller than the page's 360 pt map (on 511 pt): a 4:3 screen is not cut.
    expect(layout.width / layout.height).toBeGreaterThanOrEqual(511 / 360 - 0.01);
  });

  it('keeps a 16:9 screen in its proportions', () => {
    const layout = handoutMapLayout({ width: 1920, height: 1080 });
    expect(layout.width / layout.height).toBeCloseTo(16 / 9, 2);
  });
});

describe('a step page\'s quote (issue 15 review: a French quote in an English handout had no language)', () => {
  const dir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'));
  const fonts = {
    regular: parseTrueType(new Uint8Array(fs.readFileSync(path.join(dir, '400Regular/NotoSans_400Regular.ttf')))),
    bold: parseTrueType(new Uint8Array(fs.readFileSync(path.join(dir, '700Bold/NotoSans_700Bold.ttf')))),
  };
  // Records nothing: the page's words are what is tested, not its picture.
  const ctx = new Proxy({}, { get: (_, key) => (key === 'canvas' ? null : () => undefined), set: () => true }) as unknown as CanvasRenderingContext2D;
  const frame = { heading: 'Border cooperation', page: 'Page 2 of 3', credits: 'Credits', legendTitle: 'Legend', legend: [] };

  it('writes the quote\'s lines in the article\'s language and the rest in the handout\'s', () => {
    const runs = drawStepPage(ctx, null, {
      label: 'Step 1 of 2', title: 'Twinning', subtitle: 'January 2026', summary: 'Two districts twinned.',
      quote: { label: 'Quote (French)', text: 'la signature d’un règlement de coordination', lang: 'fr' }, source: 'Source: VNA',
    }, frame, fonts);
    const quote = runs.filter((r) => r.text.includes('règlement') || r.text.includes('signature'));
    expect(quote.length).toBeGreaterThan(0);
    for (const r of quote) expect(r.lang).toBe('fr');
    const others = runs.filter((r) => !quote.includes(r));
    expect(others.some((r) => r.text === 'Twinning')).toBe(true);
    for (const r of others) expect(r.lang).toBeUndefined();
  });

  it('writes every legend line the map\'s frame gives, the glow and the dashed ring included (issue 15 review)', () => {
    const legend = [{ type: 'agreement' as const, label: 'Agreement' }, { mark: 'lit' as const, label: 'Glow: a linked border' }, { mark: 'dashed' as const, label: 'Dashed ring: no place named' }];
    const runs = drawStepPage(ctx, null, { label: 'Step 1 of 2', title: 'Twinning', subtitle: '' }, { ...frame, legend }, fonts);
    const texts = runs.map((r) => r.text);
    for (const item of legend) expect(texts).toContain(item.label);
  });
});
