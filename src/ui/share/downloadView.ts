import { dayToIso } from '../../domain/dayNumber';
import { isVisible } from '../../domain/timeline';
import { loadPart } from '../../i18n/catalogues';
import { formatDateText } from '../../i18n/formatDate';
import type { Translate } from '../../i18n/translate';
import type { MapHandle } from '../../map';
import type { ViewerState } from '../../store/viewerStore';
import { slideContent } from '../present/exportSlide';
import { drawLegendMark, ellipsis, wrap, type SlideContent } from '../present/slide';

/**
 * The current view as a still image for a newsletter (issue 14): 16:9, wide
 * enough for a 600 px e-mail column at twice its pixels. `npm run build`
 * renders the default view the same way as the embed's fallback image
 * (scripts/render-fallbacks.mjs), so both look alike.
 */
export const VIEW_IMAGE_WIDTH = 1200;
export const VIEW_IMAGE_HEIGHT = 675;

const FONT = '"Noto Sans", system-ui, sans-serif';
const INK = '#1f1e1b';
const INK_SOFT = '#55514a';
const ACCENT = '#7d4810'; // the app's accent, darkened to 7:1 on the panels' white
const PANEL = 'rgba(255, 255, 255, 0.94)';
const EDGE = 'rgba(31, 30, 27, 0.22)';

/**
 * Draws the image: the map full bleed; over it, the title and date at the top
 * left, the legend of the event types shown at the bottom left, and a strip
 * along the bottom edge with the sources and the credits. A newsletter shows
 * it at half size, so the type is larger than the app's: 15 px at the
 * smallest here is 7.5 px there, the credits' size in a printed map. All text
 * is drawn with fillText: data stays text. Sizes scale with the height.
 */
export function drawViewImage(ctx: CanvasRenderingContext2D, map: CanvasImageSource | null, content: SlideContent, width: number, height: number): void {
  const u = height / VIEW_IMAGE_HEIGHT;
  const m = 20 * u;
  const pad = 16 * u;
  ctx.save();
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#e8e4dc';
  ctx.fillRect(0, 0, width, height);
  if (map) ctx.drawImage(map, 0, 0, width, height);

  // Bottom strip: the sources on one line, the credits on one or two.
  ctx.font = `400 ${15 * u}px ${FONT}`;
  const textW = width - 2 * m;
  const sources = content.sources.length ? ellipsis(ctx, content.sources.join(' · '), textW) : '';
  ctx.font = `400 ${14 * u}px ${FONT}`;
  const credits = wrap(ctx, content.credits, textW, 2);
  const stripH = 2 * 10 * u + (sources ? 22 * u : 0) + credits.length * 20 * u;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.96)';
  ctx.fillRect(0, height - stripH, width, stripH);
  ctx.fillStyle = EDGE;
  ctx.fillRect(0, height - stripH, width, Math.max(1, u));
  let y = height - stripH + 10 * u;
  if (sources) {
    ctx.fillStyle = INK;
    ctx.font = `400 ${15 * u}px ${FONT}`;
    ctx.fillText(sources, m, y);
    y += 22 * u;
  }
  ctx.fillStyle = INK_SOFT;
  ctx.font = `400 ${14 * u}px ${FONT}`;
  for (const line of credits) { ctx.fillText(line, m, y); y += 20 * u; }

  // Title panel, top left.
  // As wide as its text (up to 60% of the image), so it hides as little of the map as it can.
  const measure = (font: string, s: string) => { ctx.font = font; return ctx.measureText(s).width; };
  const titleW = Math.min(width * 0.6, 2 * pad + Math.max(
    measure(`700 ${15 * u}px ${FONT}`, content.heading), measure(`700 ${30 * u}px ${FONT}`, content.title), measure(`400 ${19 * u}px ${FONT}`, content.subtitle)));
  ctx.font = `700 ${30 * u}px ${FONT}`;
  const titleLines = wrap(ctx, content.title, titleW - 2 * pad, 2);
  const panelH = pad + 22 * u + titleLines.length * 38 * u + 28 * u + pad;
  panel(ctx, m, m, titleW, panelH, u);
  y = m + pad;
  ctx.fillStyle = INK_SOFT;
  ctx.font = `700 ${15 * u}px ${FONT}`;
  ctx.fillText(ellipsis(ctx, content.heading, titleW - 2 * pad), m + pad, y);
  y += 24 * u;
  ctx.fillStyle = INK;
  ctx.font = `700 ${30 * u}px ${FONT}`;
  for (const line of titleLines) { ctx.fillText(line, m + pad, y); y += 38 * u; }
  ctx.fillStyle = ACCENT;
  ctx.font = `400 ${19 * u}px ${FONT}`;
  ctx.fillText(ellipsis(ctx, content.subtitle, titleW - 2 * pad), m + pad, y);

  // Legend, bottom left, above the strip: the types on screen, two columns when there are many.
  const rowH = 26 * u;
  const columns = content.legend.length > 3 ? 2 : 1;
  ctx.font = `400 ${16 * u}px ${FONT}`;
  const colW = Math.min(300 * u, 34 * u + Math.max(0, ...content.legend.map((item) => ctx.measureText(item.label).width)));
  const rows = Math.ceil(content.legend.length / columns);
  const legendW = pad * 2 + columns * colW + (columns - 1) * 12 * u;
  const legendH = pad + 24 * u + rows * rowH + pad / 2;
  const legendY = height - stripH - m - legendH;
  panel(ctx, m, legendY, legendW, legendH, u);
  ctx.fillStyle = INK;
  ctx.font = `700 ${16 * u}px ${FONT}`;
  ctx.fillText(content.legendTitle, m + pad, legendY + pad);
  ctx.font = `400 ${16 * u}px ${FONT}`;
  content.legend.forEach((item, i) => {
    const col = Math.floor(i / rows);
    const x = m + pad + col * (colW + 12 * u);
    const cy = legendY + pad + 24 * u + (i % rows) * rowH + rowH / 2;
    drawLegendMark(ctx, item, x + 10 * u, cy, 9.5 * u, INK);
    ctx.fillStyle = INK;
    ctx.fillText(ellipsis(ctx, item.label, colW - 34 * u), x + 26 * u, cy - 10 * u);
  });
  ctx.restore();
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, u: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 8 * u);
  ctx.fillStyle = PANEL;
  ctx.fill();
  ctx.lineWidth = Math.max(1, u);
  ctx.strokeStyle = EDGE;
  ctx.stroke();
}

interface ViewImageOptions {
  handle: MapHandle | null;
  state: ViewerState;
  t: Translate;
  width?: number;
  height?: number;
}

/**
 * What the image says: the slide's words (issue 6), with the sources in one
 * short line (each article's publisher, where named, and date: the headlines
 * do not fit a newsletter's image) and no link (a newsletter links the image).
 */
export function viewImageContent(state: ViewerState, t: Translate, inImage?: number): SlideContent {
  const content = slideContent(state, t, '', null);
  // What the image shows (reader3: it said "26 events shown" with 5 in view): when some shown events fall outside it, say how many it holds.
  const shown = state.filtered.filter((e) => isVisible(e, state.cursor, state.display)).length;
  if (!state.selectedId && inImage !== undefined && inImage < shown) content.subtitle = t('share.imageInView', { count: inImage, total: shown });
  const articles = new Map<string, string>();
  for (const e of state.filtered) {
    if (!isVisible(e, state.cursor, state.display)) continue;
    const src = e.event.source;
    const date = formatDateText(src.date, state.lang);
    if (!articles.has(src.article)) articles.set(src.article, src.publisher ? `${src.publisher}, ${date}` : date);
  }
  // Each label once (issue 14 review: two articles of the same day, with no publisher, read "5 février 2026 · 5 février 2026"); the count says how many.
  const list = uniqueLabels([...articles.values()]);
  return { ...content, sources: list.length ? [t('share.imageSources', { count: list.length, list: list.join(' · ') })] : [] };
}

/** The labels in their order, each once. */
export function uniqueLabels(labels: readonly string[]): string[] {
  return [...new Set(labels)];
}

/**
 * How many of the shown events have a symbol inside the image: the snapshot
 * is the middle of the map's view cut to the image's shape (createMap's
 * snapshot), so the events drawn in that middle part.
 */
export function eventsInImage(handle: Pick<MapHandle, 'controller' | 'project' | 'size'>, width: number, height: number): number | undefined {
  const size = handle.size?.();
  if (!size || !(size.width > 0 && size.height > 0)) return undefined;
  const scale = Math.max(width / size.width, height / size.height);
  const sw = width / scale, sh = height / scale;
  const x0 = (size.width - sw) / 2, y0 = (size.height - sh) / 2;
  const points = handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), Number.MAX_SAFE_INTEGER) ?? [];
  return points.filter((p) => p.x >= x0 && p.x <= x0 + sw && p.y >= y0 && p.y <= y0 + sh).length;
}

/** The view as a PNG: the map at the image's size, with the text drawn over it. */
export async function renderViewImage({ handle, state, t, width = VIEW_IMAGE_WIDTH, height = VIEW_IMAGE_HEIGHT }: ViewImageOptions): Promise<Blob> {
  // The image's words are the slide's (present mode's part of the catalogue, issue 18), fetched
  // with the fonts; `t` reads the loaded language, so it has them once this resolves.
  // Canvas text uses the page's fonts only once they are loaded.
  await Promise.all([loadPart('present'), ...['400 16px "Noto Sans"', '700 30px "Noto Sans"'].map((f) => document.fonts?.load(f, 'Quảng Trị').catch(() => []) ?? [])]);
  const map = handle ? await handle.snapshot(width, height) : null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  drawViewImage(ctx, map, viewImageContent(state, t, handle ? eventsInImage(handle, width, height) : undefined), width, height);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** The file name of a view's image: the moment it shows. */
export function viewImageName(state: Pick<ViewerState, 'cursor' | 'selectedId'>): string {
  return `border-cooperation-${dayToIso(state.cursor)}${state.selectedId ? `-${state.selectedId.slice(0, 60)}` : ''}.png`;
}

/** Renders the view and offers it as a download. */
export async function downloadView(options: ViewImageOptions): Promise<void> {
  const blob = await renderViewImage(options);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = viewImageName(options.state);
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
