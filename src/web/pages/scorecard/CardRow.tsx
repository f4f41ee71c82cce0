/**
 * One indicator on the styringskort: its target (and where it comes from), the result with its
 * status, the two comparisons with their trend, recent periods as a sparkline and the latest
 * comment. Memoised: a scorecard of 40 rows renders once per response, not once per keystroke.
 */
import { Link, Tag } from '@digdir/designsystemet-react';
import { ArrowDownRightIcon } from '@navikt/aksel-icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CardIndicatorInfo, CardRow, Comparison } from '#domain/scorecardView.js';
import { Missing } from '../../components/Missing.js';
import { formatNumber } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import { StatusMark } from '../results/StatusMark.js';
import { resultText, targetLimitText, targetText } from './cardText.js';
import { indicatorPath, newActionPath } from './cardView.js';
import { Sparkline } from './Sparkline.js';
import { TrendMark } from './TrendMark.js';

export interface RowContext {
  unitId: string;
  period: string;
  /** A year has no "same period last year" apart from the previous period, so it is left out. */
  showLastYear: boolean;
  /** Whether the user may add actions on the unit (reporter or more). */
  canAct: boolean;
  /** This scorecard's address, where the action form returns once saved. */
  returnTo: string;
}

/** The column headings; a narrow table stacks its rows and shows them as each cell's label. */
export function useColumnLabels(context: RowContext) {
  const { t } = useTranslation();
  return {
    indicator: t('scorecard.column.indicator'),
    target: t('scorecard.column.target'),
    result: t('scorecard.column.result', { period: periodLabel(context.period) }),
    status: t('scorecard.column.status'),
    previous: t('scorecard.column.previous'),
    lastYear: t('scorecard.column.lastYear'),
    sparkline: t('scorecard.column.sparkline'),
    comment: t('scorecard.column.comment'),
  };
}

export const CardRowView = memo(function CardRowView({
  row,
  context,
}: {
  row: CardRow;
  context: RowContext;
}) {
  const { indicator } = row;
  const labels = useColumnLabels(context);
  return (
    <tr className="card-row">
      <th scope="row" className="card-row__indicator">
        <Link asChild>
          <RouterLink to={indicatorPath(context.unitId, indicator.id, context.period)}>
            {indicator.name}
          </RouterLink>
        </Link>
        <span className="card-row__meta">{indicator.code}</span>
      </th>
      <td data-label={labels.target}>
        <TargetCell row={row} />
      </td>
      <td data-label={labels.result}>
        <ResultCell row={row} />
      </td>
      <td data-label={labels.status}>
        <StatusCell row={row} context={context} />
      </td>
      <td data-label={labels.previous}>
        <ComparisonCell comparison={row.previous} indicator={indicator} />
      </td>
      {context.showLastYear && (
        <td data-label={labels.lastYear}>
          <ComparisonCell comparison={row.lastYear} indicator={indicator} />
        </td>
      )}
      <td data-label={labels.sparkline}>
        <Sparkline outcomes={row.sparkline} indicator={indicator} />
      </td>
      <td data-label={labels.comment}>
        <CommentCell row={row} />
      </td>
    </tr>
  );
});

function TargetCell({ row }: { row: CardRow }) {
  const { t } = useTranslation();
  const target = row.outcome.target;
  if (!target) return <Missing />;
  return (
    <div className="card-cell">
      <span className="card-cell__value">{targetText(target.values, row.indicator)}</span>
      <span className="card-cell__note">{targetLimitText(target.values, row.indicator)}</span>
      {target.inheritedFrom && (
        <span className="card-cell__note card-cell__inherited">
          <ArrowDownRightIcon aria-hidden />
          {t('target.inheritedFrom', { unit: target.inheritedFrom.name })}
        </span>
      )}
    </div>
  );
}

function ResultCell({ row }: { row: CardRow }) {
  const { t } = useTranslation();
  const result = row.outcome.result;
  return (
    <div className="card-cell">
      {result ? (
        <span className="card-cell__value card-cell__result">
          {resultText(result.value, row.indicator)}
        </span>
      ) : (
        <Missing />
      )}
      {row.latestAvailable && (
        <span className="card-cell__note">
          {t('scorecard.latestOf', { period: periodLabel(row.outcome.periodKey) })}
        </span>
      )}
      {result?.computed && (
        <span className="card-cell__note">
          <Tag data-color="info" data-size="sm">
            {t('results.computed')}
          </Tag>{' '}
          {t('results.coverage', {
            covered: formatNumber(result.covered),
            total: formatNumber(result.total),
          })}
        </span>
      )}
    </div>
  );
}

function StatusCell({ row, context }: { row: CardRow; context: RowContext }) {
  const { t } = useTranslation();
  return (
    <div className="card-cell">
      <StatusMark status={row.outcome.status} />
      {row.redWithoutAction && (
        <span className="card-cell__flag">
          <span aria-hidden>⚑ </span>
          {t('scorecard.redWithoutAction')}
        </span>
      )}
      {row.redWithoutAction && context.canAct && (
        <AddActionLink
          unitId={context.unitId}
          indicator={row.indicator}
          returnTo={context.returnTo}
        />
      )}
      {row.actionCount > 0 && (
        <span className="card-cell__note">
          {t('scorecard.actionCount', { count: row.actionCount })}
        </span>
      )}
    </div>
  );
}

/** The action form for a red result, linked to its indicator, named after it for a screen reader. */
export function AddActionLink({
  unitId,
  indicator,
  returnTo,
}: {
  unitId: string;
  indicator: { id: string; name: string };
  returnTo: string;
}) {
  const { t } = useTranslation();
  return (
    <Link asChild data-size="sm" className="card-cell__add">
      <RouterLink
        to={newActionPath(unitId, indicator.id, returnTo)}
        aria-label={t('scorecard.addActionFor', { indicator: indicator.name })}
      >
        {t('scorecard.addAction')}
      </RouterLink>
    </Link>
  );
}

function ComparisonCell({
  comparison,
  indicator,
}: {
  comparison: Comparison | null;
  indicator: CardIndicatorInfo;
}) {
  if (!comparison || comparison.value === null) return <Missing />;
  return (
    <div className="card-cell">
      <span className="card-cell__value">{resultText(comparison.value, indicator)}</span>
      {comparison.trend && <TrendMark trend={comparison.trend} />}
      <span className="card-cell__note">{periodLabel(comparison.periodKey)}</span>
    </div>
  );
}

function CommentCell({ row }: { row: CardRow }) {
  const comment = row.comment;
  if (!comment) return <Missing />;
  const by = [comment.author, periodLabel(comment.periodKey)].filter(Boolean).join(', ');
  return (
    <div className="card-cell">
      <span className="card-comment">{comment.text}</span>
      <span className="card-cell__note">{by}</span>
    </div>
  );
}
