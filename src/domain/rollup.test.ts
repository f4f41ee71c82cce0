import { describe, expect, it } from 'vitest';
import { type OrgTree, indexTree } from './orgTree.js';
import {
  type ResultValue,
  type UnitAggregation,
  combinePeriodValues,
  combineUnitValues,
  periodAggregations,
  ratioValue,
  rollUp,
  unitAggregations,
} from './rollup.js';

// Small factories: each test states only what matters to it.

const percent = 100;

/** A tree from [child, parent] pairs; a parent never named as a child is a root. */
function treeOf(pairs: ReadonlyArray<readonly [string, string]>): OrgTree {
  const ids = new Set(pairs.flat());
  const parents = new Map(pairs.map(([child, parent]) => [child, parent]));
  return indexTree([...ids].map((id) => ({ id, parentId: parents.get(id) ?? null })));
}

/** An entered ratio result, e.g. sick leave: days lost of possible days, in percent. */
function ratio(numerator: number, denominator: number): ResultValue {
  return { value: (numerator * percent) / denominator, numerator, denominator };
}

function counted(value: number): ResultValue {
  return { value };
}

function surveyed(value: number, respondents: number): ResultValue {
  return { value, weight: respondents };
}

function enteredFor(values: Record<string, ResultValue>): Map<string, ResultValue> {
  return new Map(Object.entries(values));
}

const everyone = (): boolean => true;

function only(...unitIds: string[]): (unitId: string) => boolean {
  return (unitId) => unitIds.includes(unitId);
}

describe('ratioValue', () => {
  it('gives numerator over denominator times the scale', () => {
    expect(ratioValue(10, 100, percent)).toBe(10);
    expect(ratioValue(10, 100, 1)).toBe(0.1);
    expect(ratioValue(7, 100, percent)).toBe(7);
  });

  it('is null when the denominator is zero, and zero when only the numerator is', () => {
    expect(ratioValue(5, 0, percent)).toBeNull();
    expect(ratioValue(0, 0, percent)).toBeNull();
    expect(ratioValue(0, 40, percent)).toBe(0);
  });
});

describe('combineUnitValues', () => {
  it('is null for no values, whatever the method', () => {
    for (const method of unitAggregations) {
      expect(combineUnitValues(method, [], percent)).toBeNull();
    }
  });

  it('is null for method none even when there are values', () => {
    expect(combineUnitValues('none', [counted(3), counted(4)], 1)).toBeNull();
  });

  it('sums counts such as the number of injuries', () => {
    expect(combineUnitValues('sum', [counted(3), counted(0), counted(5)], 1)).toEqual({
      value: 8,
      numerator: null,
      denominator: null,
      weight: null,
    });
  });

  it('sums numerators and denominators too when every value has them', () => {
    const combined = combineUnitValues('sum', [ratio(10, 100), ratio(90, 1000)], percent);
    expect(combined?.numerator).toBe(100);
    expect(combined?.denominator).toBe(1100);

    const mixed = combineUnitValues('sum', [ratio(10, 100), counted(4)], percent);
    expect(mixed?.numerator).toBeNull();
    expect(mixed?.denominator).toBeNull();
  });

  it('takes the arithmetic mean', () => {
    expect(combineUnitValues('mean', [counted(80), counted(90), counted(100)], 1)?.value).toBe(90);
  });

  it('weighs a survey score by the number of respondents and carries the total weight', () => {
    const combined = combineUnitValues('weighted_mean', [surveyed(4, 100), surveyed(5, 300)], 1);
    expect(combined?.value).toBeCloseTo(4.75, 10);
    expect(combined?.weight).toBe(400);
  });

  it('counts a value without a weight in a weighted mean as weight 1', () => {
    const combined = combineUnitValues('weighted_mean', [surveyed(2, 3), counted(6)], 1);
    expect(combined?.value).toBeCloseTo((2 * 3 + 6) / 4, 10);
    expect(combined?.weight).toBe(4);
  });

  it('gives no weighted mean when the total weight is zero', () => {
    expect(combineUnitValues('weighted_mean', [surveyed(4, 0), surveyed(5, 0)], 1)).toBeNull();
  });

  it('picks the lowest or highest value and keeps that unit’s numerator and denominator', () => {
    const values = [ratio(30, 400), ratio(10, 100), ratio(90, 1000)];
    expect(combineUnitValues('min', values, percent)).toEqual({
      value: 7.5,
      numerator: 30,
      denominator: 400,
      weight: null,
    });
    expect(combineUnitValues('max', values, percent)?.value).toBe(10);
    expect(combineUnitValues('max', values, percent)?.numerator).toBe(10);
  });

  it('divides the summed numerators by the summed denominators for a ratio', () => {
    const combined = combineUnitValues('ratio_of_sums', [ratio(10, 100), ratio(90, 1000)], percent);
    expect(combined?.value).toBeCloseTo(9.0909, 4);
    expect(combined?.numerator).toBe(100);
    expect(combined?.denominator).toBe(1100);
  });

  it('gives a ratio as a fraction when the scale is 1', () => {
    const values = [
      { value: 0.1, numerator: 10, denominator: 100 },
      { value: 0.5, numerator: 1, denominator: 2 },
    ];
    expect(combineUnitValues('ratio_of_sums', values, 1)?.value).toBeCloseTo(11 / 102, 12);
  });

  it('skips values without numerator and denominator in a ratio of sums', () => {
    const combined = combineUnitValues('ratio_of_sums', [ratio(10, 100), counted(50)], percent);
    expect(combined?.value).toBe(10);
    expect(combineUnitValues('ratio_of_sums', [counted(50)], percent)).toBeNull();
  });

  it('includes a zero-denominator unit in a ratio but gives nothing when all are zero', () => {
    const withEmpty = combineUnitValues('ratio_of_sums', [ratio(0, 0), ratio(5, 50)], percent);
    expect(withEmpty?.value).toBe(10);
    expect(combineUnitValues('ratio_of_sums', [ratio(0, 0), ratio(0, 0)], percent)).toBeNull();
  });
});

describe('rollUp: sick leave as a ratio', () => {
  // kommune → helse (no value of its own) → A, B; kommune → oppvekst → C
  const tree = treeOf([
    ['helse', 'kommune'],
    ['oppvekst', 'kommune'],
    ['A', 'helse'],
    ['B', 'helse'],
    ['C', 'oppvekst'],
  ]);
  const entered = enteredFor({ A: ratio(10, 100), B: ratio(90, 1000), C: ratio(30, 400) });
  const sickLeave = (unitId: string) =>
    rollUp(tree, unitId, entered, everyone, 'ratio_of_sums', percent);

  it('gives a parent Σdays lost / Σpossible days, not the mean of the units’ percentages', () => {
    const helse = sickLeave('helse');
    expect(helse?.value).toBeCloseTo(9.0909, 4);
    expect(helse?.value).not.toBeCloseTo(9.5, 1);
    expect(helse?.numerator).toBe(100);
    expect(helse?.denominator).toBe(1100);
    expect(helse?.computed).toBe(true);
  });

  it('combines a computed middle level by its sums, not by its percentage', () => {
    const kommune = sickLeave('kommune');
    expect(kommune?.value).toBeCloseTo((130 / 1500) * 100, 10);
    expect(kommune?.numerator).toBe(130);
    expect(kommune?.denominator).toBe(1500);
    // The mean of helse's 9,09 % and oppvekst's 7,5 % would be 8,30 %.
    expect(kommune?.value).not.toBeCloseTo(8.3, 1);
    expect(kommune).toMatchObject({ computed: true, covered: 3, total: 3 });
  });

  it('gives an entered unit its own value, uncomputed, as 1 of 1', () => {
    expect(sickLeave('A')).toEqual({
      value: 10,
      numerator: 10,
      denominator: 100,
      weight: null,
      computed: false,
      covered: 1,
      total: 1,
    });
  });

  it('includes a unit with zero possible days without moving the ratio', () => {
    const withEmpty = enteredFor({ A: ratio(10, 100), B: ratio(0, 0) });
    const helse = rollUp(tree, 'helse', withEmpty, everyone, 'ratio_of_sums', percent);
    expect(helse).toMatchObject({ value: 10, covered: 2, total: 2 });
  });

  it('has no value when every unit below has zero possible days', () => {
    const allEmpty = enteredFor({ A: ratio(0, 0), B: ratio(0, 0) });
    expect(rollUp(tree, 'helse', allEmpty, everyone, 'ratio_of_sums', percent)).toBeNull();
  });

  it('does not cover a unit whose value has no numerator and denominator', () => {
    const oneBare = enteredFor({ A: ratio(10, 100), B: counted(9) });
    const helse = rollUp(tree, 'helse', oneBare, everyone, 'ratio_of_sums', percent);
    expect(helse).toMatchObject({ value: 10, covered: 1, total: 2 });
  });
});

describe('rollUp: own values and computed values', () => {
  const tree = treeOf([
    ['sektor', 'kommune'],
    ['A', 'sektor'],
    ['B', 'sektor'],
  ]);

  it('lets a parent’s own entered value win over its children’s', () => {
    const entered = enteredFor({ sektor: counted(8), A: counted(10), B: counted(20) });
    expect(rollUp(tree, 'sektor', entered, everyone, 'sum', 1)).toMatchObject({
      value: 8,
      computed: false,
      covered: 1,
      total: 1,
    });
  });

  it('uses an entered middle level for its whole subtree when rolling up further', () => {
    const entered = enteredFor({ sektor: counted(8), A: counted(10) });
    expect(rollUp(tree, 'kommune', entered, everyone, 'sum', 1)).toMatchObject({
      value: 8,
      computed: true,
      covered: 2,
      total: 2,
    });
  });

  it('ignores the entered value of a middle level that does not participate', () => {
    const entered = enteredFor({ sektor: counted(8), A: counted(10) });
    const result = rollUp(tree, 'kommune', entered, only('A', 'B'), 'sum', 1);
    expect(result).toMatchObject({ value: 10, covered: 1, total: 2 });
  });

  it('shows the unit asked for its own entered value even when it does not participate', () => {
    const entered = enteredFor({ sektor: counted(8), A: counted(10) });
    expect(rollUp(tree, 'sektor', entered, only('A', 'B'), 'sum', 1)?.value).toBe(8);
  });

  it('is null when neither the unit nor anything below has a value', () => {
    expect(rollUp(tree, 'kommune', new Map(), everyone, 'sum', 1)).toBeNull();
    expect(rollUp(tree, 'A', new Map(), everyone, 'sum', 1)).toBeNull();
    expect(rollUp(tree, 'ukjent', new Map(), everyone, 'sum', 1)).toBeNull();
  });

  it('with method none gives only a value entered for the unit itself', () => {
    const entered = enteredFor({ sektor: counted(8), A: counted(10), B: counted(20) });
    expect(rollUp(tree, 'kommune', entered, everyone, 'none', 1)).toBeNull();
    expect(rollUp(tree, 'sektor', entered, everyone, 'none', 1)?.value).toBe(8);
  });
});

describe('rollUp: coverage', () => {
  const schools = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];
  const sector = treeOf(schools.map((school) => [school, 'oppvekst'] as const));

  it('counts 7 of 9 when seven of nine participating schools entered', () => {
    const entered = enteredFor(
      Object.fromEntries(schools.slice(0, 7).map((school) => [school, counted(80)])),
    );
    expect(rollUp(sector, 'oppvekst', entered, everyone, 'mean', 1)).toMatchObject({
      value: 80,
      computed: true,
      covered: 7,
      total: 9,
    });
  });

  it('does not let a unit without a value drag a mean down', () => {
    const entered = enteredFor({ s1: counted(80), s2: counted(90) });
    const result = rollUp(sector, 'oppvekst', entered, only('s1', 's2', 's3'), 'mean', 1);
    expect(result).toMatchObject({ value: 85, covered: 2, total: 3 });
  });

  it('counts the reporting points at the bottom, not the children, across three levels', () => {
    // kommune → helse → h1, h2, h3; kommune → oppvekst → o1, o2
    const tree = treeOf([
      ['helse', 'kommune'],
      ['oppvekst', 'kommune'],
      ['h1', 'helse'],
      ['h2', 'helse'],
      ['h3', 'helse'],
      ['o1', 'oppvekst'],
      ['o2', 'oppvekst'],
    ]);
    const entered = enteredFor({ h1: counted(1), h2: counted(2), o1: counted(3), o2: counted(4) });
    expect(rollUp(tree, 'kommune', entered, everyone, 'sum', 1)).toMatchObject({
      value: 10,
      covered: 4,
      total: 5,
    });
  });

  it('leaves out units that do not participate, with their values, from value and count', () => {
    const entered = enteredFor({ s1: counted(80), s2: counted(90), s3: counted(10) });
    const result = rollUp(sector, 'oppvekst', entered, only('s1', 's2'), 'mean', 1);
    expect(result).toMatchObject({ value: 85, covered: 2, total: 2 });
  });

  it('passes through a middle level that does not participate to its participating units', () => {
    const tree = treeOf([
      ['avdeling', 'enhet'],
      ['team1', 'avdeling'],
      ['team2', 'avdeling'],
    ]);
    const entered = enteredFor({ team1: counted(2), team2: counted(3) });
    const result = rollUp(tree, 'enhet', entered, only('team1', 'team2'), 'sum', 1);
    expect(result).toMatchObject({ value: 5, covered: 2, total: 2 });
  });

  it('counts a participating unit whose children do not participate as one reporting point', () => {
    const tree = treeOf([
      ['skole', 'oppvekst'],
      ['klasse1', 'skole'],
      ['klasse2', 'skole'],
      ['barnehage', 'oppvekst'],
    ]);
    const participates = only('skole', 'barnehage');

    const entered = enteredFor({ skole: counted(4), klasse1: counted(9) });
    const result = rollUp(tree, 'oppvekst', entered, participates, 'sum', 1);
    expect(result).toMatchObject({ value: 4, covered: 1, total: 2 });
  });

  it('is null when participating units exist below but none has entered', () => {
    expect(rollUp(sector, 'oppvekst', new Map(), everyone, 'mean', 1)).toBeNull();
  });
});

describe('rollUp: other methods', () => {
  // kommune → nord → n1, n2; kommune → sør → s1
  const tree = treeOf([
    ['nord', 'kommune'],
    ['sør', 'kommune'],
    ['n1', 'nord'],
    ['n2', 'nord'],
    ['s1', 'sør'],
  ]);
  const rolled = (method: UnitAggregation, entered: Map<string, ResultValue>) =>
    rollUp(tree, 'kommune', entered, everyone, method, 1);

  it('sums counts such as injuries through a computed middle level', () => {
    const injuries = enteredFor({ n1: counted(2), n2: counted(5), s1: counted(1) });
    expect(rolled('sum', injuries)?.value).toBe(8);
    expect(rollUp(tree, 'nord', injuries, everyone, 'sum', 1)?.value).toBe(7);
  });

  it('weighs by respondents at every level, as if all respondents were counted at once', () => {
    const survey = enteredFor({ n1: surveyed(4, 10), n2: surveyed(5, 30), s1: surveyed(3, 60) });
    const result = rolled('weighted_mean', survey);
    expect(result?.value).toBeCloseTo((4 * 10 + 5 * 30 + 3 * 60) / 100, 10);
    expect(result?.weight).toBe(100);
    expect(rollUp(tree, 'nord', survey, everyone, 'weighted_mean', 1)?.weight).toBe(40);
  });

  it('means the children’s values, each child counting once', () => {
    const scores = enteredFor({ n1: counted(60), n2: counted(80), s1: counted(100) });
    expect(rolled('mean', scores)?.value).toBe(85);
  });

  it('finds the lowest and highest value anywhere below', () => {
    const scores = enteredFor({ n1: counted(60), n2: counted(80), s1: counted(70) });
    expect(rolled('min', scores)).toMatchObject({ value: 60, covered: 3, total: 3 });
    expect(rolled('max', scores)).toMatchObject({ value: 80, covered: 3, total: 3 });
  });
});

describe('combinePeriodValues over the tertials of a year', () => {
  const tertials = [counted(3), counted(5), counted(1)]; // T1, T2, T3

  it('is null for no values, whatever the method', () => {
    for (const method of periodAggregations) {
      expect(combinePeriodValues(method, [], percent)).toBeNull();
    }
  });

  it('takes T3 for last, adds for sum and averages for mean', () => {
    expect(combinePeriodValues('last', tertials, 1)?.value).toBe(1);
    expect(combinePeriodValues('sum', tertials, 1)?.value).toBe(9);
    expect(combinePeriodValues('mean', tertials, 1)?.value).toBe(3);
  });

  it('combines ratios as Σnumerator / Σdenominator for both sum and mean', () => {
    const sickLeave = [ratio(10, 100), ratio(30, 100), ratio(20, 400)];
    for (const method of ['sum', 'mean'] as const) {
      const year = combinePeriodValues(method, sickLeave, percent);
      expect(year).toEqual({ value: 10, numerator: 60, denominator: 600, weight: null });
    }
    // Averaging the three percentages (10, 30, 5) would give 15.
  });

  it('keeps the latest ratio as entered for last', () => {
    const sickLeave = [ratio(10, 100), ratio(30, 100), ratio(20, 400)];
    expect(combinePeriodValues('last', sickLeave, percent)).toEqual({
      value: 5,
      numerator: 20,
      denominator: 400,
      weight: null,
    });
  });

  it('gives no ratio for the year when every tertial has a zero denominator', () => {
    expect(combinePeriodValues('sum', [ratio(0, 0), ratio(0, 0)], percent)).toBeNull();
  });

  it('falls back to plain values when not every tertial has numerator and denominator', () => {
    const mixed = [ratio(10, 100), counted(20)];
    expect(combinePeriodValues('mean', mixed, percent)).toEqual({
      value: 15,
      numerator: null,
      denominator: null,
      weight: null,
    });
  });

  it('adds the respondents when every tertial has them, so units can still be weighted', () => {
    const surveys = [surveyed(4, 10), surveyed(5, 30)];
    expect(combinePeriodValues('mean', surveys, 1)).toMatchObject({ value: 4.5, weight: 40 });
    const oneWithout = [surveyed(4, 10), counted(5)];
    expect(combinePeriodValues('mean', oneWithout, 1)?.weight).toBeNull();
  });
});
