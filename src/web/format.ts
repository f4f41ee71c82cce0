/** Numbers and dates in the current language's conventions: 1 234,5 and 3.12.2026 in bokmål. */
import { formatKroner as formatAmount } from '#domain/numbers.js';
import { currentLocale } from './i18n/index.js';

const intlLocale = () => (currentLocale() === 'en' ? 'en-GB' : 'nb-NO');

const numericDate = { day: 'numeric', month: 'numeric', year: 'numeric' } as const;

/** A calendar date such as a unit's valid-from, given as YYYY-MM-DD. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(), { ...numericDate, timeZone: 'UTC' }).format(date);
}

/** A moment such as when a change was made, in the browser's time zone. */
export function formatDateTime(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  const options = { ...numericDate, hour: '2-digit', minute: '2-digit' } as const;
  return new Intl.DateTimeFormat(intlLocale(), options).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlLocale()).format(value);
}

/** An amount of kroner: whole kroner as they are, øre always with two digits (12 500,50). */
export const formatKroner = (value: number): string => formatAmount(value, currentLocale());

/** Today as YYYY-MM-DD in the browser's time zone, the value a date input expects. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
