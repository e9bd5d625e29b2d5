import { dayNumber } from '../../../domain/dayNumber';
import { exportContent, type ExportContent } from './exportContent';
import { drawCover, drawStepPage, MAP_WIDTH_PX, PAGE_HEIGHT, PAGE_WIDTH, type PageFrame } from './handoutPage';
import { A4, pdfOfImages, type PdfImagePage } from './pdfOfImages';
import { aborted, saveFile, showStep, type Progress, type StepDriver } from './stepDriver';
import { loadFonts } from './symbols';

const JPEG_QUALITY = 0.9;

/**
 * The handout (issue 15): a cover, then one A4 page per step, each with
 * the map of that step as the presentation frames it. Every page is drawn
 * on a canvas and stored as a JPEG in a PDF written here (pdfOfImages.ts
 * says why), so it works offline and from the single-file build.
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
  await loadFonts(allText(content));
  const total = driver.steps.length + 1;
  const canvas = document.createElement('canvas');
  canvas.width = PAGE_WIDTH;
  canvas.height = PAGE_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const frame = (page: number): PageFrame => ({
    heading: content.cover.title,
    page: driver.t('export.page', { index: page, count: total }),
    credits: content.credits,
    legendTitle: content.legendTitle,
    legend: content.legend,
  });

  const pages: PdfImagePage[] = [];
  drawCover(ctx, content.cover, frame(1));
  pages.push(await jpeg(canvas));
  onProgress(1, total);
  // The map is drawn in the screen's proportions, at the page's resolution.
  const size = driver.handle?.size?.() ?? { width: 16, height: 9 };
  const mapHeight = Math.round((MAP_WIDTH_PX * size.height) / Math.max(1, size.width));
  for (let i = 0; i < driver.steps.length; i++) {
    if (signal.aborted) throw aborted();
    await showStep(driver, i, true, signal);
    const map = driver.handle ? await driver.handle.snapshot(MAP_WIDTH_PX, mapHeight) : null;
    if (signal.aborted) throw aborted();
    const step = content.steps[i];
    if (step) drawStepPage(ctx, map, step, frame(i + 2));
    pages.push(await jpeg(canvas));
    onProgress(i + 2, total);
  }
  const pdf = pdfOfImages(pages, { pageWidth: A4.width, pageHeight: A4.height, title: content.cover.title, lang: driver.lang });
  const name = `border-cooperation-handout-${driver.lang}.pdf`;
  saveFile(new Blob([pdf as BlobPart], { type: 'application/pdf' }), name);
  return name;
}

async function jpeg(canvas: HTMLCanvasElement): Promise<PdfImagePage> {
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('JPEG encoding failed'))), 'image/jpeg', JPEG_QUALITY));
  return { jpeg: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
}

function allText(c: ExportContent): string[] {
  return [
    c.cover.title, c.cover.heading, c.cover.dateRange, c.cover.stepCount, c.cover.exported, c.cover.credits, ...c.cover.sources,
    ...c.steps.flatMap((s) => [s.label, s.title, s.subtitle, s.caption ?? '', s.summary ?? '', s.quote?.text ?? '', s.quote?.label ?? '', s.source ?? '']),
    ...c.legend.map((l) => l.label),
  ];
}
