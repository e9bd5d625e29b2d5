import type { MapLike } from './mapLike';

export interface CameraPadding { top: number; right: number; bottom: number; left: number }

export const NO_PADDING: CameraPadding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Drops the padding a padded camera move left on the map (a briefing
 * scene's camera keeps its center above the caption that way), keeping the
 * picture where it is. MapLibre keeps a camera's padding, and fitBounds adds
 * its own padding to the map's: every framing starts from none.
 */
export function dropPadding(map: MapLike): void {
  const p = map.getPadding();
  if (!p.top && !p.right && !p.bottom && !p.left) return;
  const container = map.getContainer();
  map.jumpTo({ center: map.unproject([container.clientWidth / 2, container.clientHeight / 2]), padding: NO_PADDING });
}
