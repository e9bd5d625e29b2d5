import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dayNumber as d } from '../../domain/dayNumber';
import { EventTable } from '../events/EventTable';
import { AGREEMENT, MEETING, PATROL, renderWithStore } from '../events/testing';
import { Timeline } from '../timeline/Timeline';
import { StoryCaption } from './StoryCaption';

afterEach(cleanup);

const caption = (name = 'Event on the map') => screen.queryByRole('complementary', { name });
/** The card, once shown: its chunk loads the first time (React.lazy), so the first look waits for it. */
const shown = (name = 'Event on the map') => screen.findByRole('complementary', { name });
const render = (lang = 'en', cursor = d(2024, 1, 15)) => renderWithStore(<><StoryCaption /><Timeline /></>, { init: { lang, cursor } });

describe('StoryCaption (issue 13)', () => {
  it('is not there until the reader steps or plays', () => {
    render();
    expect(caption()).not.toBeInTheDocument();
  });

  it('names the event a step reaches: type, date with its precision, title', async () => {
    const user = userEvent.setup();
    render();
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    const card = await shown();
    expect(card).toBeVisible();
    expect(within(card).getByText(MEETING.title.en)).toBeVisible();
    expect(within(card).getByText('High-level meeting')).toBeVisible();
    expect(within(card).getByText('2 March 2024')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(within(caption()!).getByText(AGREEMENT.title.en)).toBeVisible();
    // The long form, and the short one a phone shows instead (storyCaption.css), with the precision.
    expect(within(caption()!).getByText('August 2024')).toBeInTheDocument();
    expect(within(caption()!).getByText('Aug 2024')).toBeInTheDocument();
    expect(caption()).toHaveTextContent(/August 2024.*\(month only\)/);
  });

  it.each([
    ['fr', 'Événement sur la carte', 'Rencontre de haut niveau', /2 mars 2024/],
    ['vi', 'Sự kiện trên bản đồ', 'Hội đàm cấp cao', /2 tháng 3 năm 2024/],
  ])('speaks the reader’s language (%s)', async (lang, name, type, date) => {
    const user = userEvent.setup();
    render(lang);
    await user.click(screen.getByRole('button', { name: lang === 'fr' ? /Événement suivant/ : /Sự kiện tiếp theo/ }));
    const card = await shown(name);
    expect(within(card).getByText(MEETING.title[lang as 'fr' | 'vi'])).toBeVisible();
    expect(within(card).getByText(type)).toBeVisible();
    expect(card).toHaveTextContent(date);
  });

  it('says how many other events the step brought in on the same date (session 18 review)', async () => {
    const user = userEvent.setup();
    const twin = { ...MEETING, id: 'second-meeting-same-day', type: 'joint-patrol' as const, title: { fr: 'Seconde séance', en: 'Second session', vi: 'Phiên thứ hai' } };
    const { store } = renderWithStore(<><StoryCaption /><Timeline /></>, { events: [PATROL, MEETING, twin, AGREEMENT], init: { lang: 'en', cursor: d(2024, 1, 15) } });
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    const card = await shown();
    expect(card).toHaveTextContent('and 1 more event at this step, in the list');
    // The card names the later given of the two (captionChoice); a filter that hides the other one:
    // nothing more to tell, and the card stays on its event.
    expect(within(card).getByText('Second session')).toBeVisible();
    act(() => store.getState().setFilters({ types: ['joint-patrol'] }));
    expect(caption()).not.toHaveTextContent(/more event/);
    expect(within(caption()!).getByText('Second session')).toBeVisible();
    act(() => store.getState().setFilters({ types: [] }));
    expect(caption()).toHaveTextContent('and 1 more event at this step, in the list');
    // The next step brings one event: nothing more to tell.
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(within(caption()!).getByText(AGREEMENT.title.en)).toBeVisible();
    expect(caption()).not.toHaveTextContent(/more event/);
  });

  it('follows playback, and stays when it pauses', async () => {
    const { store } = render('en', d(2024, 7, 1));
    act(() => {
      store.getState().setPlaying(true);
      store.getState().setCursor(d(2024, 8, 1)); // what a playback frame does
    });
    expect(within(await shown()).getByText(AGREEMENT.title.en)).toBeVisible();
    act(() => store.getState().setCursor(d(2024, 8, 20))); // between events: the last one stays
    expect(within(caption()!).getByText(AGREEMENT.title.en)).toBeVisible();
    act(() => store.getState().setPlaying(false));
    expect(caption()).toBeInTheDocument();
  });

  it('tells the first event when Play starts on it (a link’s date before it, or Play from the end)', async () => {
    const { store } = render('en', d(2023, 12, 1)); // clamped to the first event's day
    act(() => store.getState().setPlaying(true));
    expect(within(await shown()).getByText(PATROL.title.en)).toBeVisible();
  });

  it('goes when the reader drags the slider, or closes it; the next step brings it back', async () => {
    const user = userEvent.setup();
    const { store } = render();
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    await shown();
    act(() => store.getState().setCursor(d(2024, 5, 10)));
    expect(caption()).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    await user.click(within(caption()!).getByRole('button', { name: 'Hide this caption' }));
    expect(caption()).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(within(caption()!).getByText(MEETING.title.en)).toBeVisible();
  });

  it('opens the event’s details when chosen, and pauses playback', async () => {
    const user = userEvent.setup();
    const { store } = render('en', d(2024, 7, 1));
    act(() => {
      store.getState().setPlaying(true);
      store.getState().setCursor(d(2024, 8, 1));
    });
    await user.click(within(await shown()).getByRole('button', { name: /Border management agreement/ }));
    expect(store.getState()).toMatchObject({ selectedId: AGREEMENT.id, playing: false });
  });

  it('one selected event: choosing another in the list during Play pauses it and closes the caption', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<><StoryCaption /><Timeline /><EventTable /></>, { init: { lang: 'en', cursor: d(2024, 7, 1) } });
    act(() => {
      store.getState().setPlaying(true);
      store.getState().setCursor(d(2024, 8, 1));
    });
    expect(within(await shown()).getByText(AGREEMENT.title.en)).toBeVisible();
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: MEETING.title.en }));
    expect(store.getState()).toMatchObject({ selectedId: MEETING.id, playing: false });
    expect(caption()).not.toBeInTheDocument();
    // Play again: the panel's event is let go, so the caption is again the only one singled out.
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState()).toMatchObject({ selectedId: null, playing: true });
  });

  it('steps aside while the panel shows the event it names, and comes back on it when the panel closes (session 9)', async () => {
    const { store } = render('en', d(2024, 7, 1));
    act(() => store.getState().setCursor(d(2024, 7, 2)));
    act(() => {
      store.getState().setPlaying(true);
      store.getState().setCursor(d(2024, 8, 1));
    });
    await shown();
    act(() => store.getState().select(AGREEMENT.id));
    expect(store.getState().playing).toBe(false);
    // Not shown twice (session 8 review: the card and the side panel at once).
    expect(caption()).toBeNull();
    act(() => store.getState().select(null));
    await shown();
    expect(within(caption()!).getByText(AGREEMENT.title.en)).toBeVisible();
  });

  it('hides when a filter hides its event, and in the presentation', async () => {
    const user = userEvent.setup();
    const { store } = render();
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    await shown();
    act(() => store.getState().setFilters({ types: ['agreement'] }));
    expect(caption()).not.toBeInTheDocument();
    act(() => store.getState().setFilters({ types: [] }));
    expect(caption()).toBeInTheDocument();
    act(() => store.getState().setMode('present'));
    expect(caption()).not.toBeInTheDocument();
  });
});
