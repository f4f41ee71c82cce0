import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/SelectField.js';
import { indentedName, unitOptions } from '../components/unitTree.js';
import type { UnitAccess } from './useUnitAccess.js';

/** A choice among the units the user can read, indented as in the tree. */
export function UnitChoice({
  access,
  unitId,
  onChange,
}: {
  access: UnitAccess;
  unitId: string;
  onChange: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const options = useMemo(() => unitOptions(access.forest), [access]);
  return (
    <SelectField
      label={t('scope.unit')}
      value={unitId}
      onChange={(event) => onChange(event.target.value)}
    >
      {options.map((option) => (
        <option key={option.unit.id} value={option.unit.id}>
          {indentedName(option)}
        </option>
      ))}
    </SelectField>
  );
}
