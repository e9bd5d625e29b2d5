import { EVENT_STYLE, palette } from '../../map';
import type { LegendItem } from './frameLegend';

/** Everything a slide says, already translated: drawing never looks anything up. */
export interface SlideContent {
  heading: string;
  /** The scene's caption when the script gives one (it replaces the event's title, issue 15), else the event's title or the date. */
  title: string;
  /** Whether `title` is a scene's caption: a sentence, set smaller than a headline. */
  titleIsCaption?: boolean;
  /** Date and type, under the title. */
  subtitle: string;
  legendTitle: string;
  /** What the map draws in the slide's frame (frameLegend.ts): types, then the glow and the dashed ring. */
  legend: readonly LegendItem[];
  sourcesTitle: string;
  /** The slide's own source: the selected event's quote (shortened) and who published it when. */
  /** `mark`: the quote's language, said where it is not the slide's ("(in French)", issue 15, session 11 review). */
  source?: { quote: string; by: string; mark?: string };
  /** The other sources behind the events on the map: one paragraph each, drawn small (at most two lines each). */
  footnote?: readonly string[];
  /** Every source behind what the slide shows, its own first (for a handout or a reader; not drawn). */
  sources: readonly string[];
  link: string;
  credits: string;
}

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const FONT = '"Noto Sans", system-ui, sans-serif';
/** Opaque: the map never shows through the text column (issue 15). */
const PANEL = 'rgb(10, 16, 28)';
const INK = '#ffffff';
const MUTED = '#d6dde8';
/** The map's glow and a story border's line under it, as the legend card's swatch shows them. */
const LIT_GLOW = palette.litGlow;
const BORDER_LINE = palette.borderVnLa;

/** A box of the slide, in its pixels. */
export interface SlideBox { x: number; y: number; w: number; h: number }

/** Where everything goes: computed once, so the camera can be fitted to what the text leaves free before the map is drawn. */
export interface SlideLayout {
  u: number;
  /** The text column at the left: title, date, source, footnote, legend. */
  side: SlideBox & { headingLines: string[]; titleLines: string[]; titleFont: number; subtitleLines: string[]; quoteLines: string[]; footLines: string[]; legendLines: string[][] };
  strip: SlideBox & { creditLines: string[] };
}

/** Every box with text on it: the map's subject must stay out of all of them. */
export function textBoxes(layout: SlideLayout): SlideBox[] {
  return [layout.side, layout.strip].map(({ x, y, w, h }) => ({ x, y, w, h })).filter((b) => b.w > 0 && b.h > 0);
}

const SIDE_W = 600;
const PAD = 36;
const LEGEND_ROW = 38;

/**
 * Lays a slide out (issue 15), as StoryMapJS does: a text column at the
 * left (the title, or the scene's caption, the date, the slide's own source
 * with its quote, a footnote naming the other sources, the legend), the map
 * beside it, the link and the credits in a strip along the bottom edge.
 * The map's subject is then fitted to the free area (exportSlide). Sizes
 * scale with the height, so a 1280×720 slide reads like a 1920×1080 one.
 */
export function layoutSlide(ctx: Pick<CanvasRenderingContext2D, 'measureText' | 'font'>, content: SlideContent, width: number, height: number): SlideLayout {
  const u = height / 1080;
  const sideW = Math.min(SIDE_W * u, width * 0.4);
  const inner = sideW - 2 * PAD * u;

  ctx.font = `400 ${18 * u}px ${FONT}`;
  const creditLines = wrap(ctx, content.credits, width * 0.5, 2);
  const stripH = (creditLines.length > 1 ? 80 : 60) * u;
  const sideH = height - stripH;

  ctx.font = `700 ${20 * u}px ${FONT}`;
  const headingLines = wrap(ctx, content.heading.toUpperCase(), inner, 2);
  const titleFont = (content.titleIsCaption ? 34 : 42) * u;
  ctx.font = `700 ${titleFont}px ${FONT}`;
  const titleLines = wrap(ctx, content.title, inner, content.titleIsCaption ? 6 : 5);
  ctx.font = `400 ${30 * u}px ${FONT}`;
  const subtitleLines = wrap(ctx, content.subtitle, inner, 2);
  ctx.font = `400 ${20 * u}px ${FONT}`;
  const footLines = (content.footnote ?? []).flatMap((item) => wrap(ctx, item, inner, 2)).slice(0, 8);
  // A mark's explanation (the dashed ring, the glow) is a sentence: up to two lines, where a type's name takes one.
  ctx.font = `400 ${25 * u}px ${FONT}`;
  const legendLines = content.legend.map((item) => wrap(ctx, item.label, inner - 44 * u, 'mark' in item ? 2 : 1));
  const legendRows = legendLines.reduce((n, l) => n + l.length, 0);
  // The quote takes what the rest leaves of the column, up to six lines.
  const fixed = sideSectionHeights(u, headingLines.length, titleLines.length, titleFont, subtitleLines.length, footLines.length, legendRows, content);
  const room = Math.floor((sideH - fixed) / (34 * u));
  ctx.font = `italic 400 ${25 * u}px ${FONT}`;
  const quoteLines = content.source && room > 0 ? wrap(ctx, `${content.source.mark ? `${content.source.mark} ` : ''}«\u202f${content.source.quote}\u202f»`, inner, Math.min(6, room)) : [];
  return {
    u,
    side: { x: 0, y: 0, w: sideW, h: sideH, headingLines, titleLines, titleFont, subtitleLines, quoteLines, footLines, legendLines },
    strip: { x: 0, y: height - stripH, w: width, h: stripH, creditLines },
  };
}

/** The column's height less the quote's lines. */
function sideSectionHeights(u: number, headingLines: number, titleLines: number, titleFont: number, subtitleLines: number, footLines: number, legendRows: number, content: SlideContent): number {
  const head = PAD * u + headingLines * 28 * u + 16 * u + titleLines * titleFont * 1.2 + 8 * u + subtitleLines * 40 * u;
  const source = content.source || footLines ? 36 * u + 44 * u + (content.source ? 44 * u : 0) + (footLines ? 10 * u + footLines * 28 * u : 0) : 0;
  const legend = 36 * u + 44 * u + legendRows * LEGEND_ROW * u + PAD * u;
  return head + source + legend;
}

/**
 * Draws a slide (issue 6): the map full bleed, then the layout's text column
 * and strip. All text is drawn with fillText: data stays text.
 */
export function drawSlide(ctx: CanvasRenderingContext2D, map: CanvasImageSource | null, content: SlideContent, width: number, height: number, given?: SlideLayout): void {
  const layout = given ?? layoutSlide(ctx, content, width, height);
  const { u, side, strip } = layout;
  const pad = PAD * u;
  const x = side.x + pad;
  const inner = side.w - 2 * pad;
  ctx.save();
  ctx.fillStyle = '#cfd8e3';
  ctx.fillRect(0, 0, width, height);
  if (map) ctx.drawImage(map, 0, 0, width, height);
  ctx.textBaseline = 'top';

  // The text column.
  ctx.fillStyle = PANEL;
  ctx.fillRect(side.x, side.y, side.w, side.h);
  let y = side.y + pad;
  ctx.fillStyle = MUTED;
  ctx.font = `700 ${20 * u}px ${FONT}`;
  for (const line of side.headingLines) { ctx.fillText(line, x, y); y += 28 * u; }
  y += 16 * u;
  ctx.fillStyle = INK;
  ctx.font = `700 ${side.titleFont}px ${FONT}`;
  for (const line of side.titleLines) { ctx.fillText(line, x, y); y += side.titleFont * 1.2; }
  y += 8 * u;
  ctx.font = `400 ${30 * u}px ${FONT}`;
  ctx.fillStyle = '#ffd27a';
  for (const line of side.subtitleLines) { ctx.fillText(line, x, y); y += 40 * u; }

  if (content.source || side.footLines.length) {
    y += 36 * u;
    rule(ctx, x, y - 18 * u, inner, u);
    ctx.fillStyle = INK;
    ctx.font = `700 ${26 * u}px ${FONT}`;
    ctx.fillText(content.sourcesTitle, x, y);
    y += 44 * u;
    ctx.font = `italic 400 ${25 * u}px ${FONT}`;
    for (const line of side.quoteLines) { ctx.fillText(line, x, y); y += 34 * u; }
    if (content.source) {
      ctx.fillStyle = '#ffd27a';
      ctx.font = `400 ${24 * u}px ${FONT}`;
      ctx.fillText(ellipsis(ctx, content.source.by, inner), x, y + 6 * u);
      y += 44 * u;
    }
    ctx.fillStyle = MUTED;
    ctx.font = `400 ${20 * u}px ${FONT}`;
    if (side.footLines.length) y += 10 * u;
    for (const line of side.footLines) { ctx.fillText(line, x, y); y += 28 * u; }
  }

  // The legend, at the foot of the column.
  const rows = side.legendLines.reduce((n, l) => n + l.length, 0);
  const legendY = side.y + side.h - pad - rows * LEGEND_ROW * u - 44 * u;
  rule(ctx, x, legendY - 18 * u, inner, u);
  ctx.fillStyle = INK;
  ctx.font = `700 ${26 * u}px ${FONT}`;
  ctx.fillText(content.legendTitle, x, legendY);
  ctx.font = `400 ${25 * u}px ${FONT}`;
  let row = 0;
  content.legend.forEach((item, i) => {
    const lines = side.legendLines[i] ?? [item.label];
    const cy = legendY + 44 * u + row * LEGEND_ROW * u + LEGEND_ROW * u / 2;
    drawLegendMark(ctx, item, x + 14 * u, cy, 13 * u, INK);
    ctx.fillStyle = INK;
    lines.forEach((line, j) => ctx.fillText(line, x + 44 * u, cy - 16 * u + j * LEGEND_ROW * u));
    row += lines.length;
  });

  // Bottom strip: the link on the left, the credits in full on the right (on two lines if need be).
  ctx.fillStyle = 'rgba(10, 16, 28, 0.96)';
  ctx.fillRect(strip.x, strip.y, strip.w, strip.h);
  const margin = 40 * u;
  ctx.font = `400 ${18 * u}px ${FONT}`;
  ctx.fillStyle = MUTED;
  strip.creditLines.forEach((line, i) => {
    ctx.fillText(line, width - margin - ctx.measureText(line).width, strip.y + (strip.creditLines.length > 1 ? 15 : 20) * u + i * 26 * u);
  });
  // The link whole, never cut (issue 15): on two lines, smaller type if need be.
  ctx.fillStyle = INK;
  const { lines: linkLines, size } = fitLink(ctx, content.link, width * 0.44, u);
  const lineH = size * 1.2;
  linkLines.forEach((line, i) => {
    ctx.fillText(line, margin, strip.y + strip.h / 2 - (linkLines.length * lineH) / 2 + i * lineH + (lineH - size) / 2);
  });
  ctx.restore();
}

/** A link set in as few lines as fit `width` (two at most, from 20 down to 14 px on a 1080 px slide); sets ctx.font. */
export function fitLink(ctx: Pick<CanvasRenderingContext2D, 'measureText' | 'font'>, link: string, width: number, u: number): { lines: string[]; size: number } {
  let best: string[] = [link];
  let bestSize = 14 * u;
  for (const px of [20, 18, 16, 14]) {
    ctx.font = `400 ${px * u}px ${FONT}`;
    const lines = breakLink(ctx, link, width);
    best = lines; bestSize = px * u;
    if (lines.length <= 2) break;
  }
  ctx.font = `400 ${bestSize}px ${FONT}`;
  return { lines: best, size: bestSize };
}

/**
 * A URL broken into lines no wider than `width`, before "?", "&", "#" or
 * after "/" where it can, inside a part only when the part alone is too
 * wide. Nothing is dropped: the lines joined are the URL.
 */
export function breakLink(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, link: string, width: number): string[] {
  const parts = link.split(/(?=[?&#])|(?<=\/)/u).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (ctx.measureText(line + part).width <= width) { line += part; continue; }
    if (line) lines.push(line);
    line = '';
    for (const ch of part) {
      if (line && ctx.measureText(line + ch).width > width) { lines.push(line); line = ''; }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function rule(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, u: number): void {
  ctx.fillStyle = 'rgba(214, 221, 232, 0.35)';
  ctx.fillRect(x, y, w, 2 * u);
}

/** Breaks text into at most `max` lines that fit `width`; the last one ends with an ellipsis if cut. */
export function wrap(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number, max: number): string[] {
  // A no-break space binds (full or narrow, as French puts before : ; ? ! and inside « »): a closing » never sits alone on a line.
  const words = text.split(/[^\S\u00a0\u202f]+/u).filter(Boolean);
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

/** The text cut to fit `width` at a word's end, with "…" when it had to be cut. */
export function ellipsis(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join('')}…`).width <= width) lo = mid; else hi = mid - 1;
  }
  // At a word's end, never inside one (issue 15), unless a single word is wider than the line.
  let end = lo;
  if (end < chars.length && !/\s/u.test(chars[end] ?? '')) {
    const space = chars.slice(0, end).join('').search(/\s\S*$/u);
    if (space > 0) end = [...chars.join('').slice(0, space)].length;
  }
  return `${chars.slice(0, end).join('').replace(/[\s,;:.([«“…]+$/u, '')}…`;
}

/** An event type's shape (see the map's icons), filled with its colour, with a white rim `rim` px wide. */
export function drawShape(ctx: CanvasRenderingContext2D, shape: string, color: string, cx: number, cy: number, r: number, rim = 2): void {
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
  ctx.lineWidth = rim;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

/**
 * A legend line's symbol, centred on cx, cy (issue 15 review: every legend draws the same marks as the screen's card):
 * an event type's shape, the dashed ring in `ink`, or the border glow (palette.litGlow over a border's line).
 */
export function drawLegendMark(ctx: CanvasRenderingContext2D, item: LegendItem, cx: number, cy: number, r: number, ink: string): void {
  if ('type' in item) { drawShape(ctx, EVENT_STYLE[item.type].shape, EVENT_STYLE[item.type].color, cx, cy, r, Math.max(1, r / 6)); return; }
  ctx.save();
  if (item.mark === 'dashed') {
    ctx.strokeStyle = ink;
    ctx.lineWidth = Math.max(1, r / 5);
    ctx.setLineDash([r / 3, r / 4]);
    ctx.beginPath();
    ctx.arc(cx, cy, r - ctx.lineWidth / 2, 0, Math.PI * 2);
    ctx.stroke();
  } else {
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = LIT_GLOW;
    ctx.shadowColor = LIT_GLOW;
    ctx.shadowBlur = r / 2;
    ctx.beginPath();
    ctx.roundRect(cx - r * 1.3, cy - r * 0.55, r * 2.6, r * 1.1, r * 0.5);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.shadowBlur = 0;
    ctx.fillStyle = BORDER_LINE;
    ctx.fillRect(cx - r * 1.3, cy - Math.max(1, r / 8), r * 2.6, Math.max(2, r / 4));
  }
  ctx.restore();
}
