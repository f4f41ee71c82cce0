/**
 * Entering results: the reporter picks a unit and a period and gets every planned measurement
 * below the unit as a grid, indicators down and units across, to fill in with the keyboard or
 * by pasting from a spreadsheet.
 */
import { Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { comparePeriods, parsePeriod } from '#domain/periods.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { indentedName, unitOptions } from '../../components/unitTree.js';
import { useLoad } from '../../components/useLoad.js';
import { periodLabel } from '../../register/periods.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import * as results from '../../results/resultsApi.js';
import { ResultsNav } from '../../results/ResultsNav.js';
import type { Measurement } from '../../results/types.js';
import { EntryView } from './EntryView.js';
import './results.css';

export function EntryPage() {
  const { t } = useTranslation();
  const { access, error, reload } = useUnitAccess();
  const [params] = useSearchParams();
  const asked = params.get('unit');
  const unitId = asked && access?.forest.byId.has(asked) ? asked : access?.firstUnitId;
  const unitName = unitId ? access?.unitName(unitId) : undefined;

  return (
    <Page title={unitName ? t('entry.titleFor', { unit: unitName }) : t('entry.title')}>
      <div className="stack">
        <ResultsNav />
        <Paragraph>{t('entry.intro')}</Paragraph>
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !access ? (
          <Loading />
        ) : !unitId ? (
          <Paragraph>{t('scope.noUnits')}</Paragraph>
        ) : (
          <ScopedEntry key={unitId} access={access} unitId={unitId} />
        )}
      </div>
    </Page>
  );
}

/** The unit and period, kept in the address; the grid shows the chosen period. */
function ScopedEntry({ access, unitId }: { access: UnitAccess; unitId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const load = useCallback(() => results.listMeasurements(unitId), [unitId]);
  const { data: measurements, error, reload } = useLoad(load);
  const periods = measurements ? periodsOf(measurements) : [];
  const asked = params.get('period');
  const period =
    asked && periods.includes(asked)
      ? asked
      : measurements
        ? mostUrgent(measurements, periods)
        : '';

  function choose(next: { unit?: string; period?: string }) {
    const search = new URLSearchParams(params);
    search.set('unit', next.unit ?? unitId);
    if (next.period) search.set('period', next.period);
    else search.delete('period');
    search.delete('measurement');
    setParams(search, { replace: true });
  }

  return (
    <>
      <div className="results-scope">
        <SelectField
          label={t('scope.unit')}
          value={unitId}
          onChange={(event) => choose({ unit: event.target.value })}
        >
          {unitOptions(access.forest).map((option) => (
            <option key={option.unit.id} value={option.unit.id}>
              {indentedName(option)}
            </option>
          ))}
        </SelectField>
        {periods.length > 0 && (
          <SelectField
            label={t('entry.period')}
            value={period}
            onChange={(event) => choose({ period: event.target.value })}
          >
            {periods.map((key) => (
              <option key={key} value={key}>
                {periodLabel(key)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {error ? (
        <LoadError error={error} retry={reload} />
      ) : !measurements ? (
        <Loading />
      ) : periods.length === 0 ? (
        <Paragraph>{t('entry.noPoints')}</Paragraph>
      ) : (
        <EntryView
          key={period}
          access={access}
          unitId={unitId}
          periodKey={period}
          focusId={params.get('measurement')}
        />
      )}
    </>
  );
}

/** Every period with a measurement, in time order. */
function periodsOf(measurements: readonly Measurement[]): string[] {
  const keys = [...new Set(measurements.map((measurement) => measurement.periodKey))];
  const periods = keys.map((key) => parsePeriod(key)).filter((period) => period !== null);
  return periods.sort(comparePeriods).map((period) => period.key);
}

/** The period of the earliest result still missing, or else the latest period. */
function mostUrgent(measurements: readonly Measurement[], periods: readonly string[]): string {
  const missing = measurements
    .filter((measurement) => measurement.current === null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  return missing?.periodKey ?? periods[periods.length - 1] ?? '';
}
