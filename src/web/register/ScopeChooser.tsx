/**
 * The unit and year a planning page shows, kept in the address (?unit=…&year=2026) so a reload or
 * a shared link opens the same view.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../components/SelectField.js';
import { readYear, yearChoices } from './periods.js';
import { UnitChoice } from './UnitChoice.js';
import type { UnitAccess } from './useUnitAccess.js';

export interface Scope {
  unitId: string | undefined;
  year: number;
}

export function useScope(access: UnitAccess | undefined): [Scope, (next: Partial<Scope>) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('unit');
  const unitId = asked && access?.forest.byId.has(asked) ? asked : access?.firstUnitId;
  const year = readYear(params.get('year'));

  function change(next: Partial<Scope>) {
    const merged = { unitId, year, ...next };
    const search = new URLSearchParams(params);
    if (merged.unitId) search.set('unit', merged.unitId);
    search.set('year', String(merged.year));
    setParams(search, { replace: true });
  }
  return [{ unitId, year }, change];
}

export function ScopeChooser({
  access,
  scope,
  onChange,
}: {
  access: UnitAccess;
  scope: Scope;
  onChange: (next: Partial<Scope>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="scope">
      <UnitChoice
        access={access}
        unitId={scope.unitId}
        onChange={(unitId) => onChange({ unitId })}
      />
      <SelectField
        label={t('scope.year')}
        value={String(scope.year)}
        onChange={(event) => onChange({ year: Number(event.target.value) })}
      >
        {yearChoices(scope.year).map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
