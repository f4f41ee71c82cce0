/**
 * The chart of one indicator over time on a unit, as an ECharts option built from the timeline.
 * Pure: colours and words come in, so what the chart shows is tested without a browser.
 *
 * The unit's results are a line whose points carry their status twice, as colour and as shape
 * (a check, a triangle, a cross, like the status marks in text). The target is a step line and the
 * zone between threshold and target a yellow band; a range indicator gets the range as a green
 * band with its tolerance in yellow on each side. Chosen subunits are extra lines, and comments
 * are numbered pins that match the numbered list under the chart. A result computed from only
 * some of the subunits is drawn hollow, so a fall that is only missing reports does not pass for
 * a real one. The legend shows each series with the symbol its points are drawn with.
 *
 * The value axis has round bounds chosen here, clear of every point, and its labels carry the unit.
 */
import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { valueAxisBounds } from './valueAxis.js';
import type { CardComment, IndicatorTimeline, PeriodOutcome } from '#domain/scorecardView.js';
import type { Status, TargetValues } from '#domain/status.js';

export type IndicatorChartOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkPointComponentOption
  | TooltipComponentOption
>;

export interface ChartColours {
  status: Record<Status, string>;
  unitLine: string;
  target: string;
  /** Where a result is yellow: between threshold and target, or a range's tolerance. */
  yellowZone: string;
  /** Where a result in a range is green. */
  greenZone: string;
  pin: string;
  text: string;
  axis: string;
  /** Lines for the subunits, used in turn. */
  subunits: readonly string[];
}

export interface ChartWords {
  /** The period as read in the tooltip: "2. tertial 2014". */
  period: (key: string) => string;
  /** The period under the axis, short: "2014 T2". */
  axisPeriod: (key: string) => string;
  /** A result with the indicator's decimals and unit: "7,1 %". Also the value axis's labels. */
  value: (value: number) => string;
  /** How many reporting units a computed result covers: "1 av 2 enheter rapportert". */
  coverage: (covered: number, total: number) => string;
  target: (values: TargetValues) => string;
  status: (status: Status) => string;
  targetLine: string;
  thresholdBand: string;
  range: string;
  tolerance: string;
  comment: string;
}

export interface ChartInput {
  timeline: IndicatorTimeline;
  /** Ids of the subunits drawn besides the unit; the rest are off in the legend. */
  selected: ReadonlySet<string>;
  /** Names of the other series (the unit's line, target, band) turned off in the legend. */
  hidden: ReadonlySet<string>;
  colours: ChartColours;
  words: ChartWords;
  animate: boolean;
}

/** Shapes that match the status marks in text: ✓, ▲ and ✕; a square for a result without target. */
export const statusSymbols: Record<Status, string> = {
  green: 'path://M1,11 L4.5,7.5 L8,11 L17.5,1.5 L21,5 L8,18 Z',
  yellow: 'triangle',
  red: 'path://M3,0 L10,7 L17,0 L20,3 L13,10 L20,17 L17,20 L10,13 L3,20 L0,17 L7,10 L0,3 Z',
  no_target: 'rect',
  not_measured: 'emptyCircle',
  overdue: 'emptyCircle',
};

/**
 * A series' own symbol, which ECharts draws in the legend: the shape all its points share, or none
 * (the line alone) when their statuses give them different shapes.
 */
function legendSymbol(series: PeriodOutcome[]): string {
  const shapes = new Set(
    series.flatMap((outcome) => (outcome.result ? [statusSymbols[outcome.status]] : [])),
  );
  const [only] = shapes;
  return shapes.size === 1 && only !== undefined ? only : noSymbol;
}

/**
 * Shapes in a square box, as the legend draws a series' symbol square: the bare corners draw
 * nothing and only set the box. The target's dash is 14 by 3 in a 14 by 14 box.
 */
const noSymbol = 'path://M0,0 M1,1';
const targetDash = 'path://M0,0 M14,14 M0,5.5 L14,5.5 L14,8.5 L0,8.5 Z';

export interface NumberedComment extends CardComment {
  orgUnitId: string;
  number: number;
}

/** Comments oldest first and numbered from 1, the numbers the pins in the chart carry. */
export function numberedComments(timeline: IndicatorTimeline): NumberedComment[] {
  const order = new Map(timeline.periods.map((key, index) => [key, index]));
  const position = (comment: CardComment) => order.get(comment.periodKey) ?? -1;
  return [...timeline.comments]
    .sort((a, b) => position(a) - position(b) || a.at.localeCompare(b.at))
    .map((comment, index) => ({ ...comment, number: index + 1 }));
}

/**
 * The timeline from its first period with anything to show (a result or a target, on the unit or
 * a subunit): the server sends a fixed number of periods, and years of nothing before the first
 * figure only squeeze the chart. A timeline with nothing at all stays whole.
 */
export function fromFirstFigure(timeline: IndicatorTimeline): IndicatorTimeline {
  const hasFigure = (outcome: PeriodOutcome | undefined) =>
    outcome !== undefined && (outcome.result !== null || outcome.target !== null);
  const all = [timeline.series, ...timeline.subunits.map(({ series }) => series)];
  const first = timeline.periods.findIndex((_, index) => all.some((s) => hasFigure(s[index])));
  if (first <= 0) return timeline;
  return {
    ...timeline,
    periods: timeline.periods.slice(first),
    series: timeline.series.slice(first),
    subunits: timeline.subunits.map((subunit) => ({
      ...subunit,
      series: subunit.series.slice(first),
    })),
  };
}

type LineData = NonNullable<LineSeriesOption['data']>;

/** A result computed from the subunits that did report, while others have not. */
function isPartial(outcome: PeriodOutcome | undefined): boolean {
  const result = outcome?.result;
  return result ? result.computed && result.covered < result.total : false;
}

function points(series: PeriodOutcome[], colours: ChartColours, size: number): LineData {
  return series.map((outcome) => {
    const value = outcome.result?.value;
    if (value === undefined) return { value: null };
    const colour = colours.status[outcome.status];
    return {
      value,
      symbol: statusSymbols[outcome.status],
      symbolSize: size,
      symbolKeepAspect: true,
      // Hollow keeps the status shape and says "partly reported" without relying on colour.
      itemStyle: isPartial(outcome)
        ? { color: '#fff', borderColor: colour, borderWidth: 2 }
        : { color: colour },
    };
  });
}

/** Where the band starts and how tall each of its layers is, stacked from the bottom. */
function bandLayers(values: TargetValues | undefined): { base: number; heights: number[] } | null {
  if (!values) return null;
  if (values.kind === 'value') {
    const base = Math.min(values.target, values.threshold);
    return { base, heights: [Math.abs(values.target - values.threshold)] };
  }
  const { low, high, tolerance } = values;
  return { base: low - tolerance, heights: [tolerance, high - low, tolerance] };
}

function bandSeries(input: ChartInput): LineSeriesOption[] {
  const { timeline, colours, words } = input;
  const layers = timeline.series.map((outcome) => bandLayers(outcome.target?.values));
  if (layers.every((layer) => layer === null)) return [];
  const range = timeline.indicator.direction === 'range';
  const looks = range
    ? [
        { name: words.tolerance, colour: colours.yellowZone },
        { name: words.range, colour: colours.greenZone },
        { name: words.tolerance, colour: colours.yellowZone },
      ]
    : [{ name: words.thresholdBand, colour: colours.yellowZone }];

  const common = {
    type: 'line',
    stack: 'band',
    stackStrategy: 'all',
    step: 'middle',
    symbol: 'none',
    silent: true,
    lineStyle: { opacity: 0 },
    z: 1,
  } as const;
  const base: LineSeriesOption = {
    ...common,
    id: 'band-base',
    data: layers.map((layer) => layer?.base ?? null),
  };
  const bands = looks.map((look, index): LineSeriesOption => ({
    ...common,
    id: `band-${index}`,
    name: look.name,
    color: look.colour,
    areaStyle: { color: look.colour, opacity: 1 },
    data: layers.map((layer) => layer?.heights[index] ?? null),
  }));
  return [base, ...bands];
}

function targetSeries(input: ChartInput): LineSeriesOption[] {
  const { timeline, colours, words } = input;
  if (timeline.indicator.direction === 'range') return [];
  const data = timeline.series.map((outcome) => {
    const values = outcome.target?.values;
    return values?.kind === 'value' ? values.target : null;
  });
  if (data.every((value) => value === null)) return [];
  return [
    {
      type: 'line',
      id: 'target',
      name: words.targetLine,
      step: 'middle',
      // A dash on each period, so a target for one period alone is still seen.
      symbol: targetDash,
      symbolSize: 14,
      color: colours.target,
      lineStyle: { color: colours.target, type: 'dashed', width: 2 },
      data,
      z: 2,
    },
  ];
}

/** Pins for the comments on one unit's line, at the periods where that line has a value. */
function commentPins(
  input: ChartInput,
  orgUnitId: string,
  series: PeriodOutcome[],
): LineSeriesOption['markPoint'] {
  const index = new Map(input.timeline.periods.map((key, position) => [key, position]));
  const data = numberedComments(input.timeline).flatMap((comment) => {
    if (comment.orgUnitId !== orgUnitId) return [];
    const position = index.get(comment.periodKey);
    const value = position === undefined ? undefined : series[position]?.result?.value;
    if (position === undefined || value === undefined) return [];
    return [{ coord: [position, value], value: comment.number, name: input.words.comment }];
  });
  if (data.length === 0) return undefined;
  return {
    symbol: 'pin',
    symbolSize: 32,
    // The pin's tip, not its middle, marks the point, so the status symbol stays in view.
    symbolOffset: [0, -20],
    itemStyle: { color: input.colours.pin },
    label: { color: '#fff', fontWeight: 'bold' },
    data,
  };
}

const unitSymbolSize = 18;

function unitSeries(input: ChartInput): LineSeriesOption {
  const { timeline, colours } = input;
  return {
    type: 'line',
    id: `unit-${timeline.unit.id}`,
    name: timeline.unit.name,
    color: colours.unitLine,
    symbol: legendSymbol(timeline.series),
    lineStyle: { color: colours.unitLine, width: 3 },
    data: points(timeline.series, colours, unitSymbolSize),
    markPoint: commentPins(input, timeline.unit.id, timeline.series),
    z: 4,
  };
}

function subunitSeries(input: ChartInput): LineSeriesOption[] {
  const { timeline, colours } = input;
  return timeline.subunits.map(({ unit, series }, index) => {
    const colour = colours.subunits[index % colours.subunits.length] ?? colours.text;
    return {
      type: 'line',
      id: `unit-${unit.id}`,
      name: unit.name,
      color: colour,
      symbol: legendSymbol(series),
      lineStyle: { color: colour, width: 2 },
      data: points(series, colours, 11),
      markPoint: commentPins(input, unit.id, series),
      z: 3,
    };
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function outcomeLine(name: string, outcome: PeriodOutcome | undefined, words: ChartWords): string {
  if (!outcome) return '';
  const value = outcome.result ? `${words.value(outcome.result.value)} · ` : '';
  const text = escapeHtml(value + words.status(outcome.status));
  const line = `${escapeHtml(name)}: <strong>${text}</strong>`;
  const { result } = outcome;
  if (!result || !isPartial(outcome)) return line;
  return `${line} · ${escapeHtml(words.coverage(result.covered, result.total))}`;
}

/** The tooltip for one period: the unit's result and target, then each subunit drawn. */
export function tooltipHtml(input: ChartInput, periodIndex: number): string {
  const { timeline, words, selected } = input;
  const key = timeline.periods[periodIndex];
  if (key === undefined) return '';
  const own = timeline.series[periodIndex];
  const target = own?.target ? escapeHtml(words.target(own.target.values)) : '';
  const subunits = timeline.subunits
    .filter(({ unit }) => selected.has(unit.id))
    .map(({ unit, series }) => outcomeLine(unit.name, series[periodIndex], words));
  const lines = [`<strong>${escapeHtml(words.period(key))}</strong>`];
  lines.push(outcomeLine(timeline.unit.name, own, words), target, ...subunits);
  return lines.filter((line) => line !== '').join('<br>');
}

/** Every value the chart draws: the unit's results, target and band, and the chosen subunits. */
function drawnValues(input: ChartInput): number[] {
  const { timeline, selected } = input;
  const targets = timeline.series.flatMap((outcome): number[] => {
    const values = outcome.target?.values;
    if (!values) return [];
    if (values.kind === 'value') return [values.target, values.threshold];
    return [values.low - values.tolerance, values.high + values.tolerance];
  });
  const results = [
    timeline.series,
    ...timeline.subunits.filter(({ unit }) => selected.has(unit.id)).map(({ series }) => series),
  ].flatMap((series) => series.flatMap((outcome) => outcome.result?.value ?? []));
  return [...results, ...targets];
}

/** The value axis's bounds for what the chart draws, on the indicator's scale when it has one. */
export const chartAxisBounds = (input: ChartInput) =>
  valueAxisBounds(drawnValues(input), input.timeline.indicator);

function dataIndexOf(params: unknown): number {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof first !== 'object' || first === null || !('dataIndex' in first)) return -1;
  return typeof first.dataIndex === 'number' ? first.dataIndex : -1;
}

export function indicatorChartOption(input: ChartInput): IndicatorChartOption {
  const { timeline, colours, words, selected } = input;
  const bands = bandSeries(input);
  const targets = targetSeries(input);
  const drawn = new Set([...targets, ...bands].map((series) => series.name));
  const named = [words.targetLine, words.thresholdBand, words.range, words.tolerance].filter(
    (name) => drawn.has(name),
  );
  const subunitNames = timeline.subunits.map(({ unit }) => unit.name);
  const legendSelected = Object.fromEntries([
    ...[...input.hidden].map((name) => [name, false] as const),
    ...timeline.subunits.map(({ unit }) => [unit.name, selected.has(unit.id)] as const),
  ]);
  const textStyle = { color: colours.text };

  return {
    animation: input.animate,
    grid: { left: 8, right: 16, top: 40, bottom: 56 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => tooltipHtml(input, dataIndexOf(params)),
    },
    legend: {
      type: 'scroll',
      bottom: 0,
      textStyle,
      // A band is an area, so its key is a block of its colour rather than a line.
      data: [
        timeline.unit.name,
        ...named.map((name) => (name === words.targetLine ? name : { name, icon: 'rect' })),
        ...subunitNames,
      ],
      selected: legendSelected,
    },
    xAxis: {
      type: 'category',
      data: timeline.periods.map(words.axisPeriod),
      // Clear of half the unit's symbol, so a point at 0 on the axis leaves its period readable.
      axisLabel: { color: colours.text, hideOverlap: true, margin: unitSymbolSize / 2 + 6 },
      axisLine: { lineStyle: { color: colours.axis } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      ...chartAxisBounds(input),
      axisLabel: { color: colours.text, formatter: (value: number) => words.value(value) },
      splitLine: { lineStyle: { color: colours.axis, opacity: 0.4 } },
    },
    series: [...bands, ...targets, ...subunitSeries(input), unitSeries(input)],
  };
}
