/**
 * Where the unit sits: the breadcrumb from the top of the organisation, and the units right below
 * it, each a link to its own scorecard for the same period and view.
 */
import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Scorecard } from '#domain/scorecardView.js';
import { Trail } from '../../components/Trail.js';
import { type View, scorecardPath } from './cardView.js';

/**
 * `canRead` tells which units the user may open: a unit above their reach is named in the trail
 * but not linked, since its scorecard would only answer "not found".
 */
export function UnitTrail({
  card,
  view,
  canRead,
}: {
  card: Scorecard;
  view: View;
  canRead: (unitId: string) => boolean;
}) {
  const { t } = useTranslation();
  const to = (unitId: string) => scorecardPath(unitId, card.period.key, view);
  const parent = card.ancestors[card.ancestors.length - 1];

  return (
    <div className="card-trail">
      {parent && (
        <Trail
          label={t('scorecard.trail')}
          back={
            canRead(parent.id)
              ? {
                  to: to(parent.id),
                  name: parent.name,
                  label: t('scorecard.backTo', { unit: parent.name }),
                }
              : undefined
          }
          steps={[...card.ancestors, card.unit].map((unit) => ({
            id: unit.id,
            name: unit.name,
            to: canRead(unit.id) ? to(unit.id) : undefined,
          }))}
        />
      )}
      {card.children.length > 0 && (
        <nav className="card-children unit-links" aria-label={t('scorecard.children')}>
          <span className="unit-links__label" aria-hidden>
            {t('scorecard.children')}:
          </span>
          <ul>
            {card.children.map((child) => (
              <li key={child.id}>
                <Link asChild>
                  <RouterLink to={to(child.id)}>{child.name}</RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
