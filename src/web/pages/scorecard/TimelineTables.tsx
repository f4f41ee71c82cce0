/**
 * The chart's figures as tables: the unit per period with result, status and target, and each
 * subunit per period. Folded under "Vis tabell" so the page stays short, and read the same way
 * by a screen reader as the chart is seen.
 */
import { Details, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardIndicatorInfo, IndicatorTimeline, PeriodOutcome } from '#domain/scorecardView.js';
import { type TargetValues, statusPresentation } from '#domain/status.js';
import { periodLabel } from '../../register/periods.js';
import { resultText, targetText } from './cardText.js';

export function TimelineTables({ timeline }: { timeline: IndicatorTimeline }) {
  const { t } = useTranslation();
  return (
    <Details className="timeline-tables">
      <Details.Summary>{t('indicatorDetail.table.show')}</Details.Summary>
      <Details.Content>
        <div className="stack">
          <UnitTable timeline={timeline} />
          {timeline.subunits.length > 0 && <SubunitTable timeline={timeline} />}
        </div>
      </Details.Content>
    </Details>
  );
}

function UnitTable({ timeline }: { timeline: IndicatorTimeline }) {
  const { t } = useTranslation();
  const captionId = useId();
  const { indicator } = timeline;

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" zebra className="timeline-table">
        <caption id={captionId}>
          {t('indicatorDetail.table.caption', {
            indicator: indicator.name,
            unit: timeline.unit.name,
          })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('indicatorDetail.table.period')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('indicatorDetail.table.result')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('indicatorDetail.table.target')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('indicatorDetail.table.limit')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {timeline.series.map((outcome) => {
            const values = outcome.target?.values;
            return (
              <Table.Row key={outcome.periodKey}>
                <Table.HeaderCell scope="row">{periodLabel(outcome.periodKey)}</Table.HeaderCell>
                <Table.Cell>
                  <OutcomeText outcome={outcome} indicator={indicator} />
                </Table.Cell>
                <Table.Cell>{values ? targetText(values, indicator) : ''}</Table.Cell>
                <Table.Cell>{values ? limitText(values, indicator) : ''}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

function SubunitTable({ timeline }: { timeline: IndicatorTimeline }) {
  const { t } = useTranslation();
  const captionId = useId();

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" zebra className="timeline-table">
        <caption id={captionId}>
          {t('indicatorDetail.table.subunitsCaption', { unit: timeline.unit.name })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('subunitMatrix.unit')}</Table.HeaderCell>
            {timeline.periods.map((key) => (
              <Table.HeaderCell key={key} scope="col">
                {periodLabel(key)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {timeline.subunits.map(({ unit, series }) => (
            <Table.Row key={unit.id}>
              <Table.HeaderCell scope="row">{unit.name}</Table.HeaderCell>
              {series.map((outcome) => (
                <Table.Cell key={outcome.periodKey}>
                  <OutcomeText outcome={outcome} indicator={timeline.indicator} />
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The threshold, or a range's tolerance as "± 2,0 %": the column already says which. */
function limitText(values: TargetValues, indicator: CardIndicatorInfo): string {
  return values.kind === 'value'
    ? resultText(values.threshold, indicator)
    : `± ${resultText(values.tolerance, indicator)}`;
}

/** "3,4 % ▲ Nesten nådd": the value, then the status as symbol and words. */
export function OutcomeText({
  outcome,
  indicator,
}: {
  outcome: PeriodOutcome;
  indicator: CardIndicatorInfo;
}) {
  const { t } = useTranslation();
  const { symbol, tone } = statusPresentation[outcome.status];
  return (
    <span className="outcome-text">
      {outcome.result && (
        <span className="outcome-text__value">{resultText(outcome.result.value, indicator)}</span>
      )}{' '}
      <span className="outcome-text__status" data-color={tone}>
        <span aria-hidden className="outcome-text__symbol">
          {symbol}
        </span>{' '}
        {t(`status.${outcome.status}`)}
      </span>
    </span>
  );
}
