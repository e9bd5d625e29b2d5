import type { LegendItem } from '../frameLegend';
import { drawLegendMark, ellipsis, wrap } from '../slide';
import type { StepContent } from './exportContent';
import { FONT } from './symbols';


/** The video's shapes (issue 15: a 4:3 projector cut the 16:9 film's sides): 1080 lines high either way. */
export const VIDEO_ASPECTS = { '16:9': { width: 1920, height: 1080 }, '4:3': { width: 1440, height: 1080 } } as const;
export type VideoAspect = keyof typeof VIDEO_ASPECTS;

/** The shape closest to a screen's (the one the presentation is framed for). */
export function aspectFor(screen: { width: number; height: number }): VideoAspect {
  const r = screen.width / Math.max(1, screen.height);
  return Math.abs(Math.log(r / (16 / 9))) <= Math.abs(Math.log(r / (4 / 3))) ? '16:9' : '4:3';
}
/** The caption's most of the frame's height (issue 15 review: 27% of a 4:3 film hid the map). */
export const CAPTION_SHARE = 0.18;
/**
 * The room's 18 px floor in the film: 1080 lines shown 768 high on a 1024×768 projector are ×0.71, so no text
 * under 26 px (the credits excepted, as on screen); the headline at least 28.
 */
export const VIDEO_TEXT_FLOOR = 26;
const VIDEO_HEADLINE_FLOOR = 28;
/** The live caption's, legend's and credits' ground (present.css), opaque as they are: 7:1 over any map (issue 15). */
const PANEL = '#0b1220';
const INK = '#ffffff';
const MUTED = '#d6dde8';
const ACCENT = '#ffd27a';

export interface VideoFrameText {
  legendTitle: string;
  /** What the frame's map draws (frameLegend.ts): types, the glow and the dashed ring (issue 15 review). */
  legend: readonly LegendItem[];
  credits: string;
}

type Measure = Pick<CanvasRenderingContext2D, 'measureText' | 'font'>;

/** One block of text laid out: its lines, at `size` px and `weight`, the first line's top at `y`, `lineH` apart. */
export interface TextBlock { lines: string[]; size: number; weight: 400 | 700; y: number; lineH: number }

/**
 * The text wrapped to at most `max` lines, never cut (issue 15: the video's
 * titles and the licence credits ended in "…"): the first of `sizes` at
 * which it fits in `max` lines; at the smallest, all its lines.
 */
export function fitLines(ctx: Measure, text: string, width: number, max: number, sizes: readonly number[], weight: 400 | 700): { lines: string[]; size: number } {
  let last = { lines: [text], size: sizes[sizes.length - 1] ?? 18 };
  for (const size of sizes) {
    ctx.font = `${weight} ${size}px ${FONT}`;
    const lines = wrap(ctx, text, width, Number.MAX_SAFE_INTEGER);
    last = { lines, size };
    if (lines.length <= max) return last;
  }
  return last;
}

export interface VideoFrameLayout {
  credits: TextBlock;
  stripH: number;
  caption: { x: number; y: number; w: number; h: number; headline: TextBlock; subtitle?: TextBlock; source?: TextBlock } | null;
}

/**
 * Where the frame's text goes. The scene's caption, when there is one, is
 * the headline (bold), as on screen, where it replaces the event's title;
 * otherwise the title is, on up to two lines. The credits (the data's
 * licences) stay whole: a smaller size, then a second line.
 */
export function layoutVideoFrame(ctx: Measure, W: number, H: number, step: StepContent | undefined, credits: string): VideoFrameLayout {
  const creditsFit = fitLines(ctx, credits, W - 80, 1, [18, 16], 400);
  const creditsLineH = Math.round(creditsFit.size * 1.35);
  const stripH = 20 + creditsFit.lines.length * creditsLineH;
  const creditsBlock: TextBlock = { ...creditsFit, weight: 400, y: H - stripH + 10, lineH: creditsLineH };
  if (!step) return { credits: creditsBlock, stripH, caption: null };

  // Caption, bottom left, at most CAPTION_SHARE of the frame's height (issue 15 review: 27% of a 4:3 film): the largest
  // headline that fits it, on as few lines as will do; at the smallest size, as many lines as the text needs.
  const capW = Math.min(1320, W - 80);
  const inner = capW - 64;
  const scene = step.caption !== undefined;
  const sourceFit = step.source ? fitLines(ctx, step.source, inner, 2, [VIDEO_TEXT_FLOOR], 400) : null;
  const sourceLineH = Math.round(VIDEO_TEXT_FLOOR * 1.2);
  const subtitleLineH = Math.round(VIDEO_TEXT_FLOOR * 1.3);
  const rest = 24 + (step.subtitle ? subtitleLineH : 0) + (sourceFit ? sourceFit.lines.length * sourceLineH + 6 : 0) + 20;
  const budget = Math.round(H * CAPTION_SHARE);
  const sizes = scene ? [38, 34, 30, VIDEO_HEADLINE_FLOOR] : [44, 40, 36, 32, VIDEO_HEADLINE_FLOOR];
  const text = scene ? step.caption ?? '' : step.title;
  let head = fitLines(ctx, text, inner, scene ? 3 : 2, sizes, 700);
  for (const size of sizes) {
    const fit = fitLines(ctx, text, inner, Number.MAX_SAFE_INTEGER, [size], 700);
    if (rest + fit.lines.length * Math.round(size * 1.22) <= budget) { head = fit; break; }
    head = fit;
  }
  const headLineH = Math.round(head.size * 1.22);
  const h = rest + head.lines.length * headLineH;
  const y0 = H - stripH - 20 - h;
  let y = y0 + 24;
  const headline: TextBlock = { ...head, weight: 700, y, lineH: headLineH };
  y += head.lines.length * headLineH;
  let subtitle: TextBlock | undefined;
  if (step.subtitle) {
    ctx.font = `400 ${VIDEO_TEXT_FLOOR}px ${FONT}`;
    subtitle = { lines: [ellipsis(ctx, step.subtitle, inner)], size: VIDEO_TEXT_FLOOR, weight: 400, y: y + 2, lineH: subtitleLineH };
    y += subtitleLineH;
  }
  const source: TextBlock | undefined = sourceFit ? { ...sourceFit, weight: 400, y: y + 4, lineH: sourceLineH } : undefined;
  return { credits: creditsBlock, stripH, caption: { x: 40, y: y0, w: capW, h, headline, ...(subtitle ? { subtitle } : {}), ...(source ? { source } : {}) } };
}

function drawBlock(ctx: CanvasRenderingContext2D, block: TextBlock, x: (line: string) => number, color: string): void {
  ctx.font = `${block.weight} ${block.size}px ${FONT}`;
  ctx.fillStyle = color;
  block.lines.forEach((line, i) => ctx.fillText(line, x(line), block.y + i * block.lineH));
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

  // Legend, top left: as wide as its longest line needs, up to 40% of the frame; a mark's explanation
  // (the dashed ring, the glow) is a sentence, on up to two lines.
  if (text.legend.length) {
    const rowH = 40;
    const lineH = 30;
    ctx.font = `400 24px ${FONT}`;
    const w = Math.min(W * 0.4, Math.max(420, 136 + Math.max(...text.legend.map((item) => ctx.measureText(item.label).width))));
    const lines = text.legend.map((item) => wrap(ctx, item.label, w - 100, 'mark' in item ? 2 : 1));
    const h = 64 + lines.reduce((sum, l) => sum + rowH + (l.length - 1) * lineH, 0);
    panel(ctx, 40, 40, w, h);
    ctx.fillStyle = INK;
    ctx.font = `700 24px ${FONT}`;
    ctx.fillText(text.legendTitle, 64, 58);
    ctx.font = `400 24px ${FONT}`;
    let y = 40 + 64;
    text.legend.forEach((item, i) => {
      const cy = y + rowH / 2 - 4;
      drawLegendMark(ctx, item, 80, cy, 13, INK);
      ctx.fillStyle = INK;
      const own = lines[i] ?? [];
      own.forEach((line, j) => ctx.fillText(line, 108, cy - 14 + j * lineH));
      y += rowH + (own.length - 1) * lineH;
    });
  }

  const layout = layoutVideoFrame(ctx, W, H, step, text.credits);
  // Credits strip and progress bar.
  ctx.fillStyle = PANEL;
  ctx.fillRect(0, H - layout.stripH, W, layout.stripH);
  ctx.font = `400 ${layout.credits.size}px ${FONT}`;
  drawBlock(ctx, layout.credits, (line) => W - 40 - ctx.measureText(line).width, MUTED);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, H - 6, W * Math.min(1, Math.max(0, progress)), 6);

  const cap = layout.caption;
  if (!cap) return;
  panel(ctx, cap.x, cap.y, cap.w, cap.h);
  drawBlock(ctx, cap.headline, () => 72, INK);
  if (cap.subtitle) drawBlock(ctx, cap.subtitle, () => 72, ACCENT);
  if (cap.source) drawBlock(ctx, cap.source, () => 72, MUTED);
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 14);
  ctx.fill();
}
