import type { AppMode } from '../store/viewerStore';

const MODES: readonly AppMode[] = ['explore', 'embed', 'present'];

export function parseMode(value: string | null): AppMode {
  return MODES.find((m) => m === value) ?? 'explore';
}
