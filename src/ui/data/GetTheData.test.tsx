import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../events/testing';
import { GetTheData } from './GetTheData';

afterEach(cleanup);

describe('GetTheData hint (reader review: "No event shown, with sources and quotes")', () => {
  it.each([
    ['en', /^\d+ events shown, with sources and quotes$/, 'No event shown: clear the filters to download some'],
    ['fr', /^\d+ événements affichés, avec sources et citations$/, 'Aucun événement affiché\u202f: effacez les filtres pour en télécharger'],
    ['vi', /^\d+ sự kiện đang hiển thị, kèm nguồn và trích dẫn$/, 'Không có sự kiện nào đang hiển thị: hãy bỏ bộ lọc để tải dữ liệu'],
  ])('%s: counts the events shown, and says what to do when none is', (lang, some, none) => {
    const { store, container } = renderWithStore(<GetTheData />, { init: { lang, cursor: 20_000 } });
    const hint = () => container.querySelector('.get-data-hint')?.textContent;
    expect(hint()).toMatch(some);
    act(() => store.getState().setFilters({ query: 'zzzz-nothing-matches' }));
    expect(hint()).toBe(none);
    expect(screen.queryByText(/sources and quotes|sources et citations|nguồn và trích dẫn/)).toBeNull();
  });
});
