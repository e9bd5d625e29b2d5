import type { BorderEvent } from '../../src/domain/event';

/** A valid event for tests; override what the test is about. */
export function makeEvent(over: Partial<BorderEvent> & { id: string }): BorderEvent {
  return {
    type: 'exchange',
    countries: ['VN', 'LA'],
    actors: [],
    date: '2024-01-01',
    dateBasis: 'text',
    status: 'held',
    links: { places: [], provinces: [], districts: [], borders: [] },
    title: { fr: `Titre ${over.id}`, en: `Title ${over.id}`, vi: `Tiêu đề ${over.id}` },
    summary: { fr: '', en: '', vi: '' },
    source: { article: 'a1', headline: 'Titre', date: '2026-01-20', language: 'fr', quote: 'citation' },
    ...over,
  };
}
