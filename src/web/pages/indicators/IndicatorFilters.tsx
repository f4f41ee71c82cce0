/** The register's search and filters, read from and written to the address. */
import { Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.js';
import { indentedName, unitOptions } from '../../components/unitTree.js';
import type { IndicatorFilter } from '../../register/registerApi.js';
import { basisKinds } from '../../register/types.js';
import type { RegisterData } from '../../register/useRegisterData.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';

/** Address parameter for each filter. */
const paramOf = {
  q: 'q',
  focusAreaId: 'focusArea',
  criterionId: 'criterion',
  orgUnitId: 'unit',
  basisKind: 'basis',
  ownerUserId: 'owner',
  archived: 'status',
} as const satisfies Record<keyof IndicatorFilter, string>;

const statuses = ['active', 'archived', 'all'] as const;

export function filterFromParams(params: URLSearchParams): IndicatorFilter {
  const read = (key: keyof IndicatorFilter) => params.get(paramOf[key]) || undefined;
  const status = read('archived');
  return {
    q: read('q'),
    focusAreaId: read('focusAreaId'),
    criterionId: read('criterionId'),
    orgUnitId: read('orgUnitId'),
    basisKind: read('basisKind'),
    ownerUserId: read('ownerUserId'),
    archived: statuses.find((known) => known === status) ?? 'active',
  };
}

function toParams(filter: IndicatorFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(paramOf) as (keyof IndicatorFilter)[]) {
    const value = filter[key];
    if (value && !(key === 'archived' && value === 'active')) params.set(paramOf[key], value);
  }
  return params;
}

export function IndicatorFilters({
  filter,
  access,
  names,
  onChange,
}: {
  filter: IndicatorFilter;
  access: UnitAccess;
  names: RegisterData;
  onChange: (params: URLSearchParams) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(filter.q ?? '');
  const change = (next: Partial<IndicatorFilter>) => onChange(toParams({ ...filter, ...next }));
  // The list follows the search box once typing pauses, not on every key.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (text: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => change({ q: text.trim() || undefined }), 300);
  };
  const criteria = names.criteria.filter(
    (criterion) =>
      !criterion.archivedAt &&
      (!filter.focusAreaId || criterion.focusAreaId === filter.focusAreaId),
  );
  const any = <option value="">{t('indicator.filter.any')}</option>;

  return (
    <div role="search" className="filters" aria-label={t('indicator.filter.title')}>
      <Textfield
        label={t('indicator.filter.q')}
        description={t('indicator.filter.qHelp')}
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          search(event.target.value);
        }}
      />
      <SelectField
        label={t('indicator.field.focusAreaId')}
        value={filter.focusAreaId ?? ''}
        onChange={(event) =>
          change({ focusAreaId: event.target.value || undefined, criterionId: undefined })
        }
      >
        {any}
        {names.focusAreas
          .filter((area) => !area.archivedAt)
          .map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
      </SelectField>
      <SelectField
        label={t('indicator.filter.criterion')}
        value={filter.criterionId ?? ''}
        onChange={(event) => change({ criterionId: event.target.value || undefined })}
      >
        {any}
        {criteria.map((criterion) => (
          <option key={criterion.id} value={criterion.id}>
            {criterion.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('indicator.filter.unit')}
        value={filter.orgUnitId ?? ''}
        onChange={(event) => change({ orgUnitId: event.target.value || undefined })}
      >
        {any}
        {unitOptions(access.forest).map((option) => (
          <option key={option.unit.id} value={option.unit.id}>
            {indentedName(option)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('indicator.field.basis')}
        value={filter.basisKind ?? ''}
        onChange={(event) => change({ basisKind: event.target.value || undefined })}
      >
        {any}
        {basisKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`indicator.basisKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('indicator.field.ownerUserId')}
        value={filter.ownerUserId ?? ''}
        onChange={(event) => change({ ownerUserId: event.target.value || undefined })}
      >
        {any}
        {names.people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('indicator.field.status')}
        value={filter.archived ?? 'active'}
        onChange={(event) =>
          change({ archived: event.target.value as IndicatorFilter['archived'] })
        }
      >
        {statuses.map((status) => (
          <option key={status} value={status}>
            {t(`indicator.filter.status.${status}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
