/**
 * A unit's result for an indicator in the grid's last column: entered for the unit itself, or
 * computed from its subunits and marked so, with how many of them have reported.
 */
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Missing } from '../../components/Missing.js';
import { formatNumber } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import type { ResultIndicator, UnitResult } from '../../results/types.js';
import { valueText } from './measureText.js';
import { StatusMark } from './StatusMark.js';

export function TotalCell({
  indicator,
  result,
}: {
  indicator: ResultIndicator;
  result: UnitResult | undefined;
}) {
  const { t } = useTranslation();
  if (!result) return <Missing />;
  const rolled = result.result;
  return (
    <div className="total-cell">
      {rolled && (
        <span className="total-cell__value">
          {valueText(rolled.value, indicator, currentLocale())}
        </span>
      )}
      <span className="tag-list">
        <StatusMark status={result.status} />
        {rolled?.computed && (
          <Tag data-color="info" data-size="sm">
            {t('results.computed')}
          </Tag>
        )}
      </span>
      {rolled?.computed && (
        <span className="total-cell__coverage">
          {t('results.coverage', {
            covered: formatNumber(rolled.covered),
            total: formatNumber(rolled.total),
          })}
        </span>
      )}
    </div>
  );
}
