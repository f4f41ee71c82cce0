/**
 * The business plan (virksomhetsplan) of one unit for one year. The unit, the year and, for an
 * earlier version, the version live in the address, so a link opens the same plan.
 */
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api.js';
import { FormAlert } from '../../components/FormAlert.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { errorMessage } from '../../components/messages.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { useLoad } from '../../components/useLoad.js';
import { UnitChoice } from '../../register/UnitChoice.js';
import { readYear, yearChoices } from '../../register/periods.js';
import { useUnitAccess } from '../../register/useUnitAccess.js';
import { PlanView } from './PlanView.js';
import { type PlanVersion, createPlan, listPlanVersions } from './plansApi.js';
import { shownVersion } from './shownVersion.js';
import '../results/results.css';
import '../scorecard/scorecard.css';
import './plans.css';

/** The unit's versions for the year, newest first; none when it has no plan yet. */
function useVersions(unitId: string | undefined, year: number) {
  const load = useCallback(async (): Promise<PlanVersion[] | null> => {
    if (!unitId) return null;
    try {
      return (await listPlanVersions(unitId, year)).plans;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') return [];
      throw error;
    }
  }, [unitId, year]);
  return useLoad(load);
}

export function PlansPage() {
  const { t } = useTranslation();
  const { access, error: accessError, reload: reloadAccess } = useUnitAccess();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? access?.firstUnitId;
  const year = readYear(params.get('year'));
  const versionId = params.get('version');
  const { data: versions, error, reload } = useVersions(unitId, year);

  const change = useCallback(
    (next: { unit?: string; year?: number; version?: string | null }) => {
      const search = new URLSearchParams(params);
      if (next.unit) search.set('unit', next.unit);
      if (next.year) search.set('year', String(next.year));
      if (unitId && !search.has('unit')) search.set('unit', unitId);
      if (!search.has('year')) search.set('year', String(year));
      // Another unit or year has other versions; the newest is the plain link.
      if (next.version) search.set('version', next.version);
      else search.delete('version');
      setParams(search);
    },
    [params, setParams, unitId, year],
  );

  const unitName = (unitId && access?.unitName(unitId)) || '';
  const title = t('plans.title', { year });
  const heading = unitName ? t('plans.heading', { year, unit: unitName }) : title;
  const writes = Boolean(unitId && access?.can(unitId, 'reporter'));
  const plain = versions && shownVersion(versions, null, writes);
  const shown = versions && shownVersion(versions, versionId, writes);

  return (
    <Page title={unitName ? `${unitName} – ${title}` : title} heading={heading}>
      <div className="plans stack">
        <div className="scope plan-controls">
          {access && unitId && (
            <UnitChoice access={access} unitId={unitId} onChange={(unit) => change({ unit })} />
          )}
          <SelectField
            label={t('plans.year')}
            value={String(year)}
            onChange={(event) => change({ year: Number(event.target.value) })}
          >
            {yearChoices(year).map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </SelectField>
        </div>
        {accessError && !unitId ? (
          <LoadError error={accessError} retry={reloadAccess} />
        ) : access && unitId && !access.can(unitId, 'reader') ? (
          <Paragraph>{t('scope.outOfReach')}</Paragraph>
        ) : error ? (
          <LoadError error={error} retry={reload} />
        ) : !versions || !unitId || !access ? (
          access && !unitId ? (
            <Paragraph>{t('scope.noUnits')}</Paragraph>
          ) : (
            <Loading />
          )
        ) : shown ? (
          <PlanView
            key={shown.id}
            versionId={shown.id}
            versions={versions}
            plainId={plain?.id}
            access={access}
            onVersion={(id) => change({ version: id })}
            onChanged={reload}
          />
        ) : (
          <NoPlan
            year={year}
            unitName={unitName}
            mayCreate={access.can(unitId, 'reporter')}
            create={() => createPlan(unitId, year)}
            onCreated={reload}
          />
        )}
      </div>
    </Page>
  );
}

function NoPlan({
  year,
  unitName,
  mayCreate,
  create,
  onCreated,
}: {
  year: number;
  unitName: string;
  mayCreate: boolean;
  create: () => Promise<unknown>;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const alertId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await create();
      onCreated();
    } catch (error) {
      setFailure(errorMessage(error));
      requestAnimationFrame(() => document.getElementById(alertId)?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <Paragraph>{t('plans.none', { year, unit: unitName })}</Paragraph>
      <FormAlert message={failure} id={alertId} />
      {mayCreate && (
        <div>
          <Button onClick={() => void start()}>{t('plans.create', { year })}</Button>
        </div>
      )}
    </div>
  );
}
