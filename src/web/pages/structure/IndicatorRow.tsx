/**
 * One indicator in the målekart: what it measures, its target for the unit and where the target
 * comes from, with the planner's one-click override and revert.
 */
import { Button, Link } from '@digdir/designsystemet-react';
import { ArrowUndoIcon, PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { periodLabel } from '../../register/periods.js';
import { TargetMark } from '../../register/TargetMark.js';
import { describeTarget } from '../../register/targetValues.js';
import type { StructureIndicator } from '../../register/types.js';
import type { TargetMode } from './TargetDialog.js';

export interface TargetActions {
  /** Whether the user may set targets on the unit shown. */
  canPlan: boolean;
  /** Whether the unit is the top of the organisation, which has nothing to inherit. */
  isTop: boolean;
  unitName: (unitId: string) => string | undefined;
  open: (item: StructureIndicator, mode: TargetMode) => void;
  revert: (item: StructureIndicator) => void;
}

export function IndicatorRow({
  item,
  actions,
}: {
  item: StructureIndicator;
  actions: TargetActions;
}) {
  const { t } = useTranslation();
  const { indicator, target } = item;
  const { definition } = indicator;
  const own = target !== null && target.inheritedFrom === null;
  const context = { indicator: indicator.name };

  return (
    <li className="sc-indicator">
      <div className="sc-indicator__about">
        <Link asChild>
          <RouterLink to={`/indicators/${indicator.id}`}>{indicator.name}</RouterLink>
        </Link>
        <span className="sc-indicator__meta">
          {indicator.code} · {t(`indicator.direction.${definition.direction}`)} ·{' '}
          {t(`indicator.unitOfMeasure.${definition.unitOfMeasure}`)}
        </span>
      </div>
      <div className="sc-indicator__target">
        {target ? (
          <>
            <span className="sc-indicator__values">
              {describeTarget(target.values, definition.decimals)}
            </span>
            <span className="sc-indicator__source">
              <TargetMark target={target} unitName={actions.unitName} />
              <span className="muted">
                {t('target.validFrom', { period: periodLabel(target.validFromPeriod) })}
              </span>
            </span>
          </>
        ) : (
          <span className="muted">{t('target.none')}</span>
        )}
      </div>
      {actions.canPlan && (
        <div className="button-row sc-indicator__actions">
          {!target && (
            <Button variant="secondary" data-size="sm" onClick={() => actions.open(item, 'set')}>
              <PlusIcon aria-hidden />
              {t('target.action.set')}
              <span className="ds-sr-only"> {t('target.action.for', context)}</span>
            </Button>
          )}
          {target && !own && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => actions.open(item, 'override')}
            >
              <PencilIcon aria-hidden />
              {t('target.action.override')}
              <span className="ds-sr-only"> {t('target.action.for', context)}</span>
            </Button>
          )}
          {own && (
            <>
              <Button variant="secondary" data-size="sm" onClick={() => actions.open(item, 'edit')}>
                <PencilIcon aria-hidden />
                {t('target.action.edit')}
                <span className="ds-sr-only"> {t('target.action.for', context)}</span>
              </Button>
              <Button variant="tertiary" data-size="sm" onClick={() => actions.revert(item)}>
                <ArrowUndoIcon aria-hidden />
                {t(actions.isTop ? 'target.action.remove' : 'target.action.revert')}
                <span className="ds-sr-only"> {t('target.action.for', context)}</span>
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
