import type { Language } from '../../domain/event';

/** One news article the record's events come from, with how many events it gives. */
export interface SourceArticle {
  article: string;
  publisher?: string;
  headline: string;
  date: string;
  language: Language;
  events: number;
}

/**
 * The record's articles, each once, newest first (issue 14 review: the embed's
 * source line), in the order a reader would cite them.
 */
export function embedSources(events: ReadonlyArray<{ readonly event: { readonly source: { readonly article: string; readonly publisher?: string; readonly headline: string; readonly date: string; readonly language: Language } } }>): SourceArticle[] {
  const byArticle = new Map<string, SourceArticle>();
  for (const { event: { source } } of events) {
    const seen = byArticle.get(source.article);
    if (seen) { seen.events += 1; continue; }
    byArticle.set(source.article, {
      article: source.article, headline: source.headline, date: source.date, language: source.language, events: 1,
      ...(source.publisher ? { publisher: source.publisher } : {}),
    });
  }
  return [...byArticle.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.article.localeCompare(b.article)));
}
