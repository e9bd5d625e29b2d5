import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { fallbackImageUrl, type FallbackImage } from './embedCode';

/** The fallback image of the reader's language (built by scripts/render-fallbacks.mjs) and its alt text, for the snippets (issue 14). */
export function useFallbackImage(): FallbackImage {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  return { src: fallbackImageUrl(document.baseURI, lang), alt: t('embed.fallbackAlt') };
}
