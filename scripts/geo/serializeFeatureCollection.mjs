// Serialises a FeatureCollection with one feature per line: stable bytes for
// the same input (key order is the order the builders create), readable diffs.

/**
 * @param {import('geojson').Feature[]} features
 * @returns {string}
 */
export function serializeFeatureCollection(features) {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}
