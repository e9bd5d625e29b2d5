import { exportContent } from './exportContent';
import { aborted, saveFile, showStep, wait, type StepDriver } from './stepDriver';
import { loadFonts } from './symbols';
import { drawVideoFrame, VIDEO_HEIGHT, VIDEO_WIDTH } from './videoFrame';
import { webmDurationMs, withWebmDuration } from './webmDuration';

export interface VideoFormat {
  id: 'mp4' | 'webm';
  mimeType: string;
  extension: string;
}

const FPS = 30;

/**
 * The formats this browser's MediaRecorder can write, best first: MP4
 * (H.264, what social media and slide software take) where it can, then
 * WebM (VP9, else VP8). Empty where there is no MediaRecorder.
 */
export function videoFormats(): VideoFormat[] {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement.prototype.captureStream !== 'function') return [];
  const first = (types: string[]) => types.find((t) => MediaRecorder.isTypeSupported(t));
  const mp4 = first(['video/mp4;codecs=avc1.640028', 'video/mp4;codecs=avc1']);
  const webm = first(['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm']);
  return [
    ...(mp4 ? [{ id: 'mp4' as const, mimeType: mp4, extension: 'mp4' }] : []),
    ...(webm ? [{ id: 'webm' as const, mimeType: webm, extension: 'webm' }] : []),
  ];
}

/** How long each step stays on screen in the video, in seconds: the script's own time, else the presentation's interval. */
export function stepSeconds(driver: Pick<StepDriver, 'steps'>, seconds: number): number[] {
  return driver.steps.map((s) => s.seconds ?? seconds);
}

/**
 * Records the presentation as a 1920×1080 video (issue 15): each step is
 * shown for its time, the camera moving as it does on screen, and every
 * frame is composed on a canvas (the map, copied in the frame it drew, then
 * the caption, legend, credits and progress) that MediaRecorder encodes.
 * A WebM gets the duration MediaRecorder leaves out. Returns the file name.
 */
export async function recordVideo(driver: StepDriver, options: { format: VideoFormat; seconds: number; signal: AbortSignal; onProgress: (elapsedMs: number, totalMs: number) => void }): Promise<string> {
  const { signal, format } = options;
  const content = exportContent({ steps: driver.steps, byId: driver.byId, lang: driver.lang, t: driver.t, today: 0 });
  await loadFonts([...content.steps.flatMap((s) => [s.title, s.subtitle, s.caption ?? '', s.source ?? '']), content.credits, content.legendTitle, ...content.legend.map((l) => l.label)]);
  const holds = stepSeconds(driver, options.seconds).map((s) => s * 1000);
  const totalMs = holds.reduce((a, b) => a + b, 0);
  if (driver.steps.length === 0) throw new Error('nothing to record');

  // Open on the first step, settled, so the video does not start with a flight from elsewhere.
  await showStep(driver, 0, true, signal);

  const out = document.createElement('canvas');
  out.width = VIDEO_WIDTH;
  out.height = VIDEO_HEIGHT;
  const ctx = out.getContext('2d');
  // The last frame the map drew, kept: the map draws only when something moves.
  const last = document.createElement('canvas');
  last.width = VIDEO_WIDTH;
  last.height = VIDEO_HEIGHT;
  const lastCtx = last.getContext('2d');
  if (!ctx || !lastCtx) throw new Error('no 2D canvas');
  let haveMap = false;
  const stopCapture = driver.handle?.captureFrames?.(VIDEO_WIDTH, VIDEO_HEIGHT, (src) => {
    // Cover: the map's middle, in the video's proportions.
    const scale = Math.max(VIDEO_WIDTH / src.width, VIDEO_HEIGHT / src.height);
    const sw = VIDEO_WIDTH / scale;
    const sh = VIDEO_HEIGHT / scale;
    lastCtx.drawImage(src, (src.width - sw) / 2, (src.height - sh) / 2, sw, sh, 0, 0, VIDEO_WIDTH, VIDEO_HEIGHT);
    haveMap = true;
  });

  let index = 0;
  let started = 0;
  const text = { legendTitle: content.legendTitle, legend: content.legend, credits: content.credits };
  const compose = () => {
    const elapsed = started ? performance.now() - started : 0;
    drawVideoFrame(ctx, haveMap ? last : null, content.steps[index], text, elapsed / totalMs);
  };
  compose();
  // A timer, not requestAnimationFrame: frames keep coming while nothing moves, so the file lasts as long as the show.
  const ticker = window.setInterval(compose, 1000 / FPS);

  const stream = out.captureStream(FPS);
  const recorder = new MediaRecorder(stream, { mimeType: format.mimeType, videoBitsPerSecond: 8_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => { if (e.data.size) chunks.push(e.data); };
  const stopped = new Promise<void>((resolve) => { recorder.onstop = () => resolve(); });
  try {
    await new Promise<void>((resolve, reject) => {
      recorder.onstart = () => resolve();
      recorder.onerror = () => reject(new Error('the recorder failed'));
      recorder.start(1000);
    });
    started = performance.now();
    const report = window.setInterval(() => options.onProgress(Math.min(totalMs, performance.now() - started), totalMs), 250);
    try {
      let at = 0;
      for (let i = 0; i < holds.length; i++) {
        if (i > 0) {
          index = i;
          await showStep(driver, i, false, signal);
        }
        at += holds[i] ?? 0;
        // Each step ends at its place on the video's clock, whatever showing it cost.
        await wait(Math.max(0, at - (performance.now() - started)), signal);
      }
    } finally {
      window.clearInterval(report);
    }
    options.onProgress(totalMs, totalMs);
  } finally {
    if (recorder.state !== 'inactive') recorder.stop();
    await stopped;
    window.clearInterval(ticker);
    stopCapture?.();
    for (const track of stream.getTracks()) track.stop();
  }
  if (signal.aborted) throw aborted();
  let blob = new Blob(chunks, { type: format.mimeType.split(';')[0] });
  if (format.id === 'webm') {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    blob = new Blob([withWebmDuration(bytes, webmDurationMs(bytes)) as BlobPart], { type: 'video/webm' });
  }
  const name = `border-cooperation-${driver.lang}.${format.extension}`;
  saveFile(blob, name);
  return name;
}
