// @vitest-environment node
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildLayers, DATED_LAYERS, validOnFilter } from './layers';

// Issue 17: `validFrom <=` turned into `<` survived, because the only test
// compared the filter with the function that builds it. Here the filters are
// evaluated the way MapLibre evaluates them (its style-spec's featureFilter).

type Props = Record<string, unknown>;
const passes = (filter: unknown, properties: Props) =>
  featureFilter(filter as never, 'layers[0].filter').filter({ zoom: 6 }, { type: 1, properties, geometry: [] } as never);

describe('validOnFilter, as MapLibre evaluates it', () => {
  const cases: Array<[string, Props, string, boolean]> = [
    ['no dates', {}, '2024-01-01', true],
    ['the first valid day', { validFrom: '2025-07-01' }, '2025-07-01', true],
    ['the day before', { validFrom: '2025-07-01' }, '2025-06-30', false],
    ['the last valid day', { validTo: '2025-06-30' }, '2025-06-30', true],
    ['the day after', { validTo: '2025-06-30' }, '2025-07-01', false],
    ['inside both', { validFrom: '2020-01-01', validTo: '2025-06-30' }, '2022-01-01', true],
    ['a one-day province on its day', { validFrom: '2024-02-29', validTo: '2024-02-29' }, '2024-02-29', true],
    ['before both', { validFrom: '2020-01-01', validTo: '2025-06-30' }, '2019-12-31', false],
  ];
  it.each(cases)('%s', (_name, properties, date, expected) => {
    expect(passes(validOnFilter(date), properties)).toBe(expected);
  });

  it('the dated layers built for a date show the provinces valid that day, focus or not, on their boundary days', () => {
    const layers = buildLayers('2025-07-01');
    const filterOf = (id: string) => {
      const l = layers.find((x) => x.id === id);
      return l && 'filter' in l ? l.filter : undefined;
    };
    const newFocus = { focus: true, validFrom: '2025-07-01' };
    const oldFocus = { focus: true, validTo: '2025-06-30' };
    const newOther = { validFrom: '2025-07-01' };
    for (const id of ['focus-fill', 'focus-line', 'focus-label']) {
      expect(passes(filterOf(id), newFocus), id).toBe(true);
      expect(passes(filterOf(id), oldFocus), id).toBe(false);
      expect(passes(filterOf(id), newOther), id).toBe(false);
    }
    expect(passes(filterOf('provinces-line'), newOther)).toBe(true);
    expect(passes(filterOf('provinces-line'), newFocus)).toBe(false);
    expect(passes(filterOf('lit-province'), newFocus)).toBe(true);
    expect(passes(DATED_LAYERS['focus-fill']('2025-06-30'), oldFocus)).toBe(true);
    expect(passes(DATED_LAYERS['focus-fill']('2025-06-30'), newFocus)).toBe(false);
  });
});
