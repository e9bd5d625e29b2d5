import { useState, type SyntheticEvent } from 'react';
import { useT } from '../useT';
import { fullMapUrl } from './shareLinks';

/**
 * "Open the full map", from an embed (issue 5): the same view without the
 * embed mode, in a new tab. The view's address changes as the reader moves
 * (src/app/urlSync.ts writes the frame's own URL), so the link is brought up
 * to date as the pointer or focus reaches it, before the browser follows it.
 */
export function OpenFullMapLink() {
  const t = useT();
  const [href, setHref] = useState(() => fullMapUrl(window.location.href));
  const refresh = (e: SyntheticEvent<HTMLAnchorElement>) => {
    const next = fullMapUrl(window.location.href);
    e.currentTarget.href = next; // now, for the click being handled
    setHref(next); // and for React, which would otherwise write the old value back
  };
  return (
    <a className="open-full-map" href={href} target="_blank" rel="noopener"
      onPointerEnter={refresh} onFocus={refresh} onClick={refresh} onAuxClick={refresh} onContextMenu={refresh}>
      {/* The short form in a narrow frame (embed.css; issue 14 review: the long one was cut at 320 px). */}
      <span className="open-full-long">{t('embed.openFull')}</span>
      <span className="open-full-short">{t('embed.openFullShort')}</span>
      <span className="visually-hidden"> {t('embed.newTab')}</span>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path d="M5 1.5H1.5v9h9V7M7 1.5h3.5V5M10.5 1.5 5.5 6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      </svg>
    </a>
  );
}
