import { parseSceneScript } from '../data/sceneScript';
import { sceneSteps, type PresentStep } from '../store/presentation';
import type { ViewerStore } from '../store/viewerStore';
import { resolveScriptUrl } from './dataUrl';
import { errorText } from '../domain/errorText';

/**
 * Loads a briefing script named by `script=` (issue 6), once the events are
 * in (scenes name events by id): a .json file on this site only, validated
 * like the event data. Whatever is wrong becomes a notice; the valid scenes
 * are the presentation's steps. Null when nothing usable came of it: the
 * presentation then steps through the events.
 */
export async function loadScript(store: ViewerStore, pageUrl: string, param: string, eventsLoaded: Promise<unknown>, fetchText: (url: string) => Promise<string> = defaultFetchText): Promise<PresentStep[] | null> {
  const shown = param.slice(0, 80);
  const target = resolveScriptUrl(param, pageUrl);
  if (!target.ok) {
    store.getState().addNotice({ id: 'script', kind: 'script-refused', file: shown, count: 1, details: [target.reason] });
    return null;
  }
  const file = fileName(target.url, shown);
  await eventsLoaded.catch(() => undefined);
  let text: string;
  try {
    text = await fetchText(target.url);
  } catch (e) {
    store.getState().addNotice({ id: 'script', kind: 'script-failed', file, count: 1, details: [], reason: errorText(e) });
    return null;
  }
  const s = store.getState();
  const { value, problems } = parseSceneScript(text, { eventIds: new Set(s.events.map((e) => e.event.id)), file });
  if (problems.length > 0) store.getState().addNotice({ id: 'script', kind: 'script-problems', file, count: problems.length, details: [], problems });
  const steps = sceneSteps(value.scenes, s.events, s.display.windowMonths);
  return steps.length > 0 ? steps : null;
}

/** The file's name for notices: decoded when it can be (a stray `%` cannot), cut to 80 characters. */
function fileName(url: string, fallback: string): string {
  const last = new URL(url).pathname.split('/').pop() || fallback;
  try { return decodeURIComponent(last).slice(0, 80); } catch { return last.slice(0, 80); }
}

async function defaultFetchText(url: string): Promise<string> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}
