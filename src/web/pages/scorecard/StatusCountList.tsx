/**
 * How many results have each status, as symbol, number and words: ✓ 3 nådd · ✕ 1 ikke nådd.
 * Compact, the words are left to screen readers and the strategy map's legend.
 */
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '#domain/scorecardView.js';
import { type Status, statusPresentation, statuses } from '#domain/status.js';

export function StatusCountList({
  counts,
  label,
  compact = false,
}: {
  counts: StatusCounts;
  label: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const shown = statuses.filter((status) => counts[status] > 0);
  if (shown.length === 0) return null;

  return (
    <ul
      className={compact ? 'status-counts status-counts--compact' : 'status-counts'}
      aria-label={label}
    >
      {shown.map((status) => (
        <li key={status}>
          <Tag data-color={statusPresentation[status].tone} data-size="sm" className="status-mark">
            <span aria-hidden className="status-mark__symbol">
              {statusPresentation[status].symbol}
            </span>
            {compact ? (
              <CompactCount status={status} count={counts[status]} />
            ) : (
              t(`scorecard.counts.${status}`, { count: counts[status] })
            )}
          </Tag>
        </li>
      ))}
    </ul>
  );
}

function CompactCount({ status, count }: { status: Status; count: number }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden>{count}</span>
      <span className="ds-sr-only">{t(`scorecard.counts.${status}`, { count })}</span>
    </>
  );
}

/** What each symbol means, for the compact counts. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <ul className="status-legend" aria-hidden>
      {statuses.map((status) => (
        <li key={status}>
          <span
            className={`status-legend__symbol status-legend__symbol--${statusPresentation[status].tone}`}
          >
            {statusPresentation[status].symbol}
          </span>
          {t(`status.${status}`)}
        </li>
      ))}
    </ul>
  );
}
