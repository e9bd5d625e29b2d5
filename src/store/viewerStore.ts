import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { BorderEvent } from '../domain/event';
import type { DayNumber } from '../domain/dayNumber';
import { eventFingerprint } from '../domain/eventFingerprint';
import { dayAtInstant, defaultCursor } from '../domain/defaultCursor';
import type { Problem } from '../data/problems';
import {
  matchesFilters, NO_FILTERS, searchText, searchWords, stepCursor, timeEvents, timelineSpan,
  type DisplaySettings, type EventFilters, type TimedEvent,
} from '../domain/timeline';
import { DEFAULT_DISPLAY } from '../domain/viewLimits';
import { DEFAULT_SPEED, type SpeedId } from './speeds';
import type { Camera } from './urlState';

export type AppMode = 'explore' | 'embed' | 'present';

export interface Notice {
  id: string;
  kind: 'problems' | 'geo-failed' | 'link-ignored' | 'data-refused' | 'live-failed' | 'script-refused' | 'script-failed' | 'script-problems';
  file: string;
  count: number;
  /** Plain lines shown as given (the parts of a link that were ignored, a refusal's reason). */
  details: string[];
  /** The validator's problems as data; the UI words each by its code in the reader's language (issue 7). */
  problems?: readonly Problem[];
  reason?: string;
  /** live-failed: when the next poll is due (ms since the epoch); `count` is the failures in a row. */
  retryAt?: number;
}

export interface ViewerState {
  mode: AppMode;
  lang: string;
  notices: Notice[];

  /** Every valid event, sorted by start. */
  events: TimedEvent[];
  /** The events that pass the filters, sorted by start (recomputed when events or filters change, never per step). */
  filtered: TimedEvent[];
  span: { start: DayNumber; end: DayNumber } | null;
  cursor: DayNumber;
  display: DisplaySettings;
  filters: EventFilters;
  selectedId: string | null;
  /** Ids of events added or changed since the first load (a live file, issue 5); empty until a reload brings news. */
  newSince: ReadonlySet<string>;
  playing: boolean;
  speed: SpeedId;
  loop: boolean;
  /**
   * Where the reader last moved the map (as react-map-gl keeps `viewState`):
   * the link's camera until then, null when neither. The address carries it.
   */
  camera: Camera | null;
  /**
   * The camera was set explicitly (a link's `view`, a host page's `setView`,
   * issues 14 and 17): every follow keeps it (the map's cameraMoves read this)
   * until the reader acts: selects, steps, plays, moves the cursor, changes
   * the filters or the display. Only `holdCamera` and a link's camera set it.
   */
  cameraHeld: boolean;
  /** The presentation's step shown (issue 15/17: set with the step, by showStep); -1 before the first, and outside present mode. */
  presentIndex: number;

  setLang(lang: string): void;
  /** Enter or leave the presentation (issue 6); an embed stays an embed. */
  setMode(mode: AppMode): void;
  addNotice(notice: Notice): void;
  dismissNotice(id: string): void;
  /**
   * `prints[i]`, when given, is eventFingerprint(events[i]), computed where the
   * file was parsed (in the events worker); without them the store computes
   * them itself, on this thread, when a reload needs them.
   */
  setEvents(events: readonly BorderEvent[], placeNames?: (id: string) => readonly string[], prints?: readonly number[]): void;
  setCursor(day: DayNumber): void;
  /** Moves the cursor to the next/previous event date among the filtered events; false at either end. */
  step(direction: 1 | -1): boolean;
  setDisplay(display: Partial<DisplaySettings>): void;
  setFilters(filters: Partial<EventFilters>): void;
  select(id: string | null): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: SpeedId): void;
  setLoop(loop: boolean): void;
  setCamera(camera: Camera | null): void;
  /** A camera set explicitly (a host page's view): kept by every follow until the reader acts (cameraHeld). */
  holdCamera(camera: Camera): void;
  /** The reader moved the camera on purpose (the locator inset): a camera the link set is no longer kept. */
  releaseCamera(): void;
  /**
   * Shows one step of a presentation (issue 6) in one change: its filters
   * (they decide what is drawn), display, date (clamped to the span) and
   * selection, and (`index`) which step of the presentation it is.
   * Subscribers see the step whole, never half applied.
   */
  showStep(step: ViewStep, index?: number): void;
}

/** A whole view to show at once (a presentation's step; see presentation.ts). */
export interface ViewStep {
  eventId: string | null;
  cursor: DayNumber;
  filters?: Partial<EventFilters>;
  display?: Partial<DisplaySettings>;
}

export interface ViewerInit {
  mode: AppMode;
  lang: string;
  cursor?: DayNumber;
  display?: DisplaySettings;
  filters?: EventFilters;
  selectedId?: string | null;
  camera?: Camera | null;
  /** Today's calendar day, for the default cursor (issue 13); the day in Vietnam and Laos by default. Tests pass their own. */
  today?: () => DayNumber;
}

/**
 * Subscribers name what they follow with a selector (zustand's
 * subscribeWithSelector), `shallow` comparing a list of values, instead of
 * hand-written `s.a !== prev.a || …` change lists (issue 17).
 */
export type ViewerStore = Mutate<StoreApi<ViewerState>, [['zustand/subscribeWithSelector', never]]>;


/** One store per app instance: one news page can hold two embeds (HOUSE_STYLE). */
export function createViewerStore(init: ViewerInit): ViewerStore {
  // Search text is folded once per event, not per keystroke or step, and only once a search
  // needs it: at 100k events folding took ~0.7 s of the load's main thread (issue 8), which
  // a reader who never searches would pay for nothing.
  let folded: Map<string, string> | null = null;
  let foldFrom: { events: readonly TimedEvent[]; placeNames: (id: string) => readonly string[] } = { events: [], placeNames: () => [] };
  const foldedText = (id: string): string => {
    folded ??= new Map(foldFrom.events.map((e) => [e.event.id, searchText(e.event, foldFrom.placeNames)]));
    return folded.get(id) ?? '';
  };
  // The reader acted: an explicit camera (cameraHeld) is no longer kept.
  const release = { cameraHeld: false } as const;
  // A cursor given by a link applies to the first load only; a reload keeps the reader's place.
  let linkCursor = init.cursor;
  const applyFilters = (events: TimedEvent[], filters: EventFilters) => {
    const words = searchWords(filters.query);
    return events.filter((e) => matchesFilters(e.event, words.length > 0 ? foldedText(e.event.id) : '', filters, words));
  };
  // What each event looked like in the first load, to tell what a reload brought (issue 5), by
  // fingerprint. At 100k events computing them here took ~6 s of main-thread time (issue 8): the
  // app has the worker compute them (live mode only) and hands them in; otherwise they are
  // computed here, and only once a reload comes, a cost a load without reloads never pays.
  let firstLoad: { events: readonly BorderEvent[]; prints: readonly number[] | undefined } | null = null;
  let firstPrints: Map<string, number> | null = null;
  const printsOf = (events: readonly BorderEvent[], prints: readonly number[] | undefined) =>
    prints && prints.length === events.length ? prints : events.map(eventFingerprint);
  const firstPrintsById = (first: NonNullable<typeof firstLoad>) => {
    const before = printsOf(first.events, first.prints);
    return new Map(first.events.map((e, i) => [e.id, before[i]!]));
  };
  const today = init.today ?? (() => dayAtInstant(Date.now()));
  // Where the default rule last put the cursor: a reload moves a cursor still there on to the
  // newest event (the reader who has not moved keeps following the news, issue 13); a cursor
  // the reader moved stays where they put it.
  let lastDefault: DayNumber | null = null;
  const opening = (events: TimedEvent[], filtered: TimedEvent[], selected: string | null): DayNumber | null =>
    defaultCursor(filtered.length > 0 ? filtered : events, today(), selected, events);
  const clamp = (day: DayNumber, span: ViewerState['span']) => (span ? Math.min(span.end, Math.max(span.start, Math.round(day))) : Math.round(day));

  return createStore<ViewerState>()(subscribeWithSelector((set, get) => ({
    mode: init.mode,
    lang: init.lang,
    notices: [],
    events: [],
    filtered: [],
    span: null,
    cursor: init.cursor ?? 0,
    display: init.display ?? DEFAULT_DISPLAY,
    filters: init.filters ?? NO_FILTERS,
    selectedId: init.selectedId ?? null,
    newSince: new Set<string>(),
    playing: false,
    speed: DEFAULT_SPEED,
    loop: false,
    camera: init.camera ?? null,
    // A link's camera is the sharer's exact view: kept until the reader acts.
    cameraHeld: init.camera != null,
    presentIndex: -1,

    setLang: (lang) => set({ lang }),
    setMode: (mode) => set({ mode, playing: false, presentIndex: -1 }),
    addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),

    setEvents(raw, placeNames = () => [], prints) {
      const events = timeEvents(raw);
      folded = null;
      foldFrom = { events, placeNames };
      const span = timelineSpan(events);
      const s = get();
      const filtered = applyFilters(events, s.filters);
      // A cursor given by a link is kept (clamped); otherwise the latest event shown, never after today (domain/defaultCursor).
      const first = s.span === null;
      const following = !first && lastDefault !== null && s.cursor === lastDefault && !s.playing;
      let cursor: DayNumber;
      if ((first && linkCursor === undefined) || following) {
        // A link's event (no date) opens the timeline on it, on the first load only.
        const linked = first && s.selectedId !== null && events.some((e) => e.event.id === s.selectedId);
        const opened = opening(events, filtered, linked ? s.selectedId : null);
        cursor = opened ?? s.cursor;
        // The link's event pins the cursor as a link's date does: a reload does not move it on.
        lastDefault = linked ? null : opened;
      } else {
        cursor = clamp(first ? (linkCursor ?? s.cursor) : s.cursor, span);
        if (first) lastDefault = null;
      }
      linkCursor = undefined;
      const selectedId = s.selectedId && events.some((e) => e.event.id === s.selectedId) ? s.selectedId : null;
      let newSince = s.newSince;
      if (firstLoad === null) {
        firstLoad = { events: raw, prints };
      } else {
        firstPrints ??= firstPrintsById(firstLoad);
        const seen = firstPrints;
        const now = printsOf(raw, prints);
        const fresh = new Set(raw.filter((e, i) => seen.get(e.id) !== now[i]).map((e) => e.id));
        // The same news keeps the same set, so the table does not re-render for nothing.
        if (fresh.size !== s.newSince.size || [...fresh].some((id) => !s.newSince.has(id))) newSince = fresh;
      }
      set({ events, span, cursor, selectedId, newSince, filtered });
    },
    setCursor(day) {
      const cursor = clamp(day, get().span);
      if (cursor !== get().cursor) set({ cursor, ...release });
    },
    step(direction) {
      const s = get();
      const target = stepCursor(s.filtered, s.cursor, direction);
      if (target === null) return false;
      set({ cursor: target, ...release });
      return true;
    },
    setDisplay: (display) => set((s) => ({ display: { ...s.display, ...display }, ...release })),
    setFilters(partial) {
      const filters = { ...get().filters, ...partial };
      set({ filters, filtered: applyFilters(get().events, filters), ...release });
    },
    select: (selectedId) => set({ selectedId, ...release }),
    setPlaying: (playing) => set(playing ? { playing, ...release } : { playing }),
    setSpeed: (speed) => set({ speed }),
    setLoop: (loop) => set({ loop }),
    setCamera: (camera) => set({ camera }),
    holdCamera: (camera) => set({ camera, cameraHeld: true }),
    releaseCamera: () => set(release),
    showStep(step, index) {
      const s = get();
      const filters = step.filters ? { ...s.filters, ...step.filters } : s.filters;
      set({
        filters,
        filtered: step.filters ? applyFilters(s.events, filters) : s.filtered,
        display: step.display ? { ...s.display, ...step.display } : s.display,
        cursor: clamp(step.cursor, s.span),
        selectedId: step.eventId,
        presentIndex: index ?? s.presentIndex,
      });
    },
  })));
}
