import { useId, useMemo } from 'react';
import { density } from '../../domain/density';
import { timelineSpan } from '../../domain/timeline';
import { formatDay, formatMonth } from '../../i18n/formatDate';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { HatchPattern } from './HatchPattern';

const WIDTH = 1000; // viewBox units; the SVG stretches to the slider's width
const HEIGHT = 36;
/** Vague ranges are low: one row of this height each, at most three rows' worth of height in all. */
const LANE = 5;
const LANE_GAP = 1.5;
const MAX_RANGE_HEIGHT = 3 * (LANE + LANE_GAP);

/**
 * How many filtered events each month holds, drawn above the slider (issues
 * 4 and 13). Events known to the day are bars in their month. Events known
 * only to a month, a year or a range of possible days are low hatched ranges
 * under the bars, from their earliest to their latest possible day: never as
 * tall as a bar, so a year of vague dates does not read as a peak of activity.
 * DensityKey says which is which. The picture is decorative; a sentence says
 * the same for screen readers. It reads `filtered` and `span`, never the
 * cursor, so it does not re-render during playback.
 */
export function DensityStrip() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const filtered = useViewer((s) => s.filtered);
  const span = useViewer((s) => s.span);
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const d = useMemo(() => density(filtered), [filtered]);
  const extent = useMemo(() => timelineSpan(filtered), [filtered]);
  if (!span) return null;

  // Same mapping as the range input: value v sits at (v − min) / (max − min).
  const length = Math.max(1, span.end - span.start);
  const x = (day: number) => Math.min(WIDTH, Math.max(0, ((day - span.start) / length) * WIDTH));
  const max = d.busiest?.count ?? 1;
  const band = (start: number, end: number, gap = 0) => {
    const left = x(start);
    const width = Math.max(2, x(end + 1) - left);
    return { x: left + (width * gap) / 2, width: width * (1 - gap) };
  };
  const laneHeight = d.lanes > 0 ? Math.min(LANE, MAX_RANGE_HEIGHT / d.lanes - LANE_GAP) : 0;
  const rangeHeight = d.lanes > 0 ? Math.min(MAX_RANGE_HEIGHT, d.lanes * (laneHeight + LANE_GAP)) : 0;
  const barBottom = HEIGHT - rangeHeight - (rangeHeight > 0 ? 1 : 0);

  const sentences = [
    extent ? t('density.summary', { count: filtered.length, from: formatDay(extent.start, lang), to: formatDay(extent.end, lang) }) : '',
    d.busiest ? t('density.busiest', { month: formatMonth(d.busiest.start, lang), count: d.busiest.count }) : '',
    d.spanCount > 0 ? t('density.vague', { count: d.spanCount }) : '',
  ].filter(Boolean);

  return (
    <div className="density-strip">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <HatchPattern id={hatchId} />
        {d.spans.map((s) => (
          <rect key={`${s.start}-${s.end}-${s.precision}`} className="density-range" data-precision={s.precision}
            {...band(s.start, s.end)} y={HEIGHT - (s.lane + 1) * (laneHeight + LANE_GAP) + LANE_GAP} height={laneHeight}
            fill={`url(#${hatchId})`} vectorEffect="non-scaling-stroke" />
        ))}
        {d.months.map((m) => {
          const h = Math.max(3, (m.count / max) * (barBottom - 2));
          return <rect key={m.month} className="density-bar" {...band(m.start, m.end, 0.2)} y={barBottom - h} height={h} />;
        })}
      </svg>
      <p className="visually-hidden">{sentences.join(' ')}</p>
    </div>
  );
}
