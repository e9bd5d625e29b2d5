import regularUrl from 'noto-subset/noto-sans-400.ttf?url';
import boldUrl from 'noto-subset/noto-sans-700.ttf?url';
import { dayNumber } from '../../../domain/dayNumber';
import { EVENT_TYPE_KEYS } from '../../events/eventLabels';
import { frameLegend, legendItems } from '../frameLegend';
import { withGroupRings } from './groupRings';
import { exportContent } from './exportContent';
import { drawCover, drawStepPage, handoutMapLayout, MAP_WIDTH_PX, PAGE_HEIGHT, PAGE_WIDTH, type HandoutFonts, type PageFrame } from './handoutPage';
import { A4, pdfOfImages, type PdfImagePage, type PdfText } from './pdfOfImages';
import { aborted, saveFile, showStep, type Progress, type StepDriver } from './stepDriver';
import { parseTrueType } from './ttf';

const JPEG_QUALITY = 0.9;

/**
 * The handout (issue 15): a cover, then one A4 page per step, each with
 * the map of that step as the presentation frames it. Each page's picture
 * (the map, rules, symbols) is drawn on a canvas and stored as a JPEG; its
 * words are PDF text in the app's Noto Sans, embedded as TrueType (fetched
 * from the app's own files only now, or decoded from the single-file
 * build's data: URL). The PDF is written here (pdfOfImages.ts says why),
 * so it works offline and from the single-file build.
 * Returns the file's name once the download has been offered.
 */
export async function exportHandout(driver: StepDriver, options: { signal: AbortSignal; onProgress: Progress; title?: string }): Promise<string> {
  const { signal, onProgress } = options;
  const now = new Date();
  const content = exportContent({
    steps: driver.steps, byId: driver.byId, lang: driver.lang, t: driver.t,
    today: dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate()),
    ...(options.title ? { title: options.title } : {}),
  });
  const fonts = await handoutFonts();
  const total = driver.steps.length + 1;
  const canvas = document.createElement('canvas');
  canvas.width = PAGE_WIDTH;
  canvas.height = PAGE_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const frame = (page: number, legend: Pick<PageFrame, 'legend'> = { legend: content.legend }): PageFrame => ({
    heading: content.cover.title,
    page: driver.t('export.page', { index: page, count: total }),
    credits: content.footerCredits,
    legendTitle: content.legendTitle,
    ...legend,
  });
  // Each page's legend names what that page's map draws (issue 15: every page listed the whole briefing's types),
  // with the glow and the dashed ring as the screen's card explains them (issue 15 review): frameLegend, as the screen.
  const pageLegend = (i: number): Pick<PageFrame, 'legend'> => {
    const drawn = frameLegend(driver.handle, (id) => driver.byId.get(id)?.event.type);
    if (drawn) return { legend: legendItems(drawn, driver.t) };
    const type = content.steps[i]?.type;
    return { legend: type ? [{ type, label: driver.t(EVENT_TYPE_KEYS[type]) }] : [] };
  };

  const pages: PdfImagePage[] = [];
  pages.push(await jpeg(canvas, drawCover(ctx, content.cover, frame(1), fonts)));
  onProgress(1, total);
  // The map is laid out small enough for its labels to print at 7 pt or more, then drawn at the page's resolution.
  const screen = driver.handle?.size?.() ?? { width: 16, height: 9 };
  const layout = handoutMapLayout(screen);
  const mapHeight = Math.round((MAP_WIDTH_PX * layout.height) / layout.width);
  await driver.layout?.(layout);
  try {
    for (let i = 0; i < driver.steps.length; i++) {
      if (signal.aborted) throw aborted();
      await showStep(driver, i, true, signal);
      // With the dashed group rings the screen draws over the map (its legend lists them).
      const map = driver.handle ? withGroupRings(driver.handle, await driver.handle.snapshot(MAP_WIDTH_PX, mapHeight)) : null;
      if (signal.aborted) throw aborted();
      const step = content.steps[i];
      const text = step ? drawStepPage(ctx, map, step, frame(i + 2, pageLegend(i)), fonts) : [];
      pages.push(await jpeg(canvas, text));
      onProgress(i + 2, total);
    }
  } finally {
    await driver.layout?.(null);
  }
  const pdf = pdfOfImages(pages, { pageWidth: A4.width, pageHeight: A4.height, title: content.cover.title, lang: driver.lang, fonts: [fonts.regular, fonts.bold] });
  const name = `border-cooperation-handout-${driver.lang}.pdf`;
  saveFile(new Blob([pdf as BlobPart], { type: 'application/pdf' }), name);
  return name;
}

async function jpeg(canvas: HTMLCanvasElement, text: PdfText[]): Promise<PdfImagePage> {
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('JPEG encoding failed'))), 'image/jpeg', JPEG_QUALITY));
  return { jpeg: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height, text };
}

/** The two TrueType faces, from the app's own origin (or the single-file build's inlined data: URL, read without a request). */
async function handoutFonts(): Promise<HandoutFonts> {
  const load = async (url: string) => {
    if (url.startsWith('data:')) {
      const b64 = url.slice(url.indexOf(',') + 1);
      return parseTrueType(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    }
    const res = await fetch(new URL(url, document.baseURI).href);
    if (!res.ok) throw new Error(`font ${url}: HTTP ${res.status}`);
    return parseTrueType(new Uint8Array(await res.arrayBuffer()));
  };
  const [regular, bold] = await Promise.all([load(regularUrl), load(boldUrl)]);
  return { regular, bold };
}
