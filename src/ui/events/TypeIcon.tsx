import type { EventType } from '../../domain/event';
import { EVENT_STYLE } from '../../map';

interface Props {
  type: EventType;
  /** Planned events are drawn hollow, as on the map. */
  planned?: boolean;
  /** Side in CSS pixels. */
  size?: number;
}

// Drawn in a 16 × 16 box; the same shapes as the map's icons (src/map/icons.ts).
const SHAPES: Readonly<Record<string, string>> = {
  hexagon: 'M8 1.2 L14 4.6 L14 11.4 L8 14.8 L2 11.4 L2 4.6 Z',
  triangle: 'M8 1.6 L14.6 13.8 L1.4 13.8 Z',
  square: 'M2.6 2.6 H13.4 V13.4 H2.6 Z',
  star: 'M8 1 L9.9 5.9 L15 6.1 L11 9.4 L12.4 14.5 L8 11.6 L3.6 14.5 L5 9.4 L1 6.1 L6.1 5.9 Z',
  circle: 'M8 2 A6 6 0 1 1 7.99 2 Z',
  cross: 'M5.6 1.6 H10.4 V5.6 H14.4 V10.4 H10.4 V14.4 H5.6 V10.4 H1.6 V5.6 H5.6 Z',
};

/**
 * The event type's map symbol, shape and colour. Decorative: the type's
 * name is always written next to it, so nothing is told by colour or shape alone.
 */
export function TypeIcon({ type, planned = false, size = 16 }: Props) {
  const style = EVENT_STYLE[type];
  return (
    <svg className="type-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false"
      data-shape={style.shape} data-planned={planned || undefined}>
      <path d={SHAPES[style.shape]} fill={planned ? '#fff' : style.color} stroke={planned ? style.color : '#fff'}
        strokeWidth={planned ? 2 : 1} strokeLinejoin="round" />
    </svg>
  );
}
