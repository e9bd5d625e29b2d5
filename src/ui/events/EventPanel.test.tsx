import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dayNumber as d } from '../../domain/dayNumber';
import { AGREEMENT, FIXTURES, MEETING, PATROL, PLANNED_EXCHANGE, renderWithStore } from './testing';
import { EventPanel } from './EventPanel';
import { EventTable } from './EventTable';

afterEach(cleanup);

const panelNamed = (title: string) => screen.getByRole('region', { name: title });

/** The text of the <dd> after a <dt>. */
const fact = (scope: HTMLElement, term: string) => {
  const dt = within(scope).getAllByText(term, { selector: 'dt' })[0];
  return dt?.nextElementSibling as HTMLElement;
};

describe('EventPanel', () => {
  it('renders nothing without a selection', () => {
    const { container } = renderWithStore(<EventPanel />);
    expect(container).toBeEmptyDOMElement();
  });

  it('opens from a table row and shows the event, its source and the French quote', async () => {
    const user = userEvent.setup();
    renderWithStore(<><EventTable /><EventPanel /></>);
    await user.click(screen.getByRole('button', { name: PATROL.title.en }));
    const region = panelNamed(PATROL.title.en);
    expect(within(region).getByRole('heading', { level: 2, name: PATROL.title.en })).toBeInTheDocument();
    expect(within(region).getByText(PATROL.summary.en)).toBeInTheDocument();
    expect(fact(region, 'Date')).toHaveTextContent('15 January 2024 (exact day)');
    expect(fact(region, 'Type')).toHaveTextContent('Joint patrol');
    expect(fact(region, 'Status')).toHaveTextContent('Held');
    expect(fact(region, 'Countries')).toHaveTextContent('Vietnam, Laos');
    const actorTitle = within(fact(region, 'Taking part')).getByText('commandant de la garde-frontière de Quảng Trị');
    expect(actorTitle).toHaveAttribute('lang', 'fr');
    // No English form in the data: the source's French wording, marked as such.
    expect(fact(region, 'Taking part')).toHaveTextContent(
      'Nguyễn Văn Hùng (source wording, French), commandant de la garde-frontière de Quảng Trị (source wording, French) (Vietnam)',
    );
    expect(fact(region, 'Places')).toHaveTextContent('Lao Bảo border gate, Quảng Trị');
    expect(fact(region, 'Publisher')).toHaveTextContent('VNA');
    expect(fact(region, 'Headline')).toHaveAttribute('lang', 'fr');
    expect(fact(region, 'Article date')).toHaveTextContent('16 January 2024');
    expect(fact(region, 'Article date')).toHaveTextContent('16 January 2024 (exact day)');
    expect(fact(region, 'Language')).toHaveTextContent('French');
    // No internal ids for the reader (issue 13): the article's file stem is nowhere.
    expect(region).not.toHaveTextContent(PATROL.source.article);
    expect(within(region).queryByText('Reference')).not.toBeInTheDocument();
    const quote = within(region).getByText(PATROL.source.quote);
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(quote).toHaveAttribute('lang', 'fr');
    // Said by the quote, visibly, not only in the caption (issue 13, session 11 review).
    expect(quote).toHaveAccessibleDescription('(in French)');
    expect(within(region).getByText('(in French)')).toHaveClass('event-quote-lang');
    expect(within(region).getByText('Original quote')).toBeInTheDocument();
  });

  it('labels a French quote "(in French)" for en and vi readers, kept verbatim, and adds nothing in fr (session 11 review)', () => {
    for (const [lang, label] of [['en', '(in French)'], ['vi', '(bằng tiếng Pháp)'], ['fr', null]] as const) {
      const { container } = renderWithStore(<EventPanel />, { init: { lang, selectedId: PATROL.id } });
      const quote = within(container).getByText(PATROL.source.quote);
      expect(quote.textContent, lang).toBe(PATROL.source.quote);
      const mark = container.querySelector('.event-quote-lang');
      if (label) {
        expect(mark, lang).toHaveTextContent(label);
        // Before the quote, in the same figure: where the embed's compact card (caption hidden) still shows it.
        expect(mark!.nextElementSibling, lang).toBe(quote);
      } else {
        expect(mark, lang).toBeNull();
        expect(quote).toHaveAccessibleDescription('Citation originale, en français');
      }
      cleanup();
    }
  });

  it('shows a vague date with its precision, notes and the period in force', () => {
    renderWithStore(<EventPanel />, { init: { selectedId: AGREEMENT.id } });
    const region = panelNamed(AGREEMENT.title.en);
    expect(fact(region, 'Date')).toHaveTextContent('August 2024 (month only)');
    expect(fact(region, 'About the date')).toHaveTextContent('The text gives only the month.');
    expect(fact(region, 'About the place')).toHaveTextContent('Place not given.');
    expect(fact(region, 'In force')).toHaveTextContent('Start: 1 September 2024 · no end date given');
    expect(fact(region, 'Article date')).toHaveTextContent('August 2024');
    expect(within(region).queryByText('Publisher')).not.toBeInTheDocument();
  });

  it('speaks the reader’s language, keeping the source in French', () => {
    renderWithStore(<EventPanel />, { init: { lang: 'vi', selectedId: PLANNED_EXCHANGE.id } });
    const region = panelNamed(PLANNED_EXCHANGE.title.vi);
    expect(fact(region, 'Ngày')).toHaveTextContent('1–4 tháng 10 năm 2024 (trong nhiều ngày)');
    expect(fact(region, 'Tình trạng')).toHaveTextContent('Dự kiến');
    expect(fact(region, 'Quốc gia')).toHaveTextContent('Việt Nam, Lào, Campuchia');
    expect(within(region).getByText(PLANNED_EXCHANGE.source.quote)).toHaveAccessibleDescription('(bằng tiếng Pháp)');
  });

  describe('names in the reader’s language (issues 13, 16)', () => {
    const NAMED = {
      ...MEETING,
      id: 'named-actors',
      actors: [
        { name: 'Nguyên Tân Cuong', names: { en: 'Nguyễn Tân Cương', vi: 'Nguyễn Tân Cương' }, title: 'chef d’état-major général', titles: { en: 'Chief of the General Staff' }, country: 'VN' },
        { name: 'Commandement militaire du district de Nong', names: { en: 'Nong District Military Command' }, country: 'LA' },
      ],
    };
    const render = (lang: string) => {
      renderWithStore(<EventPanel />, { events: [...FIXTURES, NAMED], init: { lang, selectedId: NAMED.id } });
      return panelNamed(localizedTitle(lang));
    };
    const localizedTitle = (lang: string) => NAMED.title[lang as 'fr' | 'en' | 'vi'];

    it('shows the established name and title in English, unmarked', () => {
      const actors = fact(render('en'), 'Taking part');
      expect(actors).toHaveTextContent('Nguyễn Tân Cương, Chief of the General Staff (Vietnam)');
      expect(actors).toHaveTextContent('Nong District Military Command (Laos)');
      expect(actors).not.toHaveTextContent('source wording');
      expect(actors).not.toHaveTextContent('Nguyên Tân Cuong');
    });

    it('marks the source’s wording where the reader’s language has no form', () => {
      const actors = fact(render('vi'), 'Thành phần tham gia');
      expect(actors).toHaveTextContent('Nguyễn Tân Cương, chef d’état-major général (nguyên văn của nguồn, bằng tiếng Pháp) (Việt Nam)');
      const body = within(actors).getByText('Commandement militaire du district de Nong');
      expect(body).toHaveAttribute('lang', 'fr');
      expect(body.nextElementSibling).toHaveTextContent('(nguyên văn của nguồn, bằng tiếng Pháp)');
    });

    it('shows the French source wording to a French reader without a mark', () => {
      const actors = fact(render('fr'), 'Participants');
      expect(actors).toHaveTextContent('Nguyên Tân Cuong, chef d’état-major général (Vietnam)');
      expect(actors).not.toHaveTextContent('libellé de la source');
    });
  });

  it('moves along the filtered timeline with previous/next, moving the cursor too', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventPanel />, { init: { selectedId: MEETING.id } });
    await user.click(screen.getByRole('button', { name: 'Show the next event' }));
    expect(store.getState()).toMatchObject({ selectedId: AGREEMENT.id, cursor: d(2024, 8, 1) });
    expect(panelNamed(AGREEMENT.title.en)).toBeInTheDocument();
    act(() => store.getState().setFilters({ pairs: ['VN-CN'] }));
    // The agreement is filtered out; its neighbours on the filtered timeline are around where it was.
    expect(screen.getByRole('button', { name: 'Show the next event' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Show the previous event' }));
    expect(store.getState().selectedId).toBe(MEETING.id);
    expect(screen.getByRole('button', { name: 'Show the previous event' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('closes with its button or Escape, giving focus back to the row it was opened from', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<><EventTable /><EventPanel /></>);
    const opener = screen.getByRole('button', { name: MEETING.title.en });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close the details' }));
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();

    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Show the next event' }));
    await user.keyboard('{Escape}');
    expect(store.getState().selectedId).toBeNull();
    expect(screen.getByRole('button', { name: MEETING.title.en })).toHaveFocus();
  });

  it('renders text from the data as text, never as HTML', () => {
    const hostile = { ...PATROL, id: 'hostile', title: { ...PATROL.title, en: '<img src=x onerror=alert(1)>' } };
    const { container } = renderWithStore(<EventPanel />, { events: [...FIXTURES, hostile], init: { selectedId: 'hostile' } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });
});
