import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers.js';
import {
  type Direction,
  type Status,
  type StatusInput,
  type TargetValues,
  checkTarget,
  directions,
  evaluateStatus,
  statusPresentation,
  statuses,
} from './status.js';

// Small factories: each test states only what matters to it.

function valueTarget(target: number, threshold: number): TargetValues {
  return { kind: 'value', target, threshold };
}

function rangeTarget(low: number, high: number, tolerance = 0): TargetValues {
  return { kind: 'range', low, high, tolerance };
}

function higher(value: number | null, target: number, threshold: number, decimals = 0): Status {
  return evaluateStatus({
    direction: 'higher_is_better',
    decimals,
    target: valueTarget(target, threshold),
    value,
  });
}

function lower(value: number | null, target: number, threshold: number, decimals = 0): Status {
  return evaluateStatus({
    direction: 'lower_is_better',
    decimals,
    target: valueTarget(target, threshold),
    value,
  });
}

function inRange(value: number, low: number, high: number, tolerance = 0, decimals = 0): Status {
  return evaluateStatus({
    direction: 'range',
    decimals,
    target: rangeTarget(low, high, tolerance),
    value,
  });
}

function unmeasured(overrides: Partial<StatusInput> = {}): Status {
  return evaluateStatus({
    direction: 'higher_is_better',
    decimals: 0,
    target: valueTarget(80, 70),
    value: null,
    ...overrides,
  });
}

describe('a higher-is-better indicator', () => {
  it('is green above its target', () => {
    expect(higher(85, 80, 70)).toBe('green');
  });

  it('is green at exactly its target', () => {
    expect(higher(80, 80, 70)).toBe('green');
  });

  it('is yellow just below its target', () => {
    expect(higher(79, 80, 70)).toBe('yellow');
  });

  it('is yellow at exactly its threshold', () => {
    expect(higher(70, 80, 70)).toBe('yellow');
  });

  it('is red just below its threshold', () => {
    expect(higher(69, 80, 70)).toBe('red');
  });

  it('is red far below its threshold', () => {
    expect(higher(0, 80, 70)).toBe('red');
  });

  it('has no yellow band when threshold equals target', () => {
    expect(higher(80, 80, 80)).toBe('green');
    expect(higher(79, 80, 80)).toBe('red');
  });

  it('treats a target of zero as reached by zero', () => {
    expect(higher(0, 0, -5)).toBe('green');
    expect(higher(-1, 0, -5)).toBe('yellow');
    expect(higher(-6, 0, -5)).toBe('red');
  });

  it('treats a threshold of zero as a real threshold', () => {
    expect(higher(0, 10, 0)).toBe('yellow');
    expect(higher(-1, 10, 0)).toBe('red');
  });

  it('compares negative values correctly, such as a result of −2 against a target of −1', () => {
    expect(higher(-2, -1, -3)).toBe('yellow');
    expect(higher(-0.5, -1, -3, 1)).toBe('green');
    expect(higher(-3.5, -1, -3, 1)).toBe('red');
  });

  it('is green when a value just below the target is shown as the target, 79.96 → 80,0', () => {
    expect(higher(79.96, 80, 70, 1)).toBe('green');
    expect(formatNumber(79.96, 1, 'nb')).toBe('80,0');
  });

  it('is yellow when a value just below the target is still shown below it, 79.94 → 79,9', () => {
    expect(higher(79.94, 80, 70, 1)).toBe('yellow');
  });

  it('is yellow when a value below the threshold is shown as the threshold, 69.95 → 70,0', () => {
    expect(higher(69.95, 80, 70, 1)).toBe('yellow');
  });

  it('is red when a value is shown below the threshold, 69.94 → 69,9', () => {
    expect(higher(69.94, 80, 70, 1)).toBe('red');
  });

  it('rounds with zero decimals too: 79.5 is shown as 80 and is green', () => {
    expect(higher(79.5, 80, 70)).toBe('green');
    expect(higher(79.49, 80, 70)).toBe('yellow');
  });

  it('rounds the target as displayed: a target of 80.04 shown as 80,0 is met by 80,0', () => {
    expect(higher(80, 80.04, 70, 1)).toBe('green');
  });

  it('rounds the threshold as displayed: a threshold of 69.96 shown as 70 is met by 70', () => {
    expect(higher(70, 80, 69.96, 0)).toBe('yellow');
  });

  it('is not fooled by binary artefacts: 0.1 + 0.2 meets a target of 0.3', () => {
    expect(higher(0.1 + 0.2, 0.3, 0.2, 2)).toBe('green');
  });

  it('rounds 1.005 up to 1,01 as Intl displays it, meeting a target of 1.01', () => {
    expect(higher(1.005, 1.01, 1, 2)).toBe('green');
  });
});

describe('a lower-is-better indicator', () => {
  it('is green below its target', () => {
    expect(lower(3, 5, 8)).toBe('green');
  });

  it('is green at exactly its target', () => {
    expect(lower(5, 5, 8)).toBe('green');
  });

  it('is yellow just above its target', () => {
    expect(lower(6, 5, 8)).toBe('yellow');
  });

  it('is yellow at exactly its threshold', () => {
    expect(lower(8, 5, 8)).toBe('yellow');
  });

  it('is red just above its threshold', () => {
    expect(lower(9, 5, 8)).toBe('red');
  });

  it('has no yellow band when threshold equals target', () => {
    expect(lower(5, 5, 5)).toBe('green');
    expect(lower(6, 5, 5)).toBe('red');
  });

  it('treats a target of zero, such as zero falls, as reached only by zero or less', () => {
    expect(lower(0, 0, 2)).toBe('green');
    expect(lower(1, 0, 2)).toBe('yellow');
    expect(lower(3, 0, 2)).toBe('red');
  });

  it('is green for a budget deviation of −2,5 % against a target of 0 %', () => {
    expect(lower(-2.5, 0, 1, 1)).toBe('green');
  });

  it('is yellow for a budget deviation of 0,5 % between target 0 % and threshold 1 %', () => {
    expect(lower(0.5, 0, 1, 1)).toBe('yellow');
  });

  it('is red for a budget deviation of 1,5 % above a threshold of 1 %', () => {
    expect(lower(1.5, 0, 1, 1)).toBe('red');
  });

  it('compares targets and thresholds that are both negative', () => {
    expect(lower(-3, -2.5, -1, 1)).toBe('green');
    expect(lower(-2, -2.5, -1, 1)).toBe('yellow');
    expect(lower(-0.5, -2.5, -1, 1)).toBe('red');
  });

  it('is green when a value just above the target is shown as the target, 5.04 → 5,0', () => {
    expect(lower(5.04, 5, 8, 1)).toBe('green');
  });

  it('is yellow when a value just above the target is shown above it, 5.05 → 5,1', () => {
    expect(lower(5.05, 5, 8, 1)).toBe('yellow');
  });

  it('is yellow when a value above the threshold is shown as the threshold, 8.04 → 8,0', () => {
    expect(lower(8.04, 5, 8, 1)).toBe('yellow');
  });

  it('is red when a value is shown above the threshold, 8.05 → 8,1', () => {
    expect(lower(8.05, 5, 8, 1)).toBe('red');
  });

  it('rounds a negative half away from zero: −2.55 shows as −2,6 and meets target −2.6', () => {
    expect(lower(-2.55, -2.6, 0, 1)).toBe('green');
  });
});

describe('a range indicator', () => {
  it('is green inside its range', () => {
    expect(inRange(20, 18, 22)).toBe('green');
  });

  it('is green at exactly its low and high ends', () => {
    expect(inRange(18, 18, 22)).toBe('green');
    expect(inRange(22, 18, 22)).toBe('green');
  });

  it('is red just outside a range that has no tolerance', () => {
    expect(inRange(17, 18, 22)).toBe('red');
    expect(inRange(23, 18, 22)).toBe('red');
  });

  it('is yellow just outside the range within the tolerance', () => {
    expect(inRange(17, 18, 22, 2)).toBe('yellow');
    expect(inRange(23, 18, 22, 2)).toBe('yellow');
  });

  it('is yellow at exactly the edge of the tolerance', () => {
    expect(inRange(16, 18, 22, 2)).toBe('yellow');
    expect(inRange(24, 18, 22, 2)).toBe('yellow');
  });

  it('is red beyond the tolerance on either side', () => {
    expect(inRange(15, 18, 22, 2)).toBe('red');
    expect(inRange(25, 18, 22, 2)).toBe('red');
  });

  it('accepts a range of a single value', () => {
    expect(inRange(20, 20, 20)).toBe('green');
    expect(inRange(21, 20, 20, 1)).toBe('yellow');
    expect(inRange(22, 20, 20, 1)).toBe('red');
  });

  it('works below zero, like a freezer that should keep −22 to −18 degrees', () => {
    expect(inRange(-20, -22, -18, 2)).toBe('green');
    expect(inRange(-18, -22, -18, 2)).toBe('green');
    expect(inRange(-17, -22, -18, 2)).toBe('yellow');
    expect(inRange(-16, -22, -18, 2)).toBe('yellow');
    expect(inRange(-15, -22, -18, 2)).toBe('red');
    expect(inRange(-24, -22, -18, 2)).toBe('yellow');
    expect(inRange(-25, -22, -18, 2)).toBe('red');
  });

  it('works across zero, like a budget deviation that should stay within ±1 %', () => {
    expect(inRange(0, -1, 1, 0.5, 1)).toBe('green');
    expect(inRange(-1.5, -1, 1, 0.5, 1)).toBe('yellow');
    expect(inRange(1.6, -1, 1, 0.5, 1)).toBe('red');
  });

  it('is green when a value just outside is shown at the end of the range, 17.96 → 18,0', () => {
    expect(inRange(17.96, 18, 22, 0, 1)).toBe('green');
    expect(inRange(22.04, 18, 22, 0, 1)).toBe('green');
  });

  it('is red when a value just outside is shown outside a range with no tolerance', () => {
    expect(inRange(17.94, 18, 22, 0, 1)).toBe('red');
    expect(inRange(22.05, 18, 22, 0, 1)).toBe('red');
  });

  it('is yellow at the lower tolerance edge even when low − tolerance is inexact', () => {
    // 1.1 − 0.2 is 0.9000000000000001 in binary, but both sides show 0,9.
    expect(inRange(0.9, 1.1, 2, 0.2, 1)).toBe('yellow');
    expect(inRange(0.8, 1.1, 2, 0.2, 1)).toBe('red');
  });

  it('is yellow at the upper tolerance edge even when high + tolerance is inexact', () => {
    // 0.7 + 0.1 is 0.7999999999999999 in binary, but both sides show 0,8.
    expect(inRange(0.8, 0, 0.7, 0.1, 1)).toBe('yellow');
    expect(inRange(0.9, 0, 0.7, 0.1, 1)).toBe('red');
  });

  it('rounds the tolerance as displayed: 1.96 with no decimals is a tolerance of 2', () => {
    expect(inRange(16, 18, 22, 1.96)).toBe('yellow');
  });

  it('rounds the range ends as displayed', () => {
    expect(inRange(18, 18.4, 22)).toBe('green');
    expect(inRange(22, 18, 21.6)).toBe('green');
  });
});

describe('a result without a value', () => {
  it('is not measured when there is no due date', () => {
    expect(unmeasured()).toBe('not_measured');
    expect(unmeasured({ dueDate: null })).toBe('not_measured');
  });

  it('is not measured before its due date', () => {
    expect(unmeasured({ dueDate: '2025-05-15', today: '2025-05-14' })).toBe('not_measured');
  });

  it('is not overdue on the due date itself', () => {
    expect(unmeasured({ dueDate: '2025-05-15', today: '2025-05-15' })).toBe('not_measured');
  });

  it('is overdue the day after its due date', () => {
    expect(unmeasured({ dueDate: '2025-05-15', today: '2025-05-16' })).toBe('overdue');
  });

  it('is overdue long after its due date, across a year end', () => {
    expect(unmeasured({ dueDate: '2024-12-31', today: '2025-01-01' })).toBe('overdue');
  });

  it('is not measured or overdue whatever its target, even with none', () => {
    expect(unmeasured({ target: null })).toBe('not_measured');
    const late = { target: null, dueDate: '2025-01-31', today: '2025-02-01' };
    expect(unmeasured(late)).toBe('overdue');
  });

  it('is not measured or overdue for every direction', () => {
    const targets: Record<Direction, TargetValues> = {
      higher_is_better: valueTarget(80, 70),
      lower_is_better: valueTarget(5, 8),
      range: rangeTarget(18, 22, 2),
    };
    for (const direction of directions) {
      const target = targets[direction];
      expect(unmeasured({ direction, target })).toBe('not_measured');
      const late = { direction, target, dueDate: '2025-01-31', today: '2025-02-01' };
      expect(unmeasured(late)).toBe('overdue');
    }
  });

  it.each([
    ['2025-05-15', '2025-01-01', 'not_measured'],
    ['2025-05-15', '2025-05-14', 'not_measured'],
    ['2025-05-15', '2025-05-15', 'not_measured'],
    ['2025-05-15', '2025-05-16', 'overdue'],
    ['2025-05-15', '2026-05-15', 'overdue'],
    ['2024-02-28', '2024-02-29', 'overdue'],
    ['2024-02-29', '2024-02-29', 'not_measured'],
    ['2025-12-31', '2026-01-01', 'overdue'],
  ])('due %s, on %s, with no value is %s', (dueDate, today, want) => {
    expect(unmeasured({ dueDate, today })).toBe(want);
  });

  it('throws when there is a due date but no today to compare it with', () => {
    expect(() => unmeasured({ dueDate: '2025-05-15' })).toThrow(RangeError);
  });

  it('throws when the due date or today is not an ISO date', () => {
    expect(() => unmeasured({ dueDate: '15.05.2025', today: '2025-05-16' })).toThrow(RangeError);
    expect(() => unmeasured({ dueDate: '2025-05-15', today: '2025-05-15T12:00' })).toThrow(
      RangeError,
    );
  });
});

describe('a result with a value', () => {
  it('has no target when none is set', () => {
    const input: StatusInput = {
      direction: 'higher_is_better',
      decimals: 0,
      target: null,
      value: 80,
    };
    expect(evaluateStatus(input)).toBe('no_target');
  });

  it('is coloured and never overdue, even when entered after the due date', () => {
    const input: StatusInput = {
      direction: 'higher_is_better',
      decimals: 0,
      target: valueTarget(80, 70),
      value: 85,
      dueDate: '2025-01-31',
      today: '2025-03-01',
    };
    expect(evaluateStatus(input)).toBe('green');
  });

  it('does not need today when it has a value, even with a due date', () => {
    const input: StatusInput = {
      direction: 'lower_is_better',
      decimals: 0,
      target: valueTarget(5, 8),
      value: 9,
      dueDate: '2025-01-31',
    };
    expect(evaluateStatus(input)).toBe('red');
  });

  it('has a value of zero, which is a value and not a missing one', () => {
    expect(higher(0, 80, 70)).toBe('red');
    expect(lower(0, 5, 8)).toBe('green');
  });

  it('has no target when a value target is given to a range indicator', () => {
    const input: StatusInput = {
      direction: 'range',
      decimals: 0,
      target: valueTarget(80, 70),
      value: 85,
    };
    expect(evaluateStatus(input)).toBe('no_target');
  });

  it('has no target when a range target is given to a higher/lower-is-better indicator', () => {
    for (const direction of ['higher_is_better', 'lower_is_better'] as const) {
      const input: StatusInput = { direction, decimals: 0, target: rangeTarget(18, 22), value: 20 };
      expect(evaluateStatus(input)).toBe('no_target');
    }
  });

  it('has no target when the threshold is on the wrong side of the target', () => {
    expect(higher(75, 80, 90)).toBe('no_target');
    expect(lower(6, 5, 3)).toBe('no_target');
  });

  it('has no target when the range is inverted', () => {
    expect(inRange(20, 22, 18, 2)).toBe('no_target');
  });

  it('has no target when the tolerance is negative', () => {
    expect(inRange(20, 18, 22, -1)).toBe('no_target');
  });

  it('judges a target by its displayed values: a threshold of 80.04 shown as 80,0 is fine', () => {
    expect(higher(80, 80, 80.04, 1)).toBe('green');
    expect(higher(79.9, 80, 80.04, 1)).toBe('red');
    expect(inRange(20, 18, 22, -0.04, 1)).toBe('green');
  });

  it('refuses a number of decimals that cannot be displayed', () => {
    expect(() => higher(80, 80, 70, -1)).toThrow(RangeError);
    expect(() => higher(80, 80, 70, 1.5)).toThrow(RangeError);
  });
});

describe('the rules as a table', () => {
  // direction, decimals, target, value → status
  it.each<[Direction, number, TargetValues, number, Status]>([
    ['higher_is_better', 0, valueTarget(90, 85), 95, 'green'],
    ['higher_is_better', 0, valueTarget(90, 85), 90, 'green'],
    ['higher_is_better', 0, valueTarget(90, 85), 89.5, 'green'],
    ['higher_is_better', 0, valueTarget(90, 85), 89.4, 'yellow'],
    ['higher_is_better', 0, valueTarget(90, 85), 85, 'yellow'],
    ['higher_is_better', 0, valueTarget(90, 85), 84.5, 'yellow'],
    ['higher_is_better', 0, valueTarget(90, 85), 84.4, 'red'],
    ['higher_is_better', 2, valueTarget(4.5, 4), 4.495, 'green'],
    ['higher_is_better', 2, valueTarget(4.5, 4), 4.494, 'yellow'],
    ['higher_is_better', 2, valueTarget(4.5, 4), 3.995, 'yellow'],
    ['higher_is_better', 2, valueTarget(4.5, 4), 3.994, 'red'],
    ['higher_is_better', 1, valueTarget(0, 0), 0.04, 'green'],
    ['higher_is_better', 1, valueTarget(0, 0), -0.04, 'green'],
    ['higher_is_better', 1, valueTarget(0, 0), -0.05, 'red'],
    ['lower_is_better', 0, valueTarget(10, 15), 5, 'green'],
    ['lower_is_better', 0, valueTarget(10, 15), 10, 'green'],
    ['lower_is_better', 0, valueTarget(10, 15), 10.4, 'green'],
    ['lower_is_better', 0, valueTarget(10, 15), 10.5, 'yellow'],
    ['lower_is_better', 0, valueTarget(10, 15), 15.4, 'yellow'],
    ['lower_is_better', 0, valueTarget(10, 15), 15.5, 'red'],
    ['lower_is_better', 1, valueTarget(-2.5, 0), -2.54, 'green'],
    ['lower_is_better', 1, valueTarget(-2.5, 0), -2.45, 'green'],
    ['lower_is_better', 1, valueTarget(-2.5, 0), -2.44, 'yellow'],
    ['lower_is_better', 1, valueTarget(-2.5, 0), 0.04, 'yellow'],
    ['lower_is_better', 1, valueTarget(-2.5, 0), 0.05, 'red'],
    ['lower_is_better', 0, valueTarget(0, 0), 0, 'green'],
    ['lower_is_better', 0, valueTarget(0, 0), 1, 'red'],
    ['range', 0, rangeTarget(40, 60, 5), 50, 'green'],
    ['range', 0, rangeTarget(40, 60, 5), 39.5, 'green'],
    ['range', 0, rangeTarget(40, 60, 5), 39.4, 'yellow'],
    ['range', 0, rangeTarget(40, 60, 5), 34.5, 'yellow'],
    ['range', 0, rangeTarget(40, 60, 5), 34.4, 'red'],
    ['range', 0, rangeTarget(40, 60, 5), 60.4, 'green'],
    ['range', 0, rangeTarget(40, 60, 5), 60.5, 'yellow'],
    ['range', 0, rangeTarget(40, 60, 5), 65.4, 'yellow'],
    ['range', 0, rangeTarget(40, 60, 5), 65.5, 'red'],
    ['range', 1, rangeTarget(-0.5, 0.5, 0), 0, 'green'],
    ['range', 1, rangeTarget(-0.5, 0.5, 0), -0.54, 'green'],
    ['range', 1, rangeTarget(-0.5, 0.5, 0), -0.55, 'red'],
  ])('%s with %i decimals and target %j: %d is %s', (direction, decimals, target, value, want) => {
    expect(evaluateStatus({ direction, decimals, target, value })).toBe(want);
  });
});

describe('properties that hold for every value', () => {
  const rank: Record<Status, number> = {
    red: 0,
    yellow: 1,
    green: 2,
    no_target: -1,
    not_measured: -1,
    overdue: -1,
  };

  it('never gets worse as a higher-is-better value rises', () => {
    let previous = rank.red;
    for (let tenths = 500; tenths <= 1000; tenths++) {
      const current = rank[higher(tenths / 10, 80, 70, 1)];
      expect(current).toBeGreaterThanOrEqual(previous);
      previous = current;
    }
  });

  it('never gets better as a lower-is-better value rises', () => {
    let previous = rank.green;
    for (let tenths = -100; tenths <= 300; tenths++) {
      const current = rank[lower(tenths / 10, 0, 10, 1)];
      expect(current).toBeLessThanOrEqual(previous);
      previous = current;
    }
  });

  it('mirrors: lower-is-better of a value is higher-is-better of its negation', () => {
    for (let hundredths = -1500; hundredths <= 1500; hundredths += 3) {
      const value = hundredths / 100;
      expect(lower(value, -2.5, 5, 1)).toBe(higher(-value, 2.5, -5, 1));
    }
  });

  it('is symmetric around the middle of a range', () => {
    for (let tenths = 0; tenths <= 200; tenths++) {
      const offset = tenths / 10;
      expect(inRange(50 - offset, 45, 55, 3, 1)).toBe(inRange(50 + offset, 45, 55, 3, 1));
    }
  });

  it('gives only green, yellow or red once there is a value and a valid target', () => {
    for (let value = -50; value <= 150; value += 0.7) {
      expect(['green', 'yellow', 'red']).toContain(higher(value, 80, 70, 1));
      expect(['green', 'yellow', 'red']).toContain(lower(value, 70, 80, 1));
      expect(['green', 'yellow', 'red']).toContain(inRange(value, 40, 60, 5, 1));
    }
  });
});

describe('status and display agree', () => {
  it('gives the same colour to every value that is displayed the same', () => {
    const decimals = 1;
    for (let hundredths = 6800; hundredths <= 8200; hundredths++) {
      const value = hundredths / 100;
      const shown = formatNumber(value, decimals, 'en');
      expect(higher(value, 80, 70, decimals)).toBe(higher(Number(shown), 80, 70, decimals));
      expect(lower(value, 70, 80, decimals)).toBe(lower(Number(shown), 70, 80, decimals));
      const rangeStatus = inRange(Number(shown), 70, 80, 1, decimals);
      expect(inRange(value, 70, 80, 1, decimals)).toBe(rangeStatus);
    }
  });
});

describe('checking a target', () => {
  it('accepts a higher-is-better target with its threshold below', () => {
    expect(checkTarget('higher_is_better', valueTarget(80, 70))).toBeNull();
  });

  it('accepts a lower-is-better target with its threshold above', () => {
    expect(checkTarget('lower_is_better', valueTarget(5, 8))).toBeNull();
  });

  it('accepts a threshold equal to the target in either direction', () => {
    expect(checkTarget('higher_is_better', valueTarget(80, 80))).toBeNull();
    expect(checkTarget('lower_is_better', valueTarget(5, 5))).toBeNull();
  });

  it('accepts negative targets and thresholds on the right side', () => {
    expect(checkTarget('higher_is_better', valueTarget(-1, -3))).toBeNull();
    expect(checkTarget('lower_is_better', valueTarget(-2.5, 0))).toBeNull();
  });

  it('finds a higher-is-better threshold above the target on the wrong side', () => {
    expect(checkTarget('higher_is_better', valueTarget(80, 90))).toBe('threshold_wrong_side');
  });

  it('finds a lower-is-better threshold below the target on the wrong side', () => {
    expect(checkTarget('lower_is_better', valueTarget(5, 3))).toBe('threshold_wrong_side');
  });

  it('finds a negative-valued threshold on the wrong side', () => {
    expect(checkTarget('higher_is_better', valueTarget(-3, -1))).toBe('threshold_wrong_side');
    expect(checkTarget('lower_is_better', valueTarget(0, -2.5))).toBe('threshold_wrong_side');
  });

  it('accepts a range with low below high and a tolerance', () => {
    expect(checkTarget('range', rangeTarget(18, 22, 2))).toBeNull();
  });

  it('accepts a range of one value and a tolerance of zero', () => {
    expect(checkTarget('range', rangeTarget(20, 20, 0))).toBeNull();
  });

  it('accepts a range below zero', () => {
    expect(checkTarget('range', rangeTarget(-22, -18, 2))).toBeNull();
  });

  it('finds a range whose low end is above its high end', () => {
    expect(checkTarget('range', rangeTarget(22, 18, 2))).toBe('range_inverted');
  });

  it('finds a negative tolerance', () => {
    expect(checkTarget('range', rangeTarget(18, 22, -1))).toBe('negative_tolerance');
  });

  it.each<[Direction, TargetValues, ReturnType<typeof checkTarget>]>([
    ['higher_is_better', valueTarget(0, 0), null],
    ['higher_is_better', valueTarget(0, -0.1), null],
    ['higher_is_better', valueTarget(0, 0.1), 'threshold_wrong_side'],
    ['lower_is_better', valueTarget(0, 0), null],
    ['lower_is_better', valueTarget(0, 0.1), null],
    ['lower_is_better', valueTarget(0, -0.1), 'threshold_wrong_side'],
    ['range', rangeTarget(0, 0, 0), null],
    ['range', rangeTarget(-1, -1, 0.5), null],
    ['range', rangeTarget(0.1, 0, 0), 'range_inverted'],
    ['range', rangeTarget(0, 0, -0.1), 'negative_tolerance'],
  ])('for %s finds %j to have problem %s', (direction, target, problem) => {
    expect(checkTarget(direction, target)).toBe(problem);
  });

  it('reports an inverted range before a negative tolerance', () => {
    expect(checkTarget('range', rangeTarget(22, 18, -1))).toBe('range_inverted');
  });

  it('finds a value target on a range indicator', () => {
    expect(checkTarget('range', valueTarget(80, 70))).toBe('kind_mismatch');
  });

  it('finds a range target on a higher- or lower-is-better indicator', () => {
    expect(checkTarget('higher_is_better', rangeTarget(18, 22))).toBe('kind_mismatch');
    expect(checkTarget('lower_is_better', rangeTarget(18, 22))).toBe('kind_mismatch');
  });

  it('reports a kind mismatch before anything else wrong with the target', () => {
    expect(checkTarget('higher_is_better', rangeTarget(22, 18, -1))).toBe('kind_mismatch');
  });
});

describe('how statuses are presented', () => {
  it('has a presentation for every status', () => {
    expect(Object.keys(statusPresentation).sort()).toEqual([...statuses].sort());
  });

  it('gives every status its own symbol, so colour is never the only signal', () => {
    const symbols = statuses.map((status) => statusPresentation[status].symbol);
    expect(new Set(symbols).size).toBe(statuses.length);
    for (const symbol of symbols) expect(symbol.trim()).not.toBe('');
  });

  it('gives every status a translation key under status.', () => {
    for (const status of statuses) {
      expect(statusPresentation[status].labelKey).toBe(`status.${status}`);
    }
  });

  it('shows green as a check mark, red as a cross and yellow as a triangle', () => {
    expect(statusPresentation.green.symbol).toBe('\u2713');
    expect(statusPresentation.red.symbol).toBe('\u2715');
    expect(statusPresentation.yellow.symbol).toBe('\u25B2');
  });

  it('gives green, yellow and red the success, warning and danger tones', () => {
    expect(statusPresentation.green.tone).toBe('success');
    expect(statusPresentation.yellow.tone).toBe('warning');
    expect(statusPresentation.red.tone).toBe('danger');
  });

  it('shows a result without a target or value without a colour', () => {
    expect(statusPresentation.no_target.tone).toBe('neutral');
    expect(statusPresentation.not_measured.tone).toBe('neutral');
  });
});
