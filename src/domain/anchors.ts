import type { Position } from 'geojson';
import type { BorderEvent } from './event.ts';
import type { Geography } from './geography.ts';
import { buildPlacementIndex, lengthMidpoint, type Anchor, type Placement } from './placement.ts';

export { largestRingCentroid } from './placement.ts';
export type { Anchor, Placement } from './placement.ts';

/** Where events are drawn (placement.ts has the rule). */
export interface AnchorIndex {
  /** Every point of the event: its symbol's first, then its other linked points (twinning lines). */
  anchorsOf(event: BorderEvent): readonly Anchor[];
  /** The whole placement (approximate or not, borders lit); absent in simple fakes. */
  placementOf?(event: BorderEvent): Placement | null;
}

/**
 * Builds, once per geography, the index that says where each event is
 * drawn: places and districts at their coordinates, else provinces at their
 * centroid, else borders at their representative point, else the shared
 * border of the event's countries (issue 13: no event draws nothing).
 */
export function buildAnchorIndex(geo: Geography): AnchorIndex & { placementOf(event: BorderEvent): Placement | null } {
  const index = buildPlacementIndex(geo);
  return {
    anchorsOf: (event) => index.placementOf(event)?.anchors ?? [],
    placementOf: (event) => index.placementOf(event),
  };
}

/** A border line's representative point (halfway along its length); kept under its old name for callers. */
export function halfwayVertex(lines: Position[][]): Position | null {
  return lines.length === 0 || lines.every((l) => l.length === 0) ? null : lengthMidpoint(lines);
}
