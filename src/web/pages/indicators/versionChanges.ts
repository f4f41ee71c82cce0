/**
 * What changed between two versions of an indicator, in words: "Retning: Høyere er bedre →
 * Lavere er bedre". Long texts are only named, since a whole definition twice helps nobody.
 */
import i18next from 'i18next';
import type { Indicator, IndicatorDefinition } from '../../register/types.js';

export interface VersionChange {
  label: string;
  before?: string;
  after?: string;
}

export interface Names {
  focusArea: (id: string) => string | undefined;
  criterion: (id: string) => string | undefined;
  unit: (id: string) => string | undefined;
  user: (id: string) => string | undefined;
}

type ShortDefinitionField = Exclude<
  keyof IndicatorDefinition,
  'definition' | 'purpose' | 'weaknesses' | 'basis' | 'dataCapture'
>;

const shortFields: readonly ShortDefinitionField[] = [
  'unitOfMeasure',
  'scaleMin',
  'scaleMax',
  'decimals',
  'valueType',
  'direction',
  'unitAggregation',
  'periodAggregation',
  'frequency',
  'publication',
];
const longFields = ['definition', 'purpose', 'weaknesses', 'basis', 'dataCapture'] as const;

const none = () => i18next.t('audit.none');
const label = (field: string) => i18next.t(`indicator.field.${field}` as 'indicator.field.name');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function nameList(ids: readonly string[], name: (id: string) => string | undefined): string {
  if (ids.length === 0) return none();
  return ids.map((id) => name(id) ?? i18next.t('indicator.unknown')).join(', ');
}

function shortValue(field: ShortDefinitionField, value: string | number | null): string {
  if (value === null) return none();
  if (typeof value === 'number') return new Intl.NumberFormat(i18next.language).format(value);
  return i18next.t(`indicator.${field}.${value}` as 'indicator.field.name');
}

export function describeVersion(
  before: Indicator | undefined,
  after: Indicator,
  names: Names,
): VersionChange[] {
  if (!before) return [{ label: i18next.t('indicator.versions.created') }];
  const changes: VersionChange[] = [];
  const add = (field: string, from: string, to: string) =>
    changes.push({ label: label(field), before: from, after: to });

  if (before.code !== after.code) add('code', before.code, after.code);
  if (before.name !== after.name) add('name', before.name, after.name);
  if (before.focusAreaId !== after.focusAreaId) {
    const area = (id: string) => names.focusArea(id) ?? i18next.t('indicator.unknown');
    add('focusAreaId', area(before.focusAreaId), area(after.focusAreaId));
  }
  if (!same([...before.criterionIds].sort(), [...after.criterionIds].sort())) {
    const criteria = (ids: string[]) => nameList(ids, names.criterion);
    add('criterionIds', criteria(before.criterionIds), criteria(after.criterionIds));
  }
  if (before.ownerUnitId !== after.ownerUnitId) {
    const unit = (id: string) => nameList([id], names.unit);
    add('ownerUnitId', unit(before.ownerUnitId), unit(after.ownerUnitId));
  }
  if (before.ownerUserId !== after.ownerUserId) {
    const person = (id: string | null) => (id ? nameList([id], names.user) : none());
    add('ownerUserId', person(before.ownerUserId), person(after.ownerUserId));
  }
  if (!same([...before.unitIds].sort(), [...after.unitIds].sort())) {
    add('unitIds', nameList(before.unitIds, names.unit), nameList(after.unitIds, names.unit));
  }
  for (const field of shortFields) {
    const from = before.definition[field];
    const to = after.definition[field];
    if (!same(from, to)) add(field, shortValue(field, from), shortValue(field, to));
  }
  for (const field of longFields) {
    if (!same(before.definition[field], after.definition[field])) {
      changes.push({ label: label(field), after: i18next.t('indicator.versions.textChanged') });
    }
  }
  if (Boolean(before.archivedAt) !== Boolean(after.archivedAt)) {
    changes.push({
      label: label('status'),
      after: i18next.t(after.archivedAt ? 'indicator.status.archived' : 'indicator.status.active'),
    });
  }
  return changes;
}
