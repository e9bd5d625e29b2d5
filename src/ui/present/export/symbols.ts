import type { EventType } from '../../../domain/event';
import { EVENT_STYLE } from '../../../map';
import { drawShape } from '../slide';

export const FONT = '"Noto Sans", system-ui, sans-serif';

/** An event type's symbol (the map's shape and Okabe–Ito colour), centred on cx, cy, with a white rim. */
export function drawSymbol(ctx: CanvasRenderingContext2D, type: EventType, cx: number, cy: number, r: number): void {
  const { shape, color } = EVENT_STYLE[type];
  drawShape(ctx, shape, color, cx, cy, r, Math.max(1, r / 6));
}

/** Waits until the canvas can draw these texts in Noto Sans (every subset they need, Vietnamese included). */
export async function loadFonts(texts: readonly string[]): Promise<void> {
  const sample = [...new Set(texts.join(' '))].join('');
  if (!document.fonts) return;
  await Promise.all(['400 20px "Noto Sans"', '700 20px "Noto Sans"', 'italic 400 20px "Noto Sans"'].map((f) => document.fonts.load(f, sample).catch(() => [])));
}
