/**
 * Measurements as a list to act on: indicator, unit, period, deadline and where it stands, each
 * with a link into the entry grid at that cell. Used by the reporter's inbox and the planner's
 * deadline lists. On narrow screens each row becomes a block of labelled lines.
 */
import { Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { CheckmarkIcon } from '@navikt/aksel-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate, todayIso } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';
import type { Measurement, ResultIndicator } from '../../results/types.js';
import { StatusMark } from './StatusMark.js';

/** Whole days from one ISO date to another; both are calendar dates, so UTC is exact. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The unit whose grid a measurement is entered in: the highest unit above it (or itself) that
 * the user reports for, so one grid holds everything the user enters for a period.
 */
export function entryUnitFor(access: UnitAccess, orgUnitId: string): string {
  const above = access.forest.ancestorIds(orgUnitId).filter((id) => access.can(id, 'reporter'));
  return above[above.length - 1] ?? orgUnitId;
}

export function entryLink(access: UnitAccess, measurement: Measurement): string {
  const search = new URLSearchParams({
    unit: entryUnitFor(access, measurement.orgUnitId),
    period: measurement.periodKey,
    measurement: measurement.id,
  });
  return `/results/entry?${search.toString()}`;
}

export function MeasurementTable({
  caption,
  measurements,
  indicators,
  access,
}: {
  caption: string;
  measurements: readonly Measurement[];
  indicators: ReadonlyMap<string, ResultIndicator>;
  access: UnitAccess;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const today = todayIso();

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table zebra data-size="sm" className="stacking-table">
        <caption id={captionId} className="ds-sr-only">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('inbox.column.indicator')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inbox.column.unit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inbox.column.period')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inbox.column.due')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inbox.column.state')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measurements.map((measurement) => {
            const indicator = indicators.get(measurement.indicatorId);
            const unit = access.unitName(measurement.orgUnitId) ?? '';
            return (
              <Table.Row key={measurement.id}>
                <Table.Cell data-label={t('inbox.column.indicator')}>
                  <Link asChild>
                    <RouterLink to={entryLink(access, measurement)}>
                      {indicator?.name ?? t('inbox.unknownIndicator')}
                      <span className="ds-sr-only">
                        {' '}
                        {t('inbox.linkContext', {
                          unit,
                          period: periodLabel(measurement.periodKey),
                        })}
                      </span>
                    </RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell data-label={t('inbox.column.unit')}>{unit}</Table.Cell>
                <Table.Cell data-label={t('inbox.column.period')} className="nowrap">
                  {periodLabel(measurement.periodKey)}
                </Table.Cell>
                <Table.Cell data-label={t('inbox.column.due')} className="nowrap">
                  {formatDate(measurement.dueDate)}
                </Table.Cell>
                <Table.Cell data-label={t('inbox.column.state')}>
                  <DueState measurement={measurement} today={today} />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

function DueState({ measurement, today }: { measurement: Measurement; today: string }) {
  const { t } = useTranslation();
  if (measurement.current) {
    return (
      <Tag data-color="success" data-size="sm">
        <CheckmarkIcon aria-hidden />
        {t('inbox.entered')}
      </Tag>
    );
  }
  const days = daysBetween(today, measurement.dueDate);
  if (days < 0) {
    return (
      <span className="due-state">
        <StatusMark status="overdue" />
        <Paragraph data-size="xs" asChild>
          <span>{t('inbox.daysLate', { count: -days })}</span>
        </Paragraph>
      </span>
    );
  }
  return (
    <span className="due-state">
      <StatusMark status="not_measured" />
      <Paragraph data-size="xs" asChild>
        <span>{days === 0 ? t('inbox.dueToday') : t('inbox.dueIn', { count: days })}</span>
      </Paragraph>
    </span>
  );
}
