import type { BorderEvent } from '../../src/domain/event';

/** A valid event for tests; override what the test is about. */
export function makeEvent(over: Partial<BorderEvent> & { id: string }): BorderEvent {
  const text = { fr: over.id, en: over.id, vi: over.id };
  return {
    type: 'exchange',
    countries: ['VN', 'LA'],
    actors: [],
    date: '2024-01-01',
    dateBasis: 'text',
    status: 'held',
    links: { places: [], provinces: [], districts: [], borders: [] },
    title: text,
    summary: text,
    source: { article: '000_test', headline: 'Titre', date: '2024-01-01', language: 'fr', quote: 'citation' },
    ...over,
  };
}
