import { useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import { requestPageFullscreen } from './presentHooks';

/**
 * Opens the presentation (issue 6). Fullscreen is asked for here, in the
 * click, because browsers grant it only to a user gesture; where it is
 * refused (an iframe without allowfullscreen) the presentation fills the window.
 */
export function PresentButton() {
  const t = useT();
  const api = useViewerStoreApi();
  const start = () => {
    void requestPageFullscreen();
    api.getState().setMode('present');
  };
  return (
    <button type="button" className="present-button" onClick={start} title={t('present.startHint')}>
      {t('present.start')}
    </button>
  );
}
