import type { Geography } from '../../domain/geography';
import type { TimedEvent } from '../../domain/timeline';
import { freeArea, mercatorAspect, stepFrame, summaryFrame, type Rect } from '../../domain/stepFraming';
import { CONTEXT_MAX_ZOOM, grow, pairBorderPoints, unionBounds } from '../../domain/storyFraming';
import { countryPairs } from '../../domain/timeline';
import type { MapHandle } from '../../map';
import type { PresentStep } from '../../store/presentation';

export interface Padding { top: number; right: number; bottom: number; left: number }

/**
 * What a step shows (issue 15): the scene's own camera as written, or the
 * event framed by storyFraming's rule (a point event with its border, no
 * closer than zoom 6), or the whole region (null bounds).
 */
export type StepTarget =
  | { kind: 'camera'; camera: { zoom: number; lat: number; lng: number } }
  | { kind: 'bounds'; bounds: [number, number, number, number] | null; maxZoom?: number };

export function stepTarget(step: PresentStep, event: TimedEvent | undefined, geo: Geography | null, shown: readonly TimedEvent[] = []): StepTarget {
  if (step.camera) return { kind: 'camera', camera: step.camera };
  const frame = event && geo ? stepFrame(event.event, geo) : null;
  if (frame) return { kind: 'bounds', bounds: frame.bounds, ...(frame.maxZoom !== undefined ? { maxZoom: frame.maxZoom } : {}) };
  // An event that names no place is drawn on its countries' shared border: that border frames it, not the whole
  // region (issue 15 review: the camera zoomed out to the region, and the handout's page with it).
  const pairs = event && geo ? countryPairs(event.event.countries) : [];
  const border = geo && pairs.length ? unionBounds([], pairs.flatMap((pair) => pairBorderPoints(geo.borders, pair))) : null;
  if (border) return { kind: 'bounds', bounds: grow(border) };
  // A step without an event (a summary scene): the events it shows in the story's region, filling the frame.
  const summary = !event && geo && shown.length ? summaryFrame(shown.map((e) => e.event), geo) : null;
  // Markers close together are not framed closer than a lone place is (CONTEXT_MAX_ZOOM).
  return summary ? { kind: 'bounds', bounds: summary, maxZoom: CONTEXT_MAX_ZOOM } : { kind: 'bounds', bounds: null };
}

/** The shape (width / height) a target shows best in: its bounds' shape; a camera or the region, about the screen's. */
export function targetAspect(target: StepTarget): number {
  return target.kind === 'bounds' && target.bounds ? mercatorAspect(target.bounds) : 16 / 9;
}

/** Moves the camera to a target inside `padding` (the part of the map covered by text), flying or jumping. */
export function fitTarget(handle: MapHandle, target: StepTarget, padding: Padding, animate: boolean): void {
  if (target.kind === 'camera') {
    handle.flyTo(target.camera, animate, padding);
    return;
  }
  handle.controller.frame(target.bounds, { padding, animate, ...(target.maxZoom !== undefined ? { maxZoom: target.maxZoom } : {}) });
}

/**
 * The camera padding that keeps a target in the largest part of a
 * `width`×`height` view no box covers (freeArea), `margin` inside it. When
 * the boxes leave nothing, the whole view less the margin.
 */
export function paddingAround(width: number, height: number, boxes: readonly Rect[], aspect: number, margin: number): Padding {
  const free = freeArea(width, height, boxes, aspect) ?? { x: 0, y: 0, w: width, h: height };
  const m = Math.min(margin, free.w / 4, free.h / 4);
  return {
    left: free.x + m,
    top: free.y + m,
    right: width - (free.x + free.w) + m,
    bottom: height - (free.y + free.h) + m,
  };
}
