import type { Language, LocalizedText } from '../../domain/event';

/** A quote from an article and the event it backs. */
export interface SourceQuote {
  eventId: string;
  title: LocalizedText;
  quote: string;
}

/** One news article the events come from, with the events (and their quotes) it backs. */
export interface SourceArticle {
  article: string;
  publisher?: string;
  headline: string;
  date: string;
  language: Language;
  events: number;
  quotes: SourceQuote[];
}

type SourcedEvent = {
  readonly event: {
    readonly id: string;
    readonly title: LocalizedText;
    readonly source: { readonly article: string; readonly publisher?: string; readonly headline: string; readonly date: string; readonly language: Language; readonly quote: string };
  };
};

/**
 * The articles the given events come from, each once, newest first (issue 14 review: the embed's
 * source line), in the order a reader would cite them. Given the events the frame can show (the
 * filters, `pairs=` among them), only those articles, each with the events it backs (session 8
 * review: a Vietnam–China frame listed all five articles).
 */
export function embedSources(events: ReadonlyArray<SourcedEvent>): SourceArticle[] {
  const byArticle = new Map<string, SourceArticle>();
  for (const { event } of events) {
    const { source } = event;
    const quote = { eventId: event.id, title: event.title, quote: source.quote };
    const seen = byArticle.get(source.article);
    if (seen) { seen.events += 1; seen.quotes.push(quote); continue; }
    byArticle.set(source.article, {
      article: source.article, headline: source.headline, date: source.date, language: source.language, events: 1, quotes: [quote],
      ...(source.publisher ? { publisher: source.publisher } : {}),
    });
  }
  return [...byArticle.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.article.localeCompare(b.article)));
}
