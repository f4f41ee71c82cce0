import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppShell } from './components/AppShell.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { LoginPage } from './pages/login/LoginPage.js';
import { ImportPage } from './pages/organisation/ImportPage.js';
import { OrganisationPage } from './pages/organisation/OrganisationPage.js';
import { ProfilePage } from './pages/profile/ProfilePage.js';
import { UserPage } from './pages/users/UserPage.js';
import { UsersPage } from './pages/users/UsersPage.js';
import { RequireSession } from './session/RequireSession.js';
import { SessionProvider } from './session/SessionProvider.js';

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route element={<RequireSession />}>
            <Route element={<AppShell />}>
              <Route index element={<Navigate to="/organisation" replace />} />
              <Route path="organisation" element={<OrganisationPage />} />
              <Route path="organisation/import" element={<ImportPage />} />
              <Route path="organisation/:unitId" element={<OrganisationPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="users/:userId" element={<UserPage />} />
              <Route path="profile" element={<ProfilePage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
