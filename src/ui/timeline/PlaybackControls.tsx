import { stepCursor } from '../../domain/timeline';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import { togglePlayback } from './togglePlayback';

const ICONS = {
  previous: 'M3 3h2v10H3z M13 3v10L6 8z',
  next: 'M11 3h2v10h-2z M3 3v10l7-5z',
  play: 'M4 2.5v11L13 8z',
  pause: 'M4 3h3v10H4z M9 3h3v10H9z',
} as const;

/** Drawn, not a font glyph: ⏮/⏸ are missing from many system fonts. */
function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg className="playback-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

interface Props {
  /** How a step is taken; Timeline passes its own so it can announce the event stepped to. */
  onStep?: (direction: 1 | -1) => void;
}

/** Previous event, play/pause, next event (issue 4); speed and loop are PlaybackOptions. */
export function PlaybackControls({ onStep }: Props) {
  const t = useT();
  const api = useViewerStoreApi();
  const playing = useViewer((s) => s.playing);
  const hasSpan = useViewer((s) => s.span !== null);
  // Booleans, so these re-render the buttons only when an end is reached or left.
  const canBack = useViewer((s) => stepCursor(s.filtered, s.cursor, -1) !== null);
  const canForward = useViewer((s) => stepCursor(s.filtered, s.cursor, 1) !== null);

  const step = (direction: 1 | -1) => {
    if (direction === 1 ? !canForward : !canBack) return;
    if (onStep) onStep(direction); else api.getState().step(direction);
  };

  return (
    <div className="playback" role="group" aria-label={t('playback.label')}>
      {/* aria-disabled rather than disabled: a disabled button drops keyboard focus at either end. */}
      <button type="button" className="playback-step" aria-disabled={!canBack} aria-keyshortcuts="P ," title={t('playback.previous')}
        onClick={() => step(-1)}>
        <Icon name="previous" /><span className="playback-label visually-hidden">{t('playback.previous')}</span>
      </button>
      <button type="button" className="playback-play" disabled={!hasSpan} aria-keyshortcuts="Space"
        onClick={() => togglePlayback(api)}>
        <Icon name={playing ? 'pause' : 'play'} /><span>{playing ? t('playback.pause') : t('playback.play')}</span>
      </button>
      <button type="button" className="playback-step" aria-disabled={!canForward} aria-keyshortcuts="N ." title={t('playback.next')}
        onClick={() => step(1)}>
        <span className="playback-label visually-hidden">{t('playback.next')}</span><Icon name="next" />
      </button>
    </div>
  );
}
