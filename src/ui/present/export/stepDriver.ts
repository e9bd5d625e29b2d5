import type { TimedEvent } from '../../../domain/timeline';
import type { Translate } from '../../../i18n/translate';
import type { MapHandle } from '../../../map';
import type { PresentStep } from '../../../store/presentation';
import type { ViewerStore } from '../../../store/viewerStore';

/**
 * What an export needs from the presentation: its steps, and a way to show
 * one. The presentation itself applies the step and frames the camera, so
 * a handout page and a video frame show what the audience sees.
 */
export interface StepDriver {
  store: ViewerStore;
  handle: MapHandle | null;
  steps: readonly PresentStep[];
  goTo(index: number): void;
  byId: ReadonlyMap<string, TimedEvent>;
  lang: string;
  t: Translate;
  /**
   * Lays the map out at this CSS size (null: back to the screen's), then
   * frames the step on screen again for it. The handout draws the map
   * smaller than a 1920 px screen so that its labels print large enough.
   */
  layout?(size: { width: number; height: number } | null): Promise<void>;
}

export type Progress = (done: number, total: number) => void;

/** Rejects with an AbortError when the signal fires; resolves after `ms` otherwise. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(aborted()); return; }
    const timer = window.setTimeout(() => { signal?.removeEventListener('abort', stop); resolve(); }, ms);
    const stop = () => { window.clearTimeout(timer); reject(aborted()); };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

export function aborted(): DOMException {
  return new DOMException('The export was cancelled', 'AbortError');
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Shows step `index` and waits until the presentation has applied it (the
 * store is at its date and selection) and, with `settle`, until the map has
 * finished moving and drawing (its camera may fly there first).
 */
export async function showStep(driver: StepDriver, index: number, settle: boolean, signal?: AbortSignal): Promise<void> {
  const step = driver.steps[index];
  if (!step) return;
  driver.goTo(index);
  const applied = () => {
    const s = driver.store.getState();
    return s.cursor === step.cursor && s.selectedId === step.eventId;
  };
  // A step the store cannot take as given (an event filtered out) is shown as it comes, after at most 3 s.
  for (let tries = 0; !applied() && tries < 180; tries++) {
    if (signal?.aborted) throw aborted();
    await frame();
  }
  // The camera is framed in the same commit; the controller may start the flight on the next frame.
  await frame();
  await frame();
  if (!settle || !driver.handle) return;
  const idle = driver.handle.whenIdle();
  await Promise.race([idle, wait(15_000, signal)]);
  if (signal?.aborted) throw aborted();
}

/** Offers bytes as a download under `name` (an <a download>, as the slide export does). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
