import { useEffect, useMemo, useState } from 'react';
import type { MapHandle } from '../../map';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { TypeIcon } from '../events/TypeIcon';
import { usePlaceName } from '../GeographyContext';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { frameLegend } from './frameLegend';
import { offFrame, typesOnScreen, type OffFrame } from './presentLegend';

/** At most this many events are placed to find those off the frame (a crowd is not a briefing's scene). */
const POINT_LIMIT = 500;
const SHOWN = 3;
/** Events drawn on a story border are named by the border (its place-name record is Vietnamese only). */
const BORDER_KEYS = { 'border-vn-cn': 'legend.borderVnCn', 'border-vn-la': 'legend.borderVnLa' } as const;

/**
 * The briefing's legend card (issue 15): the symbols of the event types on
 * the map at this step, and the events the frame leaves out ("+1 in
 * Beijing ↑"). Top left, under the scale bar; the camera keeps the subject
 * clear of it (it is one of the boxes the framing avoids).
 */
export function PresentLegend({ handle, step }: { handle: MapHandle | null; step: number }) {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const filtered = useViewer((s) => s.filtered);
  const cursor = useViewer((s) => s.cursor);
  const display = useViewer((s) => s.display);
  const placeName = usePlaceName();
  const types = useMemo(() => typesOnScreen(filtered, cursor, display), [filtered, cursor, display]);
  const [outside, setOutside] = useState<OffFrame[]>([]);
  // A dashed ring in the frame (an event whose text names no place) is explained on the card (issue 15).
  const [dashed, setDashed] = useState(false);
  // A story border lit (glowing) on screen, linked to the step's event, is explained on the card too (issue 15 review).
  const [litBorder, setLitBorder] = useState(false);

  // Once the camera has landed (and after any later move), the events it leaves out.
  useEffect(() => {
    if (!handle) return;
    let live = true;
    let timer = 0;
    const measure = () => {
      if (!live) return;
      // The glow and the dashed ring as every export's legend reads them (frameLegend.ts, issue 15 review).
      const drawn = frameLegend(handle, () => undefined);
      setLitBorder(drawn?.lit ?? false);
      setDashed(drawn?.dashed ?? false);
      const size = handle.size?.();
      const points = handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), POINT_LIMIT);
      setOutside(size && points ? offFrame(points, size.width, size.height) : []);
    };
    const later = () => { window.clearTimeout(timer); timer = window.setTimeout(measure, 250); };
    const off = handle.onMove(later);
    void handle.whenIdle().then(() => { if (live) measure(); });
    return () => { live = false; window.clearTimeout(timer); off(); };
  }, [handle, step, cursor, filtered, display]);

  if (types.length === 0 && outside.length === 0 && !dashed && !litBorder) return null;
  return (
    <aside className="present-legend" aria-label={t('legend.title')}>
      {types.length > 0 && (
        <ul>
          {types.map((type) => (
            <li key={type}><TypeIcon type={type} size={20} /><span>{t(EVENT_TYPE_KEYS[type])}</span></li>
          ))}
        </ul>
      )}
      {litBorder && <p className="present-lit"><span className="present-lit-swatch" aria-hidden="true" />{t('present.litBorder')}</p>}
      {dashed && <p className="present-dashed"><span className="present-dashed-ring" aria-hidden="true" />{t('legend.approximatePlacement')}</p>}
      {outside.length > 0 && (
        <p className="present-offframe">
          {outside.slice(0, SHOWN).map((o) => (
            <span key={o.anchor}>{o.anchor in BORDER_KEYS
              ? t('present.offFrameBorder', { count: o.count, border: t(BORDER_KEYS[o.anchor as keyof typeof BORDER_KEYS]), arrow: o.arrow })
              : t('present.offFrame', { count: o.count, place: placeName(o.anchor, lang), arrow: o.arrow })}</span>
          ))}
        </p>
      )}
    </aside>
  );
}
