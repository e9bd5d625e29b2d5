import type { Geometry, Position } from 'geojson';

/**
 * A feature read from TopoJSON: its properties as given (checked later by
 * checkCollection) and its geometry, or null for a feature that carries
 * properties only (the first view's provinces whose outlines come later).
 */
export interface DecodedFeature {
  type: 'Feature';
  properties: unknown;
  geometry: Geometry | null;
}

/**
 * The features of one object of a quantised TopoJSON topology (the files
 * scripts/geo/packGeography.mjs writes, issue 18), as GeoJSON: what
 * topojson-client's `feature` does, for the geometry types the app uses,
 * checked as it goes because the file comes over the network. Throws on a
 * malformed topology (the caller reports the file); never mutates its input.
 */
export function decodeTopology(topology: unknown, objectName: string): DecodedFeature[] {
  if (!isRecord(topology) || topology.type !== 'Topology' || !Array.isArray(topology.arcs) || !isRecord(topology.objects)) throw new Error('not a TopoJSON Topology');
  const object = topology.objects[objectName];
  if (object === undefined) throw new Error(`no object "${objectName}"`);
  if (!isRecord(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) throw new Error(`"${objectName}" is not a GeometryCollection`);
  const position = positionReader(topology.transform);
  const rawArcs = topology.arcs as unknown[];
  const decoded: Array<Position[] | undefined> = [];
  // Arcs are delta-encoded: each is read once, absolute, and reused by every ring that shares it.
  const arc = (index: unknown): Position[] => {
    if (!Number.isInteger(index)) throw new Error('an arc index is not an integer');
    const i = (index as number) < 0 ? ~(index as number) : (index as number);
    let points = decoded[i];
    if (!points) {
      const raw = rawArcs[i];
      if (!Array.isArray(raw)) throw new Error(`no arc ${i}`);
      let x = 0, y = 0;
      points = raw.map((p: unknown) => {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') throw new Error(`arc ${i}: not a position`);
        x += p[0]; y += p[1];
        return position(x, y);
      });
      decoded[i] = points;
    }
    return (index as number) < 0 ? [...points].reverse() : points;
  };
  const line = (indexes: unknown): Position[] => {
    if (!Array.isArray(indexes)) throw new Error('a line is not a list of arcs');
    const out: Position[] = [];
    indexes.forEach((index, k) => { const points = arc(index); out.push(...(k === 0 ? points : points.slice(1))); });
    return out;
  };
  const list = <T>(value: unknown, each: (v: unknown) => T): T[] => {
    if (!Array.isArray(value)) throw new Error('not a list');
    return value.map(each);
  };
  const point = (p: unknown): Position => {
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') throw new Error('not a position');
    return position(p[0], p[1]);
  };
  const geometry = (g: Record<string, unknown>): Geometry | null => {
    switch (g.type) {
      case null: case undefined: return null;
      case 'Point': return { type: 'Point', coordinates: point(g.coordinates) };
      case 'MultiPoint': return { type: 'MultiPoint', coordinates: list(g.coordinates, point) };
      case 'LineString': return { type: 'LineString', coordinates: line(g.arcs) };
      case 'MultiLineString': return { type: 'MultiLineString', coordinates: list(g.arcs, line) };
      case 'Polygon': return { type: 'Polygon', coordinates: list(g.arcs, line) };
      case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: list(g.arcs, (p) => list(p, line)) };
      default: throw new Error(`unsupported geometry type ${String(g.type)}`);
    }
  };
  return object.geometries.map((g: unknown, i: number): DecodedFeature => {
    if (!isRecord(g)) throw new Error(`"${objectName}" geometry ${i} is not an object`);
    return { type: 'Feature', properties: g.properties, geometry: geometry(g) };
  });
}

/**
 * Quantised positions back to degrees. On a grid of 1/k degree (k an
 * integer: 1000 here) the division gives exactly the decimal the GeoJSON
 * holds (106.123, not 106.12300000000002).
 */
function positionReader(transform: unknown): (x: number, y: number) => Position {
  if (transform === undefined) return (x, y) => [x, y];
  const s = isRecord(transform) && Array.isArray(transform.scale) ? transform.scale : [];
  const t = isRecord(transform) && Array.isArray(transform.translate) ? transform.translate : [];
  const [sx, sy, tx, ty] = [s[0], s[1], t[0], t[1]];
  if (![sx, sy, tx, ty].every((v) => typeof v === 'number' && Number.isFinite(v)) || sx === 0 || sy === 0) throw new Error('a malformed transform');
  const axis = (scale: number, translate: number) => {
    const k = Math.round(1 / scale);
    const offset = Math.round(translate * k);
    if (k > 0 && Math.abs(k * scale - 1) < 1e-12 && Math.abs(translate * k - offset) < 1e-6) return (q: number) => (q + offset) / k;
    return (q: number) => q * scale + translate;
  };
  const [ax, ay] = [axis(sx as number, tx as number), axis(sy as number, ty as number)];
  return (x, y) => [ax(x), ay(y)];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
