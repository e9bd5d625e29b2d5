import { useId } from 'react';
import type { MessageKey } from '../../i18n/locales/en';
import { SPEEDS, type SpeedId } from '../../store/speeds';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';

const SPEED_KEYS: Readonly<Record<SpeedId, MessageKey>> = {
  events: 'speed.events',
  slow: 'speed.slow',
  medium: 'speed.medium',
  fast: 'speed.fast',
};

/** Playback speed and loop (issue 4), in the timeline's compact row of options (issue 13). */
export function PlaybackOptions() {
  const t = useT();
  const api = useViewerStoreApi();
  const speed = useViewer((s) => s.speed);
  const loop = useViewer((s) => s.loop);
  const speedId = useId();
  return (
    <>
      <span className="playback-speed">
        <label htmlFor={speedId}>{t('playback.speed')}</label>
        <select id={speedId} value={speed} onChange={(e) => api.getState().setSpeed(e.target.value as SpeedId)}>
          {SPEEDS.map((s) => <option key={s.id} value={s.id}>{t(SPEED_KEYS[s.id])}</option>)}
        </select>
      </span>
      <label className="check playback-loop">
        <input type="checkbox" checked={loop} onChange={(e) => api.getState().setLoop(e.target.checked)} />
        <span>{t('playback.loop')}</span>
      </label>
    </>
  );
}
