/**
 * The periods municipalities report in, each with a key and an inclusive range of ISO dates.
 *
 * Years are four digits, 0001 to 9999. A key is the one authority on which period is meant: the
 * functions that take a `Period` read its kind and key and throw a RangeError when they disagree.
 * Dates are plain calendar dates; nothing here knows about time zones or clocks.
 */

export const periodKinds = [
  'year',
  'tertial',
  'quarter',
  'month',
  'half_year',
  'school_year',
  'single_date',
] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** `start` and `end` are ISO dates (YYYY-MM-DD); `end` is the last day inside the period. */
export interface Period {
  kind: PeriodKind;
  key: string;
  start: string;
  end: string;
}

/** Periods made of whole calendar months, all starting in January and tiling the year. */
type BlockKind = Exclude<PeriodKind, 'school_year' | 'single_date'>;

const blocks: Record<BlockKind, { months: number; marker: string }> = {
  year: { months: 12, marker: '' },
  half_year: { months: 6, marker: 'H' },
  tertial: { months: 4, marker: 'T' },
  quarter: { months: 3, marker: 'Q' },
  month: { months: 1, marker: '' },
};

const markerKinds: Record<string, BlockKind> = { H: 'half_year', T: 'tertial', Q: 'quarter' };

const minYear = 1;
const maxYear = 9999;
const schoolYearStartMonth = 8;
const schoolYearEndMonth = 6;
const msPerDay = 86_400_000;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

type PeriodParts =
  | { kind: BlockKind; year: number; index: number }
  | { kind: 'school_year'; year: number }
  | { kind: 'single_date'; date: CalendarDate };

// ---------------------------------------------------------------------------------------------
// Calendar dates

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= minYear && year <= maxYear;
}

function readDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isSupportedYear(year) || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function requireDate(text: string): CalendarDate {
  const date = readDate(text);
  if (!date) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return date;
}

/** True for a real calendar date written YYYY-MM-DD (no time, no zone), year 0001 to 9999. */
export function isIsoDate(text: string): boolean {
  return readDate(text) !== null;
}

/** ISO date arithmetic in UTC: `days` may be negative; throws outside years 0001 to 9999. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = requireDate(date);
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);

  // setUTCFullYear, unlike Date.UTC, does not move years 0-99 into the 1900s.
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  const shifted = new Date(moment.getTime() + days * msPerDay);

  const shiftedYear = shifted.getUTCFullYear();
  if (!isSupportedYear(shiftedYear)) throw new RangeError(`${date} + ${days} days is out of range`);
  return formatDate(shiftedYear, shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

// ---------------------------------------------------------------------------------------------
// Building periods from their parts

function requireYear(year: number): void {
  if (!isSupportedYear(year)) throw new RangeError(`Year out of range: ${year}`);
}

function blockKey(kind: BlockKind, year: number, index: number): string {
  if (kind === 'year') return pad(year, 4);
  if (kind === 'month') return `${pad(year, 4)}-${pad(index, 2)}`;
  return `${pad(year, 4)}-${blocks[kind].marker}${index}`;
}

function schoolYearKey(year: number): string {
  return `${pad(year, 4)}/${pad((year + 1) % 100, 2)}`;
}

function buildPeriod(parts: PeriodParts): Period {
  if (parts.kind === 'single_date') {
    const { year, month, day } = parts.date;
    const date = formatDate(year, month, day);
    return { kind: 'single_date', key: date, start: date, end: date };
  }
  if (parts.kind === 'school_year') {
    requireYear(parts.year);
    requireYear(parts.year + 1);
    const start = formatDate(parts.year, schoolYearStartMonth, 1);
    const end = formatDate(parts.year + 1, schoolYearEndMonth, 30);
    return { kind: 'school_year', key: schoolYearKey(parts.year), start, end };
  }

  requireYear(parts.year);
  const { months } = blocks[parts.kind];
  const firstMonth = (parts.index - 1) * months + 1;
  const lastMonth = parts.index * months;
  const start = formatDate(parts.year, firstMonth, 1);
  const end = formatDate(parts.year, lastMonth, daysInMonth(parts.year, lastMonth));
  return { kind: parts.kind, key: blockKey(parts.kind, parts.year, parts.index), start, end };
}

function blocksPerYear(kind: BlockKind): number {
  return 12 / blocks[kind].months;
}

// ---------------------------------------------------------------------------------------------
// Reading keys

function readBlockKey(key: string): PeriodParts | null {
  const yearOnly = /^(\d{4})$/.exec(key);
  if (yearOnly) return { kind: 'year', year: Number(yearOnly[1]), index: 1 };

  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return { kind: 'month', year: Number(month[1]), index: Number(month[2]) };

  const marked = /^(\d{4})-([HTQ])(\d)$/.exec(key);
  const kind = marked ? markerKinds[marked[2] ?? ''] : undefined;
  if (!marked || !kind) return null;
  return { kind, year: Number(marked[1]), index: Number(marked[3]) };
}

function readSchoolYearKey(key: string): PeriodParts | null {
  const match = /^(\d{4})\/(\d{2})$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (Number(match[2]) !== (year + 1) % 100) return null;
  return { kind: 'school_year', year };
}

function isInRange(parts: PeriodParts): boolean {
  if (parts.kind === 'single_date') return true;
  if (parts.kind === 'school_year') {
    return isSupportedYear(parts.year) && isSupportedYear(parts.year + 1);
  }
  const { year, index, kind } = parts;
  return isSupportedYear(year) && index >= 1 && index <= blocksPerYear(kind);
}

function readKey(key: string): PeriodParts | null {
  const date = readDate(key);
  if (date) return { kind: 'single_date', date };
  const parts = readBlockKey(key) ?? readSchoolYearKey(key);
  return parts && isInRange(parts) ? parts : null;
}

/** The parts of a period given to us, trusting its key and checking that its kind agrees. */
function partsOf(period: Period): PeriodParts {
  const parts = readKey(period.key);
  if (!parts || parts.kind !== period.kind) {
    throw new RangeError(`Not a valid ${period.kind} period: ${JSON.stringify(period.key)}`);
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// The public operations

/**
 * The period a key names, or null when the key is not exactly one of the canonical forms:
 * '2025', '2025-T2', '2025-Q3', '2025-03', '2025-H1', '2025/26' or '2025-03-14'.
 */
export function parsePeriod(key: string): Period | null {
  const parts = readKey(key);
  return parts ? buildPeriod(parts) : null;
}

/**
 * The period of this kind that contains the date. July lies between school years; it counts as
 * part of the school year that has just ended, so 2025-07-15 gives '2024/25'.
 */
export function periodContaining(kind: PeriodKind, date: string): Period {
  const day = requireDate(date);
  if (kind === 'single_date') return buildPeriod({ kind, date: day });
  if (kind === 'school_year') {
    const year = day.month >= schoolYearStartMonth ? day.year : day.year - 1;
    return buildPeriod({ kind, year });
  }
  const index = Math.floor((day.month - 1) / blocks[kind].months) + 1;
  return buildPeriod({ kind, year: day.year, index });
}

/** The key of the period of this kind that contains the date (see `periodContaining`). */
export function periodKey(kind: PeriodKind, date: string): string {
  return periodContaining(kind, date).key;
}

/**
 * Every period of a kind that starts in the calendar year, in order. For school years that is the
 * one school year starting in August of the year (2025 gives 2025/26), so `yearOf` of each result
 * is `year`. Single dates give [] rather than 365 days: nobody plans one-off surveys by the year.
 */
export function periodsInYear(kind: PeriodKind, year: number): Period[] {
  requireYear(year);
  if (kind === 'single_date') return [];
  if (kind === 'school_year') return [buildPeriod({ kind, year })];

  const count = blocksPerYear(kind);
  return Array.from({ length: count }, (_, i) => buildPeriod({ kind, year, index: i + 1 }));
}

/** The period `steps` places later (or earlier, when negative) in the series of its kind. */
function shiftPeriod(period: Period, steps: number): Period {
  const parts = partsOf(period);
  if (parts.kind === 'single_date') {
    return periodContaining('single_date', addDays(period.key, steps));
  }
  if (parts.kind === 'school_year') {
    return buildPeriod({ kind: 'school_year', year: parts.year + steps });
  }

  // Number the periods of this kind from year 0 on, step, and number them back.
  const count = blocksPerYear(parts.kind);
  const position = parts.year * count + (parts.index - 1) + steps;
  const year = Math.floor(position / count);
  return buildPeriod({ kind: parts.kind, year, index: position - year * count + 1 });
}

/** The period just before, of the same kind: 2025-T1 gives 2024-T3, a date the day before. */
export function previousPeriod(period: Period): Period {
  return shiftPeriod(period, -1);
}

/** The period just after, of the same kind: 2025-T3 gives 2026-T1, a single date the day after. */
export function nextPeriod(period: Period): Period {
  return shiftPeriod(period, 1);
}

/**
 * The same period one year earlier, for year-on-year comparison. A single date keeps its month
 * and day, except that 29 February becomes 28 February.
 */
export function samePeriodLastYear(period: Period): Period {
  const parts = partsOf(period);
  if (parts.kind === 'single_date') {
    const { year, month, day } = parts.date;
    const lastYear = year - 1;
    requireYear(lastYear);
    const date = { year: lastYear, month, day: Math.min(day, daysInMonth(lastYear, month)) };
    return buildPeriod({ kind: 'single_date', date });
  }
  if (parts.kind === 'school_year') {
    return buildPeriod({ kind: 'school_year', year: parts.year - 1 });
  }
  return buildPeriod({ kind: parts.kind, year: parts.year - 1, index: parts.index });
}

/** Orders periods by start date, then by end date; a negative number means `a` comes first. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}

/** Every period from `from` to `to`, both included; [] when `to` is earlier. Kinds must match. */
export function periodsBetween(from: Period, to: Period): Period[] {
  if (from.kind !== to.kind) {
    throw new RangeError(`Cannot list periods from a ${from.kind} to a ${to.kind}`);
  }
  const last = buildPeriod(partsOf(to));

  const series: Period[] = [];
  let current = buildPeriod(partsOf(from));
  while (comparePeriods(current, last) < 0) {
    series.push(current);
    current = nextPeriod(current);
  }
  if (current.key === last.key) series.push(current);
  return series;
}

/** The calendar year the period starts in: school year 2025/26 gives 2025. */
export function yearOf(period: Period): number {
  const parts = partsOf(period);
  return parts.kind === 'single_date' ? parts.date.year : parts.year;
}
