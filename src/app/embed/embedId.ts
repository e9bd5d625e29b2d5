/** What an embed calls itself when the page gave it no name. */
export const DEFAULT_EMBED_ID = 'border-map';

// Ids end up inside pym's string protocol and as an object key in Datawrapper's:
// letters, digits, `_` and `-` only, so neither can be confused or polluted.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The name this embed uses in its height messages (issue 5): `embedId` from
 * its own URL, else pym.js's `childId` (which pym's Parent adds to the
 * iframe's URL and expects back in every message), else a default. A value
 * that fails validation is ignored, never echoed.
 */
export function embedIdFrom(search: string): string {
  let params: URLSearchParams;
  try { params = new URLSearchParams(search); } catch { return DEFAULT_EMBED_ID; }
  for (const key of ['embedId', 'childId']) {
    const value = params.get(key);
    if (value !== null && ID_PATTERN.test(value)) return value;
  }
  return DEFAULT_EMBED_ID;
}
