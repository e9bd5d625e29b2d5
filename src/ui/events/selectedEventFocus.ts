/**
 * Where focus goes when the event panel closes and the control that opened it is gone or was
 * never known (issue 13 review, session 10: a panel opened from a link, `?event=`, dropped focus
 * on <body> when closed): the event's own row in the table, else its marker on the map (the
 * canvas's keyboard proxy), else the map. Read before the selection is cleared.
 */
export function selectedEventFocus(): HTMLElement | null {
  for (const selector of ['.event-table [aria-current] button', '.event-marker[aria-pressed=true]', '.map-canvas canvas']) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el?.getClientRects().length) return el;
  }
  return null;
}
