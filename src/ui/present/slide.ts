import { EVENT_STYLE } from '../../map';
import type { EventType } from '../../domain/event';

/** Everything a slide says, already translated: drawing never looks anything up. */
export interface SlideContent {
  heading: string;
  title: string;
  /** Date and type, under the title. */
  subtitle: string;
  /** The script's caption for this scene, if any. */
  caption?: string;
  legendTitle: string;
  legend: ReadonlyArray<{ type: EventType; label: string }>;
  sourcesTitle: string;
  sources: readonly string[];
  link: string;
  credits: string;
}

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const FONT = '"Noto Sans", system-ui, sans-serif';
const PANEL = 'rgba(10, 16, 28, 0.88)';
const INK = '#ffffff';
const MUTED = '#d6dde8';

/**
 * Draws a slide (issue 6): the map full bleed, the title and date in a
 * panel at the top left, a legend and the sources at the bottom, the link
 * to this moment and the credits in a strip along the bottom edge. All text
 * is drawn with fillText: data stays text. Sizes scale with the height, so a
 * 1280×720 slide reads like a 1920×1080 one.
 */
export function drawSlide(ctx: CanvasRenderingContext2D, map: CanvasImageSource | null, content: SlideContent, width: number, height: number): void {
  const u = height / 1080;
  const margin = 48 * u;
  ctx.save();
  ctx.fillStyle = '#cfd8e3';
  ctx.fillRect(0, 0, width, height);
  if (map) ctx.drawImage(map, 0, 0, width, height);

  // Title panel.
  const titleWidth = Math.min(width * 0.62, 1180 * u);
  ctx.font = `700 ${52 * u}px ${FONT}`;
  const titleLines = wrap(ctx, content.title, titleWidth - 2 * 32 * u, 3);
  ctx.font = `400 ${30 * u}px ${FONT}`;
  const captionLines = content.caption ? wrap(ctx, content.caption, titleWidth - 2 * 32 * u, 3) : [];
  const panelH = (32 + 30 + 18 + 22) * u + titleLines.length * 62 * u + 40 * u + captionLines.length * 40 * u + (captionLines.length ? 12 * u : 0);
  ctx.fillStyle = PANEL;
  roundRect(ctx, margin, margin, titleWidth, panelH, 14 * u);
  let y = margin + 32 * u;
  ctx.fillStyle = MUTED;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${24 * u}px ${FONT}`;
  ctx.fillText(ellipsis(ctx, content.heading.toUpperCase(), titleWidth - 64 * u), margin + 32 * u, y);
  y += 48 * u;
  ctx.fillStyle = INK;
  ctx.font = `700 ${52 * u}px ${FONT}`;
  for (const line of titleLines) { ctx.fillText(line, margin + 32 * u, y); y += 62 * u; }
  ctx.font = `400 ${32 * u}px ${FONT}`;
  ctx.fillStyle = '#ffd27a';
  ctx.fillText(ellipsis(ctx, content.subtitle, titleWidth - 64 * u), margin + 32 * u, y + 4 * u);
  y += 52 * u;
  ctx.fillStyle = INK;
  ctx.font = `400 ${30 * u}px ${FONT}`;
  for (const line of captionLines) { ctx.fillText(line, margin + 32 * u, y); y += 40 * u; }

  // Bottom strip: the link on the left, the credits in full on the right (on two lines if need be).
  ctx.font = `400 ${18 * u}px ${FONT}`;
  const creditLines = wrap(ctx, content.credits, width * 0.42, 2);
  const stripH = (creditLines.length > 1 ? 84 : 64) * u;
  ctx.fillStyle = 'rgba(10, 16, 28, 0.94)';
  ctx.fillRect(0, height - stripH, width, stripH);
  ctx.fillStyle = MUTED;
  creditLines.forEach((line, i) => {
    ctx.fillText(line, width - margin - ctx.measureText(line).width, height - stripH + (creditLines.length > 1 ? 16 : 23) * u + i * 26 * u);
  });
  ctx.fillStyle = INK;
  ctx.font = `400 ${22 * u}px ${FONT}`;
  ctx.fillText(ellipsis(ctx, content.link, width * 0.5), margin, height - stripH / 2 - 12 * u);

  // Legend, bottom left.
  const rowH = 40 * u;
  const legendW = 440 * u;
  const legendH = 70 * u + content.legend.length * rowH;
  const legendY = height - stripH - margin / 2 - legendH;
  titledPanel(ctx, { x: margin, y: legendY, w: legendW, h: legendH }, content.legendTitle, 22 * u, u);
  ctx.font = `400 ${26 * u}px ${FONT}`;
  content.legend.forEach((item, i) => {
    const cy = legendY + 70 * u + i * rowH + rowH / 2 - 6 * u;
    drawShape(ctx, EVENT_STYLE[item.type].shape, EVENT_STYLE[item.type].color, margin + 46 * u, cy, 13 * u);
    ctx.fillStyle = INK;
    ctx.fillText(ellipsis(ctx, item.label, legendW - 100 * u), margin + 76 * u, cy - 15 * u);
  });

  // Sources, bottom right.
  const srcW = Math.min(width - legendW - 3 * margin, 1100 * u);
  ctx.font = `400 ${22 * u}px ${FONT}`;
  const srcLines = content.sources.flatMap((s) => wrap(ctx, s, srcW - 56 * u, 2)).slice(0, 12);
  const srcH = 66 * u + srcLines.length * 30 * u;
  const srcX = width - margin - srcW;
  const srcY = height - stripH - margin / 2 - srcH;
  titledPanel(ctx, { x: srcX, y: srcY, w: srcW, h: srcH }, content.sourcesTitle, 20 * u, u);
  ctx.font = `400 ${22 * u}px ${FONT}`;
  ctx.fillStyle = MUTED;
  srcLines.forEach((line, i) => ctx.fillText(line, srcX + 28 * u, srcY + 62 * u + i * 30 * u));
  ctx.restore();
}

/** Breaks text into at most `max` lines that fit `width`; the last one ends with an ellipsis if cut. */
export function wrap(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) { line = next; continue; }
    lines.push(line);
    line = word;
    if (lines.length === max) {
      lines[max - 1] = ellipsis(ctx, `${lines[max - 1]} ${words.slice(i).join(' ')}`, width);
      return lines;
    }
  }
  if (line) lines.push(ellipsis(ctx, line, width));
  return lines;
}

/** The text cut to fit `width`, with "…" when it had to be cut. */
export function ellipsis(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join('')}…`).width <= width) lo = mid; else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** A dark rounded panel with a bold heading `titleTop` below its top edge. */
function titledPanel(ctx: CanvasRenderingContext2D, box: { x: number; y: number; w: number; h: number }, title: string, titleTop: number, u: number): void {
  ctx.fillStyle = PANEL;
  roundRect(ctx, box.x, box.y, box.w, box.h, 14 * u);
  ctx.fillStyle = INK;
  ctx.font = `700 ${26 * u}px ${FONT}`;
  ctx.fillText(title, box.x + 28 * u, box.y + titleTop);
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
  ctx.fill();
}

export function drawShape(ctx: CanvasRenderingContext2D, shape: string, color: string, cx: number, cy: number, r: number): void {
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
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}
