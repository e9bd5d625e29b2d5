import type { EventType, Language } from '../../../domain/event';
import type { TimedEvent } from '../../../domain/timeline';
import { formatCalendarDate, formatDateText, formatDay, formatSpan } from '../../../i18n/formatDate';
import type { Translate } from '../../../i18n/translate';
import type { PresentStep } from '../../../store/presentation';
import { EVENT_TYPE_KEYS, SOURCE_LANGUAGE_KEYS } from '../../events/eventLabels';
import { localized } from '../../events/localized';

/** What one step says on a handout page and in a video frame, already translated. */
export interface StepContent {
  /** "Step 3 of 12". */
  label: string;
  title: string;
  /** Date and type (or nothing for a scene without an event). */
  subtitle: string;
  /** The script's caption for the scene. */
  caption?: string;
  summary?: string;
  quote?: { label: string; text: string; lang: Language };
  /** Publisher, date and headline of the event's article. */
  source?: string;
  /** Shown in the legend, when the step has an event. */
  type?: EventType;
}

export interface CoverContent {
  heading: string;
  title: string;
  dateRange: string;
  stepCount: string;
  sourcesTitle: string;
  sources: string[];
  creditsTitle: string;
  credits: string;
  exported: string;
}

export interface ExportContent {
  cover: CoverContent;
  steps: StepContent[];
  legendTitle: string;
  legend: Array<{ type: EventType; label: string }>;
  credits: string;
  /** The step pages' footer: the short credits, on one line (issue 15 review: the full ones wrapped); the cover has them whole. */
  footerCredits: string;
}

/**
 * A text's words that count, lower case, without accents: in English and French those of 4 letters or more (not
 * "the", "de", "les"), a plural's or a possessive's s dropped; in Vietnamese every syllable of 2 or more.
 */
function words(text: string, lang: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return lang === 'vi' ? plain.filter((w) => w.length >= 2) : plain.filter((w) => w.length >= 4).map((w) => w.replace(/s$/, ''));
}

/**
 * True when `text` adds to what `above` says: at least `share` of its words are not among theirs
 * (issue 15 review: the step page gave the title, then a caption and a summary in other words of the same).
 */
export function saysMore(text: string, above: readonly string[], lang: string, share = 0.35): boolean {
  // Each word once: a word said twice in the text does not make it say more.
  const own = [...new Set(words(text, lang))];
  if (own.length === 0) return false;
  const known = new Set(above.flatMap((a) => words(a, lang)));
  return own.filter((w) => !known.has(w)).length / own.length >= share;
}

/**
 * The words of a handout or a video (issue 15), from the presentation's
 * steps: each step's title, date and type, the script's caption, the event's
 * summary, its quote (in the source's language, marked so) and its article;
 * a cover with the date range, the articles cited and the credits.
 */
export function exportContent(options: {
  steps: readonly PresentStep[];
  byId: ReadonlyMap<string, TimedEvent>;
  lang: string;
  t: Translate;
  title?: string;
  today: number;
}): ExportContent {
  const { steps, byId, lang, t } = options;
  // An unnamed publisher is left out: the date and headline say which article it is.
  const sourceLine = (e: TimedEvent) => {
    const { publisher, date, headline } = e.event.source;
    return publisher
      ? t('slide.sourceLine', { publisher, date: formatDateText(date, lang), headline })
      : t('slide.sourceLineNoPublisher', { date: formatDateText(date, lang), headline });
  };
  const articles = new Map<string, string>();
  const types = new Set<EventType>();
  const content = steps.map((step, i): StepContent => {
    const found = step.eventId ? byId.get(step.eventId) : undefined;
    const caption = step.caption ? (typeof step.caption === 'string' ? step.caption : localized(step.caption, lang).text) : undefined;
    const label = t('export.step', { index: i + 1, count: steps.length });
    if (!found) return { label, title: formatDay(step.cursor, lang), subtitle: '', ...(caption ? { caption } : {}) };
    const e = found.event;
    types.add(e.type);
    const line = sourceLine(found);
    // The cover names each article's publisher, or says its text names none (issue 15 review: only
    // the first had one; data/events.json has a publisher only where the article names it, VNA in one of five).
    if (!articles.has(e.source.article)) {
      articles.set(e.source.article, e.source.publisher ? line : t('export.coverSourceNoPublisher', { date: formatDateText(e.source.date, lang), headline: e.source.headline }));
    }
    const title = localized(e.title, lang).text;
    const summary = localized(e.summary, lang).text;
    const subtitle = `${formatCalendarDate(found, lang)} · ${t(EVENT_TYPE_KEYS[e.type])}`;
    return {
      label,
      title,
      subtitle,
      // A scene's caption or a summary that only repeats what is above it says nothing more (issue 15 review:
      // a page said the same thing three times): each is kept only where it adds its own words.
      ...(caption && saysMore(caption, [title, subtitle], lang) ? { caption } : {}),
      ...(saysMore(summary, [title, subtitle, caption ?? ''], lang) ? { summary } : {}),
      quote: { label: t('panel.quote', { language: t(SOURCE_LANGUAGE_KEYS[e.source.language]) }), text: e.source.quote, lang: e.source.language },
      source: t('export.source', { line }),
      type: e.type,
    };
  });
  const cursors = steps.map((s) => s.cursor);
  const first = Math.min(...cursors);
  const last = Math.max(...cursors);
  const credits = t('map.attribution', { credits: t('map.credits') });
  return {
    cover: {
      heading: t('export.handoutHeading'),
      title: options.title ?? t('app.title'),
      dateRange: steps.length ? formatSpan(first, last, lang) : '',
      stepCount: t('export.stepCount', { count: steps.length }),
      sourcesTitle: t('slide.sources'),
      sources: [...articles.values()],
      creditsTitle: t('export.credits'),
      credits,
      exported: t('export.exportedOn', { date: formatDay(options.today, lang) }),
    },
    steps: content,
    legendTitle: t('legend.title'),
    legend: [...types].map((type) => ({ type, label: t(EVENT_TYPE_KEYS[type]) })),
    credits,
    footerCredits: t('present.credits'),
  };
}
