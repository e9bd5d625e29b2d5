import type { CountryPair } from '../../domain/timeline';
import type { MessageKey } from '../../i18n/locales/en';

/**
 * The embed's title (issue 14, session 8 review: `pairs=VN-CN` kept the generic title, so an
 * article about the Vietnam–China border showed "Vietnam, Laos, China"): the one border it shows
 * when the filters keep one pair, the map's own title otherwise.
 */
export function embedTitleKey(pairs: readonly CountryPair[]): MessageKey {
  return pairs.length === 1 && pairs[0] ? `embed.title.${pairs[0]}` : 'app.title';
}
