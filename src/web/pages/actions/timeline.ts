/**
 * Where an action's bar sits on a year's timeline, as percentages of the year. The span is the
 * server's: from the start date to the due date; without a start it begins when the action was
 * entered (or on its due date, if that came first), and without a due date it stays open.
 */

export interface Span {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, or null while the action has no due date. */
  end: string | null;
}

export interface Bar {
  /** From the year's start to the bar's, in percent of the year. */
  left: number;
  width: number;
  /** The action began before this year or runs on after it; the bar is cut at the edge. */
  startsBefore: boolean;
  endsAfter: boolean;
  /** No due date: the bar runs to the end of the year and fades there. */
  open: boolean;
}

export interface MonthColumn {
  /** 0 for January. */
  index: number;
  left: number;
  width: number;
}

const dayMs = 86_400_000;

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / dayMs;

function yearBounds(year: number) {
  const first = dayNumber(`${year}-01-01`);
  const next = dayNumber(`${year + 1}-01-01`);
  return { first, days: next - first };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An action with neither a start nor a due date has no place on a timeline: the day it was
 * entered is not when it starts, so it is listed apart rather than drawn from then.
 */
export function isUndated(action: { startDate: string | null; dueDate: string | null }): boolean {
  return action.startDate === null && action.dueDate === null;
}

/** An action's span as the server reads it for the year filter. */
export function actionSpan(action: {
  startDate: string | null;
  dueDate: string | null;
  createdAt: string;
}): Span {
  const entered = action.createdAt.slice(0, 10);
  const start =
    action.startDate ??
    (action.dueDate !== null && action.dueDate < entered ? action.dueDate : entered);
  return { start, end: action.dueDate };
}

/** The bar of a span on the year, or null when the span does not touch the year. */
export function barOnYear(span: Span, year: number): Bar | null {
  const { first, days } = yearBounds(year);
  const start = dayNumber(span.start) - first;
  const end = span.end === null ? days - 1 : dayNumber(span.end) - first;
  if (start > days - 1 || end < 0) return null;

  const from = Math.max(start, 0);
  const to = Math.min(end, days - 1) + 1;
  return {
    left: (from / days) * 100,
    width: ((to - from) / days) * 100,
    startsBefore: start < 0,
    endsAfter: span.end !== null && end > days - 1,
    open: span.end === null,
  };
}

/** The twelve months as columns of the year. */
export function monthColumns(year: number): MonthColumn[] {
  const { first, days } = yearBounds(year);
  return Array.from({ length: 12 }, (_, index) => {
    const start = dayNumber(`${year}-${pad(index + 1)}-01`) - first;
    const end = index === 11 ? days : dayNumber(`${year}-${pad(index + 2)}-01`) - first;
    return { index, left: (start / days) * 100, width: ((end - start) / days) * 100 };
  });
}

/** Where today's line goes, in percent of the year, or null when today is another year. */
export function todayOnYear(today: string, year: number): number | null {
  const { first, days } = yearBounds(year);
  const day = dayNumber(today) - first;
  if (day < 0 || day >= days) return null;
  return ((day + 0.5) / days) * 100;
}
