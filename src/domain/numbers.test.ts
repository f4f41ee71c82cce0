import { describe, expect, it } from 'vitest';
import {
  formatKroner,
  formatNumber,
  kronerDecimals,
  parseNorwegianNumber,
  roundTo,
} from './numbers.js';

const formats = new Map<string, Intl.NumberFormat>();

/** What Intl itself shows, to compare against without hard-coding its separators. */
function intl(locale: string, decimals: number, value: number): string {
  const key = `${locale}:${decimals}`;
  const format =
    formats.get(key) ??
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  formats.set(key, format);
  return format.format(value);
}

/** Intl shows −0.004 as "-0.00"; roundTo deliberately gives 0, so compare without that sign. */
const withoutNegativeZero = (text: string): string => text.replace(/^-(?=[0.]+$)/, '');

describe('rounding to a number of decimals', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.45, 1, 1.5],
    [-1.45, 1, -1.5],
    [2.4, 0, 2],
    [-2.4, 0, -2],
    [79.96, 1, 80],
    [79.94, 1, 79.9],
  ])('rounds %d to %i decimals as %d, half away from zero', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('rounds 1.005 up to 1.01 although the double nearest 1.005 lies just below it', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
  });

  it('rounds away the binary artefact in 0.9359999999999999', () => {
    expect(roundTo(0.9359999999999999, 3)).toBe(0.936);
  });

  it('rounds sums with binary artefacts as a person would', () => {
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundTo(1.1 - 0.2, 1)).toBe(0.9);
    expect(roundTo(8.345, 2)).toBe(8.35);
    expect(roundTo(1.255, 2)).toBe(1.26);
  });

  it('leaves whole numbers and values already at the precision unchanged', () => {
    expect(roundTo(80, 1)).toBe(80);
    expect(roundTo(12.5, 1)).toBe(12.5);
    expect(roundTo(-3, 0)).toBe(-3);
  });

  it('rounds to whole numbers with zero decimals', () => {
    expect(roundTo(1234.5, 0)).toBe(1235);
    expect(roundTo(1234.49, 0)).toBe(1234);
  });

  it('never returns negative zero, so a tiny negative value shows as 0', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 2), 0)).toBe(true);
  });

  it('rounds numbers that JavaScript prints in exponent notation', () => {
    expect(roundTo(5e-7, 6)).toBe(0.000001);
    expect(roundTo(4e-7, 6)).toBe(0);
    expect(roundTo(1.5e-10, 10)).toBe(2e-10);
    expect(roundTo(1e21, 2)).toBe(1e21);
  });

  it('returns values with no digits beyond the decimals asked for as they are', () => {
    expect(roundTo(1e300, 20)).toBe(1e300);
    expect(roundTo(-Number.MAX_VALUE, 5)).toBe(-Number.MAX_VALUE);
    expect(roundTo(Number.MIN_VALUE, 2)).toBe(0);
  });

  it('passes NaN and infinities through', () => {
    expect(roundTo(Number.NaN, 2)).toBeNaN();
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses negative, fractional or absurd numbers of decimals', () => {
    expect(() => roundTo(1, -1)).toThrow(RangeError);
    expect(() => roundTo(1, 1.5)).toThrow(RangeError);
    expect(() => roundTo(1, 21)).toThrow(RangeError);
  });

  it('agrees with Intl on the digits shown, for many values with awkward halves', () => {
    for (let cents = -2000; cents <= 2000; cents += 7) {
      for (const decimals of [0, 1, 2]) {
        const value = cents / 100 + 0.005;
        const shown = withoutNegativeZero(intl('en-GB', decimals, value));
        expect(intl('en-GB', decimals, roundTo(value, decimals))).toBe(shown);
      }
    }
  });

  it('agrees with Intl on the digits shown, for values from sums and divisions', () => {
    for (let i = 1; i <= 1000; i++) {
      const values = [i / 7, -i / 3, i * 0.1 + 0.2, i * 1.005, 100 / i, i * 0.0015];
      for (const value of values) {
        for (const decimals of [0, 1, 2, 3, 4]) {
          const shown = withoutNegativeZero(intl('en-GB', decimals, value));
          expect(intl('en-GB', decimals, roundTo(value, decimals))).toBe(shown);
        }
      }
    }
  });
});

describe('reading numbers as Norwegians type them', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['12', 12],
    ['0', 0],
    ['0,75', 0.75],
    [',5', 0.5],
    ['007', 7],
    ['1 234', 1234],
    ['1\u00A0234', 1234],
    ['1\u202F234', 1234],
    ['1 234 567', 1234567],
    ['1 234,5', 1234.5],
    ['1 234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234.567,89', 1234567.89],
    ['-3,2', -3.2],
    ['\u22123,2', -3.2],
    ['+4', 4],
    ['12,5 %', 12.5],
    ['12,5%', 12.5],
    ['-2,5 %', -2.5],
    ['kr 1 234', 1234],
    ['kr. 1 234,50', 1234.5],
    ['Kr 99', 99],
    ['1 234 kr', 1234],
    ['kr -500', -500],
    ['  12,5  ', 12.5],
    ['\u00A012,5\u00A0', 12.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseNorwegianNumber(text)).toEqual({ ok: true, value });
  });

  it('reads "1.234" with its dot as a decimal point, giving 1.234 and not 1234', () => {
    expect(parseNorwegianNumber('1.234')).toEqual({ ok: true, value: 1.234 });
  });

  it('reads a minus zero as plain zero', () => {
    const parsed = parseNorwegianNumber('-0');
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  });

  it.each(['', '   ', '\t', '\u00A0', '\u202F \n'])('calls %j empty', (text) => {
    expect(parseNorwegianNumber(text)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['12,5,3', 'two decimal commas'],
    ['abc', 'letters'],
    ['1,2.3,4', 'separators in no sensible order'],
    ['1,234.5', 'a comma is always the decimal mark, so a dot cannot follow it'],
    ['1.234.567', 'dots only separate thousands when a decimal comma confirms the style'],
    ['1.23,4', 'a dot group that is not three digits'],
    ['12 34', 'a space group that is not three digits'],
    ['1234 567', 'a first group longer than three digits'],
    ['1 234.567,8', 'spaces and dots mixed as thousands separators'],
    ['1,234 5', 'a separator inside the decimals'],
    ['12,', 'a decimal mark with no decimals after it'],
    ['12.', 'a decimal point with no decimals after it'],
    [',', 'a lone decimal mark'],
    ['-', 'a lone sign'],
    ['- 3', 'a space between sign and digits'],
    ['--3', 'two signs'],
    ['+-3', 'two different signs'],
    ['kr', 'a unit with no number'],
    ['%', 'a percent sign with no number'],
    ['kr 12 kr', 'two units'],
    ['1e3', 'exponent notation'],
    ['0x1F', 'hexadecimal'],
    ['Infinity', 'infinity'],
    ['NaN', 'NaN spelled out'],
    ['12 abc', 'trailing text'],
    ['1\t234', 'a tab as a thousands separator'],
    ['９', 'full-width digits'],
    ['1' + '0'.repeat(400), 'a number too large to hold'],
  ])('rejects %j: %s', (text) => {
    expect(parseNorwegianNumber(text)).toEqual({ ok: false, reason: 'not_a_number' });
  });
});

describe('formatting numbers for display', () => {
  it('uses a decimal comma in Norwegian', () => {
    expect(formatNumber(12.5, 1, 'nb')).toBe('12,5');
    expect(formatNumber(0.25, 2, 'nb')).toBe('0,25');
  });

  it('uses a decimal point in English', () => {
    expect(formatNumber(12.5, 1, 'en')).toBe('12.5');
  });

  it('separates thousands with whatever Intl gives for Norwegian and English', () => {
    expect(formatNumber(1234567.891, 2, 'nb')).toBe(intl('nb-NO', 2, 1234567.89));
    expect(formatNumber(1234567.891, 2, 'en')).toBe(intl('en-GB', 2, 1234567.89));
    expect(formatNumber(1234567.891, 2, 'nb')).toMatch(/^1\D234\D567,89$/);
  });

  it('shows exactly the number of decimals asked for, padding with zeros', () => {
    expect(formatNumber(80, 1, 'nb')).toBe('80,0');
    expect(formatNumber(3, 2, 'en')).toBe('3.00');
    expect(formatNumber(3.14159, 0, 'nb')).toBe('3');
  });

  it('rounds half away from zero like roundTo', () => {
    expect(formatNumber(2.5, 0, 'nb')).toBe('3');
    expect(formatNumber(-2.5, 0, 'nb')).toBe(intl('nb-NO', 0, -3));
    expect(formatNumber(1.005, 2, 'nb')).toBe('1,01');
  });

  it('shows 79.96 with one decimal as 80,0, the value the status colour is computed from', () => {
    expect(formatNumber(79.96, 1, 'nb')).toBe('80,0');
  });

  it('shows a negative number with the sign Intl uses', () => {
    expect(formatNumber(-2.5, 1, 'nb')).toBe(intl('nb-NO', 1, -2.5));
    expect(formatNumber(-2.5, 1, 'en')).toBe('-2.5');
  });

  it('shows a tiny negative value as zero without a minus sign', () => {
    expect(formatNumber(-0.001, 2, 'nb')).toBe('0,00');
    expect(formatNumber(-0.001, 2, 'en')).toBe('0.00');
  });

  it('reads back what it shows in Norwegian, giving the rounded value', () => {
    const values = [0, 1, -1, 12.5, -2.5, 79.96, 1234567.891, -98765.4321, 0.005, 1.005];
    for (const value of values) {
      for (const decimals of [0, 1, 2, 3]) {
        const shown = formatNumber(value, decimals, 'nb');
        expect(parseNorwegianNumber(shown)).toEqual({ ok: true, value: roundTo(value, decimals) });
      }
    }
  });
});

describe('an amount of kroner', () => {
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('is written in whole kroner when it has no øre', () => {
    expect(kronerDecimals(1250000)).toBe(0);
    expect(plain(formatKroner(1250000, 'nb'))).toBe('1 250 000');
  });

  it('has two digits of øre when it has any', () => {
    expect(kronerDecimals(12500.5)).toBe(2);
    expect(plain(formatKroner(12500.5, 'nb'))).toBe('12 500,50');
    expect(formatKroner(12500.5, 'en')).toBe('12,500.50');
  });
});
