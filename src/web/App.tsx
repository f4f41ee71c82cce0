import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppShell } from './components/AppShell.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ActionFormPage } from './pages/actions/ActionFormPage.js';
import { ActionPage } from './pages/actions/ActionPage.js';
import { ActionsPage } from './pages/actions/ActionsPage.js';
import { ApiTokensPage } from './pages/apiTokens/ApiTokensPage.js';
import { IndicatorFormPage } from './pages/indicators/IndicatorFormPage.js';
import { IndicatorImportPage } from './pages/indicators/IndicatorImportPage.js';
import { IndicatorPage } from './pages/indicators/IndicatorPage.js';
import { IndicatorsPage } from './pages/indicators/IndicatorsPage.js';
import { LoginPage } from './pages/login/LoginPage.js';
import { ImportPage } from './pages/organisation/ImportPage.js';
import { OrganisationPage } from './pages/organisation/OrganisationPage.js';
import { PlansPage } from './pages/plans/PlansPage.js';
import { ProfilePage } from './pages/profile/ProfilePage.js';
import { DuePage } from './pages/results/DuePage.js';
import { EntryPage } from './pages/results/EntryPage.js';
import { InboxPage } from './pages/results/InboxPage.js';
import { PointsPage } from './pages/results/PointsPage.js';
import { ResultsImportPage } from './pages/results/ResultsImportPage.js';
import { IndicatorDetailPage } from './pages/scorecard/IndicatorDetailPage.js';
import { ScorecardViewPage } from './pages/scorecard/ScorecardViewPage.js';
import { SettingsPage } from './pages/settings/SettingsPage.js';
import { StructurePage } from './pages/structure/StructurePage.js';
import { TargetGridPage } from './pages/targets/TargetGridPage.js';
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
              <Route index element={<Navigate to="/scorecard" replace />} />
              <Route path="organisation" element={<OrganisationPage />} />
              <Route path="organisation/import" element={<ImportPage />} />
              <Route path="organisation/:unitId" element={<OrganisationPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="users/:userId" element={<UserPage />} />
              <Route path="profile" element={<ProfilePage />} />
              <Route path="plans" element={<PlansPage />} />
              <Route path="scorecard" element={<ScorecardViewPage />} />
              <Route path="scorecard/indicator" element={<IndicatorDetailPage />} />
              <Route path="structure" element={<StructurePage />} />
              <Route path="indicators" element={<IndicatorsPage />} />
              <Route path="indicators/new" element={<IndicatorFormPage />} />
              <Route path="indicators/import" element={<IndicatorImportPage />} />
              <Route path="indicators/:indicatorId" element={<IndicatorPage />} />
              <Route path="indicators/:indicatorId/edit" element={<IndicatorFormPage />} />
              <Route path="targets" element={<TargetGridPage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="results" element={<InboxPage />} />
              <Route path="results/entry" element={<EntryPage />} />
              <Route path="results/due" element={<DuePage />} />
              <Route path="results/points" element={<PointsPage />} />
              <Route path="results/import" element={<ResultsImportPage />} />
              <Route path="actions" element={<ActionsPage />} />
              <Route path="actions/new" element={<ActionFormPage />} />
              <Route path="actions/:actionId" element={<ActionPage />} />
              <Route path="actions/:actionId/edit" element={<ActionFormPage />} />
              <Route path="api-tokens" element={<ApiTokensPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
