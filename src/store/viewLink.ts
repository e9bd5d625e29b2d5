import { QUERY_MAX_LENGTH } from '../domain/viewLimits';
import { serializeUrlState, type Camera, type UrlState } from './urlState';
import type { ViewerState } from './viewerStore';

/** The URL state of a view (what the address and every link carry). */
export function urlStateOf(s: ViewerState, camera: Camera | null, data: string | undefined): UrlState {
  return {
    ...(s.span ? { cursor: s.cursor } : {}),
    ...(s.selectedId ? { event: s.selectedId } : {}),
    ...(s.filters.types.length ? { types: [...s.filters.types] } : {}),
    ...(s.filters.pairs.length ? { pairs: [...s.filters.pairs] } : {}),
    ...(s.filters.query.trim() ? { query: s.filters.query.trim().slice(0, QUERY_MAX_LENGTH) } : {}),
    mode: s.mode,
    display: s.display.mode,
    windowMonths: s.display.windowMonths,
    lang: s.lang,
    ...(data ? { data } : {}),
    ...(camera ? { camera } : {}),
  };
}

/**
 * A link that opens the explorer on exactly this view, computed from the
 * state itself rather than read from the address (which is written a
 * little later, throttled): the slide export prints it (issue 6). The
 * page's own parameters (`data`, `live`, others') are kept.
 */
export function viewLink(s: ViewerState, camera: Camera | null, pageHref: string): string {
  const page = new URL(pageHref);
  const keep = page.searchParams;
  keep.delete('mode');
  keep.delete('script');
  keep.delete('embed'); // the `embed=1` alias of mode=embed (urlState.ts)
  const { search, hash } = serializeUrlState({ ...urlStateOf(s, camera, keep.get('data') ?? undefined), mode: 'explore' }, keep);
  // Through the URL itself, not `origin + pathname`: a page opened from disk has the origin "null".
  page.search = search;
  page.hash = hash;
  return page.href;
}
