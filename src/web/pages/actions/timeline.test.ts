import { describe, expect, test } from 'vitest';
import { actionSpan, barOnYear, isUndated, monthColumns, todayOnYear } from './timeline.js';

const entered = '2026-02-10T09:00:00.000Z';

describe('an action on the year’s timeline', () => {
  test('a span runs from the start date to the due date', () => {
    const span = actionSpan({ startDate: '2026-03-01', dueDate: '2026-06-30', createdAt: entered });
    expect(span).toEqual({ start: '2026-03-01', end: '2026-06-30' });
  });

  test('without a start date it begins when entered, or on the due date if that came first', () => {
    expect(actionSpan({ startDate: null, dueDate: '2026-06-30', createdAt: entered }).start).toBe(
      '2026-02-10',
    );
    expect(actionSpan({ startDate: null, dueDate: '2025-12-01', createdAt: entered }).start).toBe(
      '2025-12-01',
    );
  });

  test('only an action with neither a start nor a due date is undated', () => {
    expect(isUndated({ startDate: null, dueDate: null })).toBe(true);
    expect(isUndated({ startDate: '2026-03-01', dueDate: null })).toBe(false);
    expect(isUndated({ startDate: null, dueDate: '2026-06-30' })).toBe(false);
  });

  test('a bar inside the year covers its days, both ends included', () => {
    const bar = barOnYear({ start: '2026-01-01', end: '2026-12-31' }, 2026);
    expect(bar).toMatchObject({ left: 0, startsBefore: false, endsAfter: false, open: false });
    expect(bar?.width).toBeCloseTo(100);
  });

  test('one day in the middle of a leap year is a 366th of it', () => {
    const bar = barOnYear({ start: '2028-07-01', end: '2028-07-01' }, 2028);
    expect(bar?.width).toBeCloseTo(100 / 366);
    expect(bar?.left).toBeCloseTo((182 / 366) * 100);
  });

  test('a span across the year’s edges is cut there and says so', () => {
    const bar = barOnYear({ start: '2025-10-01', end: '2027-03-01' }, 2026);
    expect(bar).toMatchObject({ left: 0, startsBefore: true, endsAfter: true, open: false });
    expect(bar?.width).toBeCloseTo(100);
  });

  test('an action with no due date runs open to the end of the year', () => {
    const bar = barOnYear({ start: '2026-07-01', end: null }, 2026);
    expect(bar).toMatchObject({ open: true, endsAfter: false });
    expect((bar?.left ?? 0) + (bar?.width ?? 0)).toBeCloseTo(100);
  });

  test('a span in another year has no bar', () => {
    expect(barOnYear({ start: '2025-01-01', end: '2025-12-31' }, 2026)).toBeNull();
    expect(barOnYear({ start: '2027-01-01', end: null }, 2026)).toBeNull();
  });

  test('the months fill the year in order', () => {
    const months = monthColumns(2026);
    expect(months).toHaveLength(12);
    expect(months[0]?.left).toBe(0);
    expect(months[1]?.left).toBeCloseTo((31 / 365) * 100);
    expect(months.reduce((sum, month) => sum + month.width, 0)).toBeCloseTo(100);
  });

  test('today’s line is only drawn on this year', () => {
    expect(todayOnYear('2026-07-02', 2026)).toBeCloseTo(50);
    expect(todayOnYear('2027-01-01', 2026)).toBeNull();
  });
});
