import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { presentCommand, type PresentCommand } from '../../store/presentation';

export function fullscreenElement(): Element | null {
  return typeof document !== 'undefined' ? document.fullscreenElement : null;
}

/** Asks for the whole page in fullscreen, where the browser allows it (only in a user gesture). */
export function requestPageFullscreen(): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fullscreenEnabled || document.fullscreenElement) return Promise.resolve(false);
  return document.documentElement.requestFullscreen?.().then(() => true, () => false) ?? Promise.resolve(false);
}

/**
 * Fullscreen for the presentation (issue 6): whether it is on, and a
 * toggle. Leaving fullscreen with the toggle keeps the presentation; leaving
 * it any other way (the browser's own Escape) calls `onLeft`, when the
 * presentation was the one in fullscreen (the Present button asks for it
 * before the presentation mounts, so the starting state counts).
 */
export function useFullscreen(onLeft: () => void): { on: boolean; toggle: () => void; exit: () => void } {
  const [on, setOn] = useState(() => fullscreenElement() !== null);
  const ours = useRef(fullscreenElement() !== null);

  const exit = useCallback(() => {
    ours.current = false;
    if (fullscreenElement()) void document.exitFullscreen?.().catch(() => undefined);
  }, []);

  const toggle = useCallback(() => {
    if (fullscreenElement()) { exit(); return; }
    ours.current = true;
    void requestPageFullscreen().then((granted) => { if (!granted) ours.current = false; });
  }, [exit]);

  useEffect(() => {
    const onChange = () => {
      const now = fullscreenElement() !== null;
      setOn(now);
      if (!now && ours.current) { ours.current = false; onLeft(); }
      else if (now) ours.current = true;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onLeft]);

  return { on, toggle, exit };
}

/** True while the pointer has moved (or a control had focus) in the last `ms`: the control bar fades otherwise. */
export function useRecentActivity(ms: number): [boolean, () => void] {
  const [active, setActive] = useState(true);
  const timer = useRef<number | undefined>(undefined);
  const poke = useCallback(() => {
    setActive(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setActive(false), ms);
  }, [ms]);
  useEffect(() => {
    timer.current = window.setTimeout(() => setActive(false), ms);
    window.addEventListener('pointermove', poke);
    return () => { window.removeEventListener('pointermove', poke); window.clearTimeout(timer.current); };
  }, [ms, poke]);
  return [active, poke];
}

/**
 * Keys that a focused control handles itself: the presentation leaves them
 * to it. A select keeps only the keys that change its value, so a clicker
 * (Page Up/Down, Left/Right) still steps after the interval was chosen.
 */
export function controlOwns(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLSelectElement) return ['ArrowUp', 'ArrowDown', 'Home', 'End', ' ', 'Enter'].includes(key);
  if (target instanceof HTMLTextAreaElement || target.isContentEditable || target instanceof HTMLInputElement) return true;
  return (key === ' ' || key === 'Enter') && (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement);
}

/**
 * The presentation owns the page, so its keys listen on the window, in the capture
 * phase: before the map, which would otherwise pan on the arrows once it has focus.
 * Escape closes the export list first, then (pressed again) leaves. `paused`: an
 * export drives the steps, keys wait.
 *
 * The listener reads the latest `run` and export state from a ref written in the
 * commit (a layout effect), not from the closure of a passive effect: on Preact (the
 * build's React, scripts/preactAliases.ts) an effect waits for the next frame, so a key
 * pressed right after a render, before that frame (slow under software WebGL), went to
 * the previous render's `run`. An Escape just after a step
 * that had lifted the blackout was taken as "lift the blackout" and did not leave
 * (CI of c02ad43, present.spec).
 */
export function usePresentKeys(run: (command: PresentCommand) => void, exportsOpen: boolean, closeExports: () => void, paused: { current: boolean }): void {
  const latest = useRef({ run, exportsOpen, closeExports });
  useLayoutEffect(() => { latest.current = { run, exportsOpen, closeExports }; }, [run, exportsOpen, closeExports]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (paused.current || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || controlOwns(e.target, e.key)) return;
      const now = latest.current;
      if (e.key === 'Escape' && now.exportsOpen) {
        e.preventDefault();
        e.stopPropagation();
        now.closeExports();
        return;
      }
      const command = presentCommand(e.key);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      now.run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [paused]);
}
