/**
 * The frame around every signed-in page: a skip link, the header with the municipality, the
 * main navigation, the language switch and the user's own menu, and the main region.
 */
import { Button, Link, SkipLink } from '@digdir/designsystemet-react';
import { LeaveIcon, PersonCircleIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Link as RouterLink } from 'react-router';
import { isAdministrator, useMe, useSession } from '../session/SessionProvider.js';
import { LanguageSwitch } from './LanguageSwitch.js';

interface NavItem {
  to: string;
  label: string;
  visible: boolean;
}

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { logOut } = useSession();
  const [leaving, setLeaving] = useState(false);

  // Actions and plans join this list as their pages are built.
  const items: NavItem[] = [
    { to: '/scorecard', label: t('nav.scorecard'), visible: true },
    { to: '/plans', label: t('nav.plans'), visible: true },
    { to: '/structure', label: t('nav.structure'), visible: true },
    { to: '/indicators', label: t('nav.indicators'), visible: true },
    { to: '/targets', label: t('nav.targets'), visible: true },
    { to: '/results', label: t('nav.results'), visible: true },
    { to: '/actions', label: t('nav.actions'), visible: true },
    { to: '/organisation', label: t('nav.organisation'), visible: true },
    { to: '/users', label: t('nav.users'), visible: isAdministrator(me) },
    { to: '/settings', label: t('nav.settings'), visible: isAdministrator(me) },
    { to: '/api-tokens', label: t('nav.apiTokens'), visible: isAdministrator(me) },
  ];

  // Once the session has ended, RequireSession sends the browser to the login page.
  async function leave() {
    setLeaving(true);
    try {
      await logOut();
    } catch {
      setLeaving(false);
    }
  }

  return (
    <div className="app">
      <SkipLink href="#main-content">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header__bar">
          <RouterLink to="/" className="app-brand">
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__tenant">{me.tenant.name}</span>
          </RouterLink>
          <div className="app-header__tools">
            <Link asChild className="app-header__user">
              <RouterLink to="/profile">
                <PersonCircleIcon aria-hidden fontSize="1.5em" />
                <span>
                  <span className="ds-sr-only">{t('nav.profileOf')} </span>
                  {me.user.name}
                </span>
              </RouterLink>
            </Link>
            <LanguageSwitch />
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => void leave()}
              loading={leaving}
            >
              <LeaveIcon aria-hidden />
              {t('nav.logout')}
            </Button>
          </div>
        </div>
        <nav className="app-nav" aria-label={t('nav.main')}>
          <ul>
            {items
              .filter((item) => item.visible)
              .map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="app-nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main id="main-content" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
