import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { TimedEvent } from '../../../domain/timeline';
import type { MapHandle } from '../../../map';
import type { PresentStep } from '../../../store/presentation';
import { trapTab } from '../../focusTrap';
import { useViewer, useViewerStoreApi } from '../../StoreContext';
import { useT } from '../../useT';
import './export.css';
import type { VideoFormat } from './recordVideo';
import type { VideoAspect } from './videoFrame';
import type { StepDriver } from './stepDriver';

interface Props {
  handle: MapHandle | null;
  steps: readonly PresentStep[];
  /** The step on screen, shown again when an export ends. */
  index: number;
  goTo(index: number): void;
  byId: ReadonlyMap<string, TimedEvent>;
  /** The presentation's autoplay interval: how long a step without its own time stays in the video. */
  seconds: number;
  /** True while the export panel is open (the presentation then leaves the keys alone and stops autoplay). */
  onBusy(busy: boolean): void;
  /** Lays the map out at a given CSS size for an export (null: the screen's). */
  layout?: StepDriver['layout'];
}

type Job =
  | { kind: 'idle' }
  | { kind: 'video-setup' }
  | { kind: 'handout'; done: number; total: number }
  | { kind: 'video'; elapsed: number; total: number };

const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * "Export handout (PDF)" and "Export video" for the presentation's control
 * bar (issue 15), and the panel that shows an export's progress with a
 * Cancel button. The drawing and encoding code loads on the first export.
 */
export function PresentExports({ handle, steps, index, goTo, byId, seconds, onBusy, layout }: Props) {
  const t = useT();
  const api = useViewerStoreApi();
  const lang = useViewer((s) => s.lang);
  const [job, setJob] = useState<Job>({ kind: 'idle' });
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const [formats, setFormats] = useState<VideoFormat[] | null>(null);
  const [format, setFormat] = useState<VideoFormat['id']>('mp4');
  const [aspect, setAspect] = useState<VideoAspect>('16:9');
  /** The presentation's box on screen, for the crop preview. */
  const [area, setArea] = useState<DOMRect | null>(null);
  const aspectId = useId();
  const controller = useRef<AbortController | null>(null);
  const returnTo = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const formatId = useId();
  const driver = useMemo<StepDriver>(() => ({ store: api, handle, steps, goTo, byId, lang, t, ...(layout ? { layout } : {}) }), [api, handle, steps, goTo, byId, lang, t, layout]);
  const startIndex = useRef(index);
  const busy = job.kind === 'handout' || job.kind === 'video';

  // While the panel is open the presentation leaves the keys to it (Escape cancels, not leaves) and stops autoplay.
  const open = job.kind !== 'idle';
  useEffect(() => { onBusy(open); }, [open, onBusy]);
  // Leaving the presentation mid-export cancels it.
  useEffect(() => () => controller.current?.abort(), []);
  // The panel takes the focus when it opens, so Cancel is one key away.
  useEffect(() => {
    if (job.kind !== 'idle') panelRef.current?.querySelector<HTMLElement>('select, button')?.focus();
  }, [job.kind]);

  /** Back to the button that started the export; it sits in the Export list, closed meanwhile: then to the list's toggle. */
  const refocus = useCallback(() => {
    const from = returnTo.current;
    const toggle = from?.closest('.present-export-group')?.querySelector<HTMLElement>('button[aria-expanded]');
    (from && from.getClientRects().length ? from : toggle ?? from)?.focus();
  }, []);

  const close = useCallback(() => {
    setJob({ kind: 'idle' });
    refocus();
  }, [refocus]);

  const run = useCallback(async (kind: 'handout' | 'video', work: (d: StepDriver, signal: AbortSignal) => Promise<string>) => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    startIndex.current = index;
    setMessage(null);
    setJob(kind === 'handout' ? { kind, done: 0, total: steps.length + 1 } : { kind, elapsed: 0, total: 1 });
    try {
      const name = await work(driver, abort.signal);
      setMessage({ text: t('export.saved', { file: name }), alert: false });
    } catch (e) {
      if (abort.signal.aborted) setMessage({ text: t('export.cancelled'), alert: false });
      else {
        console.warn(`${kind} export failed`, e);
        setMessage({ text: t('export.failed'), alert: true });
      }
    } finally {
      controller.current = null;
      goTo(startIndex.current);
      close();
    }
  }, [driver, index, steps.length, goTo, close, t]);

  // A success or a cancel stays on screen for a while, then goes. A failure stays until it is dismissed
  // (CI, session 17: a failed recording's alert was gone 5 s later, and nothing said the film was not made).
  useEffect(() => {
    if (!message || message.alert) return;
    const timer = window.setTimeout(() => setMessage(null), 5000);
    return () => window.clearTimeout(timer);
  }, [message]);

  const startHandout = (e: React.MouseEvent<HTMLButtonElement>) => {
    if (busy || steps.length === 0) return;
    returnTo.current = e.currentTarget;
    void run('handout', async (d, signal) => {
      const { exportHandout } = await import('./exportHandout');
      return exportHandout(d, { signal, onProgress: (done, total) => setJob({ kind: 'handout', done, total }) });
    });
  };

  const openVideo = async (e: React.MouseEvent<HTMLButtonElement>) => {
    if (busy || steps.length === 0) return;
    returnTo.current = e.currentTarget;
    setArea(e.currentTarget.closest('.present')?.getBoundingClientRect() ?? null);
    const [{ videoFormats }, { aspectFor }] = await Promise.all([import('./recordVideo'), import('./videoFrame')]);
    const found = await videoFormats();
    // The screen's shape first: a 4:3 projector's film is not cut at the sides.
    setAspect(aspectFor(handle?.size?.() ?? { width: window.innerWidth, height: window.innerHeight }));
    setFormats(found);
    if (found.length && !found.some((f) => f.id === format)) setFormat(found[0]?.id ?? 'webm');
    setMessage(found.length ? null : { text: t('export.noVideo'), alert: true });
    if (found.length) setJob({ kind: 'video-setup' });
  };

  const startVideo = () => {
    const chosen = formats?.find((f) => f.id === format) ?? formats?.[0];
    if (!chosen) return;
    void run('video', async (d, signal) => {
      const { recordVideo } = await import('./recordVideo');
      return recordVideo(d, { format: chosen, aspect, seconds, signal, onProgress: (elapsed, total) => setJob({ kind: 'video', elapsed, total }) });
    });
  };

  const cancel = () => {
    if (controller.current) controller.current.abort();
    else close();
  };

  const totalSeconds = steps.reduce((sum, s) => sum + (s.seconds ?? seconds), 0);
  const progress = job.kind === 'handout' ? { now: job.done, max: job.total, text: t('export.page', { index: job.done, count: job.total }) }
    : job.kind === 'video' ? { now: Math.round(job.elapsed / 1000), max: Math.round(job.total / 1000), text: t('export.time', { elapsed: clock(job.elapsed), total: clock(job.total) }) }
      : null;

  const panel = job.kind !== 'idle' && (
    // Modal (issue 15, session 10 review: Tab left it for the page behind the scrim): Tab keeps to its controls.
    <div ref={panelRef} className="present-export" role="dialog" aria-modal="true" aria-labelledby={headingId}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); cancel(); } else trapTab(e, panelRef.current); }}>
      <h2 id={headingId}>{job.kind === 'handout' ? t('export.handoutHeading') : t('export.videoHeading')}</h2>
      {job.kind === 'video-setup' && formats && (
        <>
          {formats.length > 1 && (
            <p className="present-export-field">
              <label htmlFor={formatId}>{t('export.format')}</label>
              <select id={formatId} value={format} onChange={(e) => setFormat(e.target.value as VideoFormat['id'])}>
                {formats.map((f) => <option key={f.id} value={f.id}>{t(f.id === 'mp4' ? 'export.formatMp4' : 'export.formatWebm')}</option>)}
              </select>
            </p>
          )}
          <p className="present-export-field">
            <label htmlFor={aspectId}>{t('export.aspect')}</label>
            <select id={aspectId} value={aspect} onChange={(e) => setAspect(e.target.value as VideoAspect)}>
              <option value="16:9">{t('export.aspect169')}</option>
              <option value="4:3">{t('export.aspect43')}</option>
            </select>
          </p>
          <p>{t('export.length', { count: steps.length, duration: clock(totalSeconds * 1000) })}</p>
        </>
      )}
      {progress && (
        <>
          <div className="present-export-bar" role="progressbar" aria-label={t('export.progressLabel')}
            aria-valuemin={0} aria-valuemax={progress.max} aria-valuenow={progress.now} aria-valuetext={progress.text}>
            <div style={{ width: `${progress.max ? (progress.now / progress.max) * 100 : 0}%` }} />
          </div>
          <p className="present-export-count">{progress.text}</p>
        </>
      )}
      <div className="present-export-actions">
        {job.kind === 'video-setup' && <button type="button" onClick={startVideo}>{t('export.record')}</button>}
        <button type="button" onClick={cancel}>{t('export.cancel')}</button>
      </div>
    </div>
  );

  return (
    <>
      <button type="button" onClick={startHandout} aria-disabled={busy || steps.length === 0}>{t('present.exportHandout')}</button>
      <button type="button" onClick={(e) => void openVideo(e)} aria-disabled={busy || steps.length === 0}>{t('present.exportVideo')}</button>
      {typeof document !== 'undefined' && createPortal(
        <>
          {/* A scrim under the dialog (issue 15 review: it had none), and while the video is set up, the film's frame on the map. */}
          {open && <div className="present-export-scrim" aria-hidden="true" />}
          {job.kind === 'video-setup' && area && <CropPreview area={area} aspect={aspect} note={t('export.cropNote')} />}
          {panel}
          {/* Always there, so a screen reader announces what lands in it. */}
          <p className={`present-export-message${message ? '' : ' visually-hidden'}`} role="status">{message && !message.alert ? message.text : ''}</p>
          {message?.alert && (
            <div className="present-export-message present-export-alert">
              <p role="alert">{message.text}</p>
              <button type="button" onClick={() => { setMessage(null); refocus(); }} aria-label={t('export.dismiss')}>{'\u00d7'}</button>
            </div>
          )}
        </>,
        document.body,
      )}
    </>
  );
}

/** The part of the map a video of this shape keeps (the film covers the map and cuts its middle), outside it dimmed. */
export function cropBox(area: { width: number; height: number }, aspect: VideoAspect): { left: number; top: number; width: number; height: number } {
  // VIDEO_ASPECTS' proportions (1920×1080, 1440×1080), not imported: videoFrame loads with the export's code.
  const ratio = aspect === '4:3' ? 4 / 3 : 16 / 9;
  const width = Math.min(area.width, area.height * ratio);
  const height = Math.min(area.height, area.width / ratio);
  return { left: (area.width - width) / 2, top: (area.height - height) / 2, width, height };
}

function CropPreview({ area, aspect, note }: { area: DOMRect; aspect: VideoAspect; note: string }) {
  const box = cropBox(area, aspect);
  return (
    <div className="present-export-croparea" style={{ left: area.left, top: area.top, width: area.width, height: area.height }}>
      <div className="present-export-crop" data-aspect={aspect} style={{ left: box.left, top: box.top, width: box.width, height: box.height }}>
        <p>{note}</p>
      </div>
    </div>
  );
}
