import type { EmbedOptions, EmbedTheme } from '../../store/urlState';

type ThemeWindow = Pick<Window, 'matchMedia'> & { document: Pick<Document, 'documentElement'> };

export interface EmbedFrame {
  /** The theme as the `src` or the host page last set it. */
  theme(): EmbedTheme;
  /** Whether the frame is drawn dark now (`auto`: as the reader's colour scheme says). */
  dark(): boolean;
  setTheme(theme: EmbedTheme): void;
  /** Called with `dark()` whenever it changes; returns the unsubscribe function. */
  subscribe(listener: (dark: boolean) => void): () => void;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * How an embed's frame is drawn (issue 14), as attributes of the page's root
 * that embed.css and theme.css read: `data-controls`, `data-theme` (`light`
 * or `dark`, `auto` resolved and followed), `data-transparent`, and the
 * height (`--embed-height`) when the `src` sets one.
 */
export function embedFrame(win: ThemeWindow, options: Readonly<EmbedOptions>): EmbedFrame {
  const root = win.document.documentElement;
  root.dataset.controls = options.controls ?? 'compact';
  if (options.transparent) root.dataset.transparent = '';
  if (options.height !== undefined) root.style.setProperty('--embed-height', `${options.height}px`);
  const scheme = typeof win.matchMedia === 'function' ? win.matchMedia(DARK_QUERY) : null;
  let theme: EmbedTheme = options.theme ?? 'light';
  let applied: boolean | null = null;
  const listeners = new Set<(dark: boolean) => void>();
  const dark = () => theme === 'dark' || (theme === 'auto' && (scheme?.matches ?? false));
  const apply = () => {
    const now = dark();
    if (now === applied) return;
    applied = now;
    root.dataset.theme = now ? 'dark' : 'light';
    for (const listener of [...listeners]) listener(now);
  };
  scheme?.addEventListener('change', apply);
  apply();
  return {
    theme: () => theme,
    dark,
    setTheme(next) { theme = next; apply(); },
    subscribe(listener) { listeners.add(listener); return () => { listeners.delete(listener); }; },
  };
}
