import type { DayNumber } from '../domain/dayNumber';
import type { LocalizedText } from '../domain/event';
import { NO_FILTERS, type DisplayMode, type EventFilters, type TimedEvent } from '../domain/timeline';
import type { Scene } from '../data/sceneScript';
import type { Camera } from './urlState';
import type { ViewerStore } from './viewerStore';

/**
 * One step of a presentation (issue 6): an event of the record, or a scene
 * of a briefing script. Applying a step sets the view; the camera is the
 * UI's business (it frames `eventId`'s geometry unless `camera` is given).
 */
export interface PresentStep {
  /** The event shown and selected, if any. */
  eventId: string | null;
  cursor: DayNumber;
  filters?: Partial<EventFilters>;
  display?: { mode: DisplayMode; windowMonths?: number };
  camera?: Camera;
  /** The script's own words for this scene, shown in place of the event's title (issue 15). */
  caption?: LocalizedText | string;
  /** Autoplay waits this long on this step instead of the chosen interval. */
  seconds?: number;
}

/** The record as a presentation: every filtered event, in date order, one step each. */
export function eventSteps(filtered: readonly TimedEvent[]): PresentStep[] {
  return filtered.map((e) => ({ eventId: e.event.id, cursor: e.start }));
}

/**
 * A briefing script as steps: each scene is a whole view (a field it does
 * not give takes its default, not the previous scene's), so scenes can be
 * shown in any order. A scene's date wins over its event's; a scene with
 * an event only is shown at the event's first day.
 */
export function sceneSteps(scenes: readonly Scene[], events: readonly TimedEvent[], defaultWindowMonths: number): PresentStep[] {
  const starts = new Map(events.map((e) => [e.event.id, e.start]));
  const steps: PresentStep[] = [];
  for (const scene of scenes) {
    const cursor = scene.cursor ?? (scene.event !== undefined ? starts.get(scene.event) : undefined);
    if (cursor === undefined) continue; // an event the loaded data does not have (the parser says so)
    steps.push({
      eventId: scene.event ?? null,
      cursor,
      filters: { types: [...(scene.types ?? NO_FILTERS.types)], pairs: [...(scene.pairs ?? NO_FILTERS.pairs)], query: scene.query ?? NO_FILTERS.query },
      display: { mode: scene.display ?? 'cumulative', windowMonths: scene.windowMonths ?? defaultWindowMonths },
      ...(scene.camera ? { camera: { ...scene.camera } } : {}),
      ...(scene.caption ? { caption: scene.caption } : {}),
      ...(scene.seconds !== undefined ? { seconds: scene.seconds } : {}),
    });
  }
  return steps;
}

/** Where a presentation opens: on the selected event when there is one, else at the first step. */
export function initialStep(steps: readonly PresentStep[], selectedId: string | null): number {
  if (steps.length === 0) return -1;
  const i = selectedId ? steps.findIndex((s) => s.eventId === selectedId) : -1;
  return Math.max(0, i);
}

/** Sets the store to a step (the `index`th of the presentation, when given), in one change (the store's `showStep` action). */
export function applyStep(store: ViewerStore, step: PresentStep, index?: number): void {
  store.getState().showStep(step, index);
}

export type PresentCommand = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'blackout' | 'fullscreen' | 'autoplay';

/**
 * What a key does in a presentation. Clickers send arrows, Page Up/Down,
 * and often "b" or "." for the black screen; Space advances like a slide show.
 */
export function presentCommand(key: string): PresentCommand | null {
  switch (key) {
    // N and P step as in PowerPoint (issue 15).
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': case ' ': case 'Enter': case 'n': case 'N': return 'next';
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'Backspace': case 'p': case 'P': return 'previous';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'Escape': return 'exit';
    case 'b': case 'B': case '.': return 'blackout';
    case 'f': case 'F': return 'fullscreen';
    case 'a': case 'A': return 'autoplay';
    default: return null;
  }
}

/** The step a command moves to from `index` among `count` steps; the same index at either end. */
export function moveStep(index: number, count: number, command: 'next' | 'previous' | 'first' | 'last'): number {
  if (count <= 0) return -1;
  switch (command) {
    case 'next': return Math.min(count - 1, index + 1);
    case 'previous': return Math.max(0, index - 1);
    case 'first': return 0;
    case 'last': return count - 1;
  }
}

/** Autoplay intervals offered, in seconds. */
export const AUTOPLAY_SECONDS = [5, 10, 20, 30, 60] as const;
export const DEFAULT_AUTOPLAY_SECONDS = 10;
