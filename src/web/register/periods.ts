/** Periods as people read them: "2026", "2. tertial 2026", "mars 2026", "skoleåret 2025/26". */
import i18next from 'i18next';
import { parsePeriod } from '#domain/periods.js';
import { formatDate } from '../format.js';
import { currentLocale } from '../i18n/index.js';

export function currentYear(): number {
  return new Date().getFullYear();
}

/**
 * The years a planner picks between: a dozen back, as far as a municipality's published history
 * usually reaches, and a few ahead for planning.
 */
export function yearChoices(around: number = currentYear()): number[] {
  const first = Math.min(around, currentYear()) - 12;
  const last = Math.max(around, currentYear()) + 3;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** A year from the address, or the current year when it is missing or not a year. */
export function readYear(text: string | null): number {
  const year = Number(text);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear();
}

export function periodLabel(key: string): string {
  const period = parsePeriod(key);
  if (!period) return key;
  const year = key.slice(0, 4);
  const index = Number(key.slice(-1));
  switch (period.kind) {
    case 'year':
      return year;
    case 'tertial':
      return i18next.t('period.tertial', { index, year });
    case 'quarter':
      return i18next.t('period.quarter', { index, year });
    case 'half_year':
      return i18next.t('period.half_year', { index, year });
    case 'month': {
      const locale = currentLocale() === 'en' ? 'en-GB' : 'nb-NO';
      const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
        new Date(`${period.start}T00:00:00Z`),
      );
      return i18next.t('period.month', { month, year });
    }
    case 'school_year':
      return i18next.t('period.school_year', { key });
    case 'single_date':
      return formatDate(key);
  }
}
