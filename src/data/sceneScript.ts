import { parseCalendarDate } from '../domain/calendarDate.ts';
import type { DayNumber } from '../domain/dayNumber.ts';
import { EVENT_ID_PATTERN, EVENT_LIMITS, EVENT_TYPES, type EventType, type LocalizedText } from '../domain/event.ts';
import { COUNTRY_PAIRS, type CountryPair, DISPLAY_MODES, type DisplayMode } from '../domain/timeline.ts';
import { FieldReader, type UnknownRecord, describeType, isRecord, joinPath } from './fieldReader.ts';
import { CAMERA_LIMITS, QUERY_MAX_LENGTH, WINDOW_MONTHS } from '../domain/viewLimits.ts';
import { jsonArrayLines, lineOfError } from './jsonArrayLines.ts';
import { type ParseResult, type Problem, type ProblemCode, type ProblemParams, problem } from './problems.ts';
import { errorText } from '../domain/errorText';

/**
 * A briefing script (issue 6): a small JSON file of scenes a presentation
 * steps through. The format is documented in data/README.md, "Briefing
 * scripts"; data/briefing.example.json is an example.
 *
 * Each scene is a whole view, like a link (src/store/urlState.ts): a field
 * left out means the default (no filter, cumulative display, camera fitted
 * by the app), never "whatever the previous scene had", so scenes can be
 * shown in any order.
 */
export interface SceneCamera {
  readonly zoom: number;
  readonly lat: number;
  readonly lng: number;
}

export interface Scene {
  /** Position in the file's `scenes` array (0-based): problems and authors count scenes this way. */
  readonly index: number;
  /** The selected event's id, one of the loaded events. */
  readonly event?: string;
  /** The timeline's cursor, from `date` (`YYYY-MM-DD`). */
  readonly cursor?: DayNumber;
  readonly types?: readonly EventType[];
  readonly pairs?: readonly CountryPair[];
  readonly query?: string;
  readonly display?: DisplayMode;
  /** Only with `display: "window"`. */
  readonly windowMonths?: number;
  readonly camera?: SceneCamera;
  readonly caption?: LocalizedText;
  /** How long autoplay stays on this scene. */
  readonly seconds?: number;
}

export interface SceneScript {
  readonly title?: LocalizedText;
  readonly scenes: readonly Scene[];
}

export interface SceneScriptContext {
  /** Ids of the loaded (valid) events. Undefined: ids are checked for form only (the CLI with no events file). */
  readonly eventIds?: ReadonlySet<string>;
  /** Named in every problem, e.g. the path or URL. */
  readonly file?: string;
}

/** A briefing is a few dozen scenes; these limits keep a stray or hostile file from costing memory or time. */
export const SCENE_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxScenes: 500,
  maxProblems: 1000,
  titleMaxLength: 140,
  captionMaxLength: 400,
  queryMaxLength: QUERY_MAX_LENGTH,
  seconds: { min: 1, max: 600 },
} as const;

// The same ranges and choices as a link's (src/domain/viewLimits.ts).
export { CAMERA_LIMITS };
export const SCENE_WINDOW_MONTHS = WINDOW_MONTHS;

const TOP_KEYS = ['$schema', 'version', 'title', 'scenes'] as const;
export const SCENE_KEYS = ['event', 'date', 'types', 'pairs', 'query', 'display', 'windowMonths', 'camera', 'caption', 'seconds'] as const;
const CAMERA_KEYS = ['zoom', 'lat', 'lng'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Range = { readonly min: number; readonly max: number };

/**
 * Parses a briefing script into its valid scenes and every problem found.
 * Never throws on any input; a scene with any problem is left out and named
 * by its problems (field `scenes[i]…`, line where it starts); every valid
 * scene is returned, in file order.
 */
export function parseSceneScript(text: string, ctx: SceneScriptContext = {}): ParseResult<SceneScript> {
  const file = ctx.file !== undefined ? { file: ctx.file } : {};
  const top = { ...file, line: 1 };
  try {
    if (typeof text !== 'string') {
      return { value: { scenes: [] }, problems: [problem('wrong-type', top, 'file', { expected: 'a string', found: describeType(text) })] };
    }
    const size = utf8Length(text);
    if (size > SCENE_LIMITS.maxBytes) {
      return { value: { scenes: [] }, problems: [problem('file-too-large', top, 'file', { size, limit: SCENE_LIMITS.maxBytes })] };
    }
    return parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ctx);
  } catch (error) {
    // The readers are written not to throw; if one ever does, it is a problem, not a crash.
    return { value: { scenes: [] }, problems: [problem('internal-error', top, 'file', { reason: String(error) })] };
  }
}

function parseJson(body: string, ctx: SceneScriptContext): ParseResult<SceneScript> {
  const file = ctx.file !== undefined ? { file: ctx.file } : {};
  const top = { ...file, line: 1 };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = errorText(error);
    return { value: { scenes: [] }, problems: [problem('json-syntax', { ...file, line: lineOfError(body, detail) }, 'file', { detail })] };
  }
  if (!isRecord(data) || !Array.isArray(data.scenes)) {
    const found = isRecord(data) ? 'an object without a "scenes" array' : describeType(data);
    return { value: { scenes: [] }, problems: [problem('json-shape', top, 'file', { expected: 'an object with a "scenes" array', found })] };
  }

  const collector = new ProblemCollector();
  const topReader = new FieldReader((code, field, params) => collector.add(code, top, field, params));
  if (data.version !== 1) topReader.report('unsupported-version', 'version', { found: JSON.stringify(data.version) ?? 'nothing' });
  topReader.knownKeys(data, TOP_KEYS, '');
  const title = topReader.localized(data, 'title', '', { max: SCENE_LIMITS.titleMaxLength }, true);

  const raw: readonly unknown[] = data.scenes;
  if (raw.length > SCENE_LIMITS.maxScenes) topReader.report('too-many', 'scenes', { found: raw.length, max: SCENE_LIMITS.maxScenes });
  const lines = jsonArrayLines(body, 'scenes');
  const scenes: Scene[] = [];
  const count = Math.min(raw.length, SCENE_LIMITS.maxScenes);
  for (let index = 0; index < count; index += 1) {
    const at = { ...file, line: lines[index] ?? 1 };
    let bad = 0;
    const r = new FieldReader((code, field, params) => {
      bad += 1;
      collector.add(code, at, field, params);
    });
    const scene = readScene(r, raw[index], index, ctx);
    if (scene && bad === 0) scenes.push(scene);
  }
  return { value: { ...(title ? { title } : {}), scenes }, problems: collector.done(file) };
}

/** Keeps the first problems and counts the rest: a file this broken needs fixing at the source. */
class ProblemCollector {
  private readonly problems: Problem[] = [];
  private hidden = 0;
  private firstHiddenLine: number | undefined;

  add(code: ProblemCode, at: { readonly file?: string; readonly line: number }, field: string, params?: ProblemParams): void {
    if (this.problems.length < SCENE_LIMITS.maxProblems) {
      this.problems.push(problem(code, at, field, params));
    } else {
      this.hidden += 1;
      this.firstHiddenLine ??= at.line;
    }
  }

  done(file: { readonly file?: string }): Problem[] {
    if (this.firstHiddenLine === undefined) return this.problems;
    const cut = problem('problems-cut', { ...file, line: this.firstHiddenLine }, 'file', { count: this.hidden, max: SCENE_LIMITS.maxProblems });
    return [...this.problems, cut];
  }
}

function readScene(r: FieldReader, raw: unknown, index: number, ctx: SceneScriptContext): Scene | undefined {
  const path = `scenes[${index}]`;
  const obj = r.record(raw, path);
  if (!obj) return undefined;
  r.knownKeys(obj, SCENE_KEYS, path);
  const event = readEvent(r, obj, path, ctx.eventIds);
  const cursor = readDay(r, obj, path);
  if (obj.event === undefined && obj.date === undefined) r.report('event-or-date-required', path);
  const types = readChoices(r, obj, 'types', path, EVENT_TYPES, 'unknown-type');
  const pairs = readChoices(r, obj, 'pairs', path, COUNTRY_PAIRS, 'unknown-value');
  const query = r.text(obj, 'query', path, { max: SCENE_LIMITS.queryMaxLength }, true);
  const display = obj.display === undefined ? undefined : r.oneOf(obj, 'display', path, DISPLAY_MODES);
  const windowMonths = readWindow(r, obj, path);
  const camera = readCamera(r, obj, path);
  const caption = r.localized(obj, 'caption', path, { max: SCENE_LIMITS.captionMaxLength, multiline: true }, true);
  const seconds = obj.seconds === undefined ? undefined : readNumber(r, obj.seconds, joinPath(path, 'seconds'), SCENE_LIMITS.seconds);
  return {
    index,
    ...(event !== undefined ? { event } : {}),
    ...(cursor !== undefined ? { cursor } : {}),
    ...(types ? { types } : {}),
    ...(pairs ? { pairs } : {}),
    ...(query !== undefined ? { query } : {}),
    ...(display !== undefined ? { display } : {}),
    ...(windowMonths !== undefined ? { windowMonths } : {}),
    ...(camera ? { camera } : {}),
    ...(caption ? { caption } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
  };
}

function readEvent(r: FieldReader, obj: UnknownRecord, path: string, eventIds: ReadonlySet<string> | undefined): string | undefined {
  const id = r.pattern(obj, 'event', path, EVENT_ID_PATTERN, 'an event id (a-z, 0-9, single hyphens)', EVENT_LIMITS.idMaxLength, true);
  if (id === undefined || !eventIds || eventIds.has(id)) return id;
  r.report('unknown-event', joinPath(path, 'event'), { id });
  return undefined;
}

function readDay(r: FieldReader, obj: UnknownRecord, path: string): DayNumber | undefined {
  const field = joinPath(path, 'date');
  const text = r.text(obj, 'date', path, { max: 21 }, true);
  if (text === undefined) return undefined;
  const parsed = DAY.test(text) ? parseCalendarDate(text, { allowSpan: false }) : undefined;
  if (!parsed?.ok) {
    r.report(parsed ? parsed.error : 'date-format', field, { value: text, forms: 'YYYY-MM-DD' });
    return undefined;
  }
  return parsed.value.start;
}

function readChoices<T extends string>(
  r: FieldReader,
  obj: UnknownRecord,
  key: string,
  path: string,
  allowed: readonly T[],
  code: 'unknown-type' | 'unknown-value',
): T[] | undefined {
  const value = r.field(obj, key, path, true);
  if (value === undefined) return undefined;
  const field = joinPath(path, key);
  const list = r.list(value, field, (item, itemField) => {
    if (typeof item !== 'string') {
      r.report('wrong-type', itemField, { expected: 'a string', found: describeType(item) });
      return undefined;
    }
    const match = allowed.find((candidate) => candidate === item);
    if (match === undefined) r.report(code, itemField, { value: item, allowed: allowed.join(', ') });
    return match;
  });
  return list && r.distinct(list, field) ? list : undefined;
}

function readWindow(r: FieldReader, obj: UnknownRecord, path: string): number | undefined {
  if (obj.windowMonths === undefined) return undefined;
  const field = joinPath(path, 'windowMonths');
  if (obj.display !== 'window') {
    r.report('applies-only-with', field, { field: 'display', value: 'window' });
    return undefined;
  }
  const months = obj.windowMonths;
  if (typeof months !== 'number') {
    r.report('wrong-type', field, { expected: 'a number', found: describeType(months) });
    return undefined;
  }
  const match = SCENE_WINDOW_MONTHS.find((m) => m === months);
  if (match === undefined) r.report('unknown-value', field, { value: String(months), allowed: SCENE_WINDOW_MONTHS.join(', ') });
  return match;
}

function readCamera(r: FieldReader, obj: UnknownRecord, path: string): SceneCamera | undefined {
  const value = r.field(obj, 'camera', path, true);
  if (value === undefined) return undefined;
  const field = joinPath(path, 'camera');
  const camera = r.record(value, field);
  if (!camera) return undefined;
  r.knownKeys(camera, CAMERA_KEYS, field);
  const [zoom, lat, lng] = CAMERA_KEYS.map((key) => {
    const v = r.field(camera, key, field);
    return v === undefined ? undefined : readNumber(r, v, joinPath(field, key), CAMERA_LIMITS[key]);
  });
  return zoom !== undefined && lat !== undefined && lng !== undefined ? { zoom, lat, lng } : undefined;
}

function readNumber(r: FieldReader, value: unknown, field: string, range: Range): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    r.report('wrong-type', field, { expected: 'a number', found: describeType(value) });
    return undefined;
  }
  if (value < range.min || value > range.max) {
    r.report('out-of-range', field, { value, min: range.min, max: range.max });
    return undefined;
  }
  return value;
}

/** The length of `text` in UTF-8 bytes (a lone surrogate counts as U+FFFD, as TextEncoder writes it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
