import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validEvents } from '../../test/fixtures/events/eventArbitraries.ts';
import { fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import { CSV_COLUMNS, decodeActors } from './csvRowToRawEvent.ts';
import { encodeActors, eventsToCsv } from './eventsToCsv.ts';
import { parseEvents } from './parseEvents.ts';

describe('eventsToCsv', () => {
  it('round-trips any valid events through CSV, with and without BOM, CRLF or LF', () => {
    fc.assert(
      fc.property(validEvents(6), fc.boolean(), fc.constantFrom('\r\n' as const, '\n' as const), (events, bom, newline) => {
        const csv = eventsToCsv(events, { bom, newline });
        const result = parseEvents(csv, { format: 'csv', geo: fixtureGeo });
        expect(result.problems).toEqual([]);
        expect(result.value).toEqual(events);
      }),
      { numRuns: 80 },
    );
  });

  it('writes a BOM, the documented header and CRLF rows by default', () => {
    const csv = eventsToCsv([]);
    expect(csv).toBe(`\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('actors cell', () => {
  it.each([
    [[{ name: 'Tô Lâm', title: 'secrétaire général', country: 'VN' }], 'Tô Lâm | secrétaire général | VN'],
    [[{ name: 'ANIC', country: 'CN' }], 'ANIC |  | CN'],
    [[{ name: 'A' }, { name: 'B', title: 'x' }], 'A; B | x'],
    [[{ name: 'a;b|c\\d' }], 'a\\;b\\|c\\\\d'],
  ])('%j ⇄ %j', (actors, cell) => {
    expect(encodeActors(actors)).toBe(cell);
    expect(decodeActors(cell)).toEqual({ actors, issues: [] });
  });

  it('reads hand-typed cells leniently and reports an actor with too many parts', () => {
    expect(decodeActors(' A |t| VN ;; B ;').actors).toEqual([{ name: 'A', title: 't', country: 'VN' }, { name: 'B' }]);
    expect(decodeActors('A | t | VN | a | b | c | d | e | f | extra').issues.map((i) => `${i.code} ${i.field}`)).toEqual(['bad-format actors[0]']);
  });

  it('carries names and titles per language, each optional (issue 16)', () => {
    const actors = [
      { name: 'Nguyên Tân Cuong', names: { en: 'Nguyễn Tân Cương', vi: 'Nguyễn Tân Cương' }, title: 'ministre', titles: { vi: 'Bộ trưởng' }, country: 'VN' },
      { name: 'ANIC', names: { fr: 'Administration nationale de l’immigration de Chine' }, country: 'CN' },
      { name: 'Li Junjie' },
    ];
    const cell = encodeActors(actors);
    expect(cell).toBe('Nguyên Tân Cuong | ministre | VN |  | Nguyễn Tân Cương | Nguyễn Tân Cương |  |  | Bộ trưởng; ANIC |  | CN | Administration nationale de l’immigration de Chine; Li Junjie');
    expect(decodeActors(cell)).toEqual({ actors, issues: [] });
  });
});
