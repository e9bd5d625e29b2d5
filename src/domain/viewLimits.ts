import type { DisplaySettings } from './timeline.ts';

// The view's constants, written once (issue 17): a link (src/store/urlState.ts),
// a briefing script (src/data/sceneScript.ts), the store, the map and the
// display controls all read them from here.

/** The lengths of the time window offered, in months: the controls' choices, and all a link or a script may ask for. */
export const WINDOW_MONTHS = [3, 6, 12, 24] as const;

/** What the map shows when nothing says otherwise: every event so far, a window of six months once chosen. */
export const DEFAULT_DISPLAY: DisplaySettings = { mode: 'cumulative', windowMonths: 6 };

/** A camera a link or a script may give: Web Mercator's latitudes, MapLibre's zoom range. */
export const CAMERA_LIMITS = {
  zoom: { min: 0, max: 22 },
  lat: { min: -85.06, max: 85.06 },
  lng: { min: -180, max: 180 },
} as const;

/** A search query longer than this is refused in a link or a script, and cut to it in a link the app writes. */
export const QUERY_MAX_LENGTH = 100;
