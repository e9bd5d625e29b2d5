/**
 * Opt-in mirroring of an embed's view into the host page's hash (issue 5):
 * the app's half; the host's half is the loader (src/app/embed/embedLoader.js,
 * shipped minified as public/embed.js).
 *
 * The host asks by putting `mirror` (and an `embedId`) in the iframe's `src`;
 * without it the frame sends nothing and the loader writes nothing. With it,
 * each time the view's address changes (src/app/urlSync.ts), the frame posts
 * `{ type: MIRROR_STATE, id, state }` to its parent, and the loader keeps
 * `#<embedId>=<state>` in the page's address, so a reader sharing the article
 * shares this moment; on load the loader puts it back into the iframe's src.
 */
export const MIRROR_STATE = 'border-map:state';

/** The iframe-src parameter by which the host asks for mirroring. */
export const MIRROR_PARAM = 'mirror';

/**
 * What of the view is mirrored, in this order: the moment and what is shown,
 * never how the page embeds the map (`mode`, `embedId`), which file it reads
 * (`data`, `live`) or the reader's language. `map` is the camera, which the
 * app keeps in its own hash. The loader accepts exactly these keys.
 */
export const MIRRORED_PARAMS = ['date', 'event', 'types', 'pairs', 'q', 'display', 'window'] as const;

export interface MirrorStateMessage { type: typeof MIRROR_STATE; id: string; state: string }

/** The mirrored part of an address the app wrote, as a query string in a fixed order ('' when nothing is set). */
export function mirroredState(href: string): string {
  let url: URL;
  try { url = new URL(href); } catch { return ''; }
  const out = new URLSearchParams();
  for (const key of MIRRORED_PARAMS) {
    const value = url.searchParams.get(key);
    if (value !== null) out.set(key, value);
  }
  const camera = /(?:^#|&)map=([^&]*)/.exec(url.hash)?.[1];
  if (camera) out.set('map', camera);
  return out.toString();
}

type MirrorWindow = Pick<Window, 'parent'> & { location: Pick<Location, 'href' | 'search'> };
type Subscribe = (listener: (href: string) => void) => () => void;

/**
 * If the host asked, posts the mirrored state whenever it differs from what
 * was last posted. Until the view changes the host has nothing to learn: the
 * iframe's own `src` says how it opened. Returns the function that stops it.
 */
export function mirrorState(win: MirrorWindow, id: string, subscribe: Subscribe): () => void {
  if (win.parent === (win as unknown) || !new URLSearchParams(win.location.search).has(MIRROR_PARAM)) return () => undefined;
  let sent = mirroredState(win.location.href);
  return subscribe((href) => {
    const state = mirroredState(href);
    if (state === sent) return;
    sent = state;
    const message: MirrorStateMessage = { type: MIRROR_STATE, id, state };
    // targetOrigin '*', as for the height messages (reportHeight.ts): the page that put
    // `mirror` in our src asked for exactly this, the state is what any link to the view
    // says, and the page's origin cannot be known reliably from inside the frame.
    try { win.parent.postMessage(message, '*'); } catch { /* a detached parent: nobody to tell */ }
  });
}
