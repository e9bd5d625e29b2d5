import { useEffect, useState } from 'react';

/**
 * The page's address, kept current while the component is mounted. The
 * address is written outside React, throttled (src/app/urlSync.ts), so a view
 * changed just before the Share dialog opened reaches the address a moment
 * later; a light poll, only while the dialog is open, picks it up.
 */
export function useLocationHref(intervalMs = 200): string {
  const [href, setHref] = useState(() => window.location.href);
  useEffect(() => {
    const id = window.setInterval(() => setHref(window.location.href), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return href;
}
