import { parseCalendarDate } from '../domain/calendarDate';
import { dayToIso, type DayNumber } from '../domain/dayNumber';
import { EVENT_TYPES, EVENT_ID_PATTERN, type EventType } from '../domain/event';
import { COUNTRY_PAIRS, DISPLAY_MODES, type CountryPair, type DisplayMode } from '../domain/timeline';
import type { AppMode } from './viewerStore';

/**
 * The view as a link (issue 5): query `date`, `event`, `types`, `pairs`,
 * `q`, `mode`, `display`, `window`, `lang`, `data`, `live`, `script`; hash `#map=zoom/lat/lng`.
 * Parsing validates every value and keeps the rest when one is bad; what
 * was rejected is reported, never thrown.
 */
export interface Camera { zoom: number; lat: number; lng: number }

export interface UrlState {
  cursor?: DayNumber;
  event?: string;
  types?: EventType[];
  pairs?: CountryPair[];
  query?: string;
  mode?: AppMode;
  display?: DisplayMode;
  windowMonths?: number;
  lang?: string;
  data?: string;
  /** Seconds between re-fetches of a live events file (`live`, `live=1`, or `live=SECONDS`). */
  live?: number;
  /** A briefing script on this site (`script=`, issue 6); checked against the page's origin by src/app/dataUrl.ts. */
  script?: string;
  camera?: Camera;
}

export interface UrlRejection { param: string; value: string }

const MODES: readonly AppMode[] = ['explore', 'embed', 'present'];
export const WINDOW_MONTHS = [3, 6, 12, 24] as const;
const MAX_VALUE = 500;
const MAX_QUERY = 100;
/** A live file is fetched at most every 30 s and at least every hour; `?live` alone means every minute. */
export const LIVE_SECONDS = { min: 30, max: 3600, default: 60 } as const;

const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined => list.find((x) => x === v);
const shown = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);

export function parseUrlState(search: string, hash: string, languages: readonly string[]): { state: UrlState; rejected: UrlRejection[] } {
  const state: UrlState = {};
  const rejected: UrlRejection[] = [];
  let params: URLSearchParams;
  try { params = new URLSearchParams(search); } catch { params = new URLSearchParams(); }
  const reject = (param: string, value: string) => rejected.push({ param, value: shown(value) });

  for (const [key, raw] of params) {
    const value = raw.trim();
    if (value.length > MAX_VALUE) { reject(key, value); continue; }
    switch (key) {
      case 'date': {
        const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseCalendarDate(value, { allowSpan: false }) : null;
        if (d?.ok) state.cursor = d.value.start; else reject(key, value);
        break;
      }
      case 'event':
        if (EVENT_ID_PATTERN.test(value) && value.length <= 80) state.event = value; else reject(key, value);
        break;
      case 'types': {
        const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
        const good = parts.map((p) => oneOf(EVENT_TYPES, p)).filter((t): t is EventType => t !== undefined);
        if (good.length < parts.length) reject(key, value);
        if (good.length > 0) state.types = [...new Set(good)];
        break;
      }
      case 'pairs': {
        const parts = value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
        const good = parts.map((p) => oneOf(COUNTRY_PAIRS, p)).filter((p): p is CountryPair => p !== undefined);
        if (good.length < parts.length) reject(key, value);
        if (good.length > 0) state.pairs = [...new Set(good)];
        break;
      }
      case 'q':
        if (value.length <= MAX_QUERY) state.query = value; else reject(key, value);
        break;
      case 'mode': { const m = oneOf(MODES, value); if (m) state.mode = m; else reject(key, value); break; }
      case 'display': { const d = oneOf(DISPLAY_MODES, value); if (d) state.display = d; else reject(key, value); break; }
      case 'window': {
        const n = Number(value);
        if ((WINDOW_MONTHS as readonly number[]).includes(n)) state.windowMonths = n; else reject(key, value);
        break;
      }
      case 'lang': { const l = languages.find((x) => x === value.toLowerCase()); if (l) state.lang = l; else reject(key, value); break; }
      case 'data': state.data = value; break; // checked against the page's origin by src/app/dataUrl.ts
      case 'script': state.script = value; break; // likewise; like `live`, how the page loads, kept as given
      case 'live': {
        // `live=0` or `live=false` is a clear "no", not garbage.
        if (value === '0' || value === 'false') break;
        if (value === '' || value === '1' || value === 'true') { state.live = LIVE_SECONDS.default; break; }
        const n = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
        if (Number.isFinite(n)) state.live = Math.min(LIVE_SECONDS.max, Math.max(LIVE_SECONDS.min, n)); else reject(key, value);
        break;
      }
      default: break; // other parameters belong to whoever added them: leave them alone
    }
  }
  const camera = parseCameraHash(hash);
  if (camera.ok) state.camera = camera.value;
  else if (camera.value !== null) reject('map', camera.value);
  return { state, rejected };
}

function parseCameraHash(hash: string): { ok: true; value: Camera } | { ok: false; value: string | null } {
  const m = /(?:^#|&)map=([^&]*)/.exec(hash);
  if (!m) return { ok: false, value: null };
  const raw = m[1] ?? '';
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return { ok: false, value: raw };
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85.06 || Math.abs(lng) > 180) return { ok: false, value: raw };
  return { ok: true, value: { zoom, lat, lng } };
}

/** The query string and hash for a state (only what differs from the defaults is written). */
export function serializeUrlState(state: UrlState, keep: URLSearchParams = new URLSearchParams()): { search: string; hash: string } {
  const params = new URLSearchParams(keep);
  for (const k of ['date', 'event', 'types', 'pairs', 'q', 'mode', 'display', 'window', 'lang', 'data']) params.delete(k);
  if (state.cursor !== undefined) params.set('date', dayToIso(state.cursor));
  if (state.event) params.set('event', state.event);
  if (state.types?.length) params.set('types', state.types.join(','));
  if (state.pairs?.length) params.set('pairs', state.pairs.join(','));
  if (state.query) params.set('q', state.query);
  if (state.mode && state.mode !== 'explore') params.set('mode', state.mode);
  if (state.display && state.display !== 'cumulative') params.set('display', state.display);
  if (state.display === 'window' && state.windowMonths !== undefined) params.set('window', String(state.windowMonths));
  if (state.lang) params.set('lang', state.lang);
  if (state.data) params.set('data', state.data);
  // Not deleted above: `live` is how the page loads, not part of the view, so a state that
  // does not mention it (the address following the reader) keeps it as the link gave it.
  if (state.live !== undefined) params.set('live', String(state.live));
  if (state.script !== undefined) params.set('script', state.script);
  const search = params.toString();
  const c = state.camera;
  // Precision as MapLibre's own hash: 2 decimals of zoom, enough lat/lng for a metre or so at zoom 9.
  const hash = c ? `#map=${round(c.zoom, 2)}/${round(c.lat, 4)}/${round(c.lng, 4)}` : '';
  return { search: search ? `?${search}` : '', hash };
}

const round = (n: number, d: number) => String(Number(n.toFixed(d)));
