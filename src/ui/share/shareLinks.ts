import { EMBED_OPTION_PARAMS, writeEmbedOptions, type EmbedOptions } from '../../store/urlState';

/**
 * Parameters that belong to one embedding, not to the view: our `mode`,
 * `embedId` and `mirror`, and what pym.js's Parent adds to an iframe's URL
 * (`parentUrl` would even carry the host article's address into a shared link),
 * and how the embed is drawn (issue 14: height, controls, theme…).
 */
const EMBEDDING_PARAMS = ['mode', 'embedId', 'mirror', 'childId', 'initialWidth', 'parentTitle', 'parentUrl', ...EMBED_OPTION_PARAMS];

function withoutEmbedding(href: string): URL {
  const url = new URL(href);
  for (const key of EMBEDDING_PARAMS) url.searchParams.delete(key);
  return url;
}

/**
 * The address with the moment it shows written in (session 22 review): a page opened without
 * `date` shows the latest event, and writes no `date` until the reader moves; its link would open
 * on another day once the record grows. A live page (`live`) keeps following the newest.
 */
export function withDate(href: string, isoDay: string | null): string {
  const url = new URL(href);
  if (isoDay === null || url.searchParams.has('date') || url.searchParams.has('live')) return href;
  url.searchParams.set('date', isoDay);
  return url.href;
}

/** The full map at the same moment: the current address without what made it an embed (issue 5). */
export function fullMapUrl(href: string): string {
  return withoutEmbedding(href).href;
}

/**
 * The same view as an embed: `mode=embed`, the rest of the view kept, hash
 * (camera) included, with the builder's options and language (issue 14). With `mirrorId`, the embed asks the loader to mirror
 * its view into the article's address under that name (README, embedding).
 */
export function embedUrl(href: string, mirrorId?: string, options: EmbedOptions = {}, lang?: string): string {
  const url = withoutEmbedding(href);
  url.searchParams.set('mode', 'embed');
  writeEmbedOptions(url.searchParams, options);
  // '' is "the reader's language": no `lang` at all; undefined keeps the address's.
  if (lang === '') url.searchParams.delete('lang');
  else if (lang !== undefined) url.searchParams.set('lang', lang);
  if (mirrorId) {
    url.searchParams.set('embedId', mirrorId);
    url.searchParams.set('mirror', '');
  }
  return url.href;
}

/** A name for one embed on a page: short, letters and digits, different for each embed code made. */
export function newEmbedId(random: () => number = Math.random): string {
  let id = 'map-';
  for (let i = 0; i < 5; i++) id += 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(random() * 32) % 32];
  return id;
}
