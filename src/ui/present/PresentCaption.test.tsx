import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/unit/makeEvent';
import { timeEvents } from '../../domain/timeline';
import { eventSteps } from '../../store/presentation';
import { createViewerStore } from '../../store/viewerStore';
import { StoreProvider } from '../StoreContext';
import { PresentCaption } from './PresentCaption';
import { HEADLINE_MAX_CHARS, shortQuote } from './shortQuote';

const headline = 'Le Vietnam et la Chine renforcent leur collaboration';
const [event] = timeEvents([makeEvent({ id: 'b', date: '2024-08-01', source: { article: 'a2', headline, date: '2024-08', language: 'fr', quote: 'le procès-verbal signé à Pékin' } })]);

describe('the briefing caption\'s source line (issue 15 review: French words in an English briefing had no language)', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`marks the quote and an unnamed publisher's headline as French (${lang})`, () => {
      const { container } = render(
        <StoreProvider store={createViewerStore({ mode: 'present', lang })}>
          <PresentCaption captionRef={null} captionId="c" step={eventSteps([event!])[0]} event={event} count={1} pending={false} />
        </StoreProvider>,
      );
      const french = [...container.querySelectorAll('.present-source [lang="fr"]')].map((el) => el.textContent ?? '');
      expect(french).toHaveLength(2);
      expect(french[0]).toContain('le procès-verbal signé à Pékin');
      expect(french[1]).toBe(shortQuote(headline, HEADLINE_MAX_CHARS));
      // The sentence around it stays in the briefing's language, with nothing lost.
      const by = container.querySelector('.present-by');
      expect(by?.getAttribute('lang')).toBeNull();
      expect(by?.textContent).toContain(`${french[1]}”`);
      expect(by?.textContent).toMatch(/2024/);
      expect(by?.textContent).not.toContain('\u0001');
    });
  }
});

describe('the quote\'s language said beside it (issue 15, session 11 review: a French quote in English with no mark)', () => {
  const mark = (lang: 'en' | 'fr' | 'vi') => render(
    <StoreProvider store={createViewerStore({ mode: 'present', lang })}>
      <PresentCaption captionRef={null} captionId="c" step={eventSteps([event!])[0]} event={event} count={1} pending={false} />
    </StoreProvider>,
  ).container.querySelector('.present-quote-lang')?.textContent?.trim() ?? null;
  it('in English and Vietnamese, in the slide\'s language; nothing in French; the quote kept verbatim', () => {
    expect(mark('en')).toBe('(in French)');
    expect(mark('vi')).toBe('(bằng tiếng Pháp)');
    expect(mark('fr')).toBeNull();
  });
});
