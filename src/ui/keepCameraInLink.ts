import type { MapHandle } from '../map';
import type { ViewerStore } from '../store/viewerStore';

/**
 * After a move the program made for the reader (an edge pill, the locator inset): the link carries
 * the camera once the map settles there, since createMap reports only the reader's own moves
 * (session 8 review: Share lost it).
 */
export function keepCameraInLink(handle: MapHandle | null, store: ViewerStore): void {
  if (!handle?.onIdle) return;
  let off: (() => void) | null = null;
  let done = false;
  off = handle.onIdle(() => {
    if (done) return;
    done = true;
    off?.();
    store.getState().setCamera(handle.camera());
  });
  if (done) off();
}
