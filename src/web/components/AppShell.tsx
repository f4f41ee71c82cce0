/**
 * The frame around every signed-in page: a skip link, the header with the municipality, the
 * main navigation, the language switch and the user's own menu, and the main region. On narrow
 * screens the main navigation folds away behind a menu button.
 */
import { Button, Link, SkipLink } from '@digdir/designsystemet-react';
import { LeaveIcon, MenuHamburgerIcon, PersonCircleIcon, XMarkIcon } from '@navikt/aksel-icons';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Link as RouterLink, useLocation } from 'react-router';
import { holdsRole, isAdministrator, useMe, useSession } from '../session/SessionProvider.js';
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

  // Pages a reader can read stay for everyone; the target grid is only for setting targets.
  const items: NavItem[] = [
    { to: '/scorecard', label: t('nav.scorecard'), visible: true },
    { to: '/plans', label: t('nav.plans'), visible: true },
    { to: '/structure', label: t('nav.structure'), visible: true },
    { to: '/indicators', label: t('nav.indicators'), visible: true },
    { to: '/targets', label: t('nav.targets'), visible: holdsRole(me, 'planner') },
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
        <MainNav items={items.filter((item) => item.visible)} />
      </header>
      <main id="main-content" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </div>
  );
}

/**
 * The main menu: a row of links on wide screens; on narrow ones a button that shows and hides
 * them (CSS decides which, so nothing changes when the window is resized). It closes when the
 * user goes to another page and on Escape, which hands focus back to the button.
 */
function MainNav({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // Open only for the page it was opened on, so following any link closes it.
  const { key: page } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === page;

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpenOn(null);
    toggle.current?.focus();
  }

  return (
    <nav className="app-nav" aria-label={t('nav.main')} data-open={open} onKeyDown={closeOnEscape}>
      <Button
        ref={toggle}
        variant="secondary"
        data-size="sm"
        className="app-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenOn(open ? null : page)}
      >
        {open ? <XMarkIcon aria-hidden /> : <MenuHamburgerIcon aria-hidden />}
        {t('nav.menu')}
      </Button>
      <ul id={listId}>
        {items.map((item) => (
          <li key={item.to}>
            {/* A link to the page already shown changes nothing, so close the menu here too. */}
            <NavLink to={item.to} className="app-nav__link" onClick={() => setOpenOn(null)}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
