/** The explorer's panels (ExplorerChrome.tsx), fetched once, on first need. */
export type ExplorerChromeModule = typeof import('./ExplorerChrome');

let loading: Promise<ExplorerChromeModule> | null = null;

/**
 * Starts (or joins) the fetch of the explorer's chunk. A failed fetch is
 * forgotten, so the next call, e.g. the reader leaving the briefing mode
 * again, tries once more.
 */
export function loadExplorerChrome(): Promise<ExplorerChromeModule> {
  loading ??= import('./ExplorerChrome').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
