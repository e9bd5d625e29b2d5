import { useId } from 'react';
import { DISPLAY_MODES, type DisplayMode } from '../../domain/timeline';
import type { MessageKey } from '../../i18n/locales/en';
import { PHONE_QUERY, useMediaQuery } from '../sheet/useMediaQuery';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { WINDOW_MONTHS } from '../../domain/viewLimits';

const MODE_KEYS: Readonly<Record<DisplayMode, MessageKey>> = {
  cumulative: 'display.cumulative',
  window: 'display.window',
  'in-force': 'display.inForce',
};

/** Moving-window lengths offered, in months (issue 4). */

/**
 * Cumulative / moving window (with its length) / in force (issue 4). On a phone the three
 * choices are one select beside its label (issue 13 review: stacked radios sat under the bottom
 * bar, in the timeline's scrolling box, out of sight).
 */
export function DisplayModeControls() {
  const t = useT();
  const phone = useMediaQuery(PHONE_QUERY);
  const display = useViewer((s) => s.display);
  const setDisplay = useViewer((s) => s.setDisplay);
  const id = useId();
  const lengths: readonly number[] = WINDOW_MONTHS.includes(display.windowMonths as (typeof WINDOW_MONTHS)[number])
    ? WINDOW_MONTHS
    : [...WINDOW_MONTHS, display.windowMonths].sort((a, b) => a - b); // a length from a link stays selectable

  const windowLength = display.mode === 'window' && (
    <span className="display-window">
      <label htmlFor={`${id}-window`}>{t('display.windowLength')}</label>
      <select id={`${id}-window`} value={display.windowMonths}
        onChange={(e) => setDisplay({ windowMonths: Number(e.target.value) })}>
        {lengths.map((m) => <option key={m} value={m}>{t('display.months', { count: m })}</option>)}
      </select>
    </span>
  );
  if (phone) {
    return (
      <div className="display-mode display-mode-select">
        <label htmlFor={`${id}-mode`}>{t('display.legend')}</label>
        <select id={`${id}-mode`} value={display.mode} onChange={(e) => setDisplay({ mode: e.target.value as DisplayMode })}>
          {DISPLAY_MODES.map((mode) => <option key={mode} value={mode}>{t(MODE_KEYS[mode])}</option>)}
        </select>
        {windowLength}
      </div>
    );
  }
  return (
    <fieldset className="display-mode">
      <legend>{t('display.legend')}</legend>
      {DISPLAY_MODES.map((mode) => (
        <label key={mode} className="check">
          <input type="radio" name={`${id}-mode`} value={mode} checked={display.mode === mode}
            onChange={() => setDisplay({ mode })} />
          <span>{t(MODE_KEYS[mode])}</span>
        </label>
      ))}
      {/* Only where it applies (issue 13): a disabled control in every other mode was a row's worth of noise. */}
      {windowLength}
    </fieldset>
  );
}
