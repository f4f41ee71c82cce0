/**
 * One user: their details, whether they can log in, their roles and the history of changes.
 * Only for administrators; anyone else is told so rather than refused by the server.
 */
import { Alert, Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { AuditHistory } from '../../components/AuditHistory.js';
import { FormDialog } from '../../components/FormDialog.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../components/messages.js';
import { arrangeUnits } from '../../components/unitTree.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { isAdministrator, useMe } from '../../session/SessionProvider.js';
import type { User } from '../../types.js';
import { listUnits } from '../organisation/orgUnitsApi.js';
import { UserDetailsForm } from './UserDetailsForm.js';
import { UserGrants } from './UserGrants.js';
import { AdministratorNeeded, UserStatus } from './UsersPage.js';
import { getUser, setUserActive } from './usersApi.js';

export function UserPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (isAdministrator(me)) return <UserLoader />;
  return (
    <Page title={t('user.title')}>
      <AdministratorNeeded />
    </Page>
  );
}

function UserLoader() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const load = useCallback(() => getUser(userId), [userId]);
  const { data: user, error, reload } = useLoad(load);

  const back = (
    <Link asChild>
      <RouterLink to="/users">
        <ArrowLeftIcon aria-hidden />
        {t('user.backToList')}
      </RouterLink>
    </Link>
  );

  if (error || !user) {
    return (
      <Page title={t('user.title')} actions={back}>
        {error ? <LoadError error={error} retry={reload} /> : <Loading />}
      </Page>
    );
  }
  return (
    <Page title={user.name} actions={back}>
      <UserView user={user} reload={reload} />
    </Page>
  );
}

function UserView({ user, reload }: { user: User; reload: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const [notice, setNotice] = useState<string | null>(justCreated ? t('user.create.done') : null);
  const [version, setVersion] = useState(0);
  const loadUnits = useCallback(() => listUnits(false), []);
  const { data: units } = useLoad(loadUnits);
  const forest = useMemo(() => (units ? arrangeUnits(units) : undefined), [units]);

  const changed = useCallback(
    (message: string) => {
      setNotice(message);
      setVersion((n) => n + 1);
      reload();
    },
    [reload],
  );

  return (
    <div className="stack user">
      <div className="user__summary">
        <UserStatus user={user} />
        <Paragraph className="break">{user.email}</Paragraph>
      </div>
      <div role="status" className="notice">
        {notice && (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <div className="user__columns">
        <UserDetailsForm key={`details-${version}`} user={user} onSaved={changed} />
        <ActiveCard user={user} isSelf={user.id === me.user.id} onChanged={changed} />
      </div>
      <div className="panel">
        <UserGrants user={user} forest={forest} onChanged={changed} />
      </div>
      <div className="panel">
        <AuditHistory
          key={`history-${version}`}
          subject={{ userId: user.id }}
          context={{ unitName: (id) => forest?.byId.get(id)?.name }}
        />
      </div>
    </div>
  );
}

/** Deactivating stops logins and ends sessions; history and roles stay for reactivation. */
function ActiveCard({
  user,
  isSelf,
  onChanged,
}: {
  user: User;
  isSelf: boolean;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = useFormErrors([]);
  const active = user.deactivatedAt === null;

  async function reactivate() {
    setFailure(null);
    try {
      await setUserActive(user.id, true);
      onChanged(t('user.reactivate.done'));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <Card className="stack" aria-labelledby={headingId} role="region">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('user.status')}
      </Heading>
      <Paragraph>{t(active ? 'user.activeHelp' : 'user.deactivatedHelp')}</Paragraph>
      {failure && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {active ? (
        !isSelf && (
          <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
            {t('user.deactivate.open')}
          </Button>
        )
      ) : (
        <Button variant="secondary" onClick={() => void reactivate()}>
          {t('user.reactivate.open')}
        </Button>
      )}
      <FormDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('user.deactivate.title', { name: user.name })}
        submitLabel={t('user.deactivate.submit')}
        danger
        errors={errors}
        onSubmit={async () => {
          await setUserActive(user.id, false);
          onChanged(t('user.deactivate.done'));
        }}
      >
        <Paragraph>{t('user.deactivate.help')}</Paragraph>
      </FormDialog>
    </Card>
  );
}
