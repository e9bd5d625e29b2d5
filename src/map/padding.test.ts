// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { MapLike } from './mapLike';
import { dropPadding, NO_PADDING, type CameraPadding } from './padding';

// A padded camera move leaves its padding on the map (MapLibre keeps it): every framing
// starts from none, the picture staying where it is.

function mapWith(padding: CameraPadding) {
  const jumpTo = vi.fn();
  const unproject = vi.fn(([x, y]: [number, number]) => ({ lng: x / 10, lat: y / 10 }));
  const map = { getPadding: () => padding, getContainer: () => ({ clientWidth: 800, clientHeight: 600 }), unproject, jumpTo } as unknown as MapLike;
  return { map, jumpTo, unproject };
}

describe('dropPadding', () => {
  it('leaves a map without padding alone', () => {
    const { map, jumpTo } = mapWith({ ...NO_PADDING });
    dropPadding(map);
    expect(jumpTo).not.toHaveBeenCalled();
  });

  it('drops any padding, on one side or all, keeping the centre of the picture where it is', () => {
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const { map, jumpTo, unproject } = mapWith({ ...NO_PADDING, [side]: 120 });
      dropPadding(map);
      expect(unproject).toHaveBeenCalledWith([400, 300]);
      expect(jumpTo).toHaveBeenCalledTimes(1);
      expect(jumpTo).toHaveBeenCalledWith({ center: { lng: 40, lat: 30 }, padding: { top: 0, right: 0, bottom: 0, left: 0 } });
    }
  });
});
