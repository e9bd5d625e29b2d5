import { useId, useRef } from 'react';
import { useViewerStoreApi } from '../StoreContext';
import { useVisibleCount } from '../events/useVisibleEvents';
import { useT } from '../useT';
import type { EventFileFormat } from './eventFiles';
import './getTheData.css';

/**
 * "Get the data" (issue 14): the events shown (after the filters, at the
 * cursor, under the display mode) as CSV or JSON in the validator's format,
 * sources and quotes included, made in the browser. The file writer loads on
 * the first click (most readers never download). `compact`: one small line,
 * for the embed's footer.
 */
export function GetTheData({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const id = useId();
  const api = useViewerStoreApi();
  const count = useVisibleCount();
  const busy = useRef(false);

  const download = async (format: EventFileFormat) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const { downloadEventFile } = await import('./eventFiles');
      downloadEventFile(api.getState(), format);
    } catch (e) {
      console.warn('data download failed', e);
    } finally {
      busy.current = false;
    }
  };

  return (
    <div className={compact ? 'get-data get-data-compact' : 'get-data'} role="group" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="get-data-title">{t('data.title')}</span>
      <button type="button" className="get-data-button" aria-label={t('data.csvLabel', { count })} onClick={() => void download('csv')}>{t('data.csv')}</button>
      <button type="button" className="get-data-button" aria-label={t('data.jsonLabel', { count })} onClick={() => void download('json')}>{t('data.json')}</button>
      {!compact && <span className="get-data-hint">{t('data.hint', { count })}</span>}
    </div>
  );
}
