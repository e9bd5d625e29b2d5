#!/usr/bin/env node
/**
 * Seeded generator of SYNTHETIC events for the benchmark (issue 8).
 *
 *   node bench/generate.mjs            # writes bench/tmp/events-{1k,10k,100k}.json
 *   node bench/generate.mjs 5000       # writes bench/tmp/events-5000.json
 *
 * Every event links REAL geography ids from data/*.geojson (places,
 * districts, provinces valid on the event's date, borders) and passes the
 * app's validator, so the app loads it exactly like a newsroom's file. Every
 * event is marked synthetic: id `synthetic-…`, titles `[SYNTHETIC] …`,
 * source article `synthetic`. Files go to bench/tmp/ (git-ignored) only and
 * are never shipped: the build copies data/, not bench/.
 *
 * The PRNG (mulberry32) is seeded per size, so the same size always gives
 * the same file, byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
export const TMP = path.join(HERE, 'tmp');
export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };
const SEED = 0x5eed_2026;

/** mulberry32: tiny, fast, good enough for test data, and deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Calendar days without Date (Hinnant's algorithms, as src/domain/dayNumber.ts).
function dayNumber(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function civil(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}
const pad = (n) => String(n).padStart(2, '0');
const iso = (day) => { const c = civil(day); return `${c.y}-${pad(c.m)}-${pad(c.d)}`; };

const FIRST_DAY = dayNumber(2000, 1, 1);
const LAST_DAY = dayNumber(2026, 6, 30);

const TYPES = ['twinning', 'joint-patrol', 'agreement', 'high-level-meeting', 'exchange', 'joint-operation'];
const LASTING = new Set(['twinning', 'agreement']);
const TYPE_EN = {
  twinning: 'Twinning', 'joint-patrol': 'Joint patrol', agreement: 'Agreement',
  'high-level-meeting': 'High-level meeting', exchange: 'Exchange', 'joint-operation': 'Joint operation',
};
/** Country groups, weighted towards the app's two pairs. */
const GROUPS = [
  [['VN', 'LA'], 45], [['VN', 'CN'], 35], [['VN', 'LA', 'KH'], 8], [['LA', 'CN'], 6], [['VN', 'KH'], 3], [['LA', 'TH'], 3],
];

function readGeo(name) {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'data', `${name}.geojson`), 'utf8')).features.map((f) => f.properties);
}

/** The link targets of each country group, from the real geography. */
function geographyPools() {
  const places = readGeo('places');
  const provinces = readGeo('provinces');
  const borders = readGeo('borders');
  const pools = new Map();
  for (const [countries] of GROUPS) {
    const inGroup = (c) => countries.includes(c);
    pools.set(countries.join('-'), {
      places: places.filter((p) => p.kind !== 'district' && inGroup(p.country)),
      districts: places.filter((p) => p.kind === 'district' && inGroup(p.country)),
      provinces: provinces.filter((p) => inGroup(p.country)),
      borders: borders.filter((b) => (b.countries ?? []).every(inGroup)),
    });
  }
  return pools;
}

/** A date of random precision: day (75%), month (12%), year (5%) or a 2–5 day span (8%). */
function randomDate(rnd) {
  const day = FIRST_DAY + Math.floor(rnd() * (LAST_DAY - FIRST_DAY - 10));
  const c = civil(day);
  const r = rnd();
  if (r < 0.75) return { text: iso(day), start: day, end: day, first: iso(day) };
  if (r < 0.87) {
    const start = dayNumber(c.y, c.m, 1);
    const end = (c.m === 12 ? dayNumber(c.y + 1, 1, 1) : dayNumber(c.y, c.m + 1, 1)) - 1;
    return { text: `${c.y}-${pad(c.m)}`, start, end, first: `${c.y}-${pad(c.m)}` };
  }
  if (r < 0.92) return { text: String(c.y), start: dayNumber(c.y, 1, 1), end: dayNumber(c.y, 12, 31), first: String(c.y) };
  const end = day + 1 + Math.floor(rnd() * 4);
  return { text: `${iso(day)}/${iso(end)}`, start: day, end, first: iso(day) };
}

/** Features existing at some time in [start, end] (provinces merged on 2025-07-01 have validFrom/validTo). */
const validDuring = (f, startIso, endIso) =>
  (f.validFrom === undefined || f.validFrom <= endIso) && (f.validTo === undefined || f.validTo >= startIso);

export function generateEvents(count, seed = SEED + count) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const total = GROUPS.reduce((s, [, w]) => s + w, 0);
  const pickGroup = () => {
    let r = rnd() * total;
    for (const [g, w] of GROUPS) { if ((r -= w) < 0) return g; }
    return GROUPS[0][0];
  };
  const pools = geographyPools();
  const nameOf = new Map();
  for (const pool of pools.values()) for (const list of Object.values(pool)) for (const f of list) nameOf.set(f.id, f.name_en);
  const events = [];
  for (let i = 1; i <= count; i++) {
    const countries = pickGroup();
    const pool = pools.get(countries.join('-'));
    const type = pick(TYPES);
    const date = randomDate(rnd);
    const links = { places: [], provinces: [], districts: [], borders: [] };
    const startIso = iso(date.start), endIso = iso(date.end);
    const linkCount = rnd() < 0.8 ? 1 : 2;
    for (let k = 0; k < linkCount; k++) {
      const r = rnd();
      const field = r < 0.5 ? 'places' : r < 0.75 ? 'provinces' : r < 0.85 ? 'districts' : 'borders';
      const candidates = pool[field].filter((f) => validDuring(f, startIso, endIso));
      const target = candidates.length > 0 ? pick(candidates) : null;
      if (target && !links[field].includes(target.id)) links[field].push(target.id);
    }
    if (Object.values(links).every((l) => l.length === 0)) links.borders.push(pick(pool.borders).id);
    const where = links.places[0] ?? links.districts[0] ?? links.provinces[0] ?? links.borders[0];
    const whereName = nameOf.get(where) ?? where;
    const status = rnd() < 0.92 ? 'held' : 'planned';
    const n = String(i).padStart(6, '0');
    const title = `[SYNTHETIC] ${TYPE_EN[type]} #${n}, ${whereName}`.normalize('NFC');
    const event = {
      id: `synthetic-${n}`,
      type,
      countries,
      actors: rnd() < 0.5 ? [{ name: `[SYNTHETIC] Border unit ${1 + Math.floor(rnd() * 40)}`, country: countries[0] }] : [],
      date: date.text,
      dateBasis: 'text',
      status,
      links,
      ...(LASTING.has(type) && rnd() < 0.6
        ? { inForce: rnd() < 0.3 ? { from: date.first, until: String(civil(date.end).y + 1 + Math.floor(rnd() * 5)) } : { from: date.first } }
        : {}),
      title: { fr: title, en: title, vi: title },
      summary: {
        fr: '[SYNTHETIC] Événement généré pour le banc de mesure ; il n’a pas eu lieu.',
        en: '[SYNTHETIC] Generated for the benchmark; it did not happen.',
        vi: '[SYNTHETIC] Sự kiện giả lập để đo hiệu năng; không có thật.',
      },
      source: {
        article: 'synthetic',
        headline: '[SYNTHETIC] Benchmark data, not an article',
        // Same start as the event: a held event may not start after its
        // article, a planned one may not end before it.
        date: date.first,
        language: 'en',
        quote: '[SYNTHETIC] No quote: this event was generated.',
      },
    };
    events.push(event);
  }
  return { version: 1, events };
}

/** Writes bench/tmp/events-<label>.json (one event per line, like the shipped file) and returns its path. */
export function writeEvents(label, count) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `events-${label}.json`);
  const { events } = generateEvents(count);
  const body = `{\n  "version": 1,\n  "events": [\n${events.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`;
  fs.writeFileSync(file, body);
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2];
  const todo = arg ? { [arg]: Number(arg.replace(/k$/, '000')) } : SIZES;
  for (const [label, count] of Object.entries(todo)) {
    if (!Number.isInteger(count) || count < 1) { console.error(`not a count: ${arg}`); process.exit(2); }
    const t0 = performance.now();
    const file = writeEvents(label, count);
    const mb = (fs.statSync(file).size / 1e6).toFixed(1);
    console.log(`${path.relative(REPO, file)}: ${count} synthetic events, ${mb} MB, ${Math.round(performance.now() - t0)} ms`);
  }
}
