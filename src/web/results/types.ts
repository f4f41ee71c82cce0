/**
 * The measurement API's shapes as the result pages use them: measurement points, measurements
 * with their current value and history, roll-up results, approvals, imports and API tokens.
 */
import type { ResultMeasure } from '#domain/results.js';
import type { Direction, Status, TargetValues } from '#domain/status.js';
import type { PeriodKind } from '#domain/periods.js';

/** What the result pages need to know of an indicator from the register. */
export interface ResultIndicator {
  id: string;
  code: string;
  name: string;
  /** The unit whose planners look after the indicator and its measurement points. */
  ownerUnitId: string;
  unitIds: string[];
  archivedAt: string | null;
  definition: ResultMeasure & {
    decimals: number;
    direction: Direction;
    frequency: PeriodKind;
  };
}

export interface EnteredValue {
  value: number;
  numerator: number | null;
  denominator: number | null;
  comment: string;
  enteredAt: string;
  enteredBy: { id: string; name: string } | null;
}

export interface Measurement {
  id: string;
  indicatorId: string;
  orgUnitId: string;
  periodKey: string;
  dueDate: string;
  /** 0 while nothing is entered; each save adds one. */
  version: number;
  current: EnteredValue | null;
}

export interface HistoryEntry {
  version: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  comment: string;
  source: 'manual' | 'import' | 'api';
  enteredAt: string;
  enteredBy: { id: string; name: string } | null;
}

export interface MeasurementPoint {
  id: string;
  indicatorId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  unitIds: string[];
}

export interface SeriesInput {
  indicatorId: string;
  from: string;
  to: string;
  dueDaysAfterEnd: number;
  unitIds?: string[];
}

/** One value to save: a plain number, or the two parts of a ratio. */
export type ValueEntry = {
  measurementId: string;
  comment?: string;
  expectedVersion: number;
} & ({ value: number } | { numerator: number; denominator: number });

/** One refused entry of a save, by its place in the list that was sent. */
export interface EntryIssue {
  index: number;
  field: string;
  code: string;
  message: string;
}

export interface UnitResult {
  indicatorId: string;
  orgUnitId: string;
  periodKey: string;
  result: {
    value: number;
    numerator: number | null;
    denominator: number | null;
    weight: number | null;
    /** Combined from subunits rather than entered for the unit itself. */
    computed: boolean;
    covered: number;
    total: number;
  } | null;
  target: { values: TargetValues; inheritedFrom: string | null } | null;
  status: Status;
  measurement: Measurement | null;
}

export interface Approval {
  approved: boolean;
  approvedAt: string | null;
  approvedBy: string | null;
}

export const resultFields = [
  'indicatorCode',
  'unitCode',
  'periodKey',
  'value',
  'numerator',
  'denominator',
  'comment',
] as const;
export type ResultField = (typeof resultFields)[number];
export type ColumnMapping = Partial<Record<ResultField, string>>;

export interface ResultsImportRow {
  line: number;
  indicatorCode: string;
  unitCode: string;
  periodKey: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  comment: string;
  action: 'enter' | 'correct' | 'unchanged';
}

export interface ResultsImportPreview {
  columns: string[];
  mapping: ColumnMapping;
  rows: ResultsImportRow[];
  issues: { line: number; field: string; code: string; message: string }[];
}

export interface ResultsImportFile {
  fileName: string;
  contentBase64: string;
  mapping?: ColumnMapping;
}

export interface ApiToken {
  id: string;
  name: string;
  orgUnitId: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface ResultSettings {
  approvalRequired: boolean;
  requireCommentWhenRed: boolean;
  reminderDaysBefore: number;
}
