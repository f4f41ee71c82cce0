/**
 * For planners: the results still missing in a unit and below it, those past their deadline and
 * those due within the municipality's reminder window, so they can follow up before it is late.
 */
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { indentedName, unitOptions } from '../../components/unitTree.js';
import { useLoad } from '../../components/useLoad.js';
import { formatNumber } from '../../format.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import * as results from '../../results/resultsApi.js';
import { ResultsNav } from '../../results/ResultsNav.js';
import type { Measurement, ResultIndicator } from '../../results/types.js';
import { MeasurementTable } from './MeasurementTable.js';
import './results.css';

export function DuePage() {
  const { t } = useTranslation();
  const { access, error, reload } = useUnitAccess();
  const [params, setParams] = useSearchParams();
  const choices = access
    ? unitOptions(access.forest).filter((option) => access.can(option.unit.id, 'planner'))
    : [];
  const asked = params.get('unit');
  const unitId = choices.find((option) => option.unit.id === asked)?.unit.id ?? choices[0]?.unit.id;

  return (
    <Page title={t('due.title')}>
      <div className="stack">
        <ResultsNav />
        <Paragraph>{t('due.intro')}</Paragraph>
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !access ? (
          <Loading />
        ) : !unitId ? (
          <Paragraph>{t('due.notPlanner')}</Paragraph>
        ) : (
          <>
            <div className="results-scope">
              <SelectField
                label={t('scope.unit')}
                value={unitId}
                onChange={(event) => setParams({ unit: event.target.value }, { replace: true })}
              >
                {choices.map((option) => (
                  <option key={option.unit.id} value={option.unit.id}>
                    {indentedName(option)}
                  </option>
                ))}
              </SelectField>
            </div>
            <DueLists key={unitId} access={access} unitId={unitId} />
          </>
        )}
      </div>
    </Page>
  );
}

function DueLists({ access, unitId }: { access: UnitAccess; unitId: string }) {
  const { t } = useTranslation();
  const load = useCallback(async () => {
    const [lists, indicators] = await Promise.all([
      results.dueLists(unitId),
      results.listIndicators(),
    ]);
    return { ...lists, indicators: new Map(indicators.map((i) => [i.id, i])) };
  }, [unitId]);
  const { data, error, reload } = useLoad(load);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Loading />;
  return (
    <>
      <DueSection
        title={t('due.overdue', { shown: formatNumber(data.overdue.length) })}
        empty={t('due.noneOverdue')}
        measurements={data.overdue}
        indicators={data.indicators}
        access={access}
      />
      <DueSection
        title={t('due.dueSoon', { shown: formatNumber(data.dueSoon.length) })}
        empty={t('due.noneDueSoon')}
        measurements={data.dueSoon}
        indicators={data.indicators}
        access={access}
      />
    </>
  );
}

function DueSection({
  title,
  empty,
  measurements,
  indicators,
  access,
}: {
  title: string;
  empty: string;
  measurements: Measurement[];
  indicators: ReadonlyMap<string, ResultIndicator>;
  access: UnitAccess;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {measurements.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <MeasurementTable
          caption={title}
          measurements={measurements}
          indicators={indicators}
          access={access}
        />
      )}
    </section>
  );
}
