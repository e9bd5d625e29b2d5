import { parseCalendarDate } from '../domain/calendarDate';
import { dayToIso, type DayNumber } from '../domain/dayNumber';
import { EVENT_TYPES, EVENT_ID_PATTERN, type EventType } from '../domain/event';
import { COUNTRY_PAIRS, DISPLAY_MODES, type CountryPair, type DisplayMode } from '../domain/timeline';
import type { AppMode } from './viewerStore';
import { CAMERA_LIMITS, QUERY_MAX_LENGTH, WINDOW_MONTHS } from '../domain/viewLimits';

/**
 * The view as a link (issue 5): query `date`, `event`, `types`, `pairs`,
 * `q`, `mode`, `display`, `window`, `lang`, `data`, `live`, `script`; hash `#map=zoom/lat/lng`;
 * and how an embed is drawn (issue 14): `height`, `controls`, `theme`, `transparent`, `legend`.
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
  /** How an embed is drawn (issue 14): set by the page that embeds the map, never by the reader's view. */
  embed?: EmbedOptions;
}

/** The embed's own options (issue 14), from its iframe's `src`; each one absent means "the default". */
export interface EmbedOptions {
  /** The frame's height in CSS pixels, instead of the automatic one (EMBED_HEIGHT). */
  height?: number;
  /** `compact` (default): play, slider and date; `full`: every control; `none`: the map alone (a host page drives it). */
  controls?: EmbedControls;
  /** `auto` follows the reader's colour scheme; the host page may switch it later (src/app/embed/hostApi.ts). */
  theme?: EmbedTheme;
  /** No background of its own: the article's shows through. */
  transparent?: boolean;
  legend?: 'open' | 'closed';
}

export type EmbedControls = 'full' | 'compact' | 'none';
export type EmbedTheme = 'light' | 'dark' | 'auto';
export const EMBED_CONTROLS: readonly EmbedControls[] = ['full', 'compact', 'none'];
export const EMBED_THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
/** An embed's height, when its `src` gives one (px). */
export const EMBED_HEIGHT = { min: 320, max: 1200 } as const;
/** The embed options' parameters: not part of the view (the full map and a mirrored hash leave them out). */
export const EMBED_OPTION_PARAMS = ['height', 'controls', 'theme', 'transparent', 'legend', 'dark', 'embed'] as const;

/** The parameters a host page may set on a running embed (src/app/embed/hostApi.ts): the view's, as in a link. */
export const VIEW_PARAMS = ['date', 'event', 'types', 'pairs', 'q', 'display', 'window'] as const;

export interface UrlRejection { param: string; value: string }

const MODES: readonly AppMode[] = ['explore', 'embed', 'present'];
const MAX_VALUE = 500;
/** A live file is fetched at most every 30 s and at least every hour; `?live` alone means every minute. */
export const LIVE_SECONDS = { min: 30, max: 3600, default: 60 } as const;

const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined => list.find((x) => x === v);
const shown = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);
/**
 * A yes/no flag as the links write it: the key alone, `1` or `true` is yes; `0` or `false` a clear
 * no (not garbage); anything else null, to be refused. One reading for `live`, `transparent`, `dark`, `embed`.
 */
export const readFlag = (v: string): boolean | null => (v === '' || v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : null);

export function parseUrlState(search: string, hash: string, languages: readonly string[]): { state: UrlState; rejected: UrlRejection[] } {
  const state: UrlState = {};
  const rejected: UrlRejection[] = [];
  let params: URLSearchParams;
  try { params = new URLSearchParams(search); } catch { params = new URLSearchParams(); }
  const reject = (param: string, value: string) => rejected.push({ param, value: shown(value) });
  const embed = () => (state.embed ??= {});

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
        if (value.length <= QUERY_MAX_LENGTH) state.query = value; else reject(key, value);
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
        const on = readFlag(value);
        if (on === false) break;
        if (on) { state.live = LIVE_SECONDS.default; break; }
        const n = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
        if (Number.isFinite(n)) state.live = Math.min(LIVE_SECONDS.max, Math.max(LIVE_SECONDS.min, n)); else reject(key, value);
        break;
      }
      case 'height': {
        const n = /^\d{3,4}$/.test(value) ? Number(value) : NaN;
        if (n >= EMBED_HEIGHT.min && n <= EMBED_HEIGHT.max) embed().height = n; else reject(key, value);
        break;
      }
      case 'controls': { const c = oneOf(EMBED_CONTROLS, value); if (c) embed().controls = c; else reject(key, value); break; }
      case 'theme': { const th = oneOf(EMBED_THEMES, value); if (th) embed().theme = th; else reject(key, value); break; }
      // A flag: `transparent` alone or `=1`/`true`; `0`/`false` is a clear "no".
      case 'transparent': { const on = readFlag(value); if (on === null) reject(key, value); else embed().transparent = on; break; }
      case 'legend': { const l = oneOf(['open', 'closed'] as const, value); if (l) embed().legend = l; else reject(key, value); break; }
      // Datawrapper's render flag (session 11 journalist review: `dark=1` gave the light theme, no notice):
      // `dark` alone or `=1`/`true` is theme=dark, unless `theme` says otherwise; `0`/`false` is a clear "no".
      case 'dark': { const on = readFlag(value); if (on === null) reject(key, value); else if (on && !params.has('theme')) embed().theme = 'dark'; break; }
      // The flag other embeddable maps use (session 11 journalist review: `embed=1` opened the explorer):
      // `embed` alone or `=1`/`true` is mode=embed, unless `mode` says otherwise; `0`/`false` is a clear "no".
      case 'embed': { const on = readFlag(value); if (on === null) reject(key, value); else if (on && !params.has('mode')) state.mode = 'embed'; break; }
      default: break; // other parameters belong to whoever added them: leave them alone
    }
  }
  const camera = parseCameraHash(hash);
  if (camera.ok) state.camera = camera.value;
  else if (camera.value !== null) reject('map', camera.value);
  return { state, rejected };
}

/**
 * A view a host page sends to a running embed (issue 14: `border-map:view`),
 * read exactly as the same keys in a link would be: only the view's keys
 * (VIEW_PARAMS, and `camera` as `zoom/lat/lng`), strings only. Null when
 * anything in it is unknown, of the wrong type or invalid: a message is
 * applied whole or not at all.
 */
export function parseViewMessage(view: unknown, languages: readonly string[]): UrlState | null {
  if (typeof view !== 'object' || view === null || Array.isArray(view)) return null;
  const params = new URLSearchParams();
  let hash = '';
  for (const [key, value] of Object.entries(view)) {
    if (typeof value !== 'string' || value.length > MAX_VALUE) return null;
    if (key === 'camera') { if (!/^[-\d./]+$/.test(value)) return null; hash = `#map=${value}`; }
    else if ((VIEW_PARAMS as readonly string[]).includes(key)) params.set(key, value);
    else return null;
  }
  const { state, rejected } = parseUrlState(params.toString(), hash, languages);
  if (rejected.length > 0 || (hash !== '' && !state.camera)) return null;
  return state;
}

const within = (v: number, r: { readonly min: number; readonly max: number }) => v >= r.min && v <= r.max;

function parseCameraHash(hash: string): { ok: true; value: Camera } | { ok: false; value: string | null } {
  const m = /(?:^#|&)map=([^&]*)/.exec(hash);
  if (!m) return { ok: false, value: null };
  const raw = m[1] ?? '';
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return { ok: false, value: raw };
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (!within(zoom, CAMERA_LIMITS.zoom) || !within(lat, CAMERA_LIMITS.lat) || !within(lng, CAMERA_LIMITS.lng)) return { ok: false, value: raw };
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
  if (state.embed) writeEmbedOptions(params, state.embed);
  const search = params.toString();
  const c = state.camera;
  // Precision as MapLibre's own hash: 2 decimals of zoom, enough lat/lng for a metre or so at zoom 9.
  const hash = c ? `#map=${round(c.zoom, 2)}/${round(c.lat, 4)}/${round(c.lng, 4)}` : '';
  return { search: search ? `?${search}` : '', hash };
}

const round = (n: number, d: number) => String(Number(n.toFixed(d)));

/**
 * An embed's options into a query (the Share dialog's builder, issue 14):
 * each one replaced, and left out when it is the default, so a plain
 * embed's `src` stays as short as before.
 */
export function writeEmbedOptions(params: URLSearchParams, o: EmbedOptions): void {
  for (const k of EMBED_OPTION_PARAMS) params.delete(k);
  if (o.height !== undefined) params.set('height', String(o.height));
  if (o.controls && o.controls !== 'compact') params.set('controls', o.controls);
  if (o.theme && o.theme !== 'light') params.set('theme', o.theme);
  if (o.transparent) params.set('transparent', '');
  if (o.legend === 'open') params.set('legend', 'open');
}
