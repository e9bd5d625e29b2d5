import { EVENT_TYPE_KEYS } from '../../events/eventLabels';
import { frameLegend, legendItems, type LegendItem } from '../frameLegend';
import { exportContent } from './exportContent';
import { aborted, saveFile, showStep, wait, type StepDriver } from './stepDriver';
import { drawGroupRings, ringsInFrame } from './groupRings';
import { canEncodeMp4 } from './mp4Support';
import { loadFonts } from './symbols';
import { VIDEO_FPS } from './videoClock';
import { drawVideoFrame, VIDEO_ASPECTS, type VideoAspect } from './videoFrame';
import { webmDurationMs, webmFrameCount, withWebmDuration, withWebmFrameTimes } from './webmDuration';

export interface VideoFormat {
  id: 'mp4' | 'webm';
  mimeType: string;
  extension: string;
}

/** The film's frame period, ms. */
const PERIOD = 1000 / VIDEO_FPS;
/** The least time given back to the page between two frames, when composing has fallen behind real time. */
const MIN_TURN_MS = 15;
/** Frames that may wait in the encoder before composing waits for it. */
const MAX_IN_FLIGHT = 4;

/**
 * The formats this browser can write, best first: MP4 (H.264, what social media and slide software take)
 * where WebCodecs can encode it, frame by frame at each frame's own time (issue 15 review: MediaRecorder's
 * MP4 was timed by the wall clock); then WebM (VP8, else VP9) through MediaRecorder, its frame times
 * rewritten from their index. Empty where neither can be written.
 */
export async function videoFormats(): Promise<VideoFormat[]> {
  const mp4 = await canEncodeMp4();
  const recorder = typeof MediaRecorder !== 'undefined' && typeof HTMLCanvasElement.prototype.captureStream === 'function';
  // VP8 before VP9: it encodes 1080p in real time on a modest laptop, where VP9 dropped most frames (measured: 64 frames in 6 s).
  const webm = recorder ? ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t)) : undefined;
  return [
    ...(mp4 ? [{ id: 'mp4' as const, mimeType: 'video/mp4', extension: 'mp4' }] : []),
    ...(webm ? [{ id: 'webm' as const, mimeType: webm, extension: 'webm' }] : []),
  ];
}

/** Frames in the WebM written so far; 0 while it holds no frame yet, or not even its segment. */
async function encodedFrames(chunks: Blob[]): Promise<number> {
  if (chunks.length === 0) return 0;
  try {
    return webmFrameCount(new Uint8Array(await new Blob(chunks).arrayBuffer()));
  } catch {
    return 0;
  }
}

/** How long each step stays on screen in the video, in seconds: the script's own time, else the presentation's interval. */
export function stepSeconds(driver: Pick<StepDriver, 'steps'>, seconds: number): number[] {
  return driver.steps.map((s) => s.seconds ?? seconds);
}

/**
 * Records the presentation as a 1920×1080 (or 1440×1080, 4:3) video (issue 15): each step is
 * shown for its time, the camera moving as it does on screen, and every
 * frame is composed on a canvas (the map, copied in the frame it drew, then
 * the caption, legend, credits and progress), frame k for film time k / VIDEO_FPS. An MP4 is
 * encoded by WebCodecs at each frame's own time; a WebM by MediaRecorder, its frame times and
 * length then rewritten from the index. Returns the file name.
 */
export async function recordVideo(driver: StepDriver, options: { format: VideoFormat; aspect?: VideoAspect; seconds: number; signal: AbortSignal; onProgress: (elapsedMs: number, totalMs: number) => void }): Promise<string> {
  const { signal, format } = options;
  const { width: VIDEO_WIDTH, height: VIDEO_HEIGHT } = VIDEO_ASPECTS[options.aspect ?? '16:9'];
  const content = exportContent({ steps: driver.steps, byId: driver.byId, lang: driver.lang, t: driver.t, today: 0 });
  await loadFonts([...content.steps.flatMap((s) => [s.title, s.subtitle, s.caption ?? '', s.source ?? '']), content.credits, content.legendTitle, ...content.legend.map((l) => l.label), driver.t('present.litBorder'), driver.t('legend.approximatePlacement')]);
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
  let index = 0;
  let started = 0;
  /** Real time since the recording started (the frames' own times are their index's: see the loop below). */
  const clock = () => performance.now() - started;
  // Each step's legend names the types drawn in its frame (issue 15 review: it listed every type of the
  // briefing): its own event's type until the map has settled on the step, then what the map draws.
  const legends: LegendItem[][] = content.steps.map((s) => (s.type ? [{ type: s.type, label: driver.t(EVENT_TYPE_KEYS[s.type]) }] : []));
  const text = (i: number) => ({ legendTitle: content.legendTitle, legend: legends[i] ?? [], credits: content.credits });
  // A constant frame rate (issue 15 review: timed by the wall clock, a loaded machine gave 4.6 frames a second):
  // frame k of the film is at k / VIDEO_FPS. Every frame is composed, in order, from the last map picture read
  // (the map's own draws only refresh that picture), and the file's frame times are then written from their
  // index (WebM). Composing never runs ahead of real time, so the camera's flights keep their pace; on a busy
  // machine it falls behind instead of dropping frames.
  let composed = 0;
  // MP4: WebCodecs encodes each frame at its index's time (its own chunk, loaded only for an MP4).
  const mp4 = format.id === 'mp4' ? await (await import('./encodeMp4')).mp4Writer({ width: VIDEO_WIDTH, height: VIDEO_HEIGHT, fps: VIDEO_FPS, maxInFlight: MAX_IN_FLIGHT }) : null;
  const compose = async (k: number) => {
    drawVideoFrame(ctx, haveMap ? last : null, content.steps[index], text(index), (index + 1) / holds.length);
    composed++;
    if (mp4) await mp4.add(out, k);
    // WebM: each composed frame is handed to the recorder at once, not on the page's next animation frame (rare on a busy machine).
    else track?.requestFrame();
  };
  let track: CanvasCaptureMediaStreamTrack | null = null;
  // Reading the map's pixels back is the expensive part (about 1 s a frame on a loaded 2-core machine
  // with software WebGL, a few ms with a GPU): it takes at most a quarter of the main thread, and the
  // frame the map draws once it has settled is always read.
  let copyCost = 0;
  let lastCopy = -Infinity;
  let wantSettled = false;
  const stopCapture = driver.handle?.captureFrames?.(VIDEO_WIDTH, VIDEO_HEIGHT, (src) => {
    const now = performance.now();
    if (!wantSettled && now - lastCopy < 3 * copyCost) return;
    wantSettled = false;
    // Cover: the map's middle, in the video's proportions.
    const scale = Math.max(VIDEO_WIDTH / src.width, VIDEO_HEIGHT / src.height);
    const sw = VIDEO_WIDTH / scale;
    const sh = VIDEO_HEIGHT / scale;
    lastCtx.drawImage(src, (src.width - sw) / 2, (src.height - sh) / 2, sw, sh, 0, 0, VIDEO_WIDTH, VIDEO_HEIGHT);
    // With the dashed group rings the screen draws over the map (its legend lists them).
    drawGroupRings(lastCtx, ringsInFrame(driver.handle ?? null, VIDEO_WIDTH, VIDEO_HEIGHT));
    lastCopy = performance.now();
    copyCost = lastCopy - now;
    haveMap = true;
  });
  let settling = 0;
  const copyWhenSettled = async (step: number) => {
    const mine = ++settling;
    // Shown (again: the same index changes nothing) and settled: the presentation applied it and the camera has landed.
    await showStep(driver, step, true, signal).catch(() => undefined);
    if (mine !== settling) return;
    wantSettled = true;
    // whenIdle asks for one more frame: the one read now that the map has settled.
    await driver.handle?.whenIdle();
    // With the glow and the dashed ring, as the screen's legend card (issue 15 review).
    const drawn = frameLegend(driver.handle, (id) => driver.byId.get(id)?.event.type);
    if (drawn && mine === settling) legends[step] = legendItems(drawn, driver.t);
  };
  void copyWhenSettled(0);
  const frames = Math.max(1, Math.round(totalMs / PERIOD));
  const ends = holds.map((_, i) => holds.slice(0, i + 1).reduce((a, b) => a + b, 0));
  // Every frame in order, frame k for film time k / VIDEO_FPS; never ahead of real time, so the camera's flights keep their pace.
  const film = async (afterFrame: () => Promise<void>) => {
    started = performance.now();
    const report = window.setInterval(() => options.onProgress(Math.min(totalMs, composed * PERIOD), totalMs), 250);
    try {
      for (let k = 0; k < frames; k++) {
        const t = k * PERIOD;
        const found = ends.findIndex((end) => t < end);
        const step = found < 0 ? holds.length - 1 : found;
        if (step !== index) {
          index = step;
          driver.goTo(step);
          void copyWhenSettled(step);
        }
        await compose(k);
        await afterFrame();
        // Behind real time, still a short turn for the map, the encoder and the page.
        await wait(Math.max(MIN_TURN_MS, t + PERIOD - clock()), signal);
      }
    } finally {
      window.clearInterval(report);
    }
    options.onProgress(totalMs, totalMs);
  };

  let blob: Blob;
  if (mp4) {
    try {
      await film(async () => undefined);
      blob = await mp4.finish();
    } finally {
      mp4.close();
      stopCapture?.();
    }
    if (signal.aborted) throw aborted();
  } else {
    blob = await recordWebm(film);
  }
  const name = `border-cooperation-${driver.lang}.${format.extension}`;
  saveFile(blob, name);
  return name;

  /** The WebM: MediaRecorder encodes, then the file's frame times are rewritten from their index and its length written. */
  async function recordWebm(run: typeof film): Promise<Blob> {
    const stream = out.captureStream(0);
    track = (stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined) ?? null;
    const recorder = new MediaRecorder(stream, { mimeType: format.mimeType, videoBitsPerSecond: 8_000_000 });
    const chunks: Blob[] = [];
    let onData: (() => void) | null = null;
    recorder.ondataavailable = (e) => { if (e.data.size) chunks.push(e.data); onData?.(); };
    // Chromium's encoder drops a frame that comes while about ten wait (VP8 kept 39 of 72 on a loaded 2-core machine):
    // for every frame to be in the film, composing waits while more than a few are not yet in the file.
    let encoded = 0;
    const catchUp = async (all = false) => {
      if (composed - encoded <= (all ? 0 : MAX_IN_FLIGHT)) return;
      for (let tries = 0; composed - encoded > (all ? 0 : 1) && tries < 40 && recorder.state === 'recording'; tries++) {
        const got = new Promise<void>((resolve) => { onData = resolve; });
        recorder.requestData();
        await Promise.race([got, wait(250, signal)]);
        onData = null;
        // Nothing, or only the file's header, written yet (a loaded machine's encoder can take longer than a
        // wait for its first frames): none encoded, so wait again (session 18 CI: parsing it threw
        // "no WebM segment" and the film was lost). The finished file is still parsed strictly below.
        encoded = await encodedFrames(chunks);
      }
    };
    const stopped = new Promise<void>((resolve) => { recorder.onstop = () => resolve(); });
    let recordedMs = 0;
    try {
      // Not after its start event: Chromium sends it only once a frame has come, and none is drawn before the start.
      let failed = false;
      recorder.onerror = () => { failed = true; };
      recorder.start(1000);
      await run(async () => {
        await catchUp();
        if (failed) throw new Error('the recorder failed');
      });
      // The frames still in the encoder are let into the file before it stops.
      await catchUp(true);
      recordedMs = frames * PERIOD;
    } finally {
      if (recorder.state !== 'inactive') recorder.stop();
      await stopped;
      stopCapture?.();
      for (const each of stream.getTracks()) each.stop();
    }
    if (signal.aborted) throw aborted();
    let bytes: Uint8Array = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
    // Each frame at its index's time; should the encoder have dropped some, the ones kept spread evenly over the film.
    const count = webmFrameCount(bytes);
    bytes = withWebmFrameTimes(bytes, Array.from({ length: count }, (_, i) => (count === composed ? i * PERIOD : (i * recordedMs) / count)));
    // The film's length (its last frame held to the end).
    return new Blob([withWebmDuration(bytes, recordedMs || webmDurationMs(bytes)) as BlobPart], { type: 'video/webm' });
  }
}
