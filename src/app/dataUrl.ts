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
  return resolveSameOriginFile(param, pageUrl, /\.(json|csv)$/i, 'not a .json or .csv file');
}

/** The `script=` parameter (issue 6): a briefing script is a .json file on the page's own origin. */
export function resolveScriptUrl(param: string, pageUrl: string): DataUrlResult {
  return resolveSameOriginFile(param, pageUrl, /\.json$/i, 'not a .json file');
}

function resolveSameOriginFile(param: string, pageUrl: string, extension: RegExp, wrongExtension: string): DataUrlResult {
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
  if (!extension.test(url.pathname)) return { ok: false, reason: wrongExtension };
  return { ok: true, url: url.href };
}
