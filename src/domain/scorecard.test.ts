import { describe, expect, it } from 'vitest';
import { type OrgTree, indexTree } from './orgTree.js';
import { type Period, parsePeriod } from './periods.js';
import {
  type EnteredRow,
  type IndicatorRules,
  type StructureCriterion,
  assembleRow,
  candidatePeriods,
  comparisonKind,
  componentPeriodKeys,
  groupScorecard,
  outcomeFor,
  periodOptions,
  sparklineLength,
  unitValuesFor,
} from './scorecard.js';
import type {
  CardAction,
  CardComment,
  CardIndicatorInfo,
  CardRow,
  CardTarget,
  PeriodOutcome,
} from './scorecardView.js';
import type { Status, TargetValues } from './status.js';

// Small factories: each test states only what matters to it.

const percent = 100;

function period(key: string): Period {
  const parsed = parsePeriod(key);
  if (!parsed) throw new Error(`Not a period key: ${key}`);
  return parsed;
}

const keysOf = (periods: readonly { key: string }[]) => periods.map((p) => p.key);

/** A list of keys written as one line: words('2025-T1 2025-T2'). */
const words = (text: string) => text.split(' ');

/** A tree from [child, parent] pairs; a parent never named as a child is a root. */
function treeOf(pairs: ReadonlyArray<readonly [string, string]>): OrgTree {
  const ids = new Set(pairs.flat());
  const parents = new Map(pairs.map(([child, parent]) => [child, parent]));
  return indexTree([...ids].map((id) => ({ id, parentId: parents.get(id) ?? null })));
}

// kommune → helse → sjukeheim, heimeteneste, legevakt ; kommune → oppvekst → skule
const tree = treeOf([
  ['helse', 'kommune'],
  ['sjukeheim', 'helse'],
  ['heimeteneste', 'helse'],
  ['legevakt', 'helse'],
  ['oppvekst', 'kommune'],
  ['skule', 'oppvekst'],
]);

function rules(overrides: Partial<IndicatorRules> = {}): IndicatorRules {
  return {
    frequency: 'tertial',
    direction: 'higher_is_better',
    decimals: 0,
    unitAggregation: 'mean',
    periodAggregation: 'last',
    scale: 1,
    ...overrides,
  };
}

/** Sick leave: lower is better, combined as days lost over possible days, in percent. */
const sickLeaveRules = rules({
  direction: 'lower_is_better',
  decimals: 1,
  unitAggregation: 'ratio_of_sums',
  periodAggregation: 'mean',
  scale: percent,
});

function entered(orgUnitId: string, periodKey: string, value: number): EnteredRow {
  return {
    orgUnitId,
    periodKey,
    dueDate: '2030-01-01',
    value,
    numerator: null,
    denominator: null,
    weight: null,
  };
}

function enteredRatio(
  orgUnitId: string,
  periodKey: string,
  numerator: number,
  denominator: number,
): EnteredRow {
  const value = (numerator * percent) / denominator;
  return { ...entered(orgUnitId, periodKey, value), numerator, denominator };
}

function planned(orgUnitId: string, periodKey: string, dueDate = '2030-01-01'): EnteredRow {
  return { ...entered(orgUnitId, periodKey, 0), value: null, dueDate };
}

function valueTarget(target: number, threshold: number): CardTarget {
  return {
    values: { kind: 'value', target, threshold },
    validFromPeriod: '2024',
    inheritedFrom: null,
  };
}

function rangeTarget(low: number, high: number, tolerance: number): CardTarget {
  const values: TargetValues = { kind: 'range', low, high, tolerance };
  return { values, validFromPeriod: '2024', inheritedFrom: null };
}

function valuesOf(map: ReadonlyMap<string, { value: number }>): Record<string, number> {
  return Object.fromEntries([...map].map(([id, result]) => [id, result.value]));
}

function outcomeOn(
  unitId: string,
  periodKey: string,
  rows: readonly EnteredRow[],
  options: { rules?: IndicatorRules; target?: CardTarget | null; today?: string } = {},
): PeriodOutcome {
  return outcomeFor({
    tree,
    unitId,
    period: period(periodKey),
    rules: options.rules ?? rules(),
    rows,
    target: options.target ?? null,
    today: options.today ?? '2025-06-01',
  });
}

function indicator(overrides: Partial<CardIndicatorInfo> = {}): CardIndicatorInfo {
  return {
    id: 'sykefravær',
    code: 'MED-01',
    name: 'Sykefravær',
    direction: 'higher_is_better',
    decimals: 0,
    unitOfMeasure: 'percent',
    valueType: 'number',
    frequency: 'tertial',
    ...overrides,
  };
}

/** An outcome as outcomeFor would give it: a value with a status, or nothing measured. */
function outcome(periodKey: string, value: number | null, status?: Status): PeriodOutcome {
  const result =
    value === null
      ? null
      : {
          value,
          numerator: null,
          denominator: null,
          weight: null,
          computed: false,
          covered: 1,
          total: 1,
        };
  return {
    periodKey,
    result,
    target: null,
    status: status ?? (value === null ? 'not_measured' : 'green'),
  };
}

function outcomesOf(list: readonly PeriodOutcome[]): Map<string, PeriodOutcome> {
  return new Map(list.map((item) => [item.periodKey, item]));
}

function comment(periodKey: string, text: string, at: string): CardComment {
  return { periodKey, text, author: 'Kari', at };
}

function action(
  id: string,
  link: CardAction['link'],
  status: CardAction['status'] = 'in_progress',
): CardAction {
  return {
    id,
    title: `Tiltak ${id}`,
    orgUnit: { id: 'helse', name: 'Helse' },
    responsible: null,
    dueDate: null,
    status,
    progress: 0,
    link,
  };
}

/** A row for a tertial indicator on 2025-T2 from the outcomes given, other inputs left empty. */
function rowFor(input: {
  indicator?: CardIndicatorInfo;
  periods?: readonly Period[];
  outcomes?: readonly PeriodOutcome[];
  comments?: readonly CardComment[];
  actions?: readonly CardAction[];
}): CardRow {
  const chosen = period('2025-T2');
  return assembleRow({
    indicator: input.indicator ?? indicator(),
    chosen,
    periods: input.periods ?? candidatePeriods('tertial', chosen),
    outcomes: outcomesOf(input.outcomes ?? []),
    comments: input.comments ?? [],
    actions: input.actions ?? [],
  });
}

describe('the kind of period an indicator is compared in', () => {
  it('is the scorecard’s kind when the indicator is measured in it', () => {
    expect(comparisonKind('tertial', period('2025-T2'))).toBe('tertial');
    expect(comparisonKind('year', period('2025'))).toBe('year');
  });

  it('is the indicator’s own kind when it is measured less often than the scorecard', () => {
    expect(comparisonKind('year', period('2025-T2'))).toBe('year');
    expect(comparisonKind('half_year', period('2025-T2'))).toBe('half_year');
  });

  it('is the scorecard’s year when a more frequent indicator’s values make up the year', () => {
    expect(comparisonKind('month', period('2025'))).toBe('year');
    expect(comparisonKind('tertial', period('2025'))).toBe('year');
    expect(comparisonKind('quarter', period('2025'))).toBe('year');
  });

  it('is the scorecard’s tertial for a monthly indicator, whose four months make it up', () => {
    expect(comparisonKind('month', period('2025-T2'))).toBe('tertial');
  });

  it('keeps quarters on a tertial scorecard, since a quarter straddles two tertials', () => {
    expect(comparisonKind('quarter', period('2025-T2'))).toBe('quarter');
    expect(comparisonKind('tertial', period('2025-H1'))).toBe('tertial');
  });

  it('is the school year for a monthly indicator, but a tertial’s own on a school year', () => {
    expect(comparisonKind('month', period('2025/26'))).toBe('school_year');
    expect(comparisonKind('tertial', period('2025/26'))).toBe('tertial');
    expect(comparisonKind('quarter', period('2025/26'))).toBe('quarter');
  });

  it('keeps school years and calendar years apart, as they cover different months', () => {
    expect(comparisonKind('school_year', period('2025'))).toBe('school_year');
    expect(comparisonKind('year', period('2025/26'))).toBe('year');
  });

  it('keeps single dates as single dates on any scorecard', () => {
    expect(comparisonKind('single_date', period('2025-T2'))).toBe('single_date');
    expect(comparisonKind('single_date', period('2025'))).toBe('single_date');
  });
});

describe('the periods worth reading for a scorecard', () => {
  it('reaches from five tertials before the same tertial last year up to the chosen one', () => {
    expect(keysOf(candidatePeriods('tertial', period('2025-T2')))).toEqual(
      words('2022-T3 2023-T1 2023-T2 2023-T3 2024-T1 2024-T2 2024-T3 2025-T1 2025-T2'),
    );
  });

  it('gives a yearly indicator on a tertial only the years that have ended by its end', () => {
    const second = keysOf(candidatePeriods('year', period('2025-T2')));
    expect(second).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);

    const third = keysOf(candidatePeriods('year', period('2025-T3')));
    expect(third).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('gives a quarterly indicator on a tertial the quarters that have ended by its end', () => {
    const quarters = keysOf(candidatePeriods('quarter', period('2025-T2')));
    expect(quarters.at(-1)).toBe('2025-Q2');
    expect(quarters[0]).toBe('2023-Q2');
  });

  it('gives school years that have ended by the end of the chosen tertial', () => {
    expect(keysOf(candidatePeriods('school_year', period('2025-T2')))).toEqual(
      words('2019/20 2020/21 2021/22 2022/23 2023/24 2024/25'),
    );
  });

  it('takes single dates from the data, those by the chosen end only, sorted, no repeats', () => {
    const keys = ['2025-03-14', '2024-10-01', '2025-03-14', '2025-09-15', '2025-T1', 'rubbish'];
    expect(keysOf(candidatePeriods('single_date', period('2025-T2'), keys))).toEqual([
      '2024-10-01',
      '2025-03-14',
    ]);
    expect(keysOf(candidatePeriods('single_date', period('2025-T3'), keys))).toEqual([
      '2024-10-01',
      '2025-03-14',
      '2025-09-15',
    ]);
  });

  it('keeps at most one more single date than the sparkline holds, the latest ones', () => {
    const keys = Array.from({ length: 10 }, (_, i) => `2025-0${Math.floor(i / 2) + 1}-1${i % 2}`);
    const dates = keysOf(candidatePeriods('single_date', period('2025'), keys));
    expect(dates).toHaveLength(sparklineLength + 1);
    expect(dates).toEqual(keys.slice(-(sparklineLength + 1)));
  });

  it('gives no single dates when the data has none', () => {
    expect(candidatePeriods('single_date', period('2025-T2'))).toEqual([]);
  });
});

describe('the period keys that make up a period', () => {
  it('are a year and every tertial, quarter, half-year and month inside it', () => {
    const keys = componentPeriodKeys(period('2025'));
    expect(keys[0]).toBe('2025');
    expect(keys).toEqual(
      expect.arrayContaining(['2025-T1', '2025-T3', '2025-Q1', '2025-Q4', '2025-H2', '2025-01']),
    );
    expect(keys).toContain('2025-12');
    expect(keys).toHaveLength(1 + 3 + 4 + 2 + 12);
    expect(keys.every((key) => key.startsWith('2025'))).toBe(true);
  });

  it('are a tertial and its four months, but no quarter that only partly lies in it', () => {
    expect(componentPeriodKeys(period('2025-T2'))).toEqual(
      words('2025-T2 2025-05 2025-06 2025-07 2025-08'),
    );
  });

  it('are a half-year and the quarters and months inside it, but no tertial', () => {
    expect(componentPeriodKeys(period('2025-H2'))).toEqual(
      words('2025-H2 2025-Q3 2025-Q4 2025-07 2025-08 2025-09 2025-10 2025-11 2025-12'),
    );
  });

  it('are a school year and its months from August to June', () => {
    const keys = componentPeriodKeys(period('2025/26'));
    expect(keys[0]).toBe('2025/26');
    expect(keys.slice(1)).toEqual(
      words(
        '2025-08 2025-09 2025-10 2025-11 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06',
      ),
    );
  });

  it('are a month or a single date alone', () => {
    expect(componentPeriodKeys(period('2025-03'))).toEqual(['2025-03']);
    expect(componentPeriodKeys(period('2025-03-14'))).toEqual(['2025-03-14']);
  });
});

describe('each unit’s value for a period', () => {
  it('takes the value entered for the whole period over its parts', () => {
    const rows = [
      entered('skule', '2025-T1', 10),
      entered('skule', '2025', 80),
      entered('skule', '2025-T2', 20),
    ];
    expect(valuesOf(unitValuesFor(rows, rules({ periodAggregation: 'sum' }), '2025'))).toEqual({
      skule: 80,
    });
  });

  it('combines tertials with the indicator’s period method, in period order', () => {
    const rows = [
      entered('skule', '2025-T3', 30),
      entered('skule', '2025-T1', 10),
      entered('skule', '2025-T2', 20),
    ];
    const valueWith = (periodAggregation: IndicatorRules['periodAggregation']) =>
      unitValuesFor(rows, rules({ periodAggregation }), '2025').get('skule')?.value;
    expect(valueWith('sum')).toBe(60);
    expect(valueWith('mean')).toBe(20);
    expect(valueWith('last')).toBe(30);
  });

  it('combines the parts of each unit on its own', () => {
    const rows = [
      entered('sjukeheim', '2025', 7),
      entered('heimeteneste', '2025-T1', 1),
      entered('heimeteneste', '2025-T2', 2),
    ];
    expect(valuesOf(unitValuesFor(rows, rules({ periodAggregation: 'sum' }), '2025'))).toEqual({
      sjukeheim: 7,
      heimeteneste: 3,
    });
  });

  it('uses the indicator’s own frequency first, so tertials and months never count twice', () => {
    const rows = [
      entered('skule', '2025-T1', 10),
      entered('skule', '2025-T2', 20),
      entered('skule', '2025-01', 1),
      entered('skule', '2025-02', 2),
    ];
    const sum = { periodAggregation: 'sum' } as const;
    expect(
      unitValuesFor(rows, rules({ ...sum, frequency: 'tertial' }), '2025').get('skule')?.value,
    ).toBe(30);
    expect(
      unitValuesFor(rows, rules({ ...sum, frequency: 'month' }), '2025').get('skule')?.value,
    ).toBe(3);
  });

  it('prefers tertials over months when the indicator is measured in neither', () => {
    const rows = [
      entered('skule', '2025-03', 3),
      entered('skule', '2025-T1', 10),
      entered('skule', '2025-04', 4),
    ];
    const yearly = rules({ frequency: 'year', periodAggregation: 'sum' });
    expect(unitValuesFor(rows, yearly, '2025').get('skule')?.value).toBe(10);
  });

  it('combines ratio parts as Σnumerator/Σdenominator, not as the mean of the percentages', () => {
    const rows = [
      enteredRatio('skule', '2025-T1', 5, 100),
      enteredRatio('skule', '2025-T2', 30, 200),
    ];
    const year = unitValuesFor(rows, sickLeaveRules, '2025').get('skule');
    expect(year).toMatchObject({ numerator: 35, denominator: 300 });
    expect(year?.value).toBeCloseTo((35 * 100) / 300, 10);
    expect(year?.value).not.toBeCloseTo(10, 3);
  });

  it('ignores planned rows that have no value yet', () => {
    const rows = [
      entered('skule', '2025-T1', 10),
      entered('skule', '2025-T2', 20),
      planned('skule', '2025-T3'),
      planned('skule', '2025'),
      planned('legevakt', '2025-T1'),
    ];
    const values = unitValuesFor(rows, rules({ periodAggregation: 'mean' }), '2025');
    expect(valuesOf(values)).toEqual({ skule: 15 });
  });
});

describe('the outcome of an indicator on a unit for one period', () => {
  it('judges a leaf unit’s own value against a higher-is-better target', () => {
    const target = valueTarget(90, 80);
    const statusOf = (value: number) =>
      outcomeOn('skule', '2025-T1', [entered('skule', '2025-T1', value)], { target }).status;
    expect(statusOf(92)).toBe('green');
    expect(statusOf(90)).toBe('green');
    expect(statusOf(85)).toBe('yellow');
    expect(statusOf(70)).toBe('red');
  });

  it('judges a lower-is-better value, green at or below the target', () => {
    const options = {
      rules: rules({ direction: 'lower_is_better', decimals: 1 }),
      target: valueTarget(6, 8),
    };
    const statusOf = (value: number) =>
      outcomeOn('skule', '2025-T1', [entered('skule', '2025-T1', value)], options).status;
    expect(statusOf(5.5)).toBe('green');
    expect(statusOf(7)).toBe('yellow');
    expect(statusOf(8.2)).toBe('red');
  });

  it('judges a range value, yellow within the tolerance outside it', () => {
    const options = {
      rules: rules({ direction: 'range', decimals: 1 }),
      target: rangeTarget(2, 4, 1),
    };
    const statusOf = (value: number) =>
      outcomeOn('skule', '2025-T1', [entered('skule', '2025-T1', value)], options).status;
    expect(statusOf(3)).toBe('green');
    expect(statusOf(4.8)).toBe('yellow');
    expect(statusOf(1.2)).toBe('yellow');
    expect(statusOf(5.5)).toBe('red');
  });

  it('compares the value as displayed, rounded to the indicator’s decimals', () => {
    const rows = [entered('skule', '2025-T1', 89.6)];
    const target = valueTarget(90, 80);
    expect(
      outcomeOn('skule', '2025-T1', rows, { target, rules: rules({ decimals: 0 }) }).status,
    ).toBe('green');
    expect(
      outcomeOn('skule', '2025-T1', rows, { target, rules: rules({ decimals: 1 }) }).status,
    ).toBe('yellow');
  });

  it('gives the unit’s own value as entered, one of one, with the period and target', () => {
    const target = valueTarget(90, 80);
    expect(outcomeOn('skule', '2025-T1', [entered('skule', '2025-T1', 92)], { target })).toEqual({
      periodKey: '2025-T1',
      result: {
        value: 92,
        numerator: null,
        denominator: null,
        weight: null,
        computed: false,
        covered: 1,
        total: 1,
      },
      target,
      status: 'green',
    });
  });

  it('has no colour when the unit has a value but no target', () => {
    expect(outcomeOn('skule', '2025-T1', [entered('skule', '2025-T1', 92)]).status).toBe(
      'no_target',
    );
  });

  it('computes a parent from its units and says two of three reported when one has not', () => {
    const rows = [
      entered('sjukeheim', '2025-T1', 80),
      entered('heimeteneste', '2025-T1', 90),
      planned('legevakt', '2025-T1'),
    ];
    const result = outcomeOn('helse', '2025-T1', rows, { target: valueTarget(90, 80) });
    expect(result.result).toMatchObject({ value: 85, computed: true, covered: 2, total: 3 });
    expect(result.status).toBe('yellow');
  });

  it('rolls up through levels, counting the reporting units at the bottom', () => {
    const rows = [
      entered('sjukeheim', '2025-T1', 80),
      entered('heimeteneste', '2025-T1', 90),
      planned('legevakt', '2025-T1'),
      entered('skule', '2025-T1', 70),
    ];
    const result = outcomeOn('kommune', '2025-T1', rows).result;
    expect(result).toMatchObject({ value: 77.5, computed: true, covered: 3, total: 4 });
  });

  it('takes a parent’s ratio as the sum of its units’ parts, not the mean of their percentages', () => {
    const rows = [
      enteredRatio('sjukeheim', '2025-T1', 10, 100),
      enteredRatio('heimeteneste', '2025-T1', 60, 300),
    ];
    const result = outcomeOn('helse', '2025-T1', rows, { rules: sickLeaveRules }).result;
    expect(result).toMatchObject({
      numerator: 70,
      denominator: 400,
      computed: true,
      covered: 2,
      total: 2,
    });
    expect(result?.value).toBeCloseTo(17.5, 10);
  });

  it('is overdue when the unit’s own measurement is past its due date with no value', () => {
    const rows = [planned('skule', '2025-T1', '2025-05-15')];
    expect(outcomeOn('skule', '2025-T1', rows, { today: '2025-05-16' }).status).toBe('overdue');
    expect(outcomeOn('skule', '2025-T1', rows, { today: '2025-05-15' }).status).toBe(
      'not_measured',
    );
  });

  it('is not overdue once a value is entered, however late', () => {
    const rows = [{ ...entered('skule', '2025-T1', 92), dueDate: '2025-05-15' }];
    expect(outcomeOn('skule', '2025-T1', rows, { today: '2025-09-01' }).status).toBe('no_target');
  });

  it('is not measured, with no result, when nothing is planned or entered', () => {
    expect(outcomeOn('skule', '2025-T1', [], { target: valueTarget(90, 80) })).toMatchObject({
      periodKey: '2025-T1',
      result: null,
      status: 'not_measured',
    });
  });

  it('ignores rows of other periods', () => {
    const rows = [
      entered('skule', '2024-T2', 50),
      entered('skule', '2025-T1', 60),
      planned('skule', '2025-T3', '2025-01-01'),
    ];
    const chosen = outcomeOn('skule', '2025-T2', rows, { today: '2025-12-01' });
    expect(chosen).toMatchObject({ result: null, status: 'not_measured' });

    const withOwn = outcomeOn('skule', '2025-T2', [...rows, entered('skule', '2025-T2', 70)]);
    expect(withOwn.result?.value).toBe(70);
  });

  it('makes a year from each unit’s tertials, then rolls the units up', () => {
    const sum = rules({ periodAggregation: 'sum', unitAggregation: 'sum' });
    const rows = [
      entered('sjukeheim', '2025-T1', 1),
      entered('sjukeheim', '2025-T2', 2),
      entered('sjukeheim', '2025-T3', 3),
      entered('heimeteneste', '2025-T1', 10),
      entered('heimeteneste', '2024-T3', 1000),
    ];
    expect(outcomeOn('sjukeheim', '2025', rows, { rules: sum }).result?.value).toBe(6);
    expect(outcomeOn('helse', '2025', rows, { rules: sum }).result).toMatchObject({
      value: 16,
      computed: true,
      covered: 2,
      total: 2,
    });
  });

  it('makes a tertial from a monthly indicator’s months', () => {
    const monthly = rules({ frequency: 'month', periodAggregation: 'sum' });
    const rows = ['2025-04', '2025-05', '2025-06', '2025-09'].map((key) =>
      entered('skule', key, 1),
    );
    expect(outcomeOn('skule', '2025-T2', rows, { rules: monthly }).result?.value).toBe(2);
  });
});

describe('an indicator’s row on the scorecard', () => {
  it('compares with the previous tertial and the same tertial last year, higher being better', () => {
    const row = rowFor({
      outcomes: [outcome('2025-T2', 80), outcome('2025-T1', 75), outcome('2024-T2', 85)],
    });
    expect(row.outcome.periodKey).toBe('2025-T2');
    expect(row.latestAvailable).toBe(false);
    expect(row.previous).toEqual({
      periodKey: '2025-T1',
      value: 75,
      trend: { movement: 'up', assessment: 'better' },
    });
    expect(row.lastYear).toEqual({
      periodKey: '2024-T2',
      value: 85,
      trend: { movement: 'down', assessment: 'worse' },
    });
  });

  it('calls a fall better when lower is better', () => {
    const row = rowFor({
      indicator: indicator({ direction: 'lower_is_better', decimals: 1 }),
      outcomes: [outcome('2025-T2', 6.1), outcome('2025-T1', 7.3), outcome('2024-T2', 5)],
    });
    expect(row.previous?.trend).toEqual({ movement: 'down', assessment: 'better' });
    expect(row.lastYear?.trend).toEqual({ movement: 'up', assessment: 'worse' });
  });

  it('names the earlier periods without a value or trend when they have no result', () => {
    const row = rowFor({ outcomes: [outcome('2025-T2', 80), outcome('2025-T1', null)] });
    expect(row.previous).toEqual({ periodKey: '2025-T1', value: null, trend: null });
    expect(row.lastYear).toEqual({ periodKey: '2024-T2', value: null, trend: null });
  });

  it('shows the chosen tertial as not measured rather than an older result', () => {
    const row = rowFor({ outcomes: [outcome('2025-T1', 75)] });
    expect(row.outcome).toMatchObject({ periodKey: '2025-T2', status: 'not_measured' });
    expect(row.latestAvailable).toBe(false);
  });

  it('shows a yearly indicator’s latest measured year on a tertial scorecard', () => {
    const chosen = period('2025-T2');
    const row = rowFor({
      indicator: indicator({ frequency: 'year' }),
      periods: candidatePeriods('year', chosen),
      outcomes: [outcome('2022', 60), outcome('2023', 70), outcome('2024', null)],
    });
    expect(row.outcome.periodKey).toBe('2023');
    expect(row.latestAvailable).toBe(true);
    expect(row.previous).toMatchObject({ periodKey: '2022', value: 60 });
    expect(row.lastYear).toMatchObject({ periodKey: '2022', value: 60 });
  });

  it('shows a late yearly result as overdue rather than the year before’s colour', () => {
    const row = rowFor({
      indicator: indicator({ frequency: 'year' }),
      periods: candidatePeriods('year', period('2025-T2')),
      outcomes: [outcome('2023', 70), outcome('2024', null, 'overdue')],
    });
    expect(row.outcome).toMatchObject({ periodKey: '2024', status: 'overdue' });
    expect(row.previous).toMatchObject({ periodKey: '2023', value: 70 });
  });

  it('shows a yearly indicator’s latest year when none is measured, still as latest available', () => {
    const row = rowFor({
      indicator: indicator({ frequency: 'year' }),
      periods: candidatePeriods('year', period('2025-T2')),
    });
    expect(row.outcome).toMatchObject({ periodKey: '2024', status: 'not_measured' });
    expect(row.latestAvailable).toBe(true);
  });

  it('holds the latest six outcomes in the sparkline, oldest first, ending at the shown one', () => {
    const periods = candidatePeriods('tertial', period('2025-T2'));
    const row = rowFor({
      periods,
      outcomes: periods.map((p, i) => outcome(p.key, i)),
    });
    expect(row.sparkline).toHaveLength(sparklineLength);
    expect(row.sparkline.map((item) => item.periodKey)).toEqual(
      words('2023-T3 2024-T1 2024-T2 2024-T3 2025-T1 2025-T2'),
    );
    expect(row.sparkline.map((item) => item.result?.value)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('fills the sparkline’s gaps as not measured and ends it at a less frequent shown period', () => {
    const row = rowFor({
      indicator: indicator({ frequency: 'year' }),
      periods: candidatePeriods('year', period('2025-T2')),
      outcomes: [outcome('2021', 50), outcome('2023', 70)],
    });
    expect(row.sparkline.map((item) => item.periodKey)).toEqual(words('2019 2020 2021 2022 2023'));
    expect(row.sparkline.map((item) => item.status)).toEqual(
      words('not_measured not_measured green not_measured green'),
    );
  });

  it('compares a single date with the date before it and not with last year', () => {
    const chosen = period('2025-T2');
    const periods = candidatePeriods('single_date', chosen, ['2024-10-01', '2025-03-14']);
    const row = rowFor({
      indicator: indicator({ frequency: 'single_date' }),
      periods,
      outcomes: [outcome('2024-10-01', 3), outcome('2025-03-14', 4)],
    });
    expect(row.outcome.periodKey).toBe('2025-03-14');
    expect(row.latestAvailable).toBe(true);
    expect(row.previous).toEqual({
      periodKey: '2024-10-01',
      value: 3,
      trend: { movement: 'up', assessment: 'better' },
    });
    expect(row.lastYear).toBeNull();
    expect(row.sparkline.map((item) => item.periodKey)).toEqual(['2024-10-01', '2025-03-14']);
  });

  it('shows the comment of the latest period up to the chosen one, not a later one', () => {
    const row = rowFor({
      comments: [
        comment('2025-T1', 'Vinteren var tung.', '2025-05-02T10:00:00Z'),
        comment('2025-T2', 'Ny turnus virker.', '2025-09-03T10:00:00Z'),
        comment('2025-T3', 'Skrevet for tidlig.', '2025-09-04T10:00:00Z'),
        comment('2025', 'Året sett under ett.', '2025-09-05T10:00:00Z'),
      ],
    });
    expect(row.comment?.text).toBe('Ny turnus virker.');
  });

  it('skips blank comments', () => {
    const row = rowFor({
      comments: [
        comment('2025-T1', 'Vinteren var tung.', '2025-05-02T10:00:00Z'),
        comment('2025-T2', '   ', '2025-09-03T10:00:00Z'),
      ],
    });
    expect(row.comment?.text).toBe('Vinteren var tung.');
  });

  it('shows the newest comment when two share the period, whatever their order', () => {
    const older = comment('2025-T2', 'Første utkast.', '2025-09-01T08:00:00Z');
    const newer = comment('2025-T2', 'Oppdatert etter møtet.', '2025-09-10T08:00:00Z');
    expect(rowFor({ comments: [older, newer] }).comment).toEqual(newer);
    expect(rowFor({ comments: [newer, older] }).comment).toEqual(newer);
  });

  it('has no comment when none is written up to the chosen period', () => {
    const row = rowFor({ comments: [comment('2025-T3', 'Senere.', '2025-12-01T08:00:00Z')] });
    expect(row.comment).toBeNull();
  });

  it('counts the actions on the indicator and its measurements that are not cancelled', () => {
    const row = rowFor({
      actions: [
        action('a', { kind: 'indicator', id: 'sykefravær' }),
        action(
          'b',
          { kind: 'measurement', id: 'm1', indicatorId: 'sykefravær', periodKey: '2025-T2' },
          'done',
        ),
        action('c', { kind: 'indicator', id: 'sykefravær' }, 'cancelled'),
        action('d', { kind: 'indicator', id: 'brukertilfredshet' }),
        action('e', {
          kind: 'measurement',
          id: 'm2',
          indicatorId: 'brukertilfredshet',
          periodKey: '2025-T2',
        }),
        action('f', { kind: 'focus_area', id: 'sykefravær' }),
        action('g', { kind: 'criterion', id: 'sykefravær' }),
      ],
    });
    expect(row.actionCount).toBe(2);
  });

  it('flags a red result only when no action deals with it', () => {
    const red = [outcome('2025-T2', 40, 'red')];
    const onIndicator = action('a', { kind: 'indicator', id: 'sykefravær' });
    const cancelled = action('b', { kind: 'indicator', id: 'sykefravær' }, 'cancelled');

    expect(rowFor({ outcomes: red }).redWithoutAction).toBe(true);
    expect(rowFor({ outcomes: red, actions: [cancelled] }).redWithoutAction).toBe(true);
    expect(rowFor({ outcomes: red, actions: [onIndicator] }).redWithoutAction).toBe(false);
    // 2025-T2 starts on 1 May: an action finished in April answered the tertial before.
    const doneBefore = { ...action('c', onIndicator.link, 'done'), dueDate: '2025-04-30' };
    const doneDuring = { ...doneBefore, dueDate: '2025-06-15' };
    expect(rowFor({ outcomes: red, actions: [doneBefore] }).redWithoutAction).toBe(true);
    expect(rowFor({ outcomes: red, actions: [doneDuring] }).redWithoutAction).toBe(false);
    expect(rowFor({ outcomes: [outcome('2025-T2', 70, 'yellow')] }).redWithoutAction).toBe(false);
    expect(rowFor({ outcomes: [outcome('2025-T2', null, 'overdue')] }).redWithoutAction).toBe(
      false,
    );
  });

  it('lets an action on one measurement answer only the period that measurement lies in', () => {
    const red = [outcome('2025-T2', 40, 'red')];
    const onMeasurement = (periodKey: string) =>
      action('m', { kind: 'measurement', id: 'm1', indicatorId: 'sykefravær', periodKey });

    expect(rowFor({ outcomes: red, actions: [onMeasurement('2025-T2')] }).redWithoutAction).toBe(
      false,
    );
    // Still open, but it answered last year's result, not this one.
    expect(rowFor({ outcomes: red, actions: [onMeasurement('2024-T2')] }).redWithoutAction).toBe(
      true,
    );
    expect(rowFor({ outcomes: red, actions: [onMeasurement('2025-T1')] }).redWithoutAction).toBe(
      true,
    );
    // A month inside the tertial is part of its result.
    expect(rowFor({ outcomes: red, actions: [onMeasurement('2025-06')] }).redWithoutAction).toBe(
      false,
    );
  });
});

describe('grouping the scorecard into focus areas and success criteria', () => {
  const areas = [
    { id: 'økonomi', name: 'Økonomi', description: '' },
    { id: 'brukere', name: 'Brukere', description: 'Dei vi er til for' },
    { id: 'samfunn', name: 'Samfunn', description: '' },
  ];
  const criteria: StructureCriterion[] = [
    { id: 'brukere-trygge', name: 'Trygge brukere', focusAreaId: 'brukere', orgUnitId: 'kommune' },
    { id: 'balanse', name: 'Budsjett i balanse', focusAreaId: 'økonomi', orgUnitId: 'kommune' },
    { id: 'effektiv', name: 'Effektiv drift', focusAreaId: 'økonomi', orgUnitId: 'helse' },
  ];
  const indicators = [
    { id: 'avvik', focusAreaId: 'økonomi', criterionIds: ['balanse'] },
    { id: 'kostnad', focusAreaId: 'økonomi', criterionIds: ['balanse', 'effektiv'] },
    { id: 'innkjøp', focusAreaId: 'økonomi', criterionIds: [] },
    { id: 'eigen', focusAreaId: 'økonomi', criterionIds: ['a-criterion-the-unit-does-not-see'] },
    { id: 'trivsel', focusAreaId: 'brukere', criterionIds: ['brukere-trygge'] },
    { id: 'ventetid', focusAreaId: 'brukere', criterionIds: ['brukere-trygge'] },
    { id: 'klima', focusAreaId: 'miljø', criterionIds: [] },
  ];
  const statusOf: Record<string, Status> = {
    avvik: 'red',
    kostnad: 'green',
    innkjøp: 'yellow',
    eigen: 'overdue',
    trivsel: 'green',
    klima: 'red',
  };
  const rows = new Map(
    Object.entries(statusOf).map(([id, status]) => [
      id,
      rowFor({ indicator: indicator({ id }), outcomes: [outcome('2025-T2', 1, status)] }),
    ]),
  );
  const card = groupScorecard({ areas, criteria, indicators, rows });
  const idsOf = (list: readonly CardRow[]) => list.map((row) => row.indicator.id);
  const zero = { green: 0, yellow: 0, red: 0, no_target: 0, not_measured: 0, overdue: 0 };

  it('keeps the focus areas in their order, each with its own criteria in order', () => {
    expect(card.focusAreas.map((area) => area.id)).toEqual(['økonomi', 'brukere', 'samfunn']);
    expect(card.focusAreas[0]?.criteria.map((criterion) => criterion.id)).toEqual([
      'balanse',
      'effektiv',
    ]);
    expect(card.focusAreas[1]?.criteria.map((criterion) => criterion.id)).toEqual([
      'brukere-trygge',
    ]);
    expect(card.focusAreas[1]).toMatchObject({ name: 'Brukere', description: 'Dei vi er til for' });
    expect(card.focusAreas[0]?.criteria[1]).toMatchObject({
      name: 'Effektiv drift',
      orgUnitId: 'helse',
    });
  });

  it('lists an indicator under every criterion it supports', () => {
    const [balanse, effektiv] = card.focusAreas[0]?.criteria ?? [];
    expect(idsOf(balanse?.rows ?? [])).toEqual(['avvik', 'kostnad']);
    expect(idsOf(effektiv?.rows ?? [])).toEqual(['kostnad']);
    expect(effektiv?.counts).toEqual({ ...zero, green: 1 });
  });

  it('counts an indicator under two criteria once in its focus area', () => {
    expect(card.focusAreas[0]?.counts).toEqual({
      ...zero,
      red: 1,
      green: 1,
      yellow: 1,
      overdue: 1,
    });
  });

  it('puts indicators that support no criterion the unit sees under other', () => {
    expect(idsOf(card.focusAreas[0]?.otherRows ?? [])).toEqual(['innkjøp', 'eigen']);
    expect(card.focusAreas[1]?.otherRows).toEqual([]);
  });

  it('leaves out indicators without a row on this scorecard', () => {
    expect(idsOf(card.focusAreas[1]?.criteria[0]?.rows ?? [])).toEqual(['trivsel']);
    expect(card.focusAreas[1]?.counts).toEqual({ ...zero, green: 1 });
  });

  it('counts every status, zeros included, for an empty focus area', () => {
    expect(card.focusAreas[2]).toMatchObject({ criteria: [], otherRows: [], counts: zero });
  });

  it('counts the whole card once per indicator in the focus areas shown', () => {
    expect(card.counts).toEqual({ ...zero, green: 2, red: 1, yellow: 1, overdue: 1 });
  });
});

describe('the periods offered in the picker', () => {
  it('lists the newest first, each year just before its own tertials', () => {
    expect(periodOptions(['tertial'], 2024, 2025)).toEqual(
      words('2025 2025-T3 2025-T2 2025-T1 2024 2024-T3 2024-T2 2024-T1'),
    );
  });

  it('always offers years, once, and never single dates', () => {
    expect(periodOptions([], 2024, 2025)).toEqual(['2025', '2024']);
    expect(periodOptions(['year', 'single_date'], 2025, 2025)).toEqual(['2025']);
  });

  it('orders periods of several kinds by when they end, the longer first on the same day', () => {
    expect(periodOptions(['quarter', 'tertial'], 2025, 2025)).toEqual(
      words('2025 2025-T3 2025-Q4 2025-Q3 2025-T2 2025-Q2 2025-T1 2025-Q1'),
    );
  });
});
