/** Reads an audit event's before and after into lines a person can follow: "Name: A → B". */
import i18next from 'i18next';
import { formatDate, formatDateTime } from '../format.js';
import type { AuditEvent } from '../types.js';
import { translateFirst } from './messages.js';

export interface ChangeContext {
  /** The name of a unit, when the page knows it, for parent and role changes. */
  unitName: (unitId: string) => string | undefined;
}

export interface ChangeLine {
  label: string;
  before?: string;
  after: string;
}

const shownFields = [
  'name',
  'code',
  'kind',
  'parentId',
  'validFrom',
  'validTo',
  'email',
  'locale',
  'deactivatedAt',
] as const;
type ShownField = (typeof shownFields)[number];

/** On creation, the fields that identify what was created. */
const createdFields: readonly ShownField[] = ['name', 'code', 'kind', 'email'];

type Snapshot = Record<string, unknown>;
const asSnapshot = (value: unknown): Snapshot =>
  typeof value === 'object' && value !== null ? (value as Snapshot) : {};

export function describeChanges(event: AuditEvent, context: ChangeContext): ChangeLine[] {
  const before = asSnapshot(event.before);
  const after = asSnapshot(event.after);
  if (event.entityType === 'role_grant') {
    return [describeGrant(event.action, before, after, context)];
  }

  const lines: ChangeLine[] = [];
  const created = event.before === null || event.before === undefined;
  for (const field of shownFields) {
    if (created) {
      if (createdFields.includes(field) && field in after) {
        lines.push({ label: fieldLabel(field), after: showValue(field, after[field], context) });
      }
      continue;
    }
    if (!(field in before) && !(field in after)) continue;
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    lines.push({
      label: fieldLabel(field),
      before: showValue(field, before[field], context),
      after: showValue(field, after[field], context),
    });
  }
  if (after.passwordChanged === true) {
    const label = i18next.t('audit.field.password');
    lines.push({ label, after: i18next.t('audit.passwordChanged') });
  }
  return lines;
}

function describeGrant(
  action: string,
  before: Snapshot,
  after: Snapshot,
  context: ChangeContext,
): ChangeLine {
  const grant = action === 'revoke' ? before : after;
  const unitId = typeof grant.orgUnitId === 'string' ? grant.orgUnitId : '';
  const unit =
    (typeof grant.orgUnitName === 'string' ? grant.orgUnitName : undefined) ??
    context.unitName(unitId) ??
    i18next.t('audit.unknownUnit');
  const role = translateFirst([`role.${String(grant.role)}`], 'audit.unknownRole');
  const label = i18next.t('audit.field.role');
  return { label, after: i18next.t('audit.roleOnUnit', { role, unit }) };
}

const fieldLabel = (field: ShownField) => i18next.t(`audit.field.${field}`);

function showValue(field: ShownField, value: unknown, context: ChangeContext): string {
  if (value === null || value === undefined || value === '') return i18next.t('audit.none');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  switch (field) {
    case 'kind':
      return translateFirst([`orgUnit.kind.${text}`], 'audit.none');
    case 'parentId':
      return context.unitName(text) ?? i18next.t('audit.unknownUnit');
    case 'validFrom':
    case 'validTo':
      return formatDate(text);
    case 'deactivatedAt':
      return formatDateTime(text);
    case 'locale':
      return translateFirst([`language.name.${text}`], 'audit.none');
    case 'name':
    case 'code':
    case 'email':
      return text;
  }
}
