/**
 * The users an administrator manages: who they are, their roles and whether they can log in.
 * Anyone else is told that it takes the administrator role.
 */
import {
  Alert,
  Button,
  Checkbox,
  Link,
  Paragraph,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { PersonPlusIcon } from '@navikt/aksel-icons';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { FormDialog } from '../../components/FormDialog.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { currentLocale } from '../../i18n/index.js';
import { isAdministrator, useMe } from '../../session/SessionProvider.js';
import { type Locale, type User, locales } from '../../types.js';
import { GrantList } from './GrantList.js';
import { createUser, listUsers } from './usersApi.js';
import { fieldText, fieldRaw } from '../../components/formData.js';

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (isAdministrator(me)) return <UserList />;
  return (
    <Page title={t('user.listTitle')}>
      <AdministratorNeeded />
    </Page>
  );
}

/** What a user who administers no unit sees on the user pages instead of the users. */
export function AdministratorNeeded() {
  const { t } = useTranslation();
  return (
    <Alert data-color="info">
      <Paragraph>{t('user.needsAdministrator')}</Paragraph>
    </Alert>
  );
}

function UserList() {
  const { t } = useTranslation();
  const [includeDeactivated, setIncludeDeactivated] = useState(false);
  const [creating, setCreating] = useState(false);
  const load = useCallback(() => listUsers(includeDeactivated), [includeDeactivated]);
  const { data: users, error, reload } = useLoad(load);

  return (
    <Page
      title={t('user.listTitle')}
      actions={
        <Button data-size="sm" onClick={() => setCreating(true)}>
          <PersonPlusIcon aria-hidden />
          {t('user.create.open')}
        </Button>
      }
    >
      <div className="stack">
        <Checkbox
          label={t('user.includeDeactivated')}
          checked={includeDeactivated}
          onChange={(event) => setIncludeDeactivated(event.target.checked)}
          data-size="sm"
        />
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !users ? (
          <Loading />
        ) : (
          <UserTable users={users} />
        )}
      </div>
      <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}

function UserTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  if (users.length === 0) return <Paragraph>{t('user.none')}</Paragraph>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table zebra className="stacking-table">
        <caption id={captionId} className="ds-sr-only">
          {t('user.listTitle')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('user.field.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('user.field.email')}</Table.HeaderCell>
            <Table.HeaderCell>{t('user.roles')}</Table.HeaderCell>
            <Table.HeaderCell>{t('user.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.Cell data-label={t('user.field.name')}>
                <Link asChild>
                  <RouterLink to={`/users/${user.id}`}>{user.name}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell data-label={t('user.field.email')} className="break">
                {user.email}
              </Table.Cell>
              <Table.Cell data-label={t('user.roles')}>
                <GrantList grants={user.grants} />
              </Table.Cell>
              <Table.Cell data-label={t('user.status')}>
                <UserStatus user={user} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  return user.deactivatedAt ? (
    <Tag data-color="neutral" data-size="sm">
      {t('user.deactivated')}
    </Tag>
  ) : (
    <Tag data-color="success" data-size="sm">
      {t('user.active')}
    </Tag>
  );
}

const userFields = ['email', 'name', 'password', 'locale'] as const;

function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors(userFields);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('user.create.title')}
      submitLabel={t('user.create.submit')}
      errors={errors}
      onSubmit={async (form) => {
        const user = await createUser({
          email: fieldText(form, 'email'),
          name: fieldText(form, 'name'),
          password: fieldRaw(form, 'password'),
          locale: fieldText(form, 'locale') as Locale,
        });
        void navigate(`/users/${user.id}`, { state: { created: true } });
      }}
    >
      <Textfield
        label={t('user.field.name')}
        name="name"
        required
        autoComplete="off"
        error={errors.fields.name}
      />
      <Textfield
        label={t('user.field.email')}
        name="email"
        type="email"
        required
        autoComplete="off"
        error={errors.fields.email}
      />
      <Textfield
        label={t('user.field.initialPassword')}
        description={t('user.field.passwordHelp')}
        name="password"
        type="password"
        required
        autoComplete="new-password"
        error={errors.fields.password}
      />
      <SelectField
        label={t('user.field.locale')}
        name="locale"
        defaultValue={currentLocale()}
        error={errors.fields.locale}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale}>
            {t(`language.name.${locale}`)}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
