/**
 * A small line of an indicator's recent results, drawn inline as SVG, with every value in words
 * for those who do not see it. It starts at the first period with a result; a dashed line marks
 * the latest target, and gaps are periods without one. The text alternative carries the values.
 */
import { useMemo } from 'react';
import type { CardIndicatorInfo, PeriodOutcome } from '#domain/scorecardView.js';
import { statusPresentation } from '#domain/status.js';
import { sparklineText } from './cardText.js';

const width = 96;
const height = 28;
const pad = 4;

interface Point {
  x: number;
  y: number;
  tone: string;
}

interface Shape {
  /** Runs of neighbouring periods with results, each drawn as one line. */
  runs: Point[][];
  points: Point[];
  targetY: number | null;
}

function targetOf(outcome: PeriodOutcome | undefined): number | null {
  const values = outcome?.target?.values;
  if (!values) return null;
  return values.kind === 'value' ? values.target : null;
}

function shapeOf(outcomes: readonly PeriodOutcome[]): Shape {
  const target = targetOf(outcomes[outcomes.length - 1]);
  const values = outcomes.flatMap((outcome) => (outcome.result ? [outcome.result.value] : []));
  const all = target === null ? values : [...values, target];
  const low = Math.min(...all);
  const high = Math.max(...all);
  const span = high - low || 1;
  const step = outcomes.length > 1 ? (width - 2 * pad) / (outcomes.length - 1) : 0;
  // A flat series sits in the middle rather than on the floor.
  const yOf = (value: number) =>
    high === low ? height / 2 : height - pad - ((value - low) / span) * (height - 2 * pad);

  const runs: Point[][] = [];
  const points: Point[] = [];
  let run: Point[] = [];
  outcomes.forEach((outcome, index) => {
    if (!outcome.result) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const x = outcomes.length > 1 ? pad + index * step : width / 2;
    const point = {
      x,
      y: yOf(outcome.result.value),
      tone: statusPresentation[outcome.status].tone,
    };
    run.push(point);
    points.push(point);
  });
  if (run.length > 0) runs.push(run);
  return { runs, points, targetY: target === null ? null : yOf(target) };
}

/** From the first period with a result: the periods before it would only be empty space. */
function fromFirstResult(outcomes: readonly PeriodOutcome[]): readonly PeriodOutcome[] {
  const first = outcomes.findIndex((outcome) => outcome.result !== null);
  return first < 0 ? [] : outcomes.slice(first);
}

export function Sparkline({
  outcomes,
  indicator,
}: {
  outcomes: readonly PeriodOutcome[];
  indicator: CardIndicatorInfo;
}) {
  const shown = useMemo(() => fromFirstResult(outcomes), [outcomes]);
  const shape = useMemo(() => shapeOf(shown), [shown]);
  const label = useMemo(() => sparklineText(shown, indicator), [shown, indicator]);
  if (shape.points.length === 0) return null;

  const last = shape.points[shape.points.length - 1];
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      {shape.targetY !== null && (
        <line
          className="sparkline__target"
          x1={0}
          x2={width}
          y1={shape.targetY}
          y2={shape.targetY}
        />
      )}
      {shape.runs.map((run, index) => (
        <polyline
          key={index}
          className="sparkline__line"
          points={run.map((point) => `${point.x},${point.y}`).join(' ')}
        />
      ))}
      {shape.points.map((point, index) => (
        <circle
          key={index}
          className={`sparkline__point sparkline__point--${point.tone}`}
          cx={point.x}
          cy={point.y}
          r={point === last ? 3 : 2}
        />
      ))}
    </svg>
  );
}
