import type { ViewerStore } from '../../store/viewerStore';

/** Play or pause, for the Play button and the Space shortcut alike (playback.ts restarts from the end). */
export function togglePlayback(store: ViewerStore): void {
  const s = store.getState();
  s.setPlaying(!s.playing);
}
