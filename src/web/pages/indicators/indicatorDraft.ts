/**
 * The indicator form's state: every field as the user sees it, filled from an indicator or with
 * sensible defaults, and read back into what the API takes. Field names are the API's own paths
 * ("definition.scaleMin"), so the server's messages land on the right field.
 */
import { parseNorwegianNumber } from '#domain/numbers.js';
import type { UnitAggregation } from '#domain/rollup.js';
import type { FieldIssue } from '../../api.js';
import { todayIso } from '../../format.js';
import { editableNumber } from '../../register/targetValues.js';
import type {
  Basis,
  BasisKind,
  Direction,
  Indicator,
  IndicatorDefinition,
  IndicatorInput,
  PublicationLevel,
  UnitOfMeasure,
  ValueType,
} from '../../register/types.js';
import { unitAggregations } from '../../register/types.js';

export interface IndicatorDraft {
  code: string;
  name: string;
  focusAreaId: string;
  criterionIds: string[];
  ownerUnitId: string;
  /** '' for nobody in particular. */
  ownerUserId: string;
  unitIds: string[];
  definition: string;
  purpose: string;
  weaknesses: string;
  basisKind: BasisKind;
  /** The survey questions, one per line. */
  questions: string;
  system: string;
  source: string;
  table: string;
  figure: string;
  freeText: string;
  unitOfMeasure: UnitOfMeasure;
  scaleMin: string;
  scaleMax: string;
  decimals: string;
  valueType: ValueType;
  direction: Direction;
  unitAggregation: UnitAggregation;
  periodAggregation: IndicatorDefinition['periodAggregation'];
  frequency: IndicatorDefinition['frequency'];
  dataCapture: string;
  publication: PublicationLevel;
  effectiveFrom: string;
}

/** A ratio combines as Σ numerators / Σ denominators or not at all; only a ratio may do so. */
export function aggregationsFor(valueType: ValueType): UnitAggregation[] {
  return valueType === 'ratio'
    ? ['ratio_of_sums', 'none']
    : unitAggregations.filter((aggregation) => aggregation !== 'ratio_of_sums');
}

export function emptyDraft(ownerUnitId: string, focusAreaId: string): IndicatorDraft {
  return {
    code: '',
    name: '',
    focusAreaId,
    criterionIds: [],
    ownerUnitId,
    ownerUserId: '',
    unitIds: [ownerUnitId],
    definition: '',
    purpose: '',
    weaknesses: '',
    basisKind: 'register',
    questions: '',
    system: '',
    source: '',
    table: '',
    figure: '',
    freeText: '',
    unitOfMeasure: 'percent',
    scaleMin: '',
    scaleMax: '',
    decimals: '1',
    valueType: 'number',
    direction: 'higher_is_better',
    unitAggregation: 'mean',
    periodAggregation: 'last',
    frequency: 'year',
    dataCapture: '',
    publication: 'internal',
    effectiveFrom: todayIso(),
  };
}

export function draftFrom(indicator: Indicator): IndicatorDraft {
  const { definition: d } = indicator;
  const basis = d.basis;
  return {
    code: indicator.code,
    name: indicator.name,
    focusAreaId: indicator.focusAreaId,
    criterionIds: indicator.criterionIds,
    ownerUnitId: indicator.ownerUnitId,
    ownerUserId: indicator.ownerUserId ?? '',
    unitIds: indicator.unitIds,
    definition: d.definition,
    purpose: d.purpose,
    weaknesses: d.weaknesses,
    basisKind: basis.kind,
    questions: basis.kind === 'question' ? basis.questions.join('\n') : '',
    system: basis.kind === 'register' ? basis.system : '',
    source: basis.kind === 'external_statistic' ? basis.source : '',
    table: basis.kind === 'external_statistic' ? basis.table : '',
    figure: basis.kind === 'external_statistic' ? basis.figure : '',
    freeText: basis.kind === 'free_text' ? basis.text : '',
    unitOfMeasure: d.unitOfMeasure,
    scaleMin: editableNumber(d.scaleMin ?? undefined),
    scaleMax: editableNumber(d.scaleMax ?? undefined),
    decimals: String(d.decimals),
    valueType: d.valueType,
    direction: d.direction,
    unitAggregation: d.unitAggregation,
    periodAggregation: d.periodAggregation,
    frequency: d.frequency,
    dataCapture: d.dataCapture,
    publication: d.publication,
    effectiveFrom: todayIso(),
  };
}

function basisOf(draft: IndicatorDraft): Basis {
  switch (draft.basisKind) {
    case 'question': {
      const questions = draft.questions.split('\n').map((line) => line.trim()).filter(Boolean);
      return { kind: 'question', questions };
    }
    case 'register':
      return { kind: 'register', system: draft.system.trim() };
    case 'external_statistic':
      return {
        kind: 'external_statistic',
        source: draft.source.trim(),
        table: draft.table.trim(),
        figure: draft.figure.trim(),
      };
    case 'free_text':
      return { kind: 'free_text', text: draft.freeText.trim() };
  }
}

export type ReadDraft = { ok: true; input: IndicatorInput } | { ok: false; issues: FieldIssue[] };

/** The draft as the API takes it, or the fields whose numbers could not be read. */
export function readDraft(draft: IndicatorDraft): ReadDraft {
  const issues: FieldIssue[] = [];
  const scale = (field: 'scaleMin' | 'scaleMax'): number | null => {
    const parsed = parseNorwegianNumber(draft[field]);
    if (parsed.ok) return parsed.value;
    if (parsed.reason === 'not_a_number') {
      issues.push({ field: `definition.${field}`, code: 'not_a_number', message: 'not_a_number' });
    }
    return null;
  };
  // A scale belongs to scores; other units leave it out, so a hidden field cannot block saving.
  const scored = draft.unitOfMeasure === 'score';
  const scaleMin = scored ? scale('scaleMin') : null;
  const scaleMax = scored ? scale('scaleMax') : null;
  if (issues.length > 0) return { ok: false, issues };

  const definition: IndicatorDefinition = {
    definition: draft.definition.trim(),
    purpose: draft.purpose.trim(),
    weaknesses: draft.weaknesses.trim(),
    basis: basisOf(draft),
    unitOfMeasure: draft.unitOfMeasure,
    scaleMin,
    scaleMax,
    decimals: Number(draft.decimals),
    valueType: draft.valueType,
    direction: draft.direction,
    unitAggregation: draft.unitAggregation,
    periodAggregation: draft.periodAggregation,
    frequency: draft.frequency,
    dataCapture: draft.dataCapture.trim(),
    publication: draft.publication,
  };
  return {
    ok: true,
    input: {
      code: draft.code.trim(),
      name: draft.name.trim(),
      focusAreaId: draft.focusAreaId,
      criterionIds: draft.criterionIds,
      ownerUnitId: draft.ownerUnitId,
      ownerUserId: draft.ownerUserId || null,
      unitIds: draft.unitIds,
      definition,
      effectiveFrom: draft.effectiveFrom || undefined,
    },
  };
}

/** Every field of the form, named as the API names them, for error messages and focus. */
export const indicatorFields = [
  'code',
  'name',
  'focusAreaId',
  'criterionIds',
  'ownerUnitId',
  'ownerUserId',
  'unitIds',
  'definition.definition',
  'definition.purpose',
  'definition.weaknesses',
  'definition.basis.questions',
  'definition.basis.system',
  'definition.basis.source',
  'definition.basis.table',
  'definition.basis.figure',
  'definition.basis.text',
  'definition.unitOfMeasure',
  'definition.scaleMin',
  'definition.scaleMax',
  'definition.decimals',
  'definition.valueType',
  'definition.direction',
  'definition.unitAggregation',
  'definition.periodAggregation',
  'definition.frequency',
  'definition.dataCapture',
  'definition.publication',
  'effectiveFrom',
] as const;
