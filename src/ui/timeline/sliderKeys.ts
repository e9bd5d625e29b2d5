import { civilDate, dayNumber, daysInMonth, type DayNumber } from '../../domain/dayNumber';

/**
 * Where a key moves the timeline slider: arrows by one day (one step), Page
 * Up/Down by one calendar month, Home/End to the ends; null for other keys.
 * Browsers do the arrows and Home/End natively, but Page Up/Down there jump
 * a tenth of the span, which means nothing on a calendar; handling all of
 * them here keeps the behaviour the same in every browser.
 */
export function sliderKeyTarget(key: string, cursor: DayNumber, span: { start: DayNumber; end: DayNumber }): DayNumber | null {
  const clamp = (day: DayNumber) => Math.min(span.end, Math.max(span.start, day));
  switch (key) {
    case 'ArrowRight': case 'ArrowUp': return clamp(cursor + 1);
    case 'ArrowLeft': case 'ArrowDown': return clamp(cursor - 1);
    case 'PageUp': return clamp(addMonths(cursor, 1));
    case 'PageDown': return clamp(addMonths(cursor, -1));
    case 'Home': return span.start;
    case 'End': return span.end;
    default: return null;
  }
}

/** The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: d } = civilDate(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayNumber(y, m, Math.min(d, daysInMonth(y, m)));
}
