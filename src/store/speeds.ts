/**
 * Playback speeds (issue 4): from one event at a time, slow enough to read
 * each as it appears, to a sweep of years in seconds.
 */
export const SPEEDS = [
  { id: 'events', kind: 'step', intervalMs: 3500 },
  { id: 'slow', kind: 'continuous', daysPerSecond: 30 },
  { id: 'medium', kind: 'continuous', daysPerSecond: 120 },
  { id: 'fast', kind: 'continuous', daysPerSecond: 480 },
] as const;

export type Speed = (typeof SPEEDS)[number];
export type SpeedId = Speed['id'];
export const DEFAULT_SPEED: SpeedId = 'events';

export function speedById(id: SpeedId): Speed {
  return SPEEDS.find((s) => s.id === id) ?? SPEEDS[0];
}
