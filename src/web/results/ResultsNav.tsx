/**
 * The pages of result work side by side: what is due, the entry grid, the deadlines and
 * measurement points planners keep, and importing from a file. Each shows only to those whose
 * roles can use it; the server checks every call again.
 */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { holdsRole, useMe } from '../session/SessionProvider.js';

export function ResultsNav() {
  const { t } = useTranslation();
  const me = useMe();
  const items = [
    { to: '/results', label: t('results.nav.inbox'), role: 'reader' },
    { to: '/results/entry', label: t('results.nav.entry'), role: 'reader' },
    { to: '/results/due', label: t('results.nav.due'), role: 'planner' },
    { to: '/results/points', label: t('results.nav.points'), role: 'planner' },
    { to: '/results/import', label: t('results.nav.import'), role: 'reporter' },
  ] as const;

  return (
    <nav aria-label={t('results.nav.label')} className="sub-nav">
      <ul>
        {items
          .filter((item) => holdsRole(me, item.role))
          .map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end className="sub-nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
