// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/catalogues';
import type { Translate } from '../../i18n/translate';
import type { MapHandle } from '../../map';
import { frameLegend, legendItems } from './frameLegend';

const t: Translate = translator('en');

/** A map 800×600 drawing these symbols, with or without a lit story border. */
const handle = (points: Array<{ id: string; x: number; y: number; approximate: boolean }> | null, lit: boolean) => ({
  size: () => ({ width: 800, height: 600 }),
  project: (lon: number, lat: number) => ({ x: lon, y: lat }),
  controller: { visiblePoints: () => points?.map((p) => ({ ...p, anchor: 'a', lon: p.x, lat: p.y })) ?? null },
  renderedIds: (layers: string[], litOnly?: boolean) => (layers.includes('border-lit') && litOnly && lit ? ['border-vn-la'] : []),
}) as unknown as MapHandle;

const types = { a: 'agreement', p: 'joint-patrol', far: 'twinning' } as const;
const typeOf = (id: string) => types[id as keyof typeof types];

describe('frameLegend (issue 15 review: every exported legend as the screen\'s card)', () => {
  it('names the types in the frame, the dashed ring and the glow, from the map as drawn', () => {
    const drawn = frameLegend(handle([
      { id: 'p', x: 10, y: 10, approximate: false },
      { id: 'a', x: 400, y: 300, approximate: true },
      { id: 'far', x: 900, y: 300, approximate: false },
    ], true), typeOf);
    expect(drawn).toEqual({ types: ['joint-patrol', 'agreement'], dashed: true, lit: true });
  });

  it('says no mark the frame does not draw', () => {
    expect(frameLegend(handle([{ id: 'a', x: 1, y: 1, approximate: false }, { id: 'far', x: -5, y: 1, approximate: true }], false), typeOf))
      .toEqual({ types: ['agreement'], dashed: false, lit: false });
    expect(frameLegend(handle(null, true), typeOf)).toEqual({ types: [], dashed: false, lit: true });
    expect(frameLegend(null, typeOf)).toBeNull();
  });

  it('gives the legend\'s lines in the card\'s order: types, then the glow, then the dashed ring', () => {
    expect(legendItems({ types: ['agreement'], dashed: true, lit: true }, t)).toEqual([
      { type: 'agreement', label: 'Agreement' },
      { mark: 'lit', label: t('present.litBorder') },
      { mark: 'dashed', label: t('legend.approximatePlacement') },
    ]);
    expect(legendItems({ types: [], dashed: false, lit: false }, t)).toEqual([]);
  });
});
