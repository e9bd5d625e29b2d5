// Where MapLibre's last label placement put each label, read from its collision index (it has
// no public API for it): for the count chips to step round the names actually drawn (reader,
// issue 13) and for the tests that check no label lies under a symbol or off the map.
// Internal structures: every read is guarded, and a MapLibre that changed them gives null.

/** A placed box in CSS px of the map's container, with the layer it belongs to. */
export interface PlacedBox { layer: string; x: number; y: number; w: number; h: number }

interface GridLike { boxKeys: Array<{ bucketInstanceId: number }>; bboxes: number[] }
interface Retained { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }
interface PlacementLike { collisionIndex: { grid: GridLike }; retainedQueryData: Record<number, Retained> }

/** MapLibre's collision grid reaches this far beyond the map's edges (collision_index.ts's viewportPadding). */
const GRID_PADDING = 100;

export function placedBoxes(map: unknown): PlacedBox[] | null {
  try {
    const placement = (map as { style?: { placement?: PlacementLike } }).style?.placement;
    const grid = placement?.collisionIndex?.grid;
    if (!placement || !grid || !Array.isArray(grid.boxKeys) || !Array.isArray(grid.bboxes)) return null;
    const out: PlacedBox[] = [];
    grid.boxKeys.forEach((key, i) => {
      const retained = placement.retainedQueryData[key.bucketInstanceId];
      const layer = retained?.featureIndex.bucketLayerIDs[retained.bucketIndex]?.[0];
      const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4) as [number, number, number, number];
      if (!layer) return;
      out.push({ layer, x: x1 - GRID_PADDING, y: y1 - GRID_PADDING, w: x2 - x1, h: y2 - y1 });
    });
    return out;
  } catch {
    return null;
  }
}
