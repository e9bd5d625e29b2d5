import type { EventType } from '../../../domain/event';
import { EVENT_STYLE } from '../../../map';

export const FONT = '"Noto Sans", system-ui, sans-serif';

/** An event type's symbol (the map's shape and Okabe–Ito colour), centred on cx, cy, with a white rim. */
export function drawSymbol(ctx: CanvasRenderingContext2D, type: EventType, cx: number, cy: number, r: number): void {
  const { shape, color } = EVENT_STYLE[type];
  ctx.beginPath();
  const poly = (n: number, rot: number, inner?: number) => {
    const k = inner === undefined ? n : n * 2;
    for (let i = 0; i < k; i++) {
      const rr = inner !== undefined && i % 2 ? inner : r;
      const a = rot + (i * 2 * Math.PI) / k;
      ctx.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
    }
    ctx.closePath();
  };
  switch (shape) {
    case 'hexagon': poly(6, 0); break;
    case 'triangle': poly(3, -Math.PI / 2); break;
    case 'square': poly(4, Math.PI / 4); break;
    case 'star': poly(5, -Math.PI / 2, r * 0.45); break;
    case 'cross': {
      const w = r * 0.38;
      for (const [x, y] of [[-w, -r], [w, -r], [w, -w], [r, -w], [r, w], [w, w], [w, r], [-w, r], [-w, w], [-r, w], [-r, -w], [-w, -w]] as const) ctx.lineTo(cx + x, cy + y);
      ctx.closePath();
      break;
    }
    default: ctx.arc(cx, cy, r, 0, Math.PI * 2);
  }
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = Math.max(1, r / 6);
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

/** Waits until the canvas can draw these texts in Noto Sans (every subset they need, Vietnamese included). */
export async function loadFonts(texts: readonly string[]): Promise<void> {
  const sample = [...new Set(texts.join(' '))].join('');
  if (!document.fonts) return;
  await Promise.all(['400 20px "Noto Sans"', '700 20px "Noto Sans"', 'italic 400 20px "Noto Sans"'].map((f) => document.fonts.load(f, sample).catch(() => [])));
}
