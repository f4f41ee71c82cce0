import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/SelectField.js';
import { indentedName, unitOptions } from '../components/unitTree.js';
import type { UnitAccess } from './useUnitAccess.js';

/**
 * A choice among the units the user can read, indented as in the tree. A unit the user cannot
 * see (unknown or out of reach) leaves the choice empty: a select that showed the first unit
 * would say that unit is shown, and choosing it would change nothing.
 */
export function UnitChoice({
  access,
  unitId,
  onChange,
}: {
  access: UnitAccess;
  unitId: string | undefined;
  onChange: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const options = useMemo(() => unitOptions(access.forest), [access]);
  const known = unitId !== undefined && access.unitName(unitId) !== undefined;
  return (
    <SelectField
      label={t('scope.unit')}
      value={known ? unitId : ''}
      onChange={(event) => onChange(event.target.value)}
    >
      {!known && (
        <option value="" disabled>
          {t('scope.chooseUnit')}
        </option>
      )}
      {options.map((option) => (
        <option key={option.unit.id} value={option.unit.id}>
          {indentedName(option)}
        </option>
      ))}
    </SelectField>
  );
}
