import { useMemo } from 'react';
import { density } from '../../domain/density';
import { timelineSpan } from '../../domain/timeline';
import { formatDay, formatMonth } from '../../i18n/formatDate';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';

const WIDTH = 1000; // viewBox units; the SVG stretches to the slider's width
const HEIGHT = 36;

/**
 * How many filtered events each month holds, drawn above the slider (issue
 * 4). Day and span dates are bars in their month; month and year dates are
 * translucent bands over the whole period, since placing them on a day would
 * claim a precision the source does not give. The picture is decorative; a
 * sentence says the same for screen readers. It reads `filtered` and `span`,
 * never the cursor, so it does not re-render during playback.
 */
export function DensityStrip() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const filtered = useViewer((s) => s.filtered);
  const span = useViewer((s) => s.span);
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

  const sentences = [
    extent ? t('density.summary', { count: filtered.length, from: formatDay(extent.start, lang), to: formatDay(extent.end, lang) }) : '',
    d.busiest ? t('density.busiest', { month: formatMonth(d.busiest.start, lang), count: d.busiest.count }) : '',
    d.spanCount > 0 ? t('density.vague', { count: d.spanCount }) : '',
  ].filter(Boolean);

  return (
    <div className="density-strip">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {d.spans.map((s) => (
          <rect key={`${s.start}-${s.end}-${s.precision}`} className={`density-span density-span-${s.precision}`}
            {...band(s.start, s.end)} y={0} height={HEIGHT} fillOpacity={Math.min(0.45, 0.12 * s.count)} />
        ))}
        {d.months.map((m) => {
          const h = Math.max(3, (m.count / max) * (HEIGHT - 2));
          return <rect key={m.month} className="density-bar" {...band(m.start, m.end, 0.2)} y={HEIGHT - h} height={h} />;
        })}
      </svg>
      <p className="visually-hidden">{sentences.join(' ')}</p>
    </div>
  );
}
