import { describe, expect, it } from 'vitest';
import { frameKeepouts, keepoutImage, keepoutImageId, keepoutImageSize, keepoutLayers, symbolKeepouts } from './keepout';
import { buildLayers } from './layers';

describe('keepout boxes (labels vs symbols and edges)', () => {
  it('names an image by its size in whole 4 px cells, and reads it back', () => {
    expect(keepoutImageId(21, 21)).toBe('keepout-24x24');
    expect(keepoutImageSize('keepout-24x8')).toEqual({ w: 24, h: 8 });
    expect(keepoutImageSize('keepout-23x8')).toBeNull();
    expect(keepoutImageSize('place-town')).toBeNull();
    const img = keepoutImage({ w: 24, h: 8 });
    expect([img.image.width, img.image.height, img.pixelRatio]).toEqual([6, 2, 0.25]);
    expect(img.image.data.every((v) => v === 0)).toBe(true);
  });

  it('puts one box on each drawn symbol at its spread offset, and one over each group ring', () => {
    const fc = symbolKeepouts([
      { lon: 105, lat: 17, ox: 0, oy: 0, ringAnchor: null },
      { lon: 105, lat: 17, ox: 0, oy: -1, ringAnchor: null },
      { lon: 106, lat: 21, ox: 0, oy: 0, ringAnchor: 'border-vn-cn' },
      { lon: 106, lat: 21, ox: 1, oy: 0, ringAnchor: 'border-vn-cn' },
    ], 15);
    const props = fc.features.map((f) => f.properties);
    // 15 px symbols spread 1.5 sizes apart: 22.5 px above the first.
    expect(props[1]).toEqual({ image: 'keepout-24x24', offset: [0, -22] });
    expect(props[0]!.offset).toEqual([0, 0]);
    // The ring reaches 22.5 + 7.5 + 5 (+2 for its line) from the border's point: 74 px, in 4 px cells 76.
    expect(props.at(-1)).toEqual({ image: 'keepout-76x76', offset: [0, 0] });
    expect(fc.features.at(-1)!.geometry.coordinates).toEqual([106, 21]);
    expect(fc.features).toHaveLength(5);
  });

  it('walls the four edges and boxes the furniture, each at the map point under its centre', () => {
    const fc = frameKeepouts(400, 300, [{ x: 300, y: 270, w: 90, h: 20 }], (x, y) => ({ lng: x, lat: y }));
    const boxes = fc.features.map((f) => {
      const size = keepoutImageSize(f.properties.image)!;
      const [cx, cy] = f.geometry.coordinates as [number, number];
      return { x1: cx - size.w / 2, y1: cy - size.h / 2, x2: cx + size.w / 2, y2: cy + size.h / 2 };
    });
    expect(boxes).toHaveLength(5);
    // Top wall: up to 4 px inside the map, across its whole width.
    expect(boxes[0]!.y2).toBe(4);
    expect(boxes[0]!.x1).toBeLessThan(0);
    expect(boxes[0]!.x2).toBeGreaterThan(400);
    expect(boxes[1]!.y1).toBe(296);
    expect(boxes[2]!.x2).toBe(4);
    expect(boxes[3]!.x1).toBe(396);
    // The scale bar, with a 4 px margin.
    expect(boxes[4]!.x1).toBe(296);
    expect(boxes[4]!.y1).toBe(266);
    expect(boxes[4]!.x2).toBeGreaterThanOrEqual(394);
  });

  it('are the last layers of the style (placed before every label) and take their room', () => {
    const ids = buildLayers('2026-01-01').map((l) => l.id);
    expect(ids.slice(-2)).toEqual(['keepout-symbols', 'keepout-frame']);
    for (const l of keepoutLayers()) {
      const layout = (l as { layout: Record<string, unknown> }).layout;
      expect(layout['icon-allow-overlap']).toBe(true);
      expect(layout['icon-ignore-placement']).toBe(false);
    }
  });
});
