/** The events file the app shows by default, relative to the page. */
export const DEFAULT_EVENTS = 'data/events.json';

export type DataUrlResult = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Resolves the `data=` URL parameter (issue 3): a newsroom may point the app
 * at another events file, but only a .json or .csv file on the page's own
 * origin. Anything else is refused with a reason, and the default is used.
 */
export function resolveDataUrl(param: string | null, pageUrl: string): DataUrlResult {
  if (param === null || param === '') return { ok: true, url: new URL(DEFAULT_EVENTS, pageUrl).href };
  if (param.length > 500) return { ok: false, reason: 'too long' };
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return { ok: false, reason: 'not a valid address' };
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin || (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:')) {
    return { ok: false, reason: 'not on this site' };
  }
  if (!/\.(json|csv)$/i.test(url.pathname)) return { ok: false, reason: 'not a .json or .csv file' };
  return { ok: true, url: url.href };
}
