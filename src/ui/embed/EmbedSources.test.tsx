import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { languagePack } from '../../i18n/catalogues';
import { formatMessage } from '../../i18n/translate';
import { FIXTURES, renderWithStore } from '../events/testing';
import { EmbedProvider } from './EmbedContext';
import { EmbedSources } from './EmbedSources';
import { embedTitleKey } from './embedTitle';

afterEach(cleanup);

// Session 8 journalist review: the English sources panel listed French headlines with no publisher.
describe("the embed's sources panel: publisher, date, headline in its own language", () => {
  const named = { ...FIXTURES[0]!, source: { ...FIXTURES[0]!.source, publisher: 'VNA', language: 'fr' as const, headline: 'Coopération renforcée', article: 'named' } };
  const unnamed = { ...FIXTURES[1]!, source: { ...FIXTURES[1]!.source, language: 'fr' as const, headline: 'Vers un approfondissement', article: 'unnamed' } };
  delete (unnamed.source as { publisher?: string }).publisher;
  for (const lang of ['en', 'fr', 'vi'] as const) {
    it(`${lang}: each article says its publisher (or that none is named), its date and, in the reader's language, the headline's`, () => {
      const m = languagePack(lang).messages;
      renderWithStore(<EmbedProvider options={{}}><EmbedSources id="s" focusData={false} onClose={() => undefined} /></EmbedProvider>, { events: [named, unnamed], init: { lang, mode: 'embed' } });
      const items = within(screen.getByRole('region', { name: m['embed.sourcesTitle'] })).getAllByRole('listitem');
      const byHeadline = (h: string) => items.find((li) => li.textContent?.includes(h))!;
      const a = byHeadline('Coopération renforcée'), b = byHeadline('Vers un approfondissement');
      expect(a.querySelector('.embed-source-meta')!.textContent).toMatch(/^VNA, /);
      expect(b.querySelector('.embed-source-meta')!.textContent).toMatch(new RegExp(`^${m['embed.sourceNoPublisher']}, `));
      for (const li of [a, b]) {
        expect(li.querySelector('.embed-source-headline')).toHaveAttribute('lang', 'fr');
        // The headline's language is said where it is not the reader's.
        expect(li.querySelector('.embed-source-meta')!.textContent!.includes(m['embed.sourceIn.fr'])).toBe(lang !== 'fr');
      }
    });
  }
});

// Session 9 (issue 14): the sources of the events the frame can show, each opening on its quotes.
describe("the embed's sources panel: the frame's articles only, each opening on the quotes it backs", () => {
  const cn = { ...FIXTURES[0]!, id: 'cn1', countries: ['VN', 'CN'], source: { ...FIXTURES[0]!.source, article: 'cn-article', headline: 'Sino-vietnamien', quote: 'Les deux parties ont patrouillé' } };
  const cn2 = { ...FIXTURES[1]!, id: 'cn2', countries: ['CN', 'VN'], source: { ...FIXTURES[1]!.source, article: 'cn-article', headline: 'Sino-vietnamien', quote: 'Une réunion a eu lieu' } };
  const la = { ...FIXTURES[2]!, id: 'la1', countries: ['VN', 'LA'], source: { ...FIXTURES[2]!.source, article: 'la-article', headline: 'Vietnamo-lao', quote: 'Accord signé' } };
  it('with pairs=VN-CN lists that border\'s article, with its two events and their quotes under their titles', async () => {
    const m = languagePack('en').messages;
    const { store } = renderWithStore(<EmbedProvider options={{}}><EmbedSources id="s" focusData={false} onClose={() => undefined} /></EmbedProvider>,
      { events: [cn, cn2, la], init: { lang: 'en', mode: 'embed', filters: { types: [], pairs: ['VN-CN'], query: '' } } });
    expect(store.getState().filtered.map((e) => e.event.id).sort()).toEqual(['cn1', 'cn2']);
    const items = within(screen.getByRole('region', { name: m['embed.sourcesTitle'] })).getAllByRole('listitem').filter((li) => li.parentElement?.classList.contains('embed-sources-list'));
    expect(items.map((li) => li.querySelector('.embed-source-headline')!.textContent)).toEqual(['Sino-vietnamien']);
    expect(items[0]!.querySelector('.embed-source-meta')!.textContent).toContain('2 events');
    // Closed at first: its summary is the control (keyboard: Enter or Space on the summary).
    const details = items[0]!.querySelector('details')!;
    expect(details.open).toBe(false);
    await userEvent.setup().click(items[0]!.querySelector('summary')!);
    expect(details.open).toBe(true);
    const quotes = within(details).getByRole('list', { name: m['embed.sourceQuotes'] });
    const rows = within(quotes).getAllByRole('listitem');
    expect(rows.map((r) => [r.querySelector('.embed-source-event')!.textContent, r.querySelector('q')!.textContent, r.querySelector('q')!.getAttribute('lang')])).toEqual([
      [cn.title.en, 'Les deux parties ont patrouillé', 'fr'], [cn2.title.en, 'Une réunion a eu lieu', 'fr'],
    ].sort((a, b) => (store.getState().filtered.findIndex((e) => e.event.title.en === a[0]) - store.getState().filtered.findIndex((e) => e.event.title.en === b[0]))));
  });
});

describe("the embed's title (session 8 review: pairs=VN-CN kept the generic title)", () => {
  it('names the one border the filters keep, in every language', () => {
    expect(embedTitleKey(['VN-CN'])).toBe('embed.title.VN-CN');
    expect(embedTitleKey(['VN-LA'])).toBe('embed.title.VN-LA');
    expect(embedTitleKey([])).toBe('app.title');
    expect(embedTitleKey(['VN-LA', 'VN-CN'])).toBe('app.title');
    for (const lang of ['en', 'fr', 'vi'] as const) {
      const m = languagePack(lang).messages;
      const cn = formatMessage(m['embed.title.VN-CN'], lang), la = formatMessage(m['embed.title.VN-LA'], lang);
      expect(cn).toContain(m['pair.VN-CN']);
      expect(la).toContain(m['pair.VN-LA']);
      expect(cn).not.toBe(formatMessage(m['app.title'], lang));
    }
  });
});
