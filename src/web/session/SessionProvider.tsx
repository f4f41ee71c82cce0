/**
 * Who is logged in. The session itself is an httpOnly cookie; this keeps the answer of
 * /api/auth/me, follows the user's language, and notices when the server ends the session.
 */
import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { roleCovers } from '#domain/access.js';
import { onSessionEnded } from '../api.js';
import { changeLocale } from '../i18n/index.js';
import type { Locale, Me, Role } from '../types.js';
import * as sessionApi from './sessionApi.js';

export type Session =
  | { status: 'loading' }
  /** `loggedOut` when the user chose to leave, so nobody is sent back to their last page. */
  | { status: 'anonymous'; loggedOut: boolean }
  | { status: 'signedIn'; me: Me };

interface SessionValue {
  session: Session;
  logIn: (credentials: { email: string; password: string }) => Promise<void>;
  logOut: () => Promise<void>;
  /** Saves the user's own name or language and keeps the session in step. */
  updateMe: (changes: { name?: string; locale?: Locale }) => Promise<void>;
  chooseLocale: (locale: Locale) => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  const signIn = useCallback(async (me: Me) => {
    await changeLocale(me.user.locale);
    setSession({ status: 'signedIn', me });
  }, []);

  useEffect(() => {
    onSessionEnded(() => setSession({ status: 'anonymous', loggedOut: false }));
    // Any failure here, not only 401, leaves the user at the login page, which reports errors.
    sessionApi
      .fetchMe()
      .then(signIn, () => setSession({ status: 'anonymous', loggedOut: false }));
    return () => onSessionEnded(null);
  }, [signIn]);

  const value = useMemo<SessionValue>(
    () => ({
      session,
      logIn: async (credentials) => {
        await sessionApi.logIn(credentials);
        await signIn(await sessionApi.fetchMe());
      },
      logOut: async () => {
        await sessionApi.logOut();
        setSession({ status: 'anonymous', loggedOut: true });
      },
      updateMe: async (changes) => {
        await signIn(await sessionApi.updateMe(changes));
      },
      chooseLocale: async (locale) => {
        if (session.status === 'signedIn') await signIn(await sessionApi.updateMe({ locale }));
        else await changeLocale(locale);
      },
    }),
    [session, signIn],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The logged-in user; only for pages behind RequireSession. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.status !== 'signedIn') throw new Error('useMe needs a signed-in session');
  return session.me;
}

/** Whether the user administers some unit, which is what the user pages need. */
/** Whether the user holds `role`, or one above it, on some unit. */
export function holdsRole(me: Me, role: Role): boolean {
  return me.user.grants.some((grant) => roleCovers(grant.role, role));
}

export const isAdministrator = (me: Me): boolean => holdsRole(me, 'administrator');
