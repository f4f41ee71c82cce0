/**
 * A unit's children side by side: one row per subunit, one column per indicator, each cell the
 * subunit's result with its status as colour, symbol and words, so the units that pull the result
 * down stand out. A unit's name opens its own scorecard; a cell opens the indicator over time.
 * Units with no target, result or overdue report in the period get no row, only their names below.
 */
import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type {
  CardIndicatorInfo,
  CardUnit,
  PeriodOutcome,
  SubunitMatrix as Matrix,
} from '#domain/scorecardView.js';
import { statusPresentation } from '#domain/status.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { useLoad } from '../../components/useLoad.js';
import { periodLabel } from '../../register/periods.js';
import { resultText } from './cardText.js';
import { indicatorPath, scorecardPath } from './cardView.js';
import { getSubunitMatrix } from './detailApi.js';
import './indicatorDetail.css';

export function SubunitMatrix({ unitId, period }: { unitId: string; period: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => getSubunitMatrix(unitId, period), [unitId, period]);
  const { data, error, reload } = useLoad(load);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Loading />;
  if (data.units.length === 0 || data.indicators.length === 0) {
    return <Paragraph>{t('subunitMatrix.empty', { unit: data.unit.name })}</Paragraph>;
  }
  const active = new Set(data.cells.filter(takesPart).map((cell) => cell.orgUnitId));
  const shown = data.units.filter((unit) => active.has(unit.id));
  const idle = data.units.filter((unit) => !active.has(unit.id));
  return (
    <div className="stack">
      {shown.length > 0 ? (
        <MatrixTable matrix={{ ...data, units: shown }} />
      ) : (
        <Paragraph>
          {t('subunitMatrix.noneTakePart', {
            unit: data.unit.name,
            period: periodLabel(data.period.key),
          })}
        </Paragraph>
      )}
      {idle.length > 0 && <IdleUnits units={idle} period={data.period.key} />}
    </div>
  );
}

type Cell = Matrix['cells'][number];

/** A cell with something to show: a target, a result, or a report that is overdue. */
const takesPart = (cell: Cell) =>
  cell.target !== null || cell.result !== null || cell.status === 'overdue';

/** The subunits whose row would be nothing but "Ikke målt", named on one line, each a link. */
function IdleUnits({ units, period }: { units: CardUnit[]; period: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="subunit-matrix__idle unit-links">
      <span className="unit-links__label" id={labelId}>{t('subunitMatrix.idle')}</span>
      <ul aria-labelledby={labelId}>
        {units.map((unit) => (
          <li key={unit.id}>
            <Link asChild>
              <RouterLink to={scorecardPath(unit.id, period, 'table')}>{unit.name}</RouterLink>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MatrixTable({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const captionId = useId();
  const cells = new Map(
    matrix.cells.map((cell) => [`${cell.orgUnitId}:${cell.indicatorId}`, cell]),
  );

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" border className="subunit-matrix">
        <caption id={captionId}>
          {t('subunitMatrix.caption', {
            unit: matrix.unit.name,
            period: periodLabel(matrix.period.key),
          })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('subunitMatrix.unit')}</Table.HeaderCell>
            {matrix.indicators.map((indicator) => (
              <Table.HeaderCell
                key={indicator.id}
                scope="col"
                className="subunit-matrix__indicator"
              >
                <span className="subunit-matrix__name">{indicator.name}</span>
                <span className="subunit-matrix__measure">
                  {t(`indicator.unitOfMeasure.${indicator.unitOfMeasure}`)}
                </span>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {matrix.units.map((unit) => (
            <Table.Row key={unit.id}>
              <Table.HeaderCell scope="row" className="subunit-matrix__unit">
                <Link asChild>
                  <RouterLink to={scorecardPath(unit.id, matrix.period.key, 'table')}>
                    {unit.name}
                  </RouterLink>
                </Link>
              </Table.HeaderCell>
              {matrix.indicators.map((indicator) => (
                <MatrixCell
                  key={indicator.id}
                  cell={cells.get(`${unit.id}:${indicator.id}`)}
                  unit={unit}
                  indicator={indicator}
                  period={matrix.period.key}
                />
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function MatrixCell({
  cell,
  unit,
  indicator,
  period,
}: {
  cell: Cell | undefined;
  unit: CardUnit;
  indicator: CardIndicatorInfo;
  period: string;
}) {
  const { t } = useTranslation();
  if (!cell) {
    return (
      <Table.Cell className="subunit-matrix__cell subunit-matrix__cell--none">
        <span className="ds-sr-only">{t('subunitMatrix.notApplicable')}</span>
      </Table.Cell>
    );
  }
  const { symbol, tone } = statusPresentation[cell.status];
  return (
    <Table.Cell data-color={tone} className={`subunit-matrix__cell status-${cell.status}`}>
      <RouterLink to={indicatorPath(unit.id, indicator.id, period)}>
        <OutcomeValue outcome={cell} indicator={indicator} />
        <span className="subunit-matrix__status">
          <span aria-hidden className="subunit-matrix__symbol">
            {symbol}
          </span>{' '}
          {t(`status.${cell.status}`)}
        </span>
        {cell.periodKey !== period && (
          <span className="subunit-matrix__when">
            {t('subunitMatrix.latestOf', { period: periodLabel(cell.periodKey) })}
          </span>
        )}
        <span className="ds-sr-only">
          {' '}
          {t('subunitMatrix.cellContext', { indicator: indicator.name, unit: unit.name })}
        </span>
      </RouterLink>
    </Table.Cell>
  );
}

function OutcomeValue({
  outcome,
  indicator,
}: {
  outcome: PeriodOutcome;
  indicator: CardIndicatorInfo;
}) {
  if (!outcome.result) return null;
  return (
    <span className="subunit-matrix__value">{resultText(outcome.result.value, indicator)} </span>
  );
}
