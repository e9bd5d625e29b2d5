import { dayToIso } from '../../domain/dayNumber';
import { EVENT_TYPES, type EventSource } from '../../domain/event';
import { isVisible } from '../../domain/timeline';
import { formatCalendarDate, formatDateText, formatDay } from '../../i18n/formatDate';
import type { Translate } from '../../i18n/translate';
import type { MapHandle } from '../../map';
import type { PresentStep } from '../../store/presentation';
import { viewLink } from '../../store/viewLink';
import type { ViewerState } from '../../store/viewerStore';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { localized } from '../events/localized';
import { withGroupRings } from './export/groupRings';
import { frameLegend, legendItems, type FrameLegend } from './frameLegend';
import { quoteLanguageMark } from '../events/eventLabels';
import { HEADLINE_MAX_CHARS, shortQuote } from './shortQuote';
import { drawSlide, layoutSlide, SLIDE_HEIGHT, SLIDE_WIDTH, textBoxes, type SlideContent, type SlideLayout } from './slide';
import { paddingAround, type Padding } from './stepCamera';

const markOf = (mark: string | null) => (mark ? { mark } : {});

type SlideState = Pick<ViewerState, 'lang' | 'filtered' | 'events' | 'cursor' | 'display' | 'selectedId'>;

/** A slide's quote is cut longer than the caption's: the column holds up to six lines, cut at a word (issue 15). */
const SLIDE_QUOTE_CHARS = 420;

/**
 * What the slide says (issues 6, 15): the scene's caption or the selected
 * event's title, its date and type (or the date alone), a legend of the
 * event types on screen, the slide's own source (the selected event's
 * quote, publisher and date) with the other sources shown as a footnote,
 * the link to this moment and the credits.
 */
export function slideContent(s: SlideState, t: Translate, link: string, step: PresentStep | null, frame?: FrameLegend | null): SlideContent {
  const shown = s.filtered.filter((e) => isVisible(e, s.cursor, s.display));
  const selected = s.selectedId ? s.events.find((e) => e.event.id === s.selectedId) : undefined;
  const types = EVENT_TYPES.filter((type) => shown.some((e) => e.event.type === type));
  // An unnamed publisher is left out: the date and headline say which article it is.
  const line = (src: EventSource) => src.publisher
    ? t('slide.sourceLine', { publisher: src.publisher, date: formatDateText(src.date, s.lang), headline: src.headline })
    : t('slide.sourceLineNoPublisher', { date: formatDateText(src.date, s.lang), headline: src.headline });
  const short = (src: EventSource) => src.publisher
    ? t('slide.sourceShort', { publisher: src.publisher, date: formatDateText(src.date, s.lang) })
    : t('slide.sourceShortNoPublisher', { date: formatDateText(src.date, s.lang), headline: src.headline });
  const by = (src: EventSource) => src.publisher
    ? t('present.source', { publisher: src.publisher, date: formatDateText(src.date, s.lang) })
    : t('present.sourceNoPublisher', { date: formatDateText(src.date, s.lang), headline: shortQuote(src.headline, HEADLINE_MAX_CHARS) });
  const sources = new Map<string, string>();
  const others = new Map<string, string>();
  // The selected event's source first, then the others in date order.
  for (const e of selected ? [selected, ...shown] : shown) {
    const src = e.event.source;
    if (sources.has(src.article)) continue;
    sources.set(src.article, line(src));
    if (e !== selected) others.set(src.article, short(src));
  }
  const caption = step?.caption ? (typeof step.caption === 'string' ? step.caption : localized(step.caption, s.lang).text) : undefined;
  const own = selected?.event.source;
  const list = [...new Set(others.values())].join(' · ');
  return {
    heading: t('app.title'),
    title: caption ?? (selected ? localized(selected.event.title, s.lang).text : formatDay(s.cursor, s.lang)),
    ...(caption ? { titleIsCaption: true } : {}),
    subtitle: selected
      ? `${formatCalendarDate(selected, s.lang)} · ${t(EVENT_TYPE_KEYS[selected.event.type])}`
      : t('slide.eventCount', { count: shown.length }),
    legendTitle: t('legend.title'),
    // What the map draws in the frame, as the screen's legend card says it (issue 15 review: the glow and the dashed ring were missing).
    legend: frame ? legendItems(frame, t) : (types.length ? types : EVENT_TYPES).map((type) => ({ type, label: t(EVENT_TYPE_KEYS[type]) })),
    sourcesTitle: own ? t('slide.source') : t('slide.sources'),
    ...(own ? { source: { quote: shortQuote(own.quote, SLIDE_QUOTE_CHARS), by: by(own), ...markOf(quoteLanguageMark(own.language, s.lang, t)) } } : {}),
    // With its own source, the others in one line; without, each source with its headline.
    ...(own ? (list ? { footnote: [t('slide.otherSources', { list })] } : {}) : sources.size ? { footnote: [...sources.values()] } : {}),
    sources: [...sources.values()],
    link,
    credits: t('map.attribution', { credits: t('map.credits') }),
  };
}

/**
 * The camera padding, in the screen map's CSS pixels, that puts the subject
 * in the slide's free area (issue 15). The snapshot scales the screen map by
 * `s` and crops its middle to the slide, so a slide pixel (x, y) is the
 * screen's (ox + x / s, oy + y / s).
 */
export function slidePadding(layout: SlideLayout, screen: { width: number; height: number }, aspect: number, width = SLIDE_WIDTH, height = SLIDE_HEIGHT): Padding {
  const s = Math.max(width / screen.width, height / screen.height);
  const ox = (screen.width - width / s) / 2, oy = (screen.height - height / s) / 2;
  const p = paddingAround(width, height, textBoxes(layout), aspect, 40 * layout.u);
  return { left: ox + p.left / s, top: oy + p.top / s, right: ox + p.right / s, bottom: oy + p.bottom / s };
}

export interface SlideOptions {
  handle: MapHandle | null;
  state: ViewerState;
  t: Translate;
  step: PresentStep | null;
  href?: string;
  /** Frames the step's subject inside this padding, jumping (the caller frames it back for the screen afterwards). */
  fit?: { aspect: number; frame(padding: Padding): void };
}

/** Draws the slide at 1920×1080 and offers it as a download named after the moment. */
export async function exportSlide(options: SlideOptions): Promise<void> {
  const { state, handle, t, step } = options;
  // Canvas text uses the page's fonts only once they are loaded.
  await Promise.all(['400 24px "Noto Sans"', '700 52px "Noto Sans"', 'italic 400 26px "Noto Sans"'].map((f) => document.fonts?.load(f, 'Quảng Trị').catch(() => []) ?? []));
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_WIDTH;
  canvas.height = SLIDE_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // The layout does not depend on the link (set whole on one or two lines in the strip): lay out first, fit the camera to what the text leaves free, then draw.
  const layout = layoutSlide(ctx, slideContent(state, t, '', step), SLIDE_WIDTH, SLIDE_HEIGHT);
  const screen = handle?.size?.();
  if (handle && options.fit && screen && screen.width > 0 && screen.height > 0) {
    options.fit.frame(slidePadding(layout, screen, options.fit.aspect));
  }
  // With the dashed group rings the screen draws over the map (its legend lists them).
  const map = handle ? withGroupRings(handle, await handle.snapshot(SLIDE_WIDTH, SLIDE_HEIGHT)) : null;
  // The link opens the explorer on this very view: computed from the state, not read from the address (written later, throttled).
  const link = viewLink(state, handle?.camera() ?? null, options.href ?? window.location.href);
  // The legend of what the fitted map draws; laid out again for it (the text boxes the camera avoided keep their size).
  const byId = new Map(state.events.map((e) => [e.event.id, e.event.type]));
  const content = slideContent(state, t, link, step, frameLegend(handle, (id) => byId.get(id)));
  drawSlide(ctx, map, content, SLIDE_WIDTH, SLIDE_HEIGHT, layoutSlide(ctx, content, SLIDE_WIDTH, SLIDE_HEIGHT));
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
