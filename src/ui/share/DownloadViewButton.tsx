import { useId, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/locales/en';
import { useMap } from '../MapHandleContext';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import { downloadView } from './downloadView';
import './downloadViewButton.css';

/**
 * "Download image (PNG)" (issue 14): the current view as a still for a
 * newsletter, drawn in the browser (downloadView.ts). Disabled until the map
 * is drawn; says when the image is being drawn, done or failed. Not in an embed.
 */
export function DownloadViewButton() {
  const t = useT();
  const id = useId();
  const api = useViewerStoreApi();
  const handle = useMap();
  const embedded = useViewer((s) => s.mode === 'embed');
  const [status, setStatus] = useState<MessageKey | null>(null);
  // One image at a time: the snapshot raises the map's pixel ratio while it runs.
  const busy = useRef(false);

  const onClick = async () => {
    if (busy.current) return;
    busy.current = true;
    setStatus('share.imageBusy');
    try {
      await downloadView({ handle, state: api.getState(), t });
      setStatus('share.imageDone');
    } catch (e) {
      console.warn('image download failed', e);
      setStatus('share.imageFailed');
    } finally {
      busy.current = false;
    }
  };

  // For the newsroom, not for the readers of an article (an embed's Share offers the link and the full map, issue 14).
  if (embedded) return null;
  return (
    <div className="share-image">
      <p className="share-label" id={`${id}-label`}>{t('share.image')}</p>
      <p className="share-hint" id={`${id}-hint`}>{t('share.imageHint')}</p>
      <div className="share-row share-row-end">
        {/* Live, but not a second role=status: the dialog's own status line stays the one "status". */}
        <p className="share-status" aria-live="polite">{status ? t(status) : ''}</p>
        <button type="button" className="share-download-image" disabled={!handle || status === 'share.imageBusy'} aria-describedby={`${id}-hint`}
          onClick={() => void onClick()}>{t('share.downloadImage')}</button>
      </div>
    </div>
  );
}
