/**
 * One indicator as the handbook describes it: every field of its definition in words, the units
 * it applies to, and its version history. Planners of the owning unit edit, archive or delete it.
 */
import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import {
  ArchiveIcon,
  ArrowLeftIcon,
  ArrowUndoIcon,
  PencilIcon,
  TrashIcon,
} from '@navikt/aksel-icons';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { FormDialog } from '../../components/FormDialog.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { FeedbackView, useFeedback } from '../../register/Feedback.js';
import { deleteIndicator, getIndicator, updateIndicator } from '../../register/registerApi.js';
import type { Indicator, IndicatorVersion } from '../../register/types.js';
import { type RegisterData, useRegisterData } from '../../register/useRegisterData.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import { IndicatorFacts } from './IndicatorFacts.js';
import { VersionHistory } from './VersionHistory.js';

export function IndicatorPage() {
  const { t } = useTranslation();
  const { indicatorId = '' } = useParams();
  const load = useCallback(() => getIndicator(indicatorId), [indicatorId]);
  const { data, error, reload } = useLoad(load);
  const { access } = useUnitAccess();
  const { data: names } = useRegisterData(data?.indicator.ownerUnitId);

  const back = (
    <Link asChild>
      <RouterLink to="/indicators">
        <ArrowLeftIcon aria-hidden />
        {t('indicator.backToList')}
      </RouterLink>
    </Link>
  );
  if (error || !data || !access || !names) {
    return (
      <Page title={t('indicator.title')} actions={back}>
        {error ? <LoadError error={error} retry={reload} /> : <Loading />}
      </Page>
    );
  }
  return (
    <Page title={data.indicator.name} actions={back}>
      <IndicatorView
        indicator={data.indicator}
        versions={data.versions}
        access={access}
        names={names}
        reload={reload}
      />
    </Page>
  );
}

function IndicatorView({
  indicator,
  versions,
  access,
  names,
  reload,
}: {
  indicator: Indicator;
  versions: IndicatorVersion[];
  access: UnitAccess;
  names: RegisterData;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const arrived = (location.state as { notice?: 'saved' | 'created' } | null)?.notice;
  const feedback = useFeedback();
  const [notice] = useState(arrived ? t(`indicator.${arrived}`, { name: indicator.name }) : null);
  const [deleting, setDeleting] = useState(false);
  const deleteErrors = useFormErrors([]);
  const canPlan = access.can(indicator.ownerUnitId, 'planner');
  const archived = indicator.archivedAt !== null;
  const historyId = useId();

  function toggleArchived() {
    void feedback
      .run(async () => {
        await updateIndicator(indicator.id, { archived: !archived });
        return t(archived ? 'indicator.restored' : 'indicator.archived', { name: indicator.name });
      })
      .then((done) => done && reload());
  }

  return (
    <div className="stack indicator">
      <div className="indicator__summary">
        <span className="indicator__code">{indicator.code}</span>
        <Tag data-color={archived ? 'neutral' : 'success'} data-size="sm">
          {t(archived ? 'indicator.status.archived' : 'indicator.status.active')}
        </Tag>
      </div>
      {notice && !feedback.notice && !feedback.failure && (
        <Alert data-color="success">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <FeedbackView feedback={feedback} settled={indicator} />
      {canPlan && (
        <div className="button-row" role="group" aria-label={t('indicator.actions')}>
          <Button asChild data-size="sm">
            <RouterLink to={`/indicators/${indicator.id}/edit`}>
              <PencilIcon aria-hidden />
              {t('indicator.edit.open')}
            </RouterLink>
          </Button>
          <Button variant="secondary" data-size="sm" onClick={toggleArchived}>
            {archived ? <ArrowUndoIcon aria-hidden /> : <ArchiveIcon aria-hidden />}
            {t(archived ? 'indicator.restore' : 'indicator.archive')}
          </Button>
          <Button
            variant="tertiary"
            data-color="danger"
            data-size="sm"
            onClick={() => setDeleting(true)}
          >
            <TrashIcon aria-hidden />
            {t('indicator.delete.open')}
          </Button>
        </div>
      )}
      <IndicatorFacts indicator={indicator} access={access} names={names} />
      <section className="panel stack" aria-labelledby={historyId}>
        <Heading level={2} data-size="xs" id={historyId}>
          {t('indicator.versions.title')}
        </Heading>
        <VersionHistory versions={versions} access={access} names={names} labelledBy={historyId} />
      </section>
      <FormDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={t('indicator.delete.title', { name: indicator.name })}
        submitLabel={t('indicator.delete.submit')}
        errors={deleteErrors}
        danger
        onSubmit={async () => {
          await deleteIndicator(indicator.id);
          void navigate('/indicators', { state: { deleted: indicator.name } });
        }}
      >
        <Paragraph>{t('indicator.delete.help')}</Paragraph>
      </FormDialog>
    </div>
  );
}
