// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/unit/makeEvent';
import type { GeoCollection, Geography } from '../../domain/geography';
import { timeEvents } from '../../domain/timeline';
import { stepTarget } from './stepCamera';

const fc = (features: GeoCollection['features'] = []): GeoCollection => ({ type: 'FeatureCollection', features });
const border = (id: string, countries: string[], coordinates: Array<[number, number]>) =>
  ({ type: 'Feature', id, properties: { id, countries }, geometry: { type: 'LineString', coordinates } }) as unknown as GeoCollection['features'][number];
const geo: Geography = {
  countries: fc(), provinces: fc(), places: fc(),
  borders: fc([
    border('border-vn-la', ['VN', 'LA'], [[103, 21], [105, 18], [107.5, 14.7]]),
    border('border-vn-cn', ['VN', 'CN'], [[102.2, 22.4], [108, 21.5]]),
  ]),
};
const none = { places: [], provinces: [], districts: [], borders: [] };

describe('stepTarget (issue 15 review)', () => {
  it('frames an event that names no place on its countries\u2019 shared border, not the whole region', () => {
    const [e] = timeEvents([makeEvent({ id: 'vn-la', countries: ['VN', 'LA'], links: none })]);
    const target = stepTarget({ cursor: e!.start, eventId: 'vn-la' }, e, geo);
    expect(target.kind).toBe('bounds');
    const b = (target as { bounds: [number, number, number, number] | null }).bounds;
    expect(b).not.toBeNull();
    // The Vietnam–Laos border, a little grown; the Vietnam–China border (further north and east) left out.
    expect(b![0]).toBeLessThanOrEqual(103);
    expect(b![2]).toBeGreaterThanOrEqual(107.5);
    expect(b![2]).toBeLessThan(108.3);
    expect(b![3]).toBeLessThan(22);
  });
});
