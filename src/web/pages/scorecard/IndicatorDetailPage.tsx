/**
 * One indicator on one unit, the page a scorecard row or a subunit matrix cell opens: where it
 * stands for the period, how it has gone over time and in each subunit, what people said about it,
 * what it measures according to the register, and the actions that deal with it.
 */
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { type ReactNode, useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { parsePeriod } from '#domain/periods.js';
import type { CardAction, IndicatorTimeline, PeriodOutcome } from '#domain/scorecardView.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDate } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import { StatusMark } from '../results/StatusMark.js';
import { resultText, targetLimitText, targetText } from './cardText.js';
import { scorecardPath } from './cardView.js';
import { getIndicatorTimeline } from './detailApi.js';
import { IndicatorTrend } from './IndicatorTrend.js';
import { fromFirstFigure } from './indicatorChart.js';
import './indicatorDetail.css';

export function IndicatorDetailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const unitId = params.get('unit') ?? '';
  const indicatorId = params.get('indicator') ?? '';
  const period = params.get('period') ?? '';
  const load = useCallback(
    () => getIndicatorTimeline(unitId, indicatorId, period),
    [unitId, indicatorId, period],
  );
  const { data: loaded, error, reload } = useLoad(load);
  const data = useMemo(() => loaded && fromFirstFigure(loaded), [loaded]);

  const back = (
    <Link asChild>
      <RouterLink to={unitId ? scorecardPath(unitId, period || undefined, 'table') : '/scorecard'}>
        <ArrowLeftIcon aria-hidden />
        {data
          ? t('indicatorDetail.back', { unit: data.unit.name })
          : t('indicatorDetail.backPlain')}
      </RouterLink>
    </Link>
  );
  if (error || !data) {
    return (
      <Page title={t('indicatorDetail.title')} actions={back}>
        {error ? <LoadError error={error} retry={reload} /> : <Loading />}
      </Page>
    );
  }
  const title = t('indicatorDetail.pageTitle', {
    indicator: data.indicator.name,
    unit: data.unit.name,
  });
  return (
    <Page title={title} heading={data.indicator.name} actions={back}>
      <div className="stack indicator-detail">
        <Summary timeline={data} period={period} />
        <IndicatorTrend timeline={data} />
        <Definition timeline={data} />
        <Actions actions={data.actions} />
      </div>
    </Page>
  );
}

/**
 * The outcome the scorecard row shows: the chosen period's own, even with no result yet (overdue,
 * say); only an indicator measured on other periods than the chosen one falls back to its latest
 * period with a result or overdue that has ended by the chosen one's end, as the row does. An
 * older result must not stand in for a missing one.
 */
function shownOutcome(timeline: IndicatorTimeline, period: string): PeriodOutcome | undefined {
  const exact = timeline.series.find((outcome) => outcome.periodKey === period);
  if (exact) return exact;
  const chosenEnd = parsePeriod(period)?.end;
  const ended = timeline.series.filter((outcome) => {
    const end = parsePeriod(outcome.periodKey)?.end;
    return chosenEnd === undefined || (end !== undefined && end <= chosenEnd);
  });
  const measured = ended.filter(
    (outcome) => outcome.result !== null || outcome.status === 'overdue',
  );
  return measured.at(-1) ?? ended.at(-1);
}

function Summary({ timeline, period }: { timeline: IndicatorTimeline; period: string }) {
  const { t } = useTranslation();
  const { indicator } = timeline;
  const outcome = shownOutcome(timeline, period);
  const target = outcome?.target;

  return (
    <dl className="facts indicator-detail__summary">
      <Fact label={t('indicatorDetail.fact.unit')}>{timeline.unit.name}</Fact>
      <Fact label={t('indicatorDetail.fact.period')}>
        {outcome ? periodLabel(outcome.periodKey) : periodLabel(period)}
      </Fact>
      <Fact label={t('indicatorDetail.fact.result')}>
        {outcome ? (
          <span className="indicator-detail__result">
            {outcome.result && <span>{resultText(outcome.result.value, indicator)}</span>}{' '}
            <StatusMark status={outcome.status} />
          </span>
        ) : (
          t('status.not_measured')
        )}
      </Fact>
      <Fact label={t('indicatorDetail.fact.target')}>
        {target
          ? `${targetText(target.values, indicator)} · ${targetLimitText(target.values, indicator)}`
          : t('target.none')}
        {target?.inheritedFrom && (
          <span className="indicator-detail__note">
            {t('target.inheritedFrom', { unit: target.inheritedFrom.name })}
          </span>
        )}
      </Fact>
      <Fact label={t('indicator.field.direction')}>
        {t(`indicator.direction.${indicator.direction}`)}
      </Fact>
    </dl>
  );
}

function Definition({ timeline }: { timeline: IndicatorTimeline }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { indicator } = timeline;
  const none = t('audit.none');

  return (
    <section className="panel stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('indicatorDetail.definition.heading')}
      </Heading>
      <dl className="facts facts--wide">
        <Fact label={t('indicator.field.definition')}>{indicator.definition || none}</Fact>
        <Fact label={t('indicator.field.purpose')}>{indicator.purpose || none}</Fact>
        <Fact label={t('indicator.field.weaknesses')}>{indicator.weaknesses || none}</Fact>
        <Fact label={t('indicator.field.unitOfMeasure')}>
          {t(`indicator.unitOfMeasure.${indicator.unitOfMeasure}`)}
        </Fact>
      </dl>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/indicators/${indicator.id}`}>
            {t('indicatorDetail.definition.register', { indicator: indicator.name })}
          </RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}

function Actions({ actions }: { actions: CardAction[] }) {
  const { t } = useTranslation();
  const headingId = useId();

  return (
    <section className="panel stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('indicatorDetail.actions.heading')}
      </Heading>
      {actions.length === 0 ? (
        <Paragraph data-size="sm">{t('indicatorDetail.actions.none')}</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <Table data-size="sm" zebra className="stacking-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">
                  {t('indicatorDetail.actions.title')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('indicatorDetail.actions.unit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  {t('indicatorDetail.actions.status')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('indicatorDetail.actions.due')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {actions.map((action) => (
                <ActionRow key={action.id} action={action} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

function ActionRow({ action }: { action: CardAction }) {
  const { t } = useTranslation();
  return (
    <Table.Row>
      <Table.Cell data-label={t('indicatorDetail.actions.title')}>
        {action.title}
        {action.link.kind === 'measurement' && (
          <span className="indicator-detail__note">
            {t('indicatorDetail.actions.forPeriod', { period: periodLabel(action.link.periodKey) })}
          </span>
        )}
      </Table.Cell>
      <Table.Cell data-label={t('indicatorDetail.actions.unit')}>{action.orgUnit.name}</Table.Cell>
      <Table.Cell data-label={t('indicatorDetail.actions.status')}>
        {t(`actions.status.${action.status}`)}
      </Table.Cell>
      <Table.Cell data-label={t('indicatorDetail.actions.due')} className="nowrap">
        {action.dueDate ? formatDate(action.dueDate) : t('indicatorDetail.actions.noDue')}
      </Table.Cell>
    </Table.Row>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
