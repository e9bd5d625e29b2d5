import type { EventType } from '../../../domain/event';
import { ellipsis, wrap } from '../slide';
import type { StepContent } from './exportContent';
import { drawSymbol, FONT } from './symbols';


/** The video's shapes (issue 15: a 4:3 projector cut the 16:9 film's sides): 1080 lines high either way. */
export const VIDEO_ASPECTS = { '16:9': { width: 1920, height: 1080 }, '4:3': { width: 1440, height: 1080 } } as const;
export type VideoAspect = keyof typeof VIDEO_ASPECTS;

/** The shape closest to a screen's (the one the presentation is framed for). */
export function aspectFor(screen: { width: number; height: number }): VideoAspect {
  const r = screen.width / Math.max(1, screen.height);
  return Math.abs(Math.log(r / (16 / 9))) <= Math.abs(Math.log(r / (4 / 3))) ? '16:9' : '4:3';
}
const PANEL = 'rgba(8, 13, 24, 0.92)';
const INK = '#ffffff';
const MUTED = '#d6dde8';
const ACCENT = '#ffd27a';

export interface VideoFrameText {
  legendTitle: string;
  legend: ReadonlyArray<{ type: EventType; label: string }>;
  credits: string;
}

/**
 * One frame of the video (issue 15), at 1920×1080 or 1440×1080 (the canvas's size): the map full bleed, a
 * legend at the top left, the step's caption at the bottom left (at most a
 * quarter of the height, as on screen), the credits along the bottom edge
 * and a progress bar under them. Text is drawn with fillText: data stays text.
 */
export function drawVideoFrame(ctx: CanvasRenderingContext2D, map: CanvasImageSource | null, step: StepContent | undefined, text: VideoFrameText, progress: number): void {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#cfd8e3';
  ctx.fillRect(0, 0, W, H);
  if (map) ctx.drawImage(map, 0, 0, W, H);

  // Legend, top left.
  if (text.legend.length) {
    const rowH = 40;
    const w = 420;
    const h = 64 + text.legend.length * rowH;
    panel(ctx, 40, 40, w, h);
    ctx.fillStyle = INK;
    ctx.font = `700 24px ${FONT}`;
    ctx.fillText(text.legendTitle, 64, 58);
    ctx.font = `400 24px ${FONT}`;
    text.legend.forEach((item, i) => {
      const cy = 40 + 64 + i * rowH + rowH / 2 - 4;
      drawSymbol(ctx, item.type, 80, cy, 13);
      ctx.fillStyle = INK;
      ctx.fillText(ellipsis(ctx, item.label, w - 100), 108, cy - 14);
    });
  }

  // Credits strip and progress bar.
  const stripH = 44;
  ctx.fillStyle = 'rgba(8, 13, 24, 0.94)';
  ctx.fillRect(0, H - stripH, W, stripH);
  ctx.font = `400 18px ${FONT}`;
  ctx.fillStyle = MUTED;
  const credits = ellipsis(ctx, text.credits, W - 80);
  ctx.fillText(credits, W - 40 - ctx.measureText(credits).width, H - stripH + 11);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, H - 6, W * Math.min(1, Math.max(0, progress)), 6);

  if (!step) return;
  // Caption, bottom left: at most a quarter of the frame's height.
  const capW = Math.min(1320, W - 80);
  const inner = capW - 64;
  ctx.font = `400 28px ${FONT}`;
  const captionLines = step.caption ? wrap(ctx, step.caption, inner, 2) : [];
  ctx.font = `700 44px ${FONT}`;
  const titleLines = wrap(ctx, step.title, inner, captionLines.length > 1 ? 1 : 2);
  const sourceH = step.source ? 36 : 0;
  const h = 28 + captionLines.length * 38 + titleLines.length * 54 + (step.subtitle ? 42 : 0) + sourceH + 20;
  const y0 = H - stripH - 20 - h;
  panel(ctx, 40, y0, capW, h);
  let y = y0 + 24;
  ctx.font = `400 28px ${FONT}`;
  ctx.fillStyle = MUTED;
  for (const line of captionLines) { ctx.fillText(line, 72, y); y += 38; }
  ctx.font = `700 44px ${FONT}`;
  ctx.fillStyle = INK;
  for (const line of titleLines) { ctx.fillText(line, 72, y); y += 54; }
  if (step.subtitle) {
    ctx.font = `400 28px ${FONT}`;
    ctx.fillStyle = ACCENT;
    ctx.fillText(ellipsis(ctx, step.subtitle, inner), 72, y + 2);
    y += 42;
  }
  if (step.source) {
    ctx.font = `400 22px ${FONT}`;
    ctx.fillStyle = MUTED;
    ctx.fillText(ellipsis(ctx, step.source, inner), 72, y + 2);
  }
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 14);
  ctx.fill();
}
