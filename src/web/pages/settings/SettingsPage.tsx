/**
 * The municipality's settings. Administrators of the whole organisation change them; everyone
 * else sees what they are.
 */
import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNorwegianNumber } from '#domain/numbers.js';
import { FormAlert } from '../../components/FormAlert.js';
import { fieldText } from '../../components/formData.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { formatNumber } from '../../format.js';
import { getSettings, updateSettings } from '../../register/registerApi.js';
import { typingError } from '../../register/targetValues.js';
import type { Settings } from '../../register/types.js';
import { useUnitAccess } from '../../register/useUnitAccess.js';
import { PlanSectionSettings } from './PlanSectionSettings.js';

export function SettingsPage() {
  const { t } = useTranslation();
  const { data: settings, error, reload } = useLoad(getSettings);
  const { access } = useUnitAccess();
  const administrator = access?.rootId !== undefined && access.can(access.rootId, 'administrator');
  const planner = access?.rootId !== undefined && access.can(access.rootId, 'planner');

  return (
    <Page title={t('settings.title')}>
      {error ? (
        <LoadError error={error} retry={reload} />
      ) : !settings || !access ? (
        <Loading />
      ) : (
        <div className="settings">
          <ScorecardSettings settings={settings} editable={administrator} />
          <PlanSectionSettings editable={planner} />
        </div>
      )}
    </Page>
  );
}

const scorecardFields = ['maxIndicatorsPerScorecard'] as const;

/** The scorecard's settings: a form for administrators of the whole municipality, else facts. */
function ScorecardSettings({ settings, editable }: { settings: Settings; editable: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [current, setCurrent] = useState(settings.maxIndicatorsPerScorecard);
  const heading = (
    <>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('settings.scorecard.title')}
      </Heading>
      <Paragraph data-size="sm">{t('settings.scorecard.help')}</Paragraph>
    </>
  );

  return (
    <Card role="region" aria-labelledby={headingId}>
      {editable ? (
        <ScorecardForm current={current} onSaved={setCurrent}>
          {heading}
        </ScorecardForm>
      ) : (
        <div className="stack">
          {heading}
          <dl className="facts">
            <dt>{t('settings.scorecard.maxIndicators')}</dt>
            <dd>{formatNumber(current)}</dd>
          </dl>
          <Paragraph data-size="sm" className="muted">
            {t('settings.readOnly')}
          </Paragraph>
        </div>
      )}
    </Card>
  );
}

function ScorecardForm({
  current,
  onSaved,
  children,
}: {
  current: number;
  onSaved: (max: number) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(scorecardFields);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(null);
    errors.clear();
    const parsed = parseNorwegianNumber(fieldText(form, 'maxIndicatorsPerScorecard'));
    if (!parsed.ok || !Number.isInteger(parsed.value)) {
      const code = !parsed.ok && parsed.reason === 'empty' ? 'required' : 'not_whole';
      errors.fail(typingError([{ field: 'maxIndicatorsPerScorecard', code, message: code }]));
      return;
    }
    setBusy(true);
    try {
      const next = await updateSettings({ maxIndicatorsPerScorecard: parsed.value });
      onSaved(next.maxIndicatorsPerScorecard);
      setSaved(t('settings.saved'));
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id={errors.formId} noValidate className="stack" onSubmit={(event) => void submit(event)}>
      {children}
      <FormAlert message={errors.form} id={errors.alertId} />
      <Textfield
        label={t('settings.scorecard.maxIndicators')}
        description={t('settings.scorecard.maxIndicatorsHelp')}
        name="maxIndicatorsPerScorecard"
        defaultValue={String(current)}
        inputMode="numeric"
        autoComplete="off"
        required
        error={errors.fields.maxIndicatorsPerScorecard}
      />
      <div role="status">
        {saved && (
          <Alert data-color="success">
            <Paragraph>{saved}</Paragraph>
          </Alert>
        )}
      </div>
      <div>
        <Button type="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
