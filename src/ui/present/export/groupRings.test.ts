// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { EVENT_MARKER_PX, type MapHandle, type VisiblePoint } from '../../../map';
import { GROUP_RING_GAP } from '../../mapOverlays/overlayGroups';
import { drawGroupRings, ringsInFrame, withGroupRings } from './groupRings';

const point = (id: string, x: number, y: number, anchor = 'border-vn-la', approximate = true, ax = 400): VisiblePoint =>
  ({ id, x, y, anchor, ax, ay: 200, approximate });

/** A 1000×500 screen map whose visible points are `points`. */
const handle = (points: VisiblePoint[]) => ({
  size: () => ({ width: 1000, height: 500 }),
  project: (lon: number, lat: number) => ({ x: lon, y: lat }),
  controller: { visiblePoints: () => points },
}) as unknown as Pick<MapHandle, 'controller' | 'project' | 'size'>;

describe('group rings in an export (issue 15 review: listed in the legend, missing from the map)', () => {
  it('puts the overlay\'s ring where the scaled, middle-cut map picture shows the border\'s point', () => {
    // Two symbols 10 px from the border's point: the overlay's ring reaches 10 + half a symbol + the gap.
    const r = Math.round(10 + EVENT_MARKER_PX / 2 + GROUP_RING_GAP);
    // 2000×1000 covers the 1000×500 screen at ×2, nothing cut.
    expect(ringsInFrame(handle([point('a', 410, 200), point('b', 400, 190)]), 2000, 1000)).toEqual({ rings: [{ x: 800, y: 400, r: 2 * r }], scale: 2 });
    // 1000×1000 (a taller picture): ×2, the screen's middle 500 px kept, so x is shifted by 250 CSS px.
    expect(ringsInFrame(handle([point('a', 410, 200)]), 1000, 1000).rings).toEqual([{ x: 300, y: 400, r: 2 * r }]);
  });

  it('draws no ring for symbols at a named place, nor one wholly outside the picture', () => {
    expect(ringsInFrame(handle([point('a', 410, 200, 'place-hanoi', false)]), 2000, 1000).rings).toEqual([]);
    // A ring round the screen's x 100 is cut away when 500×1000 keeps its middle 250 CSS px (375 to 625).
    expect(ringsInFrame(handle([point('a', 105, 200, 'border-vn-la', true, 100)]), 500, 1000).rings).toEqual([]);
    expect(ringsInFrame(null, 2000, 1000).rings).toEqual([]);
  });

  it('strokes each ring dashed, at the picture\'s scale, on the picture itself', () => {
    const calls: string[] = [];
    const ctx = {
      save: vi.fn(), restore: vi.fn(), beginPath: vi.fn(), stroke: vi.fn(() => calls.push('stroke')),
      arc: vi.fn((x: number, y: number, r: number) => calls.push(`arc ${x} ${y} ${r}`)),
      setLineDash: vi.fn((d: number[]) => calls.push(`dash ${d.join(',')}`)),
      strokeStyle: '', lineWidth: 0,
    } as unknown as CanvasRenderingContext2D;
    drawGroupRings(ctx, { rings: [{ x: 800, y: 400, r: 50 }], scale: 2 }, false);
    expect(calls).toEqual(['dash 8,6', 'arc 800 400 50', 'stroke']);
    expect(ctx.lineWidth).toBe(3);
    expect(ctx.strokeStyle).toBe('#55514a');

    const picture = { width: 2000, height: 1000, getContext: () => ctx } as unknown as HTMLCanvasElement;
    calls.length = 0;
    expect(withGroupRings(handle([point('a', 410, 200)]), picture)).toBe(picture);
    expect(calls).toContain(`arc 800 400 ${2 * Math.round(10 + EVENT_MARKER_PX / 2 + GROUP_RING_GAP)}`);
  });
});
