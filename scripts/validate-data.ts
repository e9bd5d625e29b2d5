/**
 * Validates events files: `npm run validate-data -- FILE...` (JSON or CSV).
 * Exit 0 and one OK line when every file is valid; otherwise exit 1 and one
 * line per problem, `FILE:LINE: [event-id] field: message`. Never crashes on
 * any input: a missing, unreadable, binary or huge file is a problem line.
 *
 * Links are checked against data/{countries,provinces,borders,places}.geojson
 * in the repository holding the events file (the nearest folder upwards with
 * a package.json or .git), or in --geo DIR. A missing geography file is a
 * problem too.
 *
 * A .json file with a top-level "scenes" array is a briefing script
 * (src/data/sceneScript.ts): its event ids are checked against the valid
 * events of data/events.json in the same repository, or --events FILE.
 *
 * `--print-schema` writes the JSON Schema of the events file to stdout:
 *   npx tsx scripts/validate-data.ts --print-schema > data/events.schema.json
 * and `--print-scene-schema` that of a briefing script:
 *   npx tsx scripts/validate-data.ts --print-scene-schema > data/briefing.schema.json
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { eventsJsonSchema } from '../src/data/eventsJsonSchema.ts';
import { GEO_LAYERS, type GeoIndex, type GeoSource, buildGeoIndex } from '../src/data/geoIndex.ts';
import { jsonArrayLines } from '../src/data/jsonArrayLines.ts';
import { type EventsFormat, parseEvents } from '../src/data/parseEvents.ts';
import { type Problem, formatProblem, problem, sortProblems, problemMessage } from '../src/data/problems.ts';
import { parseSceneScript } from '../src/data/sceneScript.ts';
import { sceneScriptJsonSchema } from '../src/data/sceneScriptJsonSchema.ts';

// Far above any real events file (the shipped one is ~64 kB); keeps a stray huge file from exhausting memory.
const MAX_BYTES = 16 * 1024 * 1024;
const SCRIPT_REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: validate-data [--geo DIR] [--events FILE] FILE.json|FILE.csv ... | --print-schema | --print-scene-schema';

export interface ValidateDataIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd?: string;
}

type Read = { ok: true; text: string } | { ok: false; problem: Problem };

function readText(file: string, shown: string): Read {
  const at = { file: shown, line: 1 };
  const fail = (p: Problem): Read => ({ ok: false, problem: p });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    return fail(problem('file-unreadable', at, 'file', { reason: errorReason(error) }));
  }
  if (stat.isDirectory()) return fail(problem('file-unreadable', at, 'file', { reason: 'it is a directory' }));
  if (!stat.isFile()) return fail(problem('file-unreadable', at, 'file', { reason: 'it is not a regular file' }));
  if (stat.size > MAX_BYTES) return fail(problem('file-too-large', at, 'file', { size: stat.size, limit: MAX_BYTES }));
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return fail(problem('file-unreadable', at, 'file', { reason: errorReason(error) }));
  }
  if (bytes.includes(0)) return fail(problem('file-not-text', at, 'file', { reason: 'it contains NUL bytes' }));
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail(problem('file-not-text', at, 'file', { reason: 'invalid UTF-8' }));
  }
}

function errorReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** The nearest folder upwards holding a package.json or .git: the events file's repository. */
function repoOf(file: string): string {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) || fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return SCRIPT_REPO;
    dir = parent;
  }
}

function loadGeo(dataDir: string, cwd: string): { geo: GeoIndex; problems: Problem[] } {
  const sources: GeoSource[] = [];
  const problems: Problem[] = [];
  for (const layer of GEO_LAYERS) {
    const file = path.join(dataDir, `${layer}.geojson`);
    const shown = path.relative(cwd, file) || file;
    const read = readText(file, shown);
    if (!read.ok) {
      const reason = read.problem.params?.reason ?? problemMessage(read.problem);
      problems.push(problem('geo-file-missing', { file: shown, line: 1 }, 'file', { layer, reason: String(reason) }));
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(read.text.replace(/^\ufeff/, ''));
    } catch (error) {
      problems.push(problem('geo-invalid', { file: shown, line: 1 }, 'file', { detail: errorReason(error) }));
      continue;
    }
    sources.push({ layer, data, file: shown, featureLines: jsonArrayLines(read.text, 'features') });
  }
  const built = buildGeoIndex(sources);
  return { geo: built.value, problems: [...problems, ...built.problems] };
}

function formatOfPath(file: string): EventsFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : undefined;
}

/** A briefing script rather than events: a JSON object with a "scenes" array (and no "events"). */
function isSceneScript(text: string): boolean {
  if (!text.includes('"scenes"')) return false;
  try {
    const data: unknown = JSON.parse(text.replace(/^\ufeff/, ''));
    return typeof data === 'object' && data !== null && Array.isArray((data as { scenes?: unknown }).scenes) && !('events' in data);
  } catch {
    return false;
  }
}

/** Runs the CLI; returns the exit code. Exported for tests. */
export function validateData(args: readonly string[], io: ValidateDataIo): number {
  const cwd = io.cwd ?? process.cwd();
  if (args.includes('--print-schema')) {
    io.out(JSON.stringify(eventsJsonSchema(), null, 2));
    return 0;
  }
  if (args.includes('--print-scene-schema')) {
    io.out(JSON.stringify(sceneScriptJsonSchema(), null, 2));
    return 0;
  }
  const files: string[] = [];
  let geoDir: string | undefined;
  let eventsFile: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--geo') {
      geoDir = args[i + 1];
      i += 1;
    } else if (arg === '--events') {
      eventsFile = args[i + 1];
      i += 1;
    } else if (arg.startsWith('--')) {
      io.err(`unknown option ${arg}\n${USAGE}`);
      return 1;
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0 || (args.includes('--geo') && !geoDir) || (args.includes('--events') && !eventsFile)) {
    io.err(USAGE);
    return 1;
  }

  const problems: Problem[] = [];
  const geoByDir = new Map<string, GeoIndex>();
  const geoFor = (dataDir: string): GeoIndex => {
    let geo = geoByDir.get(dataDir);
    if (!geo) {
      const loaded = loadGeo(dataDir, cwd);
      geo = loaded.geo;
      geoByDir.set(dataDir, geo);
      problems.push(...loaded.problems);
    }
    return geo;
  };
  const idsByFile = new Map<string, ReadonlySet<string> | undefined>();
  /** Ids of the valid events a script may name; undefined (ids unchecked, one problem said so) if there is no events file. */
  const eventIdsFor = (script: string, absolute: string): ReadonlySet<string> | undefined => {
    const file = eventsFile ? path.resolve(cwd, eventsFile) : path.join(repoOf(absolute), 'data', 'events.json');
    if (idsByFile.has(file)) return idsByFile.get(file);
    const shown = path.relative(cwd, file) || file;
    const read = readText(file, shown);
    let ids: ReadonlySet<string> | undefined;
    if (read.ok) {
      const format = formatOfPath(file) ?? 'json';
      const dataDir = geoDir ? path.resolve(cwd, geoDir) : path.join(repoOf(file), 'data');
      // Only the ids matter here: the events file's own problems are reported when it is validated itself.
      ids = new Set(parseEvents(read.text, { format, file: shown, geo: geoFor(dataDir) }).value.map((e) => e.id));
    } else {
      const reason = read.problem.params?.reason ?? problemMessage(read.problem);
      problems.push(problem('events-file-missing', { file: script, line: 1 }, 'file', { reason: `${shown}: ${String(reason)}` }));
    }
    idsByFile.set(file, ids);
    return ids;
  };
  let events = 0;
  let scenes = 0;
  let scripts = 0;
  let eventFiles = 0;
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    try {
      const read = readText(absolute, file);
      if (!read.ok) {
        problems.push(read.problem);
        continue;
      }
      const format = formatOfPath(file);
      if (!format) {
        problems.push(problem('unknown-format', { file, line: 1 }, 'file', { reason: 'the name does not end in .json or .csv' }));
        continue;
      }
      if (format === 'json' && isSceneScript(read.text)) {
        const eventIds = eventIdsFor(file, absolute);
        const result = parseSceneScript(read.text, { file, ...(eventIds ? { eventIds } : {}) });
        scripts += 1;
        scenes += result.value.scenes.length;
        problems.push(...result.problems);
        continue;
      }
      const dataDir = geoDir ? path.resolve(cwd, geoDir) : path.join(repoOf(absolute), 'data');
      const result = parseEvents(read.text, { format, file, geo: geoFor(dataDir) });
      eventFiles += 1;
      events += result.value.length;
      problems.push(...result.problems);
    } catch (error) {
      problems.push(problem('internal-error', { file, line: 1 }, 'file', { reason: errorReason(error) }));
    }
  }

  const plural = (n: number, word: string) => `${n} valid ${word}${n === 1 ? '' : 's'}`;
  const counts = [
    ...(scripts === 0 || eventFiles > 0 ? [plural(events, 'event')] : []),
    ...(scripts > 0 ? [plural(scenes, 'scene')] : []),
  ].join(', ');
  if (problems.length === 0) {
    const names = files.join(', ');
    io.out(`OK: ${counts} in ${names}`);
    return 0;
  }
  for (const p of sortProblems(problems)) io.out(formatProblem(p));
  io.err(`validate-data: ${problems.length} problem${problems.length === 1 ? '' : 's'} listed, ${counts}`);
  return 1;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    process.exitCode = validateData(process.argv.slice(2), {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    process.stdout.write(`<cli>:1: internal: ${errorReason(error)}\n`);
    process.exitCode = 1;
  }
}
