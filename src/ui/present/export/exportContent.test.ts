import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../../test/unit/makeEvent';
import { timeEvents } from '../../../domain/timeline';
import { languagePack } from '../../../i18n/catalogues';
import { formatMessage, type Translate } from '../../../i18n/translate';
import { eventSteps } from '../../../store/presentation';
import { exportContent } from './exportContent';

const events = timeEvents([
  makeEvent({ id: 'a', date: '2022-06-02', source: { article: 'a1', publisher: 'VNA', headline: 'Hanoï, 2 juin', date: '2022-06', language: 'fr', quote: 'q1' } }),
  makeEvent({ id: 'b', date: '2024-08-01', source: { article: 'a2', headline: 'Le Vietnam et la Chine', date: '2024-08', language: 'fr', quote: 'q2' } }),
  makeEvent({ id: 'c', date: '2026-01-15', source: { article: 'a3', publisher: 'Le Courrier', headline: 'Coordination étroite', date: '2026-01-15', language: 'fr', quote: 'q3' } }),
]);

describe('the handout cover (issue 15 review)', () => {
  for (const lang of ['en', 'fr', 'vi'] as const) {
    it(`names every article's publisher, or says the article names none (${lang})`, () => {
      const pack = languagePack(lang);
      const t: Translate = (key, params) => formatMessage(pack.messages[key], lang, params);
      const { cover } = exportContent({ steps: eventSteps(events), byId: new Map(events.map((e) => [e.event.id, e])), lang, t, today: 0 });
      expect(cover.sources).toHaveLength(3);
      const [first, second, third] = cover.sources;
      expect(first).toMatch(/^VNA, /);
      expect(third).toMatch(/^Le Courrier, /);
      // The article without one says so, before its date and headline.
      const none = t('export.coverSourceNoPublisher', { date: 'X', headline: 'Y' }).split(',')[0] ?? '';
      expect(none.length).toBeGreaterThan(5);
      expect(second?.startsWith(none)).toBe(true);
      expect(second).toContain('Le Vietnam et la Chine');
    });
  }
});
