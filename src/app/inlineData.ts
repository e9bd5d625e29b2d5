/**
 * The single-file build (issue 6, "Taking it out of the app") carries the
 * files of `data/` inside its one HTML page, because a page opened from
 * disk (file://) may not fetch anything. This puts them in front of
 * `fetch`: a request for `<page>/data/<name>` of an inlined file is
 * answered from memory, anything else goes to the real `fetch` (which,
 * from file://, fails as it would have anyway and is reported as usual).
 *
 * Hooking at the fetch level keeps the loaders (loadGeography, loadRecord,
 * their worker) unchanged: they request the same URLs in both builds.
 */

/** The part of a window this module uses, so tests can pass a small fake. */
export interface FetchTarget {
  fetch: typeof fetch;
}

/** Inlined files by name (`events.json`), as the text the server would have sent. */
export type InlineFiles = Readonly<Record<string, string>>;

/** The content type the dev server and a static host give each shipped kind of file. */
export function contentTypeOf(name: string): string {
  if (name.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (name.endsWith('.geojson')) return 'application/geo+json';
  return 'application/json';
}

/** `data/events.json` → the file's text, for a URL of `<base>/data/<name>` (query and fragment ignored). */
export function inlineFileFor(url: string, base: string, files: InlineFiles): { name: string; text: string } | null {
  let target: URL;
  let dataDir: URL;
  try {
    target = new URL(url, base);
    dataDir = new URL('data/', base);
  } catch {
    return null;
  }
  if (target.protocol !== dataDir.protocol || target.host !== dataDir.host) return null;
  if (!target.pathname.startsWith(dataDir.pathname)) return null;
  const name = decodeURIComponent(target.pathname.slice(dataDir.pathname.length));
  if (!Object.hasOwn(files, name)) return null;
  return { name, text: files[name]! };
}

/** Wraps `target.fetch` so inlined files are served from memory; returns the function that undoes it. */
export function installInlineData(target: FetchTarget, base: string, files: InlineFiles): () => void {
  const network = target.fetch;
  const served: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = inlineFileFor(url, base, files);
    if (!file) return network.call(undefined, input, init);
    return Promise.resolve(new Response(file.text, { status: 200, headers: { 'Content-Type': contentTypeOf(file.name) } }));
  };
  target.fetch = served;
  return () => { if (target.fetch === served) target.fetch = network; };
}
