import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/Loading.js';
import { useSession } from './SessionProvider.js';

/** Pages behind it need a signed-in user; others are sent to log in and brought back after. */
export function RequireSession() {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'anonymous') {
    if (session.loggedOut) return <Navigate to="/login" replace />;
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return <Outlet />;
}
