import type { MapHandle } from '../../map';
import { useT } from '../useT';
import type { Edge, OffscreenGroup } from './overlayGroups';

const ARROW: Record<Edge, string> = { north: '↑', south: '↓', east: '→', west: '←' };

/**
 * One button per map edge beyond which visible events lie (issue 13
 * review): "2 events north ↑". Activating it moves the camera to take them
 * in (the controller's follow: a one-second ease, a jump under reduced
 * motion). The visible words start its accessible name.
 */
export function OffscreenArrows({ groups, handle, width, height }: { groups: readonly OffscreenGroup[]; handle: MapHandle; width: number; height: number }) {
  const t = useT();
  return (
    <>
      {groups.map((g) => {
        const where = t(`map.offscreen.${g.edge}`, { count: g.ids.length });
        // Along the edge, kept clear of the corners (zoom buttons and inset top right, scale and credits bottom right).
        const horizontal = g.edge === 'north' || g.edge === 'south';
        const along = horizontal
          ? Math.min(Math.max(g.along, 110), Math.max(110, width - 230))
          : Math.min(Math.max(g.along, 70), Math.max(70, height - 90));
        const style = horizontal ? { left: along } : { top: along };
        return (
          <button key={g.edge} type="button" className={`offscreen-arrow offscreen-${g.edge}`} style={style}
            aria-label={t('map.offscreenAction', { where, count: g.ids.length })}
            onClick={() => handle.controller.follow(g.targets)}>
            {g.edge === 'west' && <span aria-hidden="true">{ARROW.west} </span>}
            {where}
            {g.edge !== 'west' && <span aria-hidden="true"> {ARROW[g.edge]}</span>}
          </button>
        );
      })}
    </>
  );
}
