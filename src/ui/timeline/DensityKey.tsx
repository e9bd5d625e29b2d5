import { useId, useMemo } from 'react';
import { density } from '../../domain/density';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { HatchPattern } from './HatchPattern';

/**
 * The density strip's key (issue 13): a bar for events known to the day, a
 * hatched range for those known only to a month or a year ("somewhere in
 * this span"). Each line shows only when the strip draws that kind.
 */
export function DensityKey() {
  const t = useT();
  const filtered = useViewer((s) => s.filtered);
  const hatchId = `key-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { pointCount, spanCount } = useMemo(() => density(filtered), [filtered]);
  if (pointCount === 0 && spanCount === 0) return null;
  return (
    <ul className="timeline-key" aria-label={t('timeline.key')}>
      {pointCount > 0 && (
        <li>
          <svg className="timeline-key-swatch" width="10" height="14" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
            <rect className="density-bar" x="2" y="2" width="6" height="12" />
          </svg>
          {t('timeline.keyExact')}
        </li>
      )}
      {spanCount > 0 && (
        <li title={t('timeline.keyVague')}>
          <svg className="timeline-key-swatch" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
            <HatchPattern id={hatchId} />
            <rect className="density-range" x="0.5" y="7.5" width="23" height="6" fill={`url(#${hatchId})`} />
          </svg>
          {/* The short words are seen, on one line with the other (reader3: on a phone the second line was cut by
              the bottom bar; session 8: it wrapped at 1280 px too); the whole sentence is what a screen reader says. */}
          <span className="timeline-key-long">{t('timeline.keyVague')}</span>
          <span className="timeline-key-short" aria-hidden="true">{t('timeline.keyVagueShort')}</span>
        </li>
      )}
    </ul>
  );
}
