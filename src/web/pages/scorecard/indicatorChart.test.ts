import { describe, expect, test } from 'vitest';
import { formatNumber } from '#domain/numbers.js';
import type { CardIndicatorInfo, IndicatorTimeline, PeriodOutcome } from '#domain/scorecardView.js';
import type { Direction, Status, TargetValues } from '#domain/status.js';
import {
  type ChartInput,
  fromFirstFigure,
  indicatorChartOption,
  numberedComments,
  statusSymbols,
  tooltipHtml,
  chartAxisBounds,
} from './indicatorChart.js';

const valueTarget = (target: number, threshold: number): TargetValues => ({
  kind: 'value',
  target,
  threshold,
});

function outcome(periodKey: string, value: number | null, status: Status, target?: TargetValues) {
  const result =
    value === null
      ? null
      : { value, numerator: null, denominator: null, weight: null, computed: false };
  return {
    periodKey,
    result: result && { ...result, covered: 1, total: 1 },
    target: target ? { values: target, validFromPeriod: '2013', inheritedFrom: null } : null,
    status,
  } satisfies PeriodOutcome;
}

/** A result the unit did not enter: rolled up from `covered` of its `total` reporting units. */
function rolledUp(outcome: PeriodOutcome, covered: number, total: number): PeriodOutcome {
  if (!outcome.result) return outcome;
  return { ...outcome, result: { ...outcome.result, computed: true, covered, total } };
}

function timeline(
  direction: Direction,
  series: PeriodOutcome[],
  measure: Partial<Pick<CardIndicatorInfo, 'unitOfMeasure' | 'decimals'>> = {},
): IndicatorTimeline {
  const indicator: CardIndicatorInfo = {
    id: 'sick',
    code: 'MED-1',
    name: 'Sykefravær - egenmeldt',
    direction,
    decimals: 1,
    unitOfMeasure: 'percent',
    valueType: 'ratio',
    frequency: 'year',
    ...measure,
  };
  return {
    unit: { id: 'top', code: '1514', name: 'Sande kommune' },
    indicator: {
      ...indicator,
      focusAreaId: 'staff',
      definition: '',
      purpose: '',
      weaknesses: '',
      scale: null,
    },
    periods: series.map((each) => each.periodKey),
    series,
    subunits: [
      {
        unit: { id: 'plan', code: 'PU', name: 'Plan og utvikling' },
        series: series.map((each) => outcome(each.periodKey, 2.5, 'green', valueTarget(3, 4))),
      },
      {
        unit: { id: 'ikt', code: 'SOI', name: 'Servicekontor' },
        series: series.map((each) => outcome(each.periodKey, 5, 'red', valueTarget(3, 4))),
      },
    ],
    comments: [
      { periodKey: '2015', text: 'Nedgang', author: 'Kari', at: '2016-01-10', orgUnitId: 'top' },
      { periodKey: '2013', text: 'Høyt', author: null, at: '2014-01-10', orgUnitId: 'ikt' },
    ],
    actions: [],
  };
}

const sickLeave = timeline('lower_is_better', [
  outcome('2013', 3.44, 'yellow', valueTarget(3, 4)),
  outcome('2014', null, 'not_measured', valueTarget(3, 4)),
  outcome('2015', 2.96, 'green', valueTarget(3, 3.5)),
]);

function input(data: IndicatorTimeline, selected: string[] = [], hidden: string[] = []) {
  const number = (value: number) => formatNumber(value, 1, 'nb');
  const chart: ChartInput = {
    timeline: data,
    selected: new Set(selected),
    hidden: new Set(hidden),
    animate: false,
    colours: {
      status: {
        green: 'G',
        yellow: 'Y',
        red: 'R',
        no_target: 'N',
        not_measured: 'M',
        overdue: 'O',
      },
      unitLine: 'unit',
      target: 'target',
      yellowZone: 'yellow',
      greenZone: 'green',
      pin: 'pin',
      text: 'text',
      axis: 'axis',
      subunits: ['s1', 's2'],
    },
    words: {
      period: (key) => `året ${key}`,
      axisPeriod: (key) => key,
      value: (value) => `${number(value)} %`,
      target: (values) => (values.kind === 'value' ? `Mål ${number(values.target)}` : 'område'),
      status: (status) => ({ green: 'Nådd', yellow: 'Nesten nådd' })[status as 'green'] ?? status,
      targetLine: 'Mål',
      thresholdBand: 'Mellom grense og mål',
      range: 'Målområde',
      tolerance: 'Toleranse',
      comment: 'Kommentar',
      coverage: (covered, total) => `${covered} av ${total} enheter rapportert`,
    },
  };
  return chart;
}

/** The value axis as drawn, bounds and labels. */
function valueAxis(chart: ChartInput) {
  const option = indicatorChartOption(chart);
  const axis = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis;
  if (axis?.type !== 'value') throw new Error('the y axis is not a value axis');
  const formatter = axis.axisLabel?.formatter;
  if (typeof formatter !== 'function') throw new Error('the value axis has no label formatter');
  const labels = (values: number[]) => values.map((value) => formatter(value, 0, null));
  return { bounds: chartAxisBounds(chart), axis, labels };
}

function seriesById(option: ReturnType<typeof indicatorChartOption>, id: string) {
  const list = Array.isArray(option.series) ? option.series : [option.series];
  const found = list.find((series) => series?.id === id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
}

describe('the indicator chart', () => {
  test("the unit's points carry their status as both colour and shape, and gaps stay gaps", () => {
    const unit = seriesById(indicatorChartOption(input(sickLeave)), 'unit-top');

    expect(unit.data).toEqual([
      expect.objectContaining({
        value: 3.44,
        symbol: statusSymbols.yellow,
        itemStyle: { color: 'Y' },
      }),
      { value: null },
      expect.objectContaining({
        value: 2.96,
        symbol: statusSymbols.green,
        itemStyle: { color: 'G' },
      }),
    ]);
    expect(new Set(Object.values(statusSymbols).slice(0, 4)).size).toBe(4);
  });

  test('the target is a step line and the band runs from target up to threshold', () => {
    const option = indicatorChartOption(input(sickLeave));

    expect(seriesById(option, 'target')).toMatchObject({ step: 'middle', data: [3, 3, 3] });
    expect(seriesById(option, 'band-base').data).toEqual([3, 3, 3]);
    expect(seriesById(option, 'band-0')).toMatchObject({
      name: 'Mellom grense og mål',
      stack: 'band',
      data: [1, 1, 0.5],
    });
  });

  test('a range indicator has no target line: the range is green, its tolerance yellow on both sides', () => {
    const range: TargetValues = { kind: 'range', low: 4, high: 6, tolerance: 1 };
    const option = indicatorChartOption(
      input(timeline('range', [outcome('2014', 5, 'green', range), outcome('2015', 8, 'red')])),
    );

    expect(() => seriesById(option, 'target')).toThrow();
    expect(seriesById(option, 'band-base').data).toEqual([3, null]);
    expect(seriesById(option, 'band-0')).toMatchObject({ color: 'yellow', data: [1, null] });
    expect(seriesById(option, 'band-1')).toMatchObject({ color: 'green', data: [2, null] });
    expect(seriesById(option, 'band-2')).toMatchObject({ color: 'yellow', data: [1, null] });
    const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;
    expect(legend?.data?.slice(0, 3)).toEqual([
      'Sande kommune',
      { name: 'Målområde', icon: 'rect' },
      { name: 'Toleranse', icon: 'rect' },
    ]);
  });

  test('subunits are in the legend but off until chosen, and a target turned off stays off', () => {
    const option = indicatorChartOption(input(sickLeave, ['ikt'], ['Mål']));
    const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;

    expect(legend?.selected).toEqual({
      Mål: false,
      'Plan og utvikling': false,
      Servicekontor: true,
    });
    expect(legend?.data).toEqual([
      'Sande kommune',
      'Mål',
      { name: 'Mellom grense og mål', icon: 'rect' },
      'Plan og utvikling',
      'Servicekontor',
    ]);
  });

  test("each series' symbol, the one its legend shows, is the shape its points share", () => {
    const noTarget = timeline('lower_is_better', [
      outcome('2013', 8.7, 'no_target'),
      outcome('2014', 2.5, 'no_target'),
      outcome('2015', null, 'overdue', valueTarget(6, 6.6)),
    ]);
    const squares = indicatorChartOption(input(noTarget));
    expect(seriesById(squares, 'unit-top').symbol).toBe(statusSymbols.no_target);
    expect(seriesById(squares, 'unit-ikt').symbol).toBe(statusSymbols.red);

    // Points of several shapes share none: the legend shows the line alone, no shape at all.
    const mixed = seriesById(indicatorChartOption(input(sickLeave)), 'unit-top').symbol;
    expect(mixed).not.toBe(statusSymbols.yellow);
    expect(mixed).not.toBe(statusSymbols.green);
    expect(mixed).toMatch(/^path:\/\/(M[\d.]+,[\d.]+\s*)+$/);
  });

  test("comments are numbered oldest first and pinned on their own unit's line", () => {
    const option = indicatorChartOption(input(sickLeave));

    expect(numberedComments(sickLeave).map((each) => [each.number, each.periodKey])).toEqual([
      [1, '2013'],
      [2, '2015'],
    ]);
    expect(seriesById(option, 'unit-top').markPoint?.data).toEqual([
      { coord: [2, 2.96], value: 2, name: 'Kommentar' },
    ]);
    expect(seriesById(option, 'unit-ikt').markPoint?.data).toEqual([
      { coord: [0, 5], value: 1, name: 'Kommentar' },
    ]);
  });

  test('the tooltip gives the period, the result in Norwegian numbers, the target and chosen subunits', () => {
    const html = tooltipHtml(input(sickLeave, ['plan']), 0);

    expect(html.split('<br>')).toEqual([
      '<strong>året 2013</strong>',
      'Sande kommune: <strong>3,4 % · Nesten nådd</strong>',
      'Mål 3,0',
      'Plan og utvikling: <strong>2,5 % · Nådd</strong>',
    ]);
  });

  test('names in the tooltip are escaped', () => {
    const data = { ...sickLeave, unit: { ...sickLeave.unit, name: '<b>Sande</b>' } };

    expect(tooltipHtml(input(data), 0)).toContain('&#60;b&#62;Sande&#60;/b&#62;');
  });

  test('periods before the first result or target anywhere are left out', () => {
    const early = timeline('lower_is_better', [
      outcome('2011', null, 'not_measured'),
      outcome('2012', null, 'not_measured'),
      outcome('2013', 3.44, 'no_target'),
    ]);
    early.subunits = [
      {
        unit: { id: 'plan', code: 'PU', name: 'Plan og utvikling' },
        series: [
          outcome('2011', null, 'not_measured'),
          outcome('2012', null, 'overdue', valueTarget(3, 4)),
          outcome('2013', null, 'overdue', valueTarget(3, 4)),
        ],
      },
    ];

    const trimmed = fromFirstFigure(early);

    expect(trimmed.periods).toEqual(['2012', '2013']);
    expect(trimmed.series.map((each) => each.periodKey)).toEqual(['2012', '2013']);
    expect(trimmed.subunits[0]?.series.map((each) => each.status)).toEqual(['overdue', 'overdue']);
  });

  test('a timeline with nothing in it keeps all its periods', () => {
    const empty = timeline('higher_is_better', [outcome('2014', null, 'not_measured')]);
    empty.subunits = [];

    expect(fromFirstFigure(empty)).toBe(empty);
  });

  test('a unit without any target gets no target line and no band', () => {
    const untargeted = timeline('lower_is_better', [outcome('2013', 0.73, 'no_target')]);
    const option = indicatorChartOption(input(untargeted));

    expect(() => seriesById(option, 'target')).toThrow();
    expect(() => seriesById(option, 'band-base')).toThrow();
  });

  describe('the value axis', () => {
    test('a percentage whose lowest figure is under half its highest starts at 0', () => {
      const fallen = timeline('lower_is_better', [
        outcome('2013', 3.2, 'green', valueTarget(4, 4.4)),
        outcome('2014', 2.1, 'green', valueTarget(4, 4.4)),
        outcome('2015', 0.5, 'green', valueTarget(4, 4.4)),
      ]);

      expect(valueAxis(input(fallen)).bounds).toEqual({ min: 0, max: 5, interval: 1 });
    });

    test('figures far from 0 are padded below and above to round bounds, the band included', () => {
      const { bounds, axis } = valueAxis(input(sickLeave));

      // Results 2.96 to 3.44, target 3 and threshold up to 4: padded a tenth, rounded to 0.5.
      expect(bounds).toEqual({ min: 2.5, max: 4.5, interval: 0.5 });
      expect(axis).toMatchObject(bounds ?? {});
    });

    test('no drawn figure sits on either end of the axis', () => {
      const figures = [3.44, 2.96, 3, 4, 3.5];
      const { bounds } = valueAxis(input(sickLeave));

      expect(figures.every((value) => value > (bounds?.min ?? 0))).toBe(true);
      expect(figures.every((value) => value < (bounds?.max ?? 0))).toBe(true);
    });

    test('a subunit drawn widens the axis to hold it; one not chosen does not', () => {
      expect(valueAxis(input(sickLeave)).bounds?.max).toBe(4.5);
      expect(valueAxis(input(sickLeave, ['ikt'])).bounds?.max).toBe(5.5);
    });

    test('a range indicator keeps its tolerance inside the axis', () => {
      const range: TargetValues = { kind: 'range', low: 40, high: 60, tolerance: 5 };
      const data = timeline('range', [outcome('2014', 50, 'green', range)], {
        unitOfMeasure: 'other',
        decimals: 0,
      });

      expect(valueAxis(input(data)).bounds).toEqual({ min: 30, max: 70, interval: 10 });
    });

    test('a score on a scale gets the scale as its axis, however narrow its figures', () => {
      const score = timeline('higher_is_better', [outcome('2014', 4.2, 'no_target')], {
        unitOfMeasure: 'score',
      });

      score.indicator.scale = { min: 1, max: 6 };
      expect(valueAxis(input(score)).bounds).toEqual({
        min: 1,
        max: 6,
        interval: 1,
      });
    });

    test('ticks are never finer than the indicator writes its figures', () => {
      const visits = timeline('higher_is_better', [outcome('2014', 3, 'no_target')], {
        unitOfMeasure: 'count',
        decimals: 0,
      });
      const bounds = valueAxis(input(visits)).bounds;

      expect(bounds?.interval).toBe(1);
      expect(bounds?.min).toBeLessThan(3);
      expect(bounds?.max).toBeGreaterThan(3);
    });

    test('negative figures are padded, not pulled to 0', () => {
      const balance = timeline('higher_is_better', [
        outcome('2014', -12, 'no_target'),
        outcome('2015', -4, 'no_target'),
      ]);

      expect(valueAxis(input(balance)).bounds).toEqual({ min: -14, max: -2, interval: 2 });
    });

    test('a chart with no figures leaves the bounds to ECharts', () => {
      const empty = timeline('higher_is_better', [outcome('2014', null, 'not_measured')]);

      expect(chartAxisBounds(input(empty))).toBeUndefined();
    });

    test('the labels carry the unit and a decimal comma', () => {
      expect(valueAxis(input(sickLeave)).labels([2.5, 3])).toEqual(['2,5 %', '3,0 %']);
    });

    test('periods stand clear of a point drawn on the axis line', () => {
      const option = indicatorChartOption(input(sickLeave));
      const xAxis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
      const unit = seriesById(option, 'unit-top');
      const size = (unit.data?.[0] as { symbolSize: number }).symbolSize;

      expect(xAxis?.axisLabel?.margin).toBeGreaterThan(size / 2);
    });
  });

  describe('a result from only part of the subunits', () => {
    const partly = timeline('lower_is_better', [
      outcome('2014', 3.44, 'yellow', valueTarget(3, 4)),
      rolledUp(outcome('2015', 0.5, 'green', valueTarget(3, 4)), 1, 2),
    ]);

    test('is drawn hollow in its status shape, and one from every subunit stays filled', () => {
      const unit = seriesById(indicatorChartOption(input(partly)), 'unit-top');

      expect(unit.data).toEqual([
        expect.objectContaining({ symbol: statusSymbols.yellow, itemStyle: { color: 'Y' } }),
        expect.objectContaining({
          symbol: statusSymbols.green,
          itemStyle: { color: '#fff', borderColor: 'G', borderWidth: 2 },
        }),
      ]);
    });

    test('a result rolled up from all its subunits is drawn like an entered one', () => {
      const whole = timeline('lower_is_better', [
        rolledUp(outcome('2015', 0.5, 'green', valueTarget(3, 4)), 2, 2),
      ]);
      const unit = seriesById(indicatorChartOption(input(whole)), 'unit-top');

      expect(unit.data).toEqual([expect.objectContaining({ itemStyle: { color: 'G' } })]);
    });

    test('says in the tooltip how many of the units reported', () => {
      expect(tooltipHtml(input(partly), 1).split('<br>')[1]).toBe(
        'Sande kommune: <strong>0,5 % · Nådd</strong> · 1 av 2 enheter rapportert',
      );
      expect(tooltipHtml(input(partly), 0)).not.toContain('enheter rapportert');
    });
  });
});
