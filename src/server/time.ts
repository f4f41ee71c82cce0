/** Timestamps are stored as ISO strings so both databases sort and compare them alike. */
export const nowIso = (): string => new Date().toISOString();

// One formatter for the process: building one per call costs more than the formatting itself.
const osloDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Norway, as YYYY-MM-DD. */
export function todayIso(at: Date = new Date()): string {
  return osloDate.format(at);
}
