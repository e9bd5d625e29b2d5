import { languagePacks } from '../../i18n/catalogues';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { fallbackImageUrl, frameFallbackUrls, type FallbackImage } from './embedCode';

/**
 * The fallback image (built by scripts/render-fallbacks.mjs) and its alt text, for the snippets
 * (issue 14): in the language the embed will speak (the builder's choice, `lang`), else the
 * reader's. The alt text is in that language when its catalogue is loaded, else the reader's.
 */
export function useFallbackImage(lang?: string): FallbackImage {
  const t = useT();
  const readerLang = useViewer((s) => s.lang);
  const chosen = lang || readerLang;
  const alt = languagePacks.get(chosen)?.messages['embed.fallbackAlt'] ?? t('embed.fallbackAlt');
  return { src: fallbackImageUrl(document.baseURI, chosen), alt, frames: frameFallbackUrls(document.baseURI, chosen) };
}
