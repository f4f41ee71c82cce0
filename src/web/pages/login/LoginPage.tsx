/** Logging in: email and password, with the server's refusals in the user's language. */
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { usePageTitle } from '../../components/Page.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useSession } from '../../session/SessionProvider.js';
import { fieldText, fieldRaw } from '../../components/formData.js';

const fields = ['email', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { session, logIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const errors = useFormErrors(fields, 'login');
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (session.status === 'signedIn' && !busy) return <Navigate to={from} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    errors.clear();
    try {
      await logIn({ email: fieldText(form, 'email'), password: fieldRaw(form, 'password') });
      void navigate(from, { replace: true });
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login">
      <header className="login__top">
        <span className="app-brand__name">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="login__main" id="main-content">
        <Card className="login__card">
          <Heading level={1} data-size="md">
            {t('login.title')}
          </Heading>
          <Paragraph>{t('login.intro')}</Paragraph>
          <form
            id={errors.formId}
            onSubmit={(event) => void submit(event)}
            noValidate
            className="stack"
          >
            <FormAlert message={errors.form} id={errors.alertId} />
            <Textfield
              label={t('login.email')}
              name="email"
              type="email"
              autoComplete="username"
              required
              error={errors.fields.email}
            />
            <Textfield
              label={t('login.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={errors.fields.password}
            />
            <Button type="submit" loading={busy}>
              {t('login.submit')}
            </Button>
          </form>
        </Card>
      </main>
    </div>
  );
}
