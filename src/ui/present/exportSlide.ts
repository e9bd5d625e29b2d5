import { dayToIso } from '../../domain/dayNumber';
import { EVENT_TYPES } from '../../domain/event';
import { isVisible } from '../../domain/timeline';
import { formatCalendarDate, formatDateText, formatDay } from '../../i18n/formatDate';
import type { Translate } from '../../i18n/translate';
import type { MapHandle } from '../../map';
import type { PresentStep } from '../../store/presentation';
import { viewLink } from '../../store/viewLink';
import type { ViewerState } from '../../store/viewerStore';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { localized } from '../events/localized';
import { drawSlide, SLIDE_HEIGHT, SLIDE_WIDTH, type SlideContent } from './slide';

type SlideState = Pick<ViewerState, 'lang' | 'filtered' | 'events' | 'cursor' | 'display' | 'selectedId'>;

/**
 * What the slide says (issue 6): the selected event's title, date and type
 * (or the date alone), a legend of the event types on screen, the sources
 * of every event shown, the link to this moment and the credits.
 */
export function slideContent(s: SlideState, t: Translate, link: string, step: PresentStep | null): SlideContent {
  const shown = s.filtered.filter((e) => isVisible(e, s.cursor, s.display));
  const selected = s.selectedId ? s.events.find((e) => e.event.id === s.selectedId) : undefined;
  const types = EVENT_TYPES.filter((type) => shown.some((e) => e.event.type === type));
  const bySource = new Map<string, string>();
  // The selected event's source first, then the others in date order.
  for (const e of selected ? [selected, ...shown] : shown) {
    const src = e.event.source;
    if (bySource.has(src.article)) continue;
    bySource.set(src.article, t('slide.sourceLine', {
      publisher: src.publisher ?? t('present.unknownPublisher'), date: formatDateText(src.date, s.lang), headline: src.headline,
    }));
  }
  const caption = step?.caption ? (typeof step.caption === 'string' ? step.caption : localized(step.caption, s.lang).text) : undefined;
  return {
    heading: t('app.title'),
    title: selected ? localized(selected.event.title, s.lang).text : formatDay(s.cursor, s.lang),
    subtitle: selected
      ? `${formatCalendarDate(selected, s.lang)} · ${t(EVENT_TYPE_KEYS[selected.event.type])}`
      : t('slide.eventCount', { count: shown.length }),
    ...(caption ? { caption } : {}),
    legendTitle: t('legend.title'),
    legend: (types.length ? types : EVENT_TYPES).map((type) => ({ type, label: t(EVENT_TYPE_KEYS[type]) })),
    sourcesTitle: t('slide.sources'),
    sources: [...bySource.values()],
    link,
    credits: t('map.attribution', { credits: t('map.credits') }),
  };
}

/** Draws the slide at 1920×1080 and offers it as a download named after the moment. */
export async function exportSlide(options: { handle: MapHandle | null; state: ViewerState; t: Translate; step: PresentStep | null; href?: string }): Promise<void> {
  const { state } = options;
  // Canvas text uses the page's fonts only once they are loaded.
  await Promise.all(['400 24px "Noto Sans"', '700 52px "Noto Sans"'].map((f) => document.fonts?.load(f, 'Quảng Trị').catch(() => []) ?? []));
  const map = options.handle ? await options.handle.snapshot(SLIDE_WIDTH, SLIDE_HEIGHT) : null;
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_WIDTH;
  canvas.height = SLIDE_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // The link opens the explorer on this very view: computed from the state, not read from the address (written later, throttled).
  const link = viewLink(state, options.handle?.camera() ?? null, options.href ?? window.location.href);
  drawSlide(ctx, map, slideContent(state, options.t, link, options.step), SLIDE_WIDTH, SLIDE_HEIGHT);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `border-cooperation-${dayToIso(state.cursor)}${state.selectedId ? `-${state.selectedId.slice(0, 60)}` : ''}.png`;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
