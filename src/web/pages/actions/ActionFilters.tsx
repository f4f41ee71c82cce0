/** The action list's filters, read from and written to the address. */
import { Button, Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { XMarkIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { actionStatuses } from '#domain/actions.js';
import { SelectField } from '../../components/SelectField.js';
import { indentedName, unitOptions } from '../../components/unitTree.js';
import { yearChoices } from '../../register/periods.js';
import type { Person } from '../../register/useRegisterData.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';
import { type ActionListState, linkFilters } from './actionFilter.js';

export function ActionFilters({
  state,
  access,
  people,
  linkedName,
  onChange,
}: {
  state: ActionListState;
  access: UnitAccess;
  people: Person[];
  /** The name of what `linkId` points at, once a listed action shows it. */
  linkedName: string | undefined;
  onChange: (next: ActionListState) => void;
}) {
  const { t } = useTranslation();
  const change = (next: Partial<ActionListState>) => onChange({ ...state, ...next });
  const any = (label: string) => <option value="">{label}</option>;

  return (
    <div role="search" aria-label={t('actions.filter.title')} className="filters action-filters">
      <SelectField
        label={t('actions.filter.unit')}
        value={state.orgUnitId ?? ''}
        onChange={(event) => change({ orgUnitId: event.target.value || undefined })}
      >
        {any(t('actions.filter.allUnits'))}
        {unitOptions(access.forest).map((option) => (
          <option key={option.unit.id} value={option.unit.id}>
            {indentedName(option)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('actions.field.status')}
        value={state.status ?? ''}
        onChange={(event) =>
          change({ status: actionStatuses.find((status) => status === event.target.value) })
        }
      >
        {any(t('actions.filter.any'))}
        {actionStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`actions.status.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('actions.filter.link')}
        value={state.linkKind ?? ''}
        onChange={(event) =>
          change({
            linkKind: linkFilters.find((kind) => kind === event.target.value),
            linkId: undefined,
          })
        }
      >
        {any(t('actions.filter.any'))}
        {linkFilters.map((kind) => (
          <option key={kind} value={kind}>
            {t(`actions.filter.linkKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('actions.field.responsible')}
        value={state.responsibleUserId ?? ''}
        onChange={(event) => change({ responsibleUserId: event.target.value || undefined })}
      >
        {any(t('actions.filter.anyone'))}
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('actions.filter.year')}
        value={String(state.year ?? '')}
        onChange={(event) =>
          change({ year: event.target.value ? Number(event.target.value) : undefined })
        }
      >
        {any(
          state.view === 'timeline' ? t('actions.filter.thisYear') : t('actions.filter.anyYear'),
        )}
        {yearChoices(state.year).map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </SelectField>
      <div className="action-filters__boxes">
        <Checkbox
          label={t('actions.filter.subunits')}
          checked={state.includeSubunits ?? false}
          disabled={!state.orgUnitId}
          onChange={(event) => change({ includeSubunits: event.target.checked })}
        />
        <Checkbox
          label={t('actions.filter.overdue')}
          checked={state.overdue ?? false}
          onChange={(event) => change({ overdue: event.target.checked })}
        />
      </div>
      {state.linkId && (
        <div className="action-filters__linked">
          <Paragraph data-size="sm">
            {t('actions.filter.linkedTo', { name: linkedName ?? t('actions.filter.oneThing') })}
          </Paragraph>
          <Button variant="tertiary" data-size="sm" onClick={() => change({ linkId: undefined })}>
            <XMarkIcon aria-hidden />
            {t('actions.filter.clearLinked')}
          </Button>
        </div>
      )}
    </div>
  );
}
