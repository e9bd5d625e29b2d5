import { lazy, Suspense, useRef, useState } from 'react';
import { loadPart } from '../../i18n/catalogues';
import { useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';

// The dialog (and its embed code builder, and its words: issue 18) is fetched on the first click, not with the page.
const ShareDialog = lazy(() => Promise.all([import('./ShareDialog'), loadPart('share')]).then(([m]) => ({ default: m.ShareDialog })));

/** The header's Share action (issue 5); the dialog exists only while open. */
export function ShareButton() {
  const t = useT();
  const api = useViewerStoreApi();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onOpen = () => {
    // "This exact moment": playback stops, so the link does not move on under the reader.
    api.getState().setPlaying(false);
    setOpen(true);
  };
  const onClose = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button type="button" ref={buttonRef} className="share-button" aria-haspopup="dialog" onClick={onOpen}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="12" cy="3.5" r="2" fill="currentColor" /><circle cx="4" cy="8" r="2" fill="currentColor" /><circle cx="12" cy="12.5" r="2" fill="currentColor" />
          <path d="M12 3.5 4 8l8 4.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        {t('share.button')}
      </button>
      {open && <Suspense fallback={null}><ShareDialog onClose={onClose} /></Suspense>}
    </>
  );
}
