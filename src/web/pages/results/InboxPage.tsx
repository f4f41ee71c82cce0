/**
 * The reporter's inbox: every result due for the units the user reports for, overdue first,
 * with a way straight into the entry grid for each period.
 */
import { Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDate, formatNumber, todayIso } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import * as results from '../../results/resultsApi.js';
import { ResultsNav } from '../../results/ResultsNav.js';
import type { Measurement } from '../../results/types.js';
import { MeasurementTable, entryUnitFor } from './MeasurementTable.js';
import './results.css';

export function InboxPage() {
  const { t } = useTranslation();
  const { access, error, reload } = useUnitAccess();
  const [includeEntered, setIncludeEntered] = useState(false);

  return (
    <Page title={t('inbox.title')}>
      <div className="stack">
        <ResultsNav />
        <Paragraph>{t('inbox.intro')}</Paragraph>
        <Checkbox
          label={t('inbox.includeEntered')}
          checked={includeEntered}
          onChange={(event) => setIncludeEntered(event.target.checked)}
          data-size="sm"
        />
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !access ? (
          <Loading />
        ) : (
          <InboxList access={access} includeEntered={includeEntered} />
        )}
      </div>
    </Page>
  );
}

function InboxList({ access, includeEntered }: { access: UnitAccess; includeEntered: boolean }) {
  const { t } = useTranslation();
  const load = useCallback(async () => {
    const [measurements, indicators] = await Promise.all([
      results.inbox(includeEntered),
      results.listIndicators(),
    ]);
    return { measurements, indicators: new Map(indicators.map((i) => [i.id, i])) };
  }, [includeEntered]);
  const { data, error, reload } = useLoad(load);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Loading />;
  const { measurements, indicators } = data;
  const missing = measurements.filter((measurement) => measurement.current === null);
  const today = todayIso();
  const overdue = missing.filter((measurement) => measurement.dueDate < today).length;

  if (measurements.length === 0) return <Paragraph>{t('inbox.empty')}</Paragraph>;
  return (
    <div className="stack">
      <Paragraph role="status">
        {t('inbox.summary', { count: missing.length, shown: formatNumber(missing.length) })}{' '}
        {overdue > 0 && t('inbox.overdue', { count: overdue, shown: formatNumber(overdue) })}
      </Paragraph>
      <PeriodShortcuts access={access} measurements={missing} />
      <MeasurementTable
        caption={t('inbox.caption')}
        measurements={measurements}
        indicators={indicators}
        access={access}
      />
    </div>
  );
}

interface Group {
  unitId: string;
  periodKey: string;
  missing: number;
  dueDate: string;
}

/** One way into the grid per unit and period that still lacks results, the most urgent first. */
function PeriodShortcuts({
  access,
  measurements,
}: {
  access: UnitAccess;
  measurements: readonly Measurement[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const groups = useMemo(() => groupByGrid(access, measurements), [access, measurements]);
  if (groups.length === 0) return null;

  return (
    <section aria-labelledby={headingId} className="stack inbox-groups">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('inbox.groups')}
      </Heading>
      <ul className="plain-list inbox-groups__list">
        {groups.map((group) => (
          <li key={`${group.unitId}|${group.periodKey}`} className="inbox-group">
            <span className="inbox-group__text">
              <span className="inbox-group__title">
                {periodLabel(group.periodKey)} – {access.unitName(group.unitId)}
              </span>
              <span className="inbox-group__meta">
                {t('inbox.groupMeta', {
                  count: group.missing,
                  shown: formatNumber(group.missing),
                  due: formatDate(group.dueDate),
                })}
              </span>
            </span>
            <Button asChild variant="secondary" data-size="sm">
              <RouterLink
                to={`/results/entry?${new URLSearchParams({ unit: group.unitId, period: group.periodKey }).toString()}`}
              >
                <PencilIcon aria-hidden />
                {t('inbox.enter')}
                <span className="ds-sr-only">
                  {' '}
                  {periodLabel(group.periodKey)} – {access.unitName(group.unitId)}
                </span>
              </RouterLink>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function groupByGrid(access: UnitAccess, measurements: readonly Measurement[]): Group[] {
  const groups = new Map<string, Group>();
  for (const measurement of measurements) {
    const unitId = entryUnitFor(access, measurement.orgUnitId);
    const key = `${unitId}|${measurement.periodKey}`;
    const group = groups.get(key) ?? {
      unitId,
      periodKey: measurement.periodKey,
      missing: 0,
      dueDate: measurement.dueDate,
    };
    group.missing += 1;
    if (measurement.dueDate < group.dueDate) group.dueDate = measurement.dueDate;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
