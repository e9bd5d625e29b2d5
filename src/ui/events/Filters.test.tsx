import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from './testing';
import { Filters } from './Filters';

afterEach(cleanup);

describe('Filters hint (issue 13 review)', () => {
  it('says what the boxes do now: all shown with none ticked, only the ticked ones once one is', async () => {
    const user = userEvent.setup();
    renderWithStore(<Filters />);
    const borders = screen.getByRole('group', { name: 'Borders' });
    expect(borders).toHaveAccessibleDescription('Nothing ticked: all are shown.');
    await user.click(screen.getByRole('checkbox', { name: 'Vietnam–China' }));
    expect(borders).toHaveAccessibleDescription('Only what is ticked is shown; a group with nothing ticked shows all.');
    expect(screen.queryByText('Nothing ticked: all are shown.')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Vietnam–China' }));
    expect(borders).toHaveAccessibleDescription('Nothing ticked: all are shown.');
  });

  it('in French and Vietnamese too', async () => {
    const user = userEvent.setup();
    renderWithStore(<Filters />, { init: { lang: 'vi' } });
    await user.click(screen.getByRole('checkbox', { name: 'Việt Nam – Trung Quốc' }));
    expect(screen.getByRole('group', { name: 'Biên giới' })).toHaveAccessibleDescription('Chỉ hiển thị các mục đã chọn; nhóm không chọn ô nào thì hiển thị tất cả.');
    cleanup();
    renderWithStore(<Filters />, { init: { lang: 'fr', filters: { types: ['twinning'], pairs: [], query: '' } } });
    expect(screen.getByRole('group', { name: 'Frontières' })).toHaveAccessibleDescription('Seul ce qui est coché est affiché\u202f; un groupe sans case cochée affiche tout.');
  });
});
