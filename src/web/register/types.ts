/**
 * The register's shapes as the API answers them: focus areas, success criteria, indicators with
 * their definition, and targets. The lists of choices are the ones the server validates against.
 */
import type { PeriodKind } from '#domain/periods.js';
import type { PeriodAggregation, UnitAggregation } from '#domain/rollup.js';
import type { Direction, TargetValues } from '#domain/status.js';

export { periodKinds as frequencies } from '#domain/periods.js';
export { periodAggregations, unitAggregations } from '#domain/rollup.js';
export { directions } from '#domain/status.js';
export type { Direction, TargetValues };

export const unitsOfMeasure = ['percent', 'kroner', 'count', 'days', 'score', 'other'] as const;
export type UnitOfMeasure = (typeof unitsOfMeasure)[number];

export const valueTypes = ['number', 'ratio'] as const;
export type ValueType = (typeof valueTypes)[number];

export const publicationLevels = ['internal', 'politicians', 'public'] as const;
export type PublicationLevel = (typeof publicationLevels)[number];

export const basisKinds = ['question', 'register', 'external_statistic', 'free_text'] as const;
export type BasisKind = (typeof basisKinds)[number];

export interface FocusArea {
  id: string;
  name: string;
  description: string;
  sortOrder: number;
  archivedAt: string | null;
}

export interface SuccessCriterion {
  id: string;
  focusAreaId: string;
  /** The unit that owns the criterion; the top unit's are shared by everyone. */
  orgUnitId: string;
  name: string;
  description: string;
  sortOrder: number;
  archivedAt: string | null;
}

export type Basis =
  | { kind: 'question'; questions: string[] }
  | { kind: 'register'; system: string }
  | { kind: 'external_statistic'; source: string; table: string; figure: string }
  | { kind: 'free_text'; text: string };

export interface IndicatorDefinition {
  definition: string;
  purpose: string;
  weaknesses: string;
  basis: Basis;
  unitOfMeasure: UnitOfMeasure;
  scaleMin: number | null;
  scaleMax: number | null;
  decimals: number;
  valueType: ValueType;
  direction: Direction;
  unitAggregation: UnitAggregation;
  periodAggregation: PeriodAggregation;
  frequency: PeriodKind;
  dataCapture: string;
  publication: PublicationLevel;
}

export interface Indicator {
  id: string;
  code: string;
  name: string;
  focusAreaId: string;
  criterionIds: string[];
  ownerUnitId: string;
  ownerUserId: string | null;
  /** The units it applies to, each with its subtree. */
  unitIds: string[];
  definition: IndicatorDefinition;
  archivedAt: string | null;
  updatedAt: string;
}

export interface IndicatorInput {
  code: string;
  name: string;
  focusAreaId: string;
  criterionIds: string[];
  ownerUnitId: string;
  ownerUserId: string | null;
  unitIds: string[];
  definition: IndicatorDefinition;
  effectiveFrom?: string;
}

export interface IndicatorVersion {
  version: number;
  effectiveFrom: string;
  changedAt: string;
  changedBy: { id: string; name: string } | null;
  snapshot: Indicator;
}

export interface TargetView {
  indicatorId: string;
  orgUnitId: string;
  values: TargetValues;
  validFromPeriod: string;
  /** The unit the target was set on, when the unit inherits it; null for the unit's own. */
  inheritedFrom: string | null;
}

export interface StructureIndicator {
  indicator: Indicator;
  target: TargetView | null;
}

export interface StructureCriterion extends SuccessCriterion {
  indicators: StructureIndicator[];
}

export interface StructureFocusArea extends FocusArea {
  criteria: StructureCriterion[];
  /** Indicators of the area that support no criterion this unit sees. */
  otherIndicators: StructureIndicator[];
}

export interface ScorecardStructure {
  orgUnitId: string;
  period: string;
  focusAreas: StructureFocusArea[];
  indicatorCount: number;
  maxIndicators: number;
}

export interface GridIndicator {
  id: string;
  code: string;
  name: string;
  direction: Direction;
  decimals: number;
}

export interface GridCell {
  indicatorId: string;
  orgUnitId: string;
  /** Whether the indicator applies to the unit at all; a cell that does not takes no target. */
  applies: boolean;
  target: TargetView | null;
}

export interface TargetGrid {
  period: string;
  units: { id: string; name: string; code: string }[];
  indicators: GridIndicator[];
  cells: GridCell[];
}

export interface TargetChange {
  indicatorId: string;
  orgUnitId: string;
  /** null returns the unit to the target it inherits. */
  values: TargetValues | null;
}

/** One refused change of a bulk save, by its place in the list that was sent. */
export interface TargetIssue {
  index: number;
  field: string;
  code: string;
  message: string;
}

export interface IndicatorImportRow {
  line: number;
  code: string;
  name: string;
  action: 'create' | 'update' | 'unchanged';
}

export interface Settings {
  maxIndicatorsPerScorecard: number;
  requireCommentWhenRed: boolean;
  approvalRequired: boolean;
  reminderDaysBefore: number;
  overdueGraceDays: number;
}
