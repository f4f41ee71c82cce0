import { describe, expect, it } from 'vitest';
import {
  type Period,
  type PeriodKind,
  addDays,
  comparePeriods,
  isIsoDate,
  nextPeriod,
  parsePeriod,
  periodContaining,
  periodKey,
  periodKinds,
  periodsBetween,
  periodsInYear,
  previousPeriod,
  samePeriodLastYear,
  yearOf,
} from './periods.js';

/** A period from its key, failing the test at once if the key does not parse. */
function period(key: string): Period {
  const parsed = parsePeriod(key);
  if (!parsed) throw new Error(`test key does not parse: ${key}`);
  return parsed;
}

const keys = (periods: readonly Period[]): string[] => periods.map((p) => p.key);

describe('parsing period keys', () => {
  it.each([
    ['2025', 'year', '2025-01-01', '2025-12-31'],
    ['2025-T1', 'tertial', '2025-01-01', '2025-04-30'],
    ['2025-T2', 'tertial', '2025-05-01', '2025-08-31'],
    ['2025-T3', 'tertial', '2025-09-01', '2025-12-31'],
    ['2025-Q1', 'quarter', '2025-01-01', '2025-03-31'],
    ['2025-Q2', 'quarter', '2025-04-01', '2025-06-30'],
    ['2025-Q3', 'quarter', '2025-07-01', '2025-09-30'],
    ['2025-Q4', 'quarter', '2025-10-01', '2025-12-31'],
    ['2025-03', 'month', '2025-03-01', '2025-03-31'],
    ['2025-04', 'month', '2025-04-01', '2025-04-30'],
    ['2025-H1', 'half_year', '2025-01-01', '2025-06-30'],
    ['2025-H2', 'half_year', '2025-07-01', '2025-12-31'],
    ['2025/26', 'school_year', '2025-08-01', '2026-06-30'],
    ['2025-03-14', 'single_date', '2025-03-14', '2025-03-14'],
  ])('reads %s as a %s from %s to %s', (key, kind, start, end) => {
    expect(parsePeriod(key)).toEqual({ kind, key, start, end });
  });

  it.each([
    ['2025-T4', 'there are only three tertials'],
    ['2025-T0', 'tertials count from one'],
    ['2025-Q5', 'there are only four quarters'],
    ['2025-Q0', 'quarters count from one'],
    ['2025-H3', 'there are only two half-years'],
    ['2025-13', 'there are only twelve months'],
    ['2025-00', 'months count from one'],
    ['2025-3', 'months have two digits'],
    ['2025/27', 'a school year spans two consecutive years'],
    ['2025/25', 'a school year cannot end in the year it starts'],
    ['2025/2026', 'the second part of a school year is two digits'],
    ['2025-02-30', 'February never has 30 days'],
    ['2023-02-29', '2023 is not a leap year'],
    ['1900-02-29', 'a century is not a leap year unless divisible by 400'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-03-00', 'days count from one'],
    [' 2025', 'surrounding space is not trimmed'],
    ['2025 ', 'trailing space is not trimmed'],
    ['2025\n', 'a trailing newline is not a key'],
    ['2025-t2', 'markers are upper case'],
    ['2025-W12', 'weeks are not a period kind'],
    ['25', 'years have four digits'],
    ['20250', 'years have four digits, not five'],
    ['0000', 'there is no year zero'],
    ['0000-Q1', 'there is no year zero, whatever the kind'],
    ['9999/00', 'a school year may not end after year 9999'],
    ['', 'the empty string names nothing'],
    ['２０２５', 'only ASCII digits count'],
    ['2025-Q1-01', 'kinds do not combine'],
  ])('rejects %j because %s', (key) => {
    expect(parsePeriod(key)).toBeNull();
  });

  it('accepts a school year that crosses a century, 1999/00', () => {
    expect(parsePeriod('1999/00')).toEqual({
      kind: 'school_year',
      key: '1999/00',
      start: '1999-08-01',
      end: '2000-06-30',
    });
  });

  it('rejects a school year across a century written with the full next year', () => {
    expect(parsePeriod('1999/100')).toBeNull();
    expect(parsePeriod('1999/99')).toBeNull();
  });

  it('reads the extremes of the supported years', () => {
    expect(period('0001').start).toBe('0001-01-01');
    expect(period('9999-T3').end).toBe('9999-12-31');
    expect(period('9998/99').end).toBe('9999-06-30');
  });

  it.each([
    '2025',
    '2025-T1',
    '2025-T3',
    '2025-Q4',
    '2025-01',
    '2025-12',
    '2025-H2',
    '2025/26',
    '1999/00',
    '2024-02-29',
    '0042-07-04',
  ])('gives back the same key it read, %s', (key) => {
    expect(period(key).key).toBe(key);
  });
});

describe('leap years', () => {
  it('ends February 2024 on the 29th', () => {
    expect(period('2024-02').end).toBe('2024-02-29');
  });

  it('ends February 2023 on the 28th', () => {
    expect(period('2023-02').end).toBe('2023-02-28');
  });

  it('ends February 2000 on the 29th because 2000 is divisible by 400', () => {
    expect(period('2000-02').end).toBe('2000-02-29');
  });

  it('ends February 2100 on the 28th because 2100 is a century', () => {
    expect(period('2100-02').end).toBe('2100-02-28');
  });

  it('ends the first half of a leap year on 30 June', () => {
    expect(period('2024-H1').end).toBe('2024-06-30');
  });

  it('ends the first tertial and quarter of a leap year at the end of their last month', () => {
    expect(period('2024-T1').end).toBe('2024-04-30');
    expect(period('2024-Q1').end).toBe('2024-03-31');
  });

  it('compares 29 February with 28 February the year before', () => {
    expect(samePeriodLastYear(period('2024-02-29')).key).toBe('2023-02-28');
  });

  it('stays on the 28th when stepping back a second year from a leap day', () => {
    expect(samePeriodLastYear(samePeriodLastYear(period('2024-02-29'))).key).toBe('2022-02-28');
  });

  it('counts 366 days from the start to the end of a leap year', () => {
    expect(addDays('2024-01-01', 365)).toBe('2024-12-31');
    expect(addDays('2023-01-01', 365)).toBe('2024-01-01');
  });
});

describe('the period containing a date', () => {
  it.each<[PeriodKind, string, string]>([
    ['year', '2025-06-15', '2025'],
    ['year', '2025-01-01', '2025'],
    ['year', '2025-12-31', '2025'],
    ['tertial', '2025-04-30', '2025-T1'],
    ['tertial', '2025-05-01', '2025-T2'],
    ['tertial', '2025-08-31', '2025-T2'],
    ['tertial', '2025-09-01', '2025-T3'],
    ['tertial', '2025-12-31', '2025-T3'],
    ['quarter', '2025-03-31', '2025-Q1'],
    ['quarter', '2025-04-01', '2025-Q2'],
    ['quarter', '2025-09-30', '2025-Q3'],
    ['quarter', '2025-10-01', '2025-Q4'],
    ['month', '2025-03-14', '2025-03'],
    ['month', '2024-02-29', '2024-02'],
    ['half_year', '2025-06-30', '2025-H1'],
    ['half_year', '2025-07-01', '2025-H2'],
    ['single_date', '2025-03-14', '2025-03-14'],
  ])('puts a %s around %s at %s', (kind, date, key) => {
    expect(periodKey(kind, date)).toBe(key);
  });

  it('starts school year 2025/26 on 1 August 2025', () => {
    expect(periodKey('school_year', '2025-08-01')).toBe('2025/26');
  });

  it('ends school year 2025/26 on 30 June 2026', () => {
    expect(periodKey('school_year', '2026-06-30')).toBe('2025/26');
  });

  it('counts a day in spring as part of the school year that began the autumn before', () => {
    expect(periodKey('school_year', '2026-01-15')).toBe('2025/26');
  });

  it('counts July as part of the school year that has just ended', () => {
    expect(periodKey('school_year', '2025-07-15')).toBe('2024/25');
    expect(periodKey('school_year', '2025-07-01')).toBe('2024/25');
    expect(periodKey('school_year', '2025-07-31')).toBe('2024/25');
  });

  it('names the school year from autumn 1999 as 1999/00', () => {
    expect(periodKey('school_year', '1999-09-01')).toBe('1999/00');
    expect(periodKey('school_year', '2000-03-01')).toBe('1999/00');
  });

  it('returns the full period, and the period always contains the date', () => {
    const dates = ['2024-02-29', '2025-01-01', '2025-07-15', '2025-08-01', '2025-12-31'];
    for (const kind of periodKinds) {
      for (const date of dates) {
        const found = periodContaining(kind, date);
        expect(found.kind).toBe(kind);
        if (kind !== 'school_year' || !date.includes('-07-')) {
          expect(found.start <= date && date <= found.end).toBe(true);
        }
        expect(parsePeriod(found.key)).toEqual(found);
      }
    }
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => periodKey('month', '2025-02-30')).toThrow(RangeError);
    expect(() => periodKey('year', '2025-03-14T10:00:00Z')).toThrow(RangeError);
    expect(() => periodContaining('tertial', '14.03.2025')).toThrow(RangeError);
  });
});

describe('the periods of a year', () => {
  it.each<[PeriodKind, number]>([
    ['year', 1],
    ['half_year', 2],
    ['tertial', 3],
    ['quarter', 4],
    ['month', 12],
  ])('divides a year into %s periods, %i of them', (kind, count) => {
    expect(periodsInYear(kind, 2025)).toHaveLength(count);
  });

  it('lists tertials in order and they tile the year with no gaps or overlaps', () => {
    const tertials = periodsInYear('tertial', 2024);
    expect(keys(tertials)).toEqual(['2024-T1', '2024-T2', '2024-T3']);
    expect(tertials[0]?.start).toBe('2024-01-01');
    expect(tertials[2]?.end).toBe('2024-12-31');
    for (let i = 1; i < tertials.length; i++) {
      expect(tertials[i]?.start).toBe(addDays(tertials[i - 1]?.end ?? '', 1));
    }
  });

  it('lists the twelve months from 2025-01 to 2025-12', () => {
    const months = keys(periodsInYear('month', 2025));
    expect(months[0]).toBe('2025-01');
    expect(months[11]).toBe('2025-12');
  });

  it('gives for school years the one school year that starts in August of that year', () => {
    expect(keys(periodsInYear('school_year', 2025))).toEqual(['2025/26']);
    expect(keys(periodsInYear('school_year', 1999))).toEqual(['1999/00']);
  });

  it('gives no single dates, since one-off surveys are not planned by the year', () => {
    expect(periodsInYear('single_date', 2025)).toEqual([]);
  });

  it('gives only periods that start in the year asked for', () => {
    for (const kind of periodKinds) {
      for (const p of periodsInYear(kind, 2025)) expect(yearOf(p)).toBe(2025);
    }
  });

  it('refuses a year outside 1 to 9999 or not a whole number', () => {
    expect(() => periodsInYear('month', 0)).toThrow(RangeError);
    expect(() => periodsInYear('month', 10_000)).toThrow(RangeError);
    expect(() => periodsInYear('month', 2025.5)).toThrow(RangeError);
    expect(() => periodsInYear('school_year', 9999)).toThrow(RangeError);
  });
});

describe('the next and previous period', () => {
  it.each([
    ['2025-T3', '2026-T1'],
    ['2025-T1', '2025-T2'],
    ['2025-12', '2026-01'],
    ['2025-01', '2025-02'],
    ['2025-Q4', '2026-Q1'],
    ['2025-H2', '2026-H1'],
    ['2025-H1', '2025-H2'],
    ['2025', '2026'],
    ['2025/26', '2026/27'],
    ['1999/00', '2000/01'],
    ['1998/99', '1999/00'],
    ['2025-12-31', '2026-01-01'],
    ['2024-02-28', '2024-02-29'],
    ['2023-02-28', '2023-03-01'],
  ])('follows %s with %s', (before, after) => {
    expect(nextPeriod(period(before)).key).toBe(after);
    expect(previousPeriod(period(after)).key).toBe(before);
  });

  it('goes back from the first tertial to the last tertial of the year before', () => {
    expect(previousPeriod(period('2025-T1'))).toEqual(period('2024-T3'));
  });

  it('goes back from school year 2025/26 to 2024/25', () => {
    expect(previousPeriod(period('2025/26'))).toEqual(period('2024/25'));
  });

  it('goes back from a single date to the day before', () => {
    expect(previousPeriod(period('2025-03-01')).key).toBe('2025-02-28');
    expect(previousPeriod(period('2024-03-01')).key).toBe('2024-02-29');
    expect(previousPeriod(period('2025-01-01')).key).toBe('2024-12-31');
  });

  it('makes each period of a kind start the day after the one before ends', () => {
    for (const kind of ['year', 'tertial', 'quarter', 'month', 'half_year'] as const) {
      let current = periodContaining(kind, '2023-11-20');
      for (let i = 0; i < 30; i++) {
        const following = nextPeriod(current);
        expect(following.start).toBe(addDays(current.end, 1));
        current = following;
      }
    }
  });

  it('leaves July out between one school year and the next', () => {
    const current = period('2024/25');
    expect(nextPeriod(current).start).toBe(addDays(current.end, 32));
  });

  it('throws rather than go past year 9999 or before year 1', () => {
    expect(() => nextPeriod(period('9999-T3'))).toThrow(RangeError);
    expect(() => nextPeriod(period('9999-12-31'))).toThrow(RangeError);
    expect(() => previousPeriod(period('0001-01'))).toThrow(RangeError);
    expect(() => previousPeriod(period('0001/02'))).toThrow(RangeError);
  });

  it('throws for a period whose key does not match its kind', () => {
    const broken: Period = { ...period('2025-T1'), kind: 'quarter' };
    expect(() => nextPeriod(broken)).toThrow(RangeError);
  });

  it('throws for a period whose key does not parse', () => {
    const broken: Period = { ...period('2026-T1'), key: '2025-T4' };
    expect(() => previousPeriod(broken)).toThrow(RangeError);
  });
});

describe('the same period last year', () => {
  it.each([
    ['2025-T2', '2024-T2'],
    ['2025-Q1', '2024-Q1'],
    ['2025-03', '2024-03'],
    ['2025-H2', '2024-H2'],
    ['2025', '2024'],
    ['2025/26', '2024/25'],
    ['2000/01', '1999/00'],
    ['2025-03-14', '2024-03-14'],
    ['2025-02-28', '2024-02-28'],
  ])('compares %s with %s', (current, lastYear) => {
    expect(samePeriodLastYear(period(current)).key).toBe(lastYear);
  });

  it('keeps the full shape of the period a year earlier', () => {
    expect(samePeriodLastYear(period('2025-02'))).toEqual({
      kind: 'month',
      key: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
    });
  });

  it('throws for a period in year 1', () => {
    expect(() => samePeriodLastYear(period('0001-T2'))).toThrow(RangeError);
    expect(() => samePeriodLastYear(period('0001-05-05'))).toThrow(RangeError);
  });
});

describe('ordering periods', () => {
  it('orders by start date', () => {
    expect(comparePeriods(period('2025-T1'), period('2025-T2'))).toBeLessThan(0);
    expect(comparePeriods(period('2025-T2'), period('2025-T1'))).toBeGreaterThan(0);
  });

  it('puts the shorter of two periods with the same start first', () => {
    expect(comparePeriods(period('2025-01'), period('2025-Q1'))).toBeLessThan(0);
    expect(comparePeriods(period('2025'), period('2025-H1'))).toBeGreaterThan(0);
  });

  it('treats periods with the same dates as equal', () => {
    expect(comparePeriods(period('2025-Q3'), period('2025-Q3'))).toBe(0);
  });

  it('sorts a mixed list by start and then end', () => {
    const mixed = ['2025-05', '2025', '2024/25', '2025-T1', '2025-01-01', '2025-Q1'].map(period);
    expect(keys([...mixed].sort(comparePeriods))).toEqual([
      '2024/25',
      '2025-01-01',
      '2025-Q1',
      '2025-T1',
      '2025',
      '2025-05',
    ]);
  });

  it('orders school years across a century by their dates', () => {
    expect(comparePeriods(period('1999/00'), period('2000/01'))).toBeLessThan(0);
  });
});

describe('periods between two periods', () => {
  it('lists nine tertials from 2025-T1 to 2027-T3, both included', () => {
    const series = periodsBetween(period('2025-T1'), period('2027-T3'));
    expect(series).toHaveLength(9);
    expect(series[0]?.key).toBe('2025-T1');
    expect(series[3]?.key).toBe('2026-T1');
    expect(series[8]?.key).toBe('2027-T3');
  });

  it('lists a single period when from and to are the same', () => {
    expect(keys(periodsBetween(period('2025-Q2'), period('2025-Q2')))).toEqual(['2025-Q2']);
  });

  it('lists nothing when to comes before from', () => {
    expect(periodsBetween(period('2025-Q2'), period('2025-Q1'))).toEqual([]);
  });

  it('lists months across a year end', () => {
    expect(keys(periodsBetween(period('2025-11'), period('2026-02')))).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('lists school years across a century', () => {
    expect(keys(periodsBetween(period('1998/99'), period('2000/01')))).toEqual([
      '1998/99',
      '1999/00',
      '2000/01',
    ]);
  });

  it('lists every day between two single dates, leap day included', () => {
    const days = periodsBetween(period('2024-02-27'), period('2024-03-01'));
    expect(keys(days)).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('lists up to the last supported period without stepping past it', () => {
    expect(keys(periodsBetween(period('9999-T2'), period('9999-T3')))).toEqual([
      '9999-T2',
      '9999-T3',
    ]);
  });

  it('throws when the two periods are of different kinds', () => {
    expect(() => periodsBetween(period('2025-T1'), period('2025-Q4'))).toThrow(RangeError);
  });
});

describe('the year of a period', () => {
  it.each([
    ['2025', 2025],
    ['2025-T3', 2025],
    ['2025-12', 2025],
    ['2025/26', 2025],
    ['1999/00', 1999],
    ['2025-03-14', 2025],
  ])('places %s in %i', (key, year) => {
    expect(yearOf(period(key))).toBe(year);
  });
});

describe('adding days to a date', () => {
  it('adds and subtracts across month and year ends', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('returns the same date when adding zero days', () => {
    expect(addDays('2025-03-14', 0)).toBe('2025-03-14');
  });

  it('is not moved by daylight saving time, because it works in whole UTC days', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('handles long spans and years below 100 without shifting the century', () => {
    expect(addDays('2000-01-01', 10_000)).toBe('2027-05-19');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(addDays('0004-02-28', 1)).toBe('0004-02-29');
  });

  it('throws for an invalid date, a fractional count or a result past year 9999', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-3-1', 1)).toThrow(RangeError);
    expect(() => addDays('2025-03-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('recognising ISO dates', () => {
  it('accepts a real date written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects impossible dates, timestamps and other notations', () => {
    for (const text of ['2023-02-29', '2025-03-14T00:00:00Z', '14.03.2025', '2025-3-14', '']) {
      expect(isIsoDate(text)).toBe(false);
    }
  });
});
