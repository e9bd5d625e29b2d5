import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../events/testing';
import { NoMatch } from './NoMatch';

afterEach(cleanup);

describe('NoMatch (issue 13, session 11 review: a blank map with no word why)', () => {
  it('is a polite live region, empty while any event matches', () => {
    renderWithStore(<NoMatch />);
    const region = screen.getByRole('status');
    expect(region).toHaveClass('no-match');
    expect(region).toBeEmptyDOMElement();
  });

  it('says no event matches, in the reader\'s language, and Clear filters brings them all back', () => {
    for (const [lang, words, clear] of [
      ['en', 'No event matches these filters.', 'Clear filters'],
      ['fr', 'Aucun événement ne correspond à ces filtres.', 'Effacer les filtres'],
      ['vi', 'Không có sự kiện nào khớp với bộ lọc này.', 'Xóa bộ lọc'],
    ] as const) {
      const { store } = renderWithStore(<NoMatch />, { init: { lang } });
      act(() => store.getState().setFilters({ types: ['twinning'], pairs: ['VN-CN'], query: 'zzqxj' }));
      expect(screen.getByRole('status')).toHaveTextContent(words);
      fireEvent.click(screen.getByRole('button', { name: clear }));
      expect(store.getState().filters).toMatchObject({ types: [], pairs: [], query: '' });
      expect(store.getState().filtered.length).toBe(store.getState().events.length);
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      cleanup();
    }
  });

  it('is not in an embed or a briefing', () => {
    const { container } = renderWithStore(<NoMatch />, { init: { mode: 'embed' } });
    expect(container).toBeEmptyDOMElement();
  });
});
