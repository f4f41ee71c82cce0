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

function timeline(direction: Direction, series: PeriodOutcome[]): IndicatorTimeline {
  const indicator: CardIndicatorInfo = {
    id: 'sick',
    code: 'MED-1',
    name: 'Sykefravær - egenmeldt',
    direction,
    decimals: 1,
    unitOfMeasure: 'percent',
    valueType: 'ratio',
    frequency: 'year',
  };
  return {
    unit: { id: 'top', code: '1514', name: 'Sande kommune' },
    indicator: { ...indicator, focusAreaId: 'staff', definition: '', purpose: '', weaknesses: '' },
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
      tick: (value) => String(value),
      target: (values) => (values.kind === 'value' ? `Mål ${number(values.target)}` : 'område'),
      status: (status) => ({ green: 'Nådd', yellow: 'Nesten nådd' })[status as 'green'] ?? status,
      targetLine: 'Mål',
      thresholdBand: 'Mellom grense og mål',
      range: 'Målområde',
      tolerance: 'Toleranse',
      comment: 'Kommentar',
    },
  };
  return chart;
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
    expect(legend?.data?.slice(0, 3)).toEqual(['Sande kommune', 'Målområde', 'Toleranse']);
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
      'Mellom grense og mål',
      'Plan og utvikling',
      'Servicekontor',
    ]);
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
});
