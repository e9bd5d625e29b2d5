/** Today's calendar date in Vietnam and Laos (UTC+7), as YYYY-MM-DD. */
export function todayInIndochina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
