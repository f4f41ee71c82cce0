/**
 * Measurement points for planners: when an indicator is measured. A whole series is planned in
 * one step, such as every tertial from 2025 to 2027 with results due 15 days after each ends;
 * periods already planned are left as they are.
 */
import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { CalendarIcon } from '@navikt/aksel-icons';
import { type FormEvent, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type PeriodKind, periodContaining, periodsInYear } from '#domain/periods.js';
import { FormAlert } from '../../components/FormAlert.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { unitOptions } from '../../components/unitTree.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDate, formatNumber, todayIso } from '../../format.js';
import { FeedbackView, useFeedback } from '../../register/Feedback.js';
import { periodLabel } from '../../register/periods.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import * as results from '../../results/resultsApi.js';
import { ResultsNav } from '../../results/ResultsNav.js';
import type { ResultIndicator } from '../../results/types.js';
import './results.css';

export function PointsPage() {
  const { t } = useTranslation();
  const { access, error, reload } = useUnitAccess();
  const load = useCallback(() => results.listIndicators(), []);
  const indicators = useLoad(load);
  const [params, setParams] = useSearchParams();
  const plannable = access
    ? (indicators.data ?? []).filter(
        (indicator) =>
          !indicator.archivedAt &&
          (access.can(indicator.ownerUnitId, 'planner') ||
            plannedUnits(access, indicator).length > 0),
      )
    : [];
  const asked = params.get('indicator');
  const chosen = plannable.find((indicator) => indicator.id === asked) ?? plannable[0];
  const failed = error ?? indicators.error;

  return (
    <Page title={t('points.title')}>
      <div className="stack">
        <ResultsNav />
        <Paragraph>{t('points.intro')}</Paragraph>
        {failed ? (
          <LoadError
            error={failed}
            retry={() => {
              reload();
              indicators.reload();
            }}
          />
        ) : !access || !indicators.data ? (
          <Loading />
        ) : !chosen ? (
          <Paragraph>{t('points.noIndicators')}</Paragraph>
        ) : (
          <>
            <div className="results-scope">
              <SelectField
                label={t('points.indicator')}
                value={chosen.id}
                onChange={(event) =>
                  setParams({ indicator: event.target.value }, { replace: true })
                }
              >
                {plannable.map((indicator) => (
                  <option key={indicator.id} value={indicator.id}>
                    {indicator.code} – {indicator.name}
                  </option>
                ))}
              </SelectField>
            </div>
            <IndicatorPoints key={chosen.id} access={access} indicator={chosen} />
          </>
        )}
      </div>
    </Page>
  );
}

function IndicatorPoints({
  access,
  indicator,
}: {
  access: UnitAccess;
  indicator: ResultIndicator;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => results.listPoints(indicator.id), [indicator.id]);
  const { data: points, error, reload } = useLoad(load);
  const feedback = useFeedback();

  return (
    <>
      <SeriesForm
        access={access}
        indicator={indicator}
        onCreated={(message) => {
          feedback.show(message);
          reload();
        }}
      />
      <FeedbackView feedback={feedback} />
      <section aria-labelledby={headingId} className="stack">
        <Heading level={2} data-size="xs" id={headingId}>
          {t('points.planned')}
        </Heading>
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !points ? (
          <Loading />
        ) : points.length === 0 ? (
          <Paragraph>{t('points.none')}</Paragraph>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
            <Table zebra data-size="sm" className="stacking-table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('points.column.period')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('points.column.dates')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('points.column.due')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('points.column.units')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {points.map((point) => (
                  <Table.Row key={point.id}>
                    <Table.Cell data-label={t('points.column.period')}>
                      {periodLabel(point.periodKey)}
                    </Table.Cell>
                    <Table.Cell data-label={t('points.column.dates')} className="nowrap">
                      {formatDate(point.periodStart)} – {formatDate(point.periodEnd)}
                    </Table.Cell>
                    <Table.Cell data-label={t('points.column.due')}>
                      {formatDate(point.dueDate)}
                    </Table.Cell>
                    <Table.Cell data-label={t('points.column.units')}>
                      {formatNumber(point.unitIds.length)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}

/** The units an indicator applies to that the user plans for: those a series can include. */
function plannedUnits(access: UnitAccess, indicator: ResultIndicator): string[] {
  const scope = new Set(indicator.unitIds.flatMap((id) => access.forest.subtreeIds(id)));
  return unitOptions(access.forest)
    .map((option) => option.unit.id)
    .filter((id) => scope.has(id) && access.can(id, 'planner'));
}

const seriesFields = ['from', 'to', 'dueDaysAfterEnd', 'unitIds'] as const;

/** The periods a planner picks between: two years back to four ahead, in the indicator's kind. */
function periodChoices(kind: PeriodKind): string[] {
  const year = Number(todayIso().slice(0, 4));
  const years = Array.from({ length: 7 }, (_, index) => year - 2 + index);
  return years.flatMap((y) => periodsInYear(kind, y).map((period) => period.key));
}

function SeriesForm({
  access,
  indicator,
  onCreated,
}: {
  access: UnitAccess;
  indicator: ResultIndicator;
  onCreated: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const errors = useFormErrors(seriesFields);
  const kind =
    indicator.definition.frequency === 'single_date' ? 'year' : indicator.definition.frequency;
  const choices = periodChoices(kind);
  const now = periodContaining(kind, todayIso()).key;
  const [from, setFrom] = useState(now);
  const [to, setTo] = useState(
    choices.filter((key) => key.startsWith(String(Number(now.slice(0, 4)) + 2))).pop() ?? now,
  );
  const [dueDays, setDueDays] = useState('15');
  const [everyUnit, setEveryUnit] = useState(true);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const scope = plannedUnits(access, indicator);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      const days = Number(dueDays.trim());
      const reply = await results.createSeries({
        indicatorId: indicator.id,
        from,
        to,
        dueDaysAfterEnd: Number.isInteger(days) ? days : -1,
        ...(everyUnit ? {} : { unitIds }),
      });
      const created = reply.created.length;
      const parts = [t('points.created', { count: created, shown: formatNumber(created) })];
      if (reply.skipped.length > 0) {
        parts.push(t('points.skipped', { periods: reply.skipped.map(periodLabel).join(', ') }));
      }
      onCreated(parts.join(' '));
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="panel">
      <form
        id={errors.formId}
        onSubmit={(event) => void submit(event)}
        noValidate
        className="stack"
      >
        <Heading level={2} data-size="xs" id={headingId}>
          {t('points.series.title')}
        </Heading>
        <Paragraph data-size="sm">
          {t('points.series.help', {
            frequency: t(`indicator.frequency.${indicator.definition.frequency}`).toLowerCase(),
          })}
        </Paragraph>
        <FormAlert message={errors.form} id={errors.alertId} />
        <div className="series-fields">
          <SelectField
            label={t('points.series.from')}
            name="from"
            value={from}
            error={errors.fields.from}
            onChange={(event) => setFrom(event.target.value)}
          >
            {choices.map((key) => (
              <option key={key} value={key}>
                {periodLabel(key)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('points.series.to')}
            name="to"
            value={to}
            error={errors.fields.to}
            onChange={(event) => setTo(event.target.value)}
          >
            {choices.map((key) => (
              <option key={key} value={key}>
                {periodLabel(key)}
              </option>
            ))}
          </SelectField>
          <Textfield
            label={t('points.series.dueDays')}
            description={t('points.series.dueDaysHelp')}
            name="dueDaysAfterEnd"
            inputMode="numeric"
            value={dueDays}
            error={errors.fields.dueDaysAfterEnd}
            onChange={(event) => setDueDays(event.target.value)}
          />
        </div>
        <Fieldset name="unitIds" tabIndex={-1}>
          <Fieldset.Legend>{t('points.series.units')}</Fieldset.Legend>
          <Radio
            name="unit-choice"
            label={t('points.series.everyUnit')}
            description={t('points.series.everyUnitHelp')}
            checked={everyUnit}
            onChange={() => setEveryUnit(true)}
          />
          <Radio
            name="unit-choice"
            label={t('points.series.chosenUnits')}
            checked={!everyUnit}
            onChange={() => setEveryUnit(false)}
          />
          {!everyUnit && (
            <div className="series-units">
              {scope.map((id) => (
                <Checkbox
                  key={id}
                  data-size="sm"
                  label={access.unitName(id)}
                  checked={unitIds.includes(id)}
                  onChange={(event) =>
                    setUnitIds((current) =>
                      event.target.checked ? [...current, id] : current.filter((u) => u !== id),
                    )
                  }
                />
              ))}
            </div>
          )}
          {errors.fields.unitIds && <ValidationMessage>{errors.fields.unitIds}</ValidationMessage>}
        </Fieldset>
        <div className="button-row">
          <Button type="submit" loading={busy}>
            <CalendarIcon aria-hidden />
            {t('points.series.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
