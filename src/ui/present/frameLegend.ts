import type { EventType } from '../../domain/event';
import type { Translate } from '../../i18n/translate';
import type { MapHandle } from '../../map';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { legendInFrame } from './presentLegend';

/** At most this many symbols are placed to find a frame's legend (as the live legend card does). */
export const LEGEND_POINT_LIMIT = 500;

/** What the map draws in its frame: the event types of the symbols in view, a dashed ring, a glowing story border. */
export interface FrameLegend { types: EventType[]; dashed: boolean; lit: boolean }

/** One line of a legend: an event type's symbol, or one of the map's marks (the dashed ring, the border glow). */
export type LegendItem = { type: EventType; label: string } | { mark: 'dashed' | 'lit'; label: string };

/**
 * What the map shows in its frame right now (issue 15 review: the slide,
 * handout and video legends missed the glow and the dashed ring the screen's
 * card explains). The screen's legend card and every export read it, so all
 * say the same; null without a map to measure.
 */
export function frameLegend(handle: MapHandle | null, typeOf: (id: string) => EventType | undefined): FrameLegend | null {
  const size = handle?.size?.();
  if (!handle || !size) return null;
  const points = handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), LEGEND_POINT_LIMIT);
  const lit = handle.renderedIds(['border-lit'], true).length > 0;
  if (!points) return { types: [], dashed: false, lit };
  return { ...legendInFrame(points, size.width, size.height, typeOf), lit };
}

/** The legend's lines, translated: the types in the legend's order, then the dashed ring, then the glow (as on the screen's card). */
export function legendItems(legend: FrameLegend, t: Translate): LegendItem[] {
  return [
    ...legend.types.map((type) => ({ type, label: t(EVENT_TYPE_KEYS[type]) })),
    ...(legend.lit ? [{ mark: 'lit' as const, label: t('present.litBorder') }] : []),
    ...(legend.dashed ? [{ mark: 'dashed' as const, label: t('legend.approximatePlacement') }] : []),
  ];
}
