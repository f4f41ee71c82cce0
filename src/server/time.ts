/** Timestamps are stored as ISO strings so both databases sort and compare them alike. */
export const nowIso = (): string => new Date().toISOString();

/** Today's date in Norway, as YYYY-MM-DD. */
export function todayIso(at: Date = new Date()): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}
