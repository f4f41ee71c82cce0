import { describe, expect, it } from 'vitest';
import { countStatuses, trendBetween } from './trend.js';

describe('the trend of a result', () => {
  it('is better when a higher-is-better result rises and worse when it falls', () => {
    expect(trendBetween('higher_is_better', 1, 4.9, 4.5)).toEqual({
      movement: 'up',
      assessment: 'better',
    });
    expect(trendBetween('higher_is_better', 1, 4.1, 4.5)).toEqual({
      movement: 'down',
      assessment: 'worse',
    });
  });

  it('is better when a lower-is-better result falls', () => {
    expect(trendBetween('lower_is_better', 2, 6.1, 7.3)).toEqual({
      movement: 'down',
      assessment: 'better',
    });
    expect(trendBetween('lower_is_better', 2, 8, 7.3)).toEqual({
      movement: 'up',
      assessment: 'worse',
    });
  });

  it('is flat when the change disappears in the displayed decimals', () => {
    expect(trendBetween('higher_is_better', 1, 80.04, 79.96)).toEqual({
      movement: 'flat',
      assessment: 'same',
    });
    expect(trendBetween('higher_is_better', 2, 80.04, 79.96)?.movement).toBe('up');
  });

  it('judges a range indicator by how far it lies outside the range', () => {
    const range = { kind: 'range' as const, low: -1, high: 1, tolerance: 0.5 };
    expect(trendBetween('range', 1, 1.5, 3, range)).toEqual({
      movement: 'down',
      assessment: 'better',
    });
    expect(trendBetween('range', 1, -2, 0, range)).toEqual({
      movement: 'down',
      assessment: 'worse',
    });
    expect(trendBetween('range', 1, 0.5, -0.5, range)).toEqual({
      movement: 'up',
      assessment: 'same',
    });
    expect(trendBetween('range', 1, 0.5, -0.5)).toEqual({ movement: 'up', assessment: 'unknown' });
  });

  it('is unknown without both results', () => {
    expect(trendBetween('higher_is_better', 0, null, 3)).toBeNull();
    expect(trendBetween('higher_is_better', 0, 3, null)).toBeNull();
  });
});

describe('counting statuses', () => {
  it('counts each status and shows zero for the ones missing', () => {
    const counts = countStatuses(['green', 'red', 'green', 'overdue']);
    expect(counts).toEqual({
      green: 2,
      yellow: 0,
      red: 1,
      no_target: 0,
      not_measured: 0,
      overdue: 1,
    });
  });
});
