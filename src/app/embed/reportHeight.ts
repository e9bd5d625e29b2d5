import { heightMessages } from './heightMessages';

type EmbedWindow = Pick<Window, 'parent'> & { ResizeObserver?: typeof ResizeObserver };

/**
 * Tells the page around an embed how tall the embed is, whenever that changes
 * (issue 5), so the page can size the iframe to fit and no inner scrollbar
 * appears. Watches the app's root element, which the embed layout lets grow
 * with its content (app.css: `.app-embed`). Does nothing outside an iframe.
 * Returns the function that stops it.
 */
export function reportHeight(win: EmbedWindow, root: Element, id: string): () => void {
  const Observer = win.ResizeObserver;
  if (win.parent === (win as unknown) || !Observer) return () => undefined;
  let last = 0;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    // Nothing rendered yet (0) says nothing useful; an unchanged height is not news.
    if (height <= 0 || height === last) return;
    last = height;
    for (const message of heightMessages(id, height)) {
      // targetOrigin '*': the message carries a height and the id the page put in
      // our own URL, nothing about the reader or the view, and the page's origin
      // cannot be known reliably from inside the frame (referrer policies strip
      // it; `location.ancestorOrigins` is Chromium/WebKit only). The loader on
      // the other side checks who sent it (public/embed.js).
      try { win.parent.postMessage(message, '*'); } catch { /* a detached parent: nothing to tell */ }
    }
  };
  const observer = new Observer(send);
  observer.observe(root);
  return () => observer.disconnect();
}
