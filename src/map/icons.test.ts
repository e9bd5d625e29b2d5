// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { drawIcon, parseHex, type IconShape } from './icons';

const shapes: IconShape[] = ['circle', 'ring', 'square', 'diamond', 'triangle', 'star', 'hexagon', 'cross'];
const alphaAt = (img: ReturnType<typeof drawIcon>, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3] ?? -1;

describe('drawIcon', () => {
  it.each(shapes)('%s is opaque somewhere, clear in the corners, and sized by pixel ratio', (shape) => {
    const img = drawIcon({ shape, fill: '#ff0000', stroke: '#ffffff', size: 16, pixelRatio: 2 });
    expect(img.width).toBe(32);
    expect(img.data.length).toBe(32 * 32 * 4);
    expect(alphaAt(img, 0, 0)).toBe(0);
    expect(alphaAt(img, 31, 31)).toBe(0);
    let opaque = 0;
    for (let i = 3; i < img.data.length; i += 4) if ((img.data[i] ?? 0) > 200) opaque++;
    expect(opaque).toBeGreaterThan(20);
  });

  it('fills solid shapes with the fill colour in the middle and hollows rings', () => {
    const disc = drawIcon({ shape: 'circle', fill: '#ff0000', stroke: '#ffffff', size: 20, pixelRatio: 1 });
    const o = (10 * 20 + 10) * 4;
    expect([...disc.data.slice(o, o + 4)]).toEqual([255, 0, 0, 255]);
    const ring = drawIcon({ shape: 'ring', fill: '#00ff00', stroke: '#00ff00', size: 20, pixelRatio: 1 });
    expect(alphaAt(ring, 10, 10)).toBe(0);
  });

  it('shapes differ from each other (type is told by shape, not only colour)', () => {
    const keys = shapes.map((shape) => drawIcon({ shape, fill: '#000000', stroke: '#000000', size: 16, pixelRatio: 1 }).data.join(','));
    expect(new Set(keys).size).toBe(shapes.length);
  });

  it('parses hex colours and falls back to black on garbage', () => {
    expect(parseHex('#0a0B0c')).toEqual([10, 11, 12]);
    expect(parseHex('red')).toEqual([0, 0, 0]);
  });
});
