import { EVENT_STYLE } from './palette';

export { EVENT_STYLE };

/** Shape codes shared with the event layer's fragment shader. */
export const SHAPE_CODES = { circle: 0, square: 1, diamond: 2, triangle: 3, star: 4, hexagon: 5, cross: 6 } as const;

export function parseShapeIndex(shape: string): number {
  return SHAPE_CODES[shape as keyof typeof SHAPE_CODES] ?? 0;
}
