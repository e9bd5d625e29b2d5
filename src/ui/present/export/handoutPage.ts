import type { LegendItem } from '../frameLegend';
import { drawLegendMark, ellipsis, wrap } from '../slide';
import type { CoverContent, StepContent } from './exportContent';
import { A4, type PdfText } from './pdfOfImages';
import { textWidth, type TrueTypeFont } from './ttf';

/**
 * A page is two layers (issue 15): a picture drawn on a canvas at 200 dpi
 * (the map, rules, the legend's symbols) and, over it, the words as real
 * PDF text in the embedded Noto Sans: searchable, copyable, sharp at any zoom.
 */
export const PAGE_DPI = 200;
const K = PAGE_DPI / 72;
export const PAGE_WIDTH = Math.round(A4.width * K);
export const PAGE_HEIGHT = Math.round(A4.height * K);
const MARGIN = 42;
const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** The tallest the map may be, in points (a 4:3 screen's map would otherwise leave no room for the text). */
const MAP_MAX_HEIGHT = 360;
export const MAP_WIDTH_PX = Math.round(TEXT_WIDTH * K);
/** The smallest label the projector theme draws, in CSS px (river and road names, 10 × 1.6; src/map/projector.ts). */
export const MIN_MAP_LABEL_PX = 16;
/** The smallest a map label may print, in points (issue 15: 3–5 pt were unreadable). */
export const MIN_LABEL_PT = 7.2;

/**
 * The CSS size at which the map is laid out for a page: narrow enough that
 * its smallest label, scaled to the page's map width, prints at 7.2 pt or
 * more; in the screen's proportions, but no taller than the page allows.
 */
export function handoutMapLayout(screen: { width: number; height: number }): { width: number; height: number } {
  const width = Math.floor((MIN_MAP_LABEL_PX * TEXT_WIDTH) / MIN_LABEL_PT);
  const aspect = Math.max(screen.width / Math.max(1, screen.height), TEXT_WIDTH / MAP_MAX_HEIGHT);
  return { width, height: Math.round(width / aspect) };
}

/** The size in points a map label of `px` CSS pixels prints at, when a map `cssWidth` wide fills the page's width. */
export const labelPoints = (px: number, cssWidth: number) => (px * TEXT_WIDTH) / cssWidth;

const INK = '#111418';
const BODY = '#22262c';
const MUTED = '#50575f';
const ACCENT = '#7a4d00';
const RULE = '#c4ccd6';

export interface PageFrame {
  heading: string;
  page: string;
  credits: string;
  legendTitle: string;
  /** What the page's map draws (frameLegend.ts): its types, the glow and the dashed ring (issue 15 review). */
  legend: readonly LegendItem[];
}

/** The handout's two faces of Noto Sans (TrueType subsets, scripts/fonts/subsetFonts.mjs). */
export interface HandoutFonts { regular: TrueTypeFont; bold: TrueTypeFont }
const REGULAR = 0;
const BOLD = 1;

/** Measures like a canvas, in points, with a TrueType font's advances (for slide.ts's wrap and ellipsis). */
const measurer = (font: TrueTypeFont, size: number) => ({ measureText: (s: string) => ({ width: textWidth(font, s, size) }) as TextMetrics });

/** Draws on a canvas in pixels and writes text in points: every call below speaks A4 points, y from the top. */
class Pen {
  y: number;
  readonly runs: PdfText[] = [];
  constructor(readonly ctx: CanvasRenderingContext2D, y: number, readonly fonts: HandoutFonts) { this.y = y; }
  face(weight = 400) { return weight >= 700 ? this.fonts.bold : this.fonts.regular; }
  measure(text: string, size: number, weight = 400) { return textWidth(this.face(weight), text, size); }
  /** One line of text with its top at `top` (as the canvas's 'top' baseline put it). */
  text(text: string, x: number, top: number, size: number, opts: { weight?: number; color?: string; oblique?: boolean; lang?: string } = {}) {
    const font = this.face(opts.weight);
    const baseline = top + (font.ascender / font.unitsPerEm) * size;
    this.runs.push({ font: (opts.weight ?? 400) >= 700 ? BOLD : REGULAR, size, x, y: baseline, color: opts.color ?? BODY, text, ...(opts.oblique ? { oblique: true } : {}), ...(opts.lang ? { lang: opts.lang } : {}) });
  }
  ellipsis(text: string, size: number, width: number, weight = 400) { return ellipsis(measurer(this.face(weight), size), text, width); }
  lines(text: string, size: number, opts: { weight?: number; style?: string; color?: string; leading?: number; max?: number; x?: number; width?: number; lang?: string }) {
    const x = opts.x ?? MARGIN;
    const width = opts.width ?? TEXT_WIDTH;
    const lines = wrap(measurer(this.face(opts.weight), size), text, width, Math.max(1, opts.max ?? 99));
    const leading = opts.leading ?? size * 1.4;
    for (const line of lines) {
      this.text(line, x, this.y, size, { ...(opts.weight ? { weight: opts.weight } : {}), color: opts.color ?? BODY, oblique: opts.style === 'italic', ...(opts.lang ? { lang: opts.lang } : {}) });
      this.y += leading;
    }
    return lines.length;
  }
  rule(y: number, color = RULE) {
    this.ctx.fillStyle = color;
    this.ctx.fillRect(MARGIN * K, y * K, TEXT_WIDTH * K, Math.max(1, 0.6 * K));
  }
}

function blank(ctx: CanvasRenderingContext2D): void {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
  ctx.restore();
  ctx.textBaseline = 'top';
}

function footer(pen: Pen, frame: PageFrame): void {
  pen.rule(A4.height - 50);
  pen.y = A4.height - 44;
  pen.lines(frame.credits, 7, { color: MUTED, leading: 9.5, max: 2, width: TEXT_WIDTH - 60 });
  pen.text(frame.page, A4.width - MARGIN - pen.measure(frame.page, 8, 700), A4.height - 44, 8, { weight: 700, color: MUTED });
}

/** The cover: the title, the date range, the number of steps, the articles cited and the credits. Returns its text. */
export function drawCover(ctx: CanvasRenderingContext2D, cover: CoverContent, frame: PageFrame, fonts: HandoutFonts): PdfText[] {
  blank(ctx);
  const pen = new Pen(ctx, 150, fonts);
  pen.lines(cover.heading.toLocaleUpperCase(), 10, { weight: 700, color: MUTED });
  pen.y += 10;
  pen.lines(cover.title, 28, { weight: 700, color: INK, leading: 35, max: 4 });
  pen.y += 10;
  pen.lines(cover.dateRange, 16, { color: ACCENT, leading: 22 });
  pen.lines(cover.stepCount, 12, { color: BODY });
  pen.y += 6;
  pen.lines(cover.exported, 10, { color: MUTED });
  pen.y += 28;
  pen.rule(pen.y);
  pen.y += 16;
  if (cover.sources.length) {
    pen.lines(cover.sourcesTitle, 12, { weight: 700, color: INK, leading: 20 });
    for (const s of cover.sources) {
      if (pen.y > A4.height - 200) break;
      pen.lines(s, 9.5, { color: BODY, leading: 13, max: 3 });
      pen.y += 5;
    }
    pen.y += 14;
  }
  pen.lines(cover.creditsTitle, 12, { weight: 700, color: INK, leading: 20 });
  pen.lines(cover.credits, 9, { color: BODY, leading: 12.5, max: 8 });
  footer(pen, frame);
  return pen.runs;
}

/**
 * A step's page: the map as the audience saw it (its whole width, the
 * screen's proportions, up to 360 pt tall), a legend, then the title, date
 * and type, the script's caption, the summary, the quote and the source.
 */
export function drawStepPage(ctx: CanvasRenderingContext2D, map: CanvasImageSource & { width: number; height: number } | null, step: StepContent, frame: PageFrame, fonts: HandoutFonts): PdfText[] {
  blank(ctx);
  const pen = new Pen(ctx, 28, fonts);
  pen.text(pen.ellipsis(frame.heading, 8.5, TEXT_WIDTH - 120, 700), MARGIN, 28, 8.5, { weight: 700, color: MUTED });
  pen.text(step.label, A4.width - MARGIN - pen.measure(step.label, 8.5, 700), 28, 8.5, { weight: 700, color: MUTED });

  const top = 46;
  const mapH = map ? Math.min(MAP_MAX_HEIGHT, (TEXT_WIDTH * map.height) / map.width) : 0;
  if (map) {
    // Cut from the middle when the screen's map is taller than the page allows.
    const sh = Math.min(map.height, (map.width * mapH) / TEXT_WIDTH);
    ctx.drawImage(map, 0, (map.height - sh) / 2, map.width, sh, MARGIN * K, top * K, TEXT_WIDTH * K, mapH * K);
    ctx.strokeStyle = RULE;
    ctx.lineWidth = 0.8 * K;
    ctx.strokeRect(MARGIN * K, top * K, TEXT_WIDTH * K, mapH * K);
  }
  pen.y = top + mapH + 8;
  legendRow(pen, frame);
  pen.y += 12;

  pen.lines(step.title, 17, { weight: 700, color: INK, leading: 21.5, max: 3 });
  if (step.subtitle) { pen.y += 2; pen.lines(step.subtitle, 10.5, { color: ACCENT, leading: 15 }); }
  const bottom = A4.height - 62;
  const room = (leading: number) => Math.max(1, Math.floor((bottom - pen.y) / leading));
  if (step.caption) { pen.y += 8; pen.lines(step.caption, 11, { color: INK, weight: 700, leading: 15.5, max: Math.min(5, room(15.5)) }); }
  if (step.summary) { pen.y += 8; pen.lines(step.summary, 11, { color: BODY, leading: 15.5, max: Math.min(12, room(15.5) - 6) }); }
  if (step.quote) {
    pen.y += 12;
    pen.lines(step.quote.label, 8.5, { color: MUTED, weight: 700, leading: 13 });
    const start = pen.y;
    const marks = step.quote.lang === 'fr' ? ['«\u202f', '\u202f»'] : ['“', '”'];
    // The quote is in the article's language: its runs say so (issue 15 review), whatever the handout's.
    pen.lines(`${marks[0]}${step.quote.text}${marks[1]}`, 10.5, { style: 'italic', color: BODY, leading: 15, max: Math.min(8, room(15) - 2), x: MARGIN + 10, width: TEXT_WIDTH - 10, lang: step.quote.lang });
    ctx.fillStyle = RULE;
    ctx.fillRect(MARGIN * K, start * K, 2.2 * K, (pen.y - start - 3) * K);
  }
  if (step.source) { pen.y += 8; pen.lines(step.source, 9, { color: MUTED, leading: 12.5, max: Math.min(3, room(12.5)) }); }
  footer(pen, frame);
  return pen.runs;
}

/** The legend on one line (or more), in the map's symbols and marks. */
function legendRow(pen: Pen, frame: PageFrame): void {
  const { ctx } = pen;
  if (!frame.legend.length) return;
  let x = MARGIN;
  pen.text(frame.legendTitle, x, pen.y, 8, { weight: 700, color: MUTED });
  x += pen.measure(frame.legendTitle, 8, 700) + 10;
  for (const item of frame.legend) {
    const lead = 'mark' in item && item.mark === 'lit' ? 17 : 13;
    const w = lead + 1 + pen.measure(item.label, 8) + 12;
    if (x + w > A4.width - MARGIN) { x = MARGIN; pen.y += 13; }
    drawLegendMark(ctx, item, (x + lead / 2 - 1.5) * K, (pen.y + 4.5) * K, 4.5 * K, MUTED);
    pen.text(item.label, x + lead, pen.y, 8);
    x += w;
  }
  pen.y += 13;
}
