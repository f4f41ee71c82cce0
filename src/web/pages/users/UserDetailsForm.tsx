/** An administrator's form for a user's name, email, language and, when needed, a new password. */
import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { type Locale, type User, locales } from '../../types.js';
import { type UserChanges, updateUser } from './usersApi.js';
import { fieldText, fieldRaw } from '../../components/formData.js';

const fields = ['name', 'email', 'locale', 'password'] as const;

export function UserDetailsForm({
  user,
  onSaved,
}: {
  user: User;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const errors = useFormErrors(fields);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const password = fieldRaw(form, 'password');
    const changes: UserChanges = {
      name: fieldText(form, 'name'),
      email: fieldText(form, 'email'),
      locale: fieldText(form, 'locale') as Locale,
      ...(password ? { password } : {}),
    };
    setBusy(true);
    errors.clear();
    try {
      await updateUser(user.id, changes);
      onSaved(t('user.edit.done'));
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card role="region" aria-labelledby={headingId}>
      <form
        id={errors.formId}
        onSubmit={(event) => void submit(event)}
        noValidate
        className="stack"
      >
        <Heading level={2} data-size="xs" id={headingId}>
          {t('user.edit.title')}
        </Heading>
        <FormAlert message={errors.form} id={errors.alertId} />
        <Textfield
          label={t('user.field.name')}
          name="name"
          defaultValue={user.name}
          required
          error={errors.fields.name}
        />
        <Textfield
          label={t('user.field.email')}
          name="email"
          type="email"
          defaultValue={user.email}
          required
          autoComplete="off"
          error={errors.fields.email}
        />
        <SelectField
          label={t('user.field.locale')}
          name="locale"
          defaultValue={user.locale}
          error={errors.fields.locale}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {t(`language.name.${locale}`)}
            </option>
          ))}
        </SelectField>
        <Textfield
          label={t('user.field.newPassword')}
          description={t('user.field.newPasswordHelp')}
          name="password"
          type="password"
          autoComplete="new-password"
          error={errors.fields.password}
        />
        <div>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
