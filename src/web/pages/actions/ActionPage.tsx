/**
 * One action: its facts, its dated updates and the form for a new one, and the ways to change,
 * cancel or (before anyone wrote an update) delete it.
 */
import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { ArrowLeftIcon, PencilIcon, TrashIcon, XMarkOctagonIcon } from '@navikt/aksel-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDate, formatDateTime, formatKroner } from '../../format.js';
import { useUnitAccess } from '../../register/useUnitAccess.js';
import { CancelDialog, DeleteDialog } from './ActionDialogs.js';
import { ActionLinkText, ActionProgress, ActionStatusMark } from './ActionMarks.js';
import { ActionUpdates } from './ActionUpdates.js';
import { type Action, type ActionUpdate, getAction } from './actionsApi.js';
import './actions.css';

export function ActionPage() {
  const { t } = useTranslation();
  const { actionId = '' } = useParams();
  const load = useCallback(() => getAction(actionId), [actionId]);
  const { data, error, reload } = useLoad(load);
  const { access } = useUnitAccess();
  const action = data?.action;
  const mayWrite = action !== undefined && access?.can(action.orgUnit.id, 'reporter') === true;

  const backLink = (
    <Link asChild>
      <RouterLink to={action ? `/actions?unit=${action.orgUnit.id}` : '/actions'}>
        <ArrowLeftIcon aria-hidden />
        {t('actions.backToList')}
      </RouterLink>
    </Link>
  );

  return (
    <Page title={action?.title ?? t('actions.titleOne')} actions={backLink}>
      {error ? (
        <LoadError error={error} retry={reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <ActionDetails
          action={data.action}
          updates={data.updates}
          mayWrite={mayWrite}
          reload={reload}
        />
      )}
    </Page>
  );
}

function ActionDetails({
  action,
  updates,
  mayWrite,
  reload,
}: {
  action: Action;
  updates: ActionUpdate[];
  mayWrite: boolean;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: 'created' | 'saved' } | null)?.notice;
  const [dialog, setDialog] = useState<'cancel' | 'delete' | null>(null);
  const [refused, setRefused] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const closeOnly = (which: 'cancel' | 'delete') => () =>
    setDialog((open) => (open === which ? null : open));

  return (
    <div className="stack action-details">
      <div role="status">
        {(notice || cancelled) && (
          <Alert data-color="success">
            <Paragraph>
              {t(
                cancelled
                  ? 'actions.cancel.done'
                  : notice === 'created'
                    ? 'actions.created'
                    : 'actions.saved',
              )}
            </Paragraph>
          </Alert>
        )}
      </div>
      <ActionFacts action={action} />
      {mayWrite && (
        <div className="button-row">
          <Button asChild variant="secondary" data-size="sm">
            <RouterLink to={`/actions/${action.id}/edit`}>
              <PencilIcon aria-hidden />
              {t('actions.edit.open')}
            </RouterLink>
          </Button>
          {action.storedStatus !== 'cancelled' && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => {
                setRefused(false);
                setDialog('cancel');
              }}
            >
              <XMarkOctagonIcon aria-hidden />
              {t('actions.cancel.open')}
            </Button>
          )}
          {action.updateCount === 0 && (
            <Button
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              onClick={() => setDialog('delete')}
            >
              <TrashIcon aria-hidden />
              {t('actions.delete.open')}
            </Button>
          )}
        </div>
      )}
      {mayWrite && action.updateCount > 0 && (
        <Paragraph data-size="sm" className="muted">
          {t('actions.delete.kept')}
        </Paragraph>
      )}
      <ActionUpdates action={action} updates={updates} mayWrite={mayWrite} onAdded={reload} />
      <CancelDialog
        action={action}
        open={dialog === 'cancel'}
        onClose={closeOnly('cancel')}
        refused={refused}
        onDone={() => {
          setCancelled(true);
          reload();
        }}
      />
      <DeleteDialog
        action={action}
        open={dialog === 'delete'}
        onClose={closeOnly('delete')}
        onDeleted={() =>
          void navigate(`/actions?unit=${action.orgUnit.id}`, {
            replace: true,
            state: { deleted: action.title },
          })
        }
        onRefused={() => {
          setRefused(true);
          setDialog('cancel');
          reload();
        }}
      />
    </div>
  );
}

function ActionFacts({ action }: { action: Action }) {
  const { t } = useTranslation();
  const link = action.link;
  const linkTo =
    link?.kind === 'indicator'
      ? `/indicators/${link.id}`
      : link?.kind === 'measurement'
        ? `/indicators/${link.indicatorId}`
        : null;
  return (
    <dl className="facts action-facts">
      <dt>{t('actions.field.status')}</dt>
      <dd>
        <ActionStatusMark status={action.status} />
        {action.overdue && (
          <span className="action-facts__note">
            {t('actions.overdueSince', { date: formatDate(action.dueDate) })}
          </span>
        )}
      </dd>
      <dt>{t('actions.field.progress')}</dt>
      <dd>
        <ActionProgress action={action} />
      </dd>
      <dt>{t('actions.field.orgUnit')}</dt>
      <dd>{action.orgUnit.name}</dd>
      <dt>{t('actions.field.link')}</dt>
      <dd>
        {linkTo ? (
          <Link asChild>
            <RouterLink to={linkTo}>
              <ActionLinkText link={link} />
            </RouterLink>
          </Link>
        ) : (
          <ActionLinkText link={link} />
        )}
      </dd>
      <dt>{t('actions.field.responsible')}</dt>
      <dd>{action.responsible?.name ?? t('actions.nobody')}</dd>
      <dt>{t('actions.field.startDate')}</dt>
      <dd>{action.startDate ? formatDate(action.startDate) : '–'}</dd>
      <dt>{t('actions.field.dueDate')}</dt>
      <dd>{action.dueDate ? formatDate(action.dueDate) : '–'}</dd>
      <dt>{t('actions.field.cost')}</dt>
      <dd>
        {action.cost === null ? '–' : t('actions.kroner', { value: formatKroner(action.cost) })}
      </dd>
      {action.description && (
        <>
          <dt>{t('actions.field.description')}</dt>
          <dd className="pre-line action-facts__description">{action.description}</dd>
        </>
      )}
      <dt>{t('actions.field.created')}</dt>
      <dd>
        {t('actions.createdBy', {
          name: action.createdBy?.name ?? t('actions.update.unknownWriter'),
          at: formatDateTime(action.createdAt),
        })}
      </dd>
    </dl>
  );
}
