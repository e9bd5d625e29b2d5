import { describe, expect, it } from 'vitest';
import { openLegendCover } from './legendCover';

describe('openLegendCover (issue 14, session 10: the camera frames the story below the open legend)', () => {
  const box = (el: Element, top: number, bottom: number) => {
    el.getBoundingClientRect = () => ({ left: 10, right: 550, top, bottom, x: 10, y: top, width: 540, height: bottom - top, toJSON: () => null });
  };
  const page = (hidden: boolean) => {
    const root = document.createElement('div');
    root.innerHTML = `<div class="map-area"><section class="legend legend-map"><h2 class="legend-head"></h2><div class="legend-body"${hidden ? ' hidden' : ''}></div></section></div>`;
    box(root.querySelector('.map-area')!, 42, 490);
    box(root.querySelector('.legend-map')!, 52, 157);
    return root;
  };
  it('is how far down the map the open legend reaches', () => {
    expect(openLegendCover(page(false))).toBe(157 - 42);
  });
  it('is 0 for a closed legend, or none', () => {
    expect(openLegendCover(page(true))).toBe(0);
    expect(openLegendCover(document.createElement('div'))).toBe(0);
  });
});
