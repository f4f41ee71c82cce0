/**
 * The shapes of the assembled scorecard (styringskort) as the API answers them and the browser
 * and the exports read them. One definition, so a status means the same everywhere.
 */
import type { PeriodKind } from './periods.js';
import type { RolledValue } from './rollup.js';
import type { Direction, Status, TargetValues } from './status.js';
import type { Trend } from './trend.js';

export type StatusCounts = Record<Status, number>;

export interface CardIndicatorInfo {
  id: string;
  code: string;
  name: string;
  direction: Direction;
  decimals: number;
  unitOfMeasure: 'percent' | 'kroner' | 'count' | 'days' | 'score' | 'other';
  valueType: 'number' | 'ratio';
  frequency: PeriodKind;
}

export interface CardTarget {
  values: TargetValues;
  validFromPeriod: string;
  /** The ancestor unit the target is inherited from; null when set on the unit itself. */
  inheritedFrom: { id: string; name: string } | null;
}

/** One period's outcome for an indicator on a unit. */
export interface PeriodOutcome {
  periodKey: string;
  result: RolledValue | null;
  target: CardTarget | null;
  status: Status;
}

export interface Comparison {
  periodKey: string;
  value: number | null;
  trend: Trend | null;
}

export interface CardComment {
  periodKey: string;
  text: string;
  author: string | null;
  at: string;
}

export interface CardRow {
  indicator: CardIndicatorInfo;
  /** The outcome shown: for the chosen period, or the latest one for a less frequent indicator. */
  outcome: PeriodOutcome;
  /** True when `outcome.periodKey` is not the chosen period (measured less often). */
  latestAvailable: boolean;
  previous: Comparison | null;
  lastYear: Comparison | null;
  /** Recent periods up to the one shown, oldest first. */
  sparkline: PeriodOutcome[];
  comment: CardComment | null;
  /** Actions that are not cancelled, linked to the indicator or one of its measurements. */
  actionCount: number;
  /** Red, and no action in the unit's subtree deals with it. */
  redWithoutAction: boolean;
}

export interface CardCriterion {
  id: string;
  name: string;
  orgUnitId: string;
  counts: StatusCounts;
  rows: CardRow[];
}

export interface CardFocusArea {
  id: string;
  name: string;
  description: string;
  counts: StatusCounts;
  criteria: CardCriterion[];
  /** Indicators of the area that support none of the criteria the unit sees. */
  otherRows: CardRow[];
}

export type ActionStatus = 'not_started' | 'in_progress' | 'done' | 'delayed' | 'cancelled';

export interface CardAction {
  id: string;
  title: string;
  orgUnit: { id: string; name: string };
  responsible: { id: string; name: string } | null;
  dueDate: string | null;
  /** As shown: an action past its due date and not done or cancelled shows as delayed. */
  status: ActionStatus;
  progress: number;
  link:
    | { kind: 'focus_area'; id: string }
    | { kind: 'criterion'; id: string }
    | { kind: 'indicator'; id: string }
    | { kind: 'measurement'; id: string; indicatorId: string; periodKey: string };
}

export interface CardUnit {
  id: string;
  code: string;
  name: string;
}

export interface Scorecard {
  unit: CardUnit;
  /** From the top unit down to the unit's parent, for a breadcrumb. */
  ancestors: CardUnit[];
  /** Open children, in tree order, each a link to its own scorecard. */
  children: CardUnit[];
  period: { key: string; kind: PeriodKind; start: string; end: string };
  counts: StatusCounts;
  focusAreas: CardFocusArea[];
  /** Actions owned by the unit or its subunits, linked to something on this scorecard. */
  actions: CardAction[];
  /** Periods worth offering in a picker, newest first: the kinds the unit's indicators use. */
  periodOptions: string[];
  indicatorCount: number;
  maxIndicators: number;
}

/** Children against indicators for one period: which units pull the result down. */
export interface SubunitMatrix {
  unit: CardUnit;
  period: { key: string; kind: PeriodKind; start: string; end: string };
  indicators: CardIndicatorInfo[];
  units: CardUnit[];
  /** One per unit and indicator that applies to it, in the order of `units` then `indicators`. */
  cells: (PeriodOutcome & { orgUnitId: string; indicatorId: string })[];
}

/** One indicator over time on a unit, with its subunits as series to choose. */
export interface IndicatorTimeline {
  unit: CardUnit;
  indicator: CardIndicatorInfo & {
    focusAreaId: string;
    definition: string;
    purpose: string;
    weaknesses: string;
    /** The scale a score is given on, such as 1 to 6; null for other units of measure. */
    scale: { min: number; max: number } | null;
  };
  /** Every period of the indicator's frequency from `from` to `to`, oldest first. */
  periods: string[];
  series: PeriodOutcome[];
  subunits: { unit: CardUnit; series: PeriodOutcome[] }[];
  comments: (CardComment & { orgUnitId: string })[];
  actions: CardAction[];
}
