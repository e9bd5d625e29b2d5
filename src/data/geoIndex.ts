import { parseCalendarDate } from '../domain/calendarDate.ts';
import { type Problem, problem } from './problems.ts';

/** The geography files, one layer each: data/<layer>.geojson. */
export const GEO_LAYERS = ['countries', 'provinces', 'borders', 'places'] as const;
export type GeoLayer = (typeof GEO_LAYERS)[number];

/** Feature kinds the events may link to (features' `properties.kind`). */
export const PLACE_KINDS = ['national-capital', 'provincial-capital', 'town', 'border-gate'] as const;

/** When a feature existed (e.g. provinces merged on 2025-07-01); calendar dates, ends included. */
export interface GeoValidity {
  readonly validFrom?: string;
  readonly validTo?: string;
}

/** What the event validator needs from the geography: ids by kind, and validity dates. */
export interface GeoIndex {
  /** Layers that were read; links that only these layers could confirm are not checked otherwise. */
  readonly layers: ReadonlySet<GeoLayer>;
  readonly idsByKind: ReadonlyMap<string, ReadonlySet<string>>;
  readonly validity: ReadonlyMap<string, GeoValidity>;
}

export interface GeoSource {
  readonly layer: GeoLayer;
  /** A GeoJSON FeatureCollection, as parsed from JSON. */
  readonly data: unknown;
  readonly file?: string;
  /** Start line of each feature in the file's text (see jsonArrayLines), for problem lines. */
  readonly featureLines?: readonly number[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Builds the index from FeatureCollections. Pure; never throws; bad features become problems. */
export function buildGeoIndex(sources: readonly GeoSource[]): { value: GeoIndex; problems: Problem[] } {
  const problems: Problem[] = [];
  const layers = new Set<GeoLayer>();
  const idsByKind = new Map<string, Set<string>>();
  const validity = new Map<string, GeoValidity>();
  const seen = new Set<string>();

  for (const source of sources) {
    const fileAt = { ...(source.file !== undefined ? { file: source.file } : {}), line: 1 };
    const features = isRecord(source.data) && source.data.type === 'FeatureCollection' ? source.data.features : undefined;
    if (!Array.isArray(features)) {
      problems.push(problem('geo-invalid', fileAt, 'file', { detail: 'not a GeoJSON FeatureCollection' }));
      continue;
    }
    layers.add(source.layer);
    features.forEach((feature: unknown, index) => {
      const at = { ...fileAt, line: source.featureLines?.[index] ?? 1 };
      const field = `features[${index}].properties`;
      const properties = isRecord(feature) ? feature.properties : undefined;
      const id = isRecord(properties) ? properties.id : undefined;
      const kind = isRecord(properties) ? properties.kind : undefined;
      if (!isRecord(properties) || typeof id !== 'string' || id === '' || typeof kind !== 'string' || kind === '') {
        problems.push(problem('geo-invalid', at, field, { detail: 'a feature needs string properties.id and properties.kind' }));
        return;
      }
      if (seen.has(id)) {
        problems.push(problem('geo-duplicate-id', at, `${field}.id`, { id }));
        return;
      }
      seen.add(id);
      const ids = idsByKind.get(kind) ?? new Set<string>();
      ids.add(id);
      idsByKind.set(kind, ids);
      const range = readValidity(properties, (detail) => problems.push(problem('geo-invalid', at, field, { detail })));
      if (range) validity.set(id, range);
    });
  }
  return { value: { layers, idsByKind, validity }, problems };
}

function readValidity(properties: Record<string, unknown>, report: (detail: string) => void): GeoValidity | undefined {
  const result: { validFrom?: string; validTo?: string } = {};
  for (const key of ['validFrom', 'validTo'] as const) {
    const value = properties[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || !parseCalendarDate(value, { allowSpan: false }).ok) {
      report(`${key} must be a calendar date (YYYY-MM-DD), found ${JSON.stringify(value)}`);
      continue;
    }
    result[key] = value;
  }
  return result.validFrom !== undefined || result.validTo !== undefined ? result : undefined;
}

/** The kind of a feature id, or undefined if the index does not know it. */
export function kindOf(index: GeoIndex, id: string): string | undefined {
  for (const [kind, ids] of index.idsByKind) if (ids.has(id)) return kind;
  return undefined;
}

/** The layer that holds features of a kind. */
export function layerOfKind(kind: string): GeoLayer {
  if (kind === 'country') return 'countries';
  if (kind === 'province') return 'provinces';
  if (kind === 'border') return 'borders';
  return 'places';
}
