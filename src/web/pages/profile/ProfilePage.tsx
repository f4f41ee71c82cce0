/** The user's own profile: name and language, the roles they hold, and a new password. */
import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useMe, useSession } from '../../session/SessionProvider.js';
import { changePassword } from '../../session/sessionApi.js';
import { type Locale, locales } from '../../types.js';
import { GrantList } from '../users/GrantList.js';
import { fieldText, fieldRaw } from '../../components/formData.js';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const rolesId = useId();
  return (
    <Page title={t('profile.title')}>
      <div className="profile">
        <ProfileForm />
        <PasswordForm />
        <Card role="region" aria-labelledby={rolesId} className="stack">
          <Heading level={2} data-size="xs" id={rolesId}>
            {t('profile.roles')}
          </Heading>
          <Paragraph data-size="sm">{me.user.email}</Paragraph>
          <GrantList grants={me.user.grants} />
        </Card>
      </div>
    </Page>
  );
}

/** Tracks a form's busy state, error display and success message in one place. */
function useSubmit(fields: readonly string[]) {
  const errors = useFormErrors(fields);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function run(
    event: FormEvent<HTMLFormElement>,
    action: (form: FormData) => Promise<string>,
  ) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    setBusy(true);
    setSaved(null);
    errors.clear();
    try {
      setSaved(await action(new FormData(form)));
      form.reset();
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }
  return { errors, busy, saved, run };
}

function ProfileForm() {
  const { t } = useTranslation();
  const me = useMe();
  const { updateMe } = useSession();
  const headingId = useId();
  const { errors, busy, saved, run } = useSubmit(['name', 'locale']);

  return (
    <Card role="region" aria-labelledby={headingId}>
      <form
        id={errors.formId}
        noValidate
        className="stack"
        onSubmit={(event) =>
          void run(event, async (form) => {
            const locale = fieldText(form, 'locale') as Locale;
            await updateMe({ name: fieldText(form, 'name'), locale });
            return t('profile.saved', { lng: locale });
          })
        }
      >
        <Heading level={2} data-size="xs" id={headingId}>
          {t('profile.details')}
        </Heading>
        <FormAlert message={errors.form} id={errors.alertId} />
        <Textfield
          key={me.user.name}
          label={t('user.field.name')}
          name="name"
          defaultValue={me.user.name}
          autoComplete="name"
          required
          error={errors.fields.name}
        />
        <SelectField
          key={me.user.locale}
          label={t('user.field.locale')}
          name="locale"
          defaultValue={me.user.locale}
          error={errors.fields.locale}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`language.name.${locale}`)}
            </option>
          ))}
        </SelectField>
        <SavedNotice message={saved} />
        <div>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const { errors, busy, saved, run } = useSubmit(['currentPassword', 'newPassword']);

  return (
    <Card role="region" aria-labelledby={headingId}>
      <form
        id={errors.formId}
        noValidate
        className="stack"
        onSubmit={(event) =>
          void run(event, async (form) => {
            await changePassword({
              currentPassword: fieldRaw(form, 'currentPassword'),
              newPassword: fieldRaw(form, 'newPassword'),
            });
            return t('profile.password.saved');
          })
        }
      >
        <Heading level={2} data-size="xs" id={headingId}>
          {t('profile.password.title')}
        </Heading>
        <FormAlert message={errors.form} id={errors.alertId} />
        <Textfield
          label={t('profile.password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={errors.fields.currentPassword}
        />
        <Textfield
          label={t('profile.password.new')}
          description={t('user.field.passwordHelp')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          error={errors.fields.newPassword}
        />
        <SavedNotice message={saved} />
        <div>
          <Button type="submit" loading={busy}>
            {t('profile.password.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function SavedNotice({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message && (
        <Alert data-color="success">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
