import { useT } from '../useT';
import { useMap } from '../MapHandleContext';
import { clearSpot, type Edge, type OffscreenGroup } from './overlayGroups';

const ARROW: Record<Edge, string> = { north: '↑', south: '↓', east: '→', west: '←' };

/**
 * One button per map edge beyond which visible events lie (issue 13
 * review): "2 events north ↑". Activating it moves the camera to take them
 * in (the controller's follow: a one-second ease, a jump under reduced
 * motion). The visible words start its accessible name.
 */
export function OffscreenArrows({ groups, width, height, symbols }: {
  groups: readonly OffscreenGroup[]; width: number; height: number;
  /** Symbols in view: an arrow moves along its edge rather than cover one. */
  symbols: ReadonlyArray<{ x: number; y: number }>;
}) {
  const t = useT();
  const handle = useMap();
  return (
    <>
      {groups.map((g) => {
        const where = t(`map.offscreen.${g.edge}`, { count: g.ids.length });
        // Along the edge, kept clear of the corners (zoom buttons and inset top right, scale and credits bottom right).
        const horizontal = g.edge === 'north' || g.edge === 'south';
        // About 7.5 px a character at 14 px, with the arrow and the padding.
        const length = where.length * 7.5 + 40;
        const along = horizontal
          ? clearSpot(g.edge, g.along, Math.min(length / 2 + 8, width / 2), Math.max(length / 2 + 8, width - 60 - length / 2), length / 2, 44, symbols, width, height)
          : clearSpot(g.edge, g.along, 70, Math.max(70, height - 90), 22, length, symbols, width, height);
        const style = horizontal ? { left: along } : { top: along };
        return (
          <button key={g.edge} type="button" className={`offscreen-arrow offscreen-${g.edge}`} style={style}
            aria-label={t('map.offscreenAction', { where, count: g.ids.length })}
            onClick={() => handle?.controller.follow(g.targets)}>
            {g.edge === 'west' && <span aria-hidden="true">{ARROW.west} </span>}
            {where}
            {g.edge !== 'west' && <span aria-hidden="true"> {ARROW[g.edge]}</span>}
          </button>
        );
      })}
    </>
  );
}
