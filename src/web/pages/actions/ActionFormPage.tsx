/**
 * A new action, or changes to one. A new one may come with its unit and link in the address
 * (/actions/new?unit=…&linkKind=indicator&linkId=…&returnTo=/scorecard?…), as the scorecard
 * sends a red result without an action; once saved the user goes back where they came from.
 * Changes are saved on top of the version the user opened, and someone else's newer save is
 * shown beside theirs to choose between.
 */
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { actionLinkKinds } from '#domain/actions.js';
import { ApiError } from '../../api.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { unitOptions } from '../../components/unitTree.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { currentLocale } from '../../i18n/index.js';
import { useRegisterData } from '../../register/useRegisterData.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import { useMe } from '../../session/SessionProvider.js';
import { ActionForm } from './ActionForm.js';
import { StaleConflict } from './StaleConflict.js';
import {
  type ActionDraft,
  actionFields,
  changesFrom,
  draftError,
  draftFrom,
  emptyDraft,
  onItsField,
  readDraft,
} from './actionDraft.js';
import { type Action, changeAction, createAction, getAction } from './actionsApi.js';
import './actions.css';

/** Only a path inside the app, never another site: `/scorecard?…`, not `//evil.example`. */
export function safeReturnTo(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : null;
}

export function ActionFormPage() {
  const { t } = useTranslation();
  const { actionId } = useParams();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const { access, error: accessError, reload: reloadAccess } = useUnitAccess();
  const load = useCallback(
    () => (actionId ? getAction(actionId).then((reply) => reply.action) : Promise.resolve(null)),
    [actionId],
  );
  const { data: action, error, reload } = useLoad(load);
  const back = returnTo ?? (actionId ? `/actions/${actionId}` : '/actions');
  const title = action
    ? t('actions.edit.title', { title: action.title })
    : actionId
      ? t('actions.edit.titleLoading')
      : t('actions.create.title');

  const backLink = (
    <Link asChild>
      <RouterLink to={back}>
        <ArrowLeftIcon aria-hidden />
        {t(returnTo ? 'actions.back' : actionId ? 'actions.backToAction' : 'actions.backToList')}
      </RouterLink>
    </Link>
  );

  return (
    <Page title={title} actions={backLink}>
      {error || accessError ? (
        <LoadError
          error={error ?? accessError}
          retry={() => {
            reload();
            reloadAccess();
          }}
        />
      ) : action === undefined || !access ? (
        <Loading />
      ) : (
        <FormLoader access={access} action={action} back={back} returnTo={returnTo} />
      )}
    </Page>
  );
}

function FormLoader({
  access,
  action,
  back,
  returnTo,
}: {
  access: UnitAccess;
  action: Action | null;
  back: string;
  returnTo: string | null;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const errors = useFormErrors(actionFields, 'action');
  const { data: names, error, reload } = useRegisterData(undefined);
  // The version saved on top of, and someone else's newer one when saving met it.
  const [base, setBase] = useState(action);
  const [conflict, setConflict] = useState<Action | null>(null);
  const [start, setStart] = useState(() =>
    action ? draftFrom(action, currentLocale()) : newDraft(params, access, me.user.id),
  );
  const [round, setRound] = useState(0);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!names) return <Loading />;
  if (!action && !start.orgUnitId) return <Paragraph>{t('actions.create.noUnits')}</Paragraph>;
  const people = action?.responsible ? [...names.people, action.responsible] : names.people;

  async function submit(draft: ActionDraft) {
    const read = readDraft(draft);
    if (!read.ok) throw draftError(read.issues);
    try {
      if (action && base) {
        const version = conflict?.version ?? base.version;
        await changeAction(action.id, { ...changesFrom(read.input, base), version });
        void navigate(returnTo ?? `/actions/${action.id}`, { state: { notice: 'saved' } });
      } else {
        const created = await createAction(read.input);
        void navigate(returnTo ?? `/actions/${created.id}`, {
          state: { notice: 'created', title: created.title },
        });
      }
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'stale_write') {
        const current = (failure.details as { current?: Action } | undefined)?.current;
        if (current) {
          setConflict(current);
          return;
        }
      }
      throw onItsField(failure);
    }
  }

  return (
    <ActionForm
      key={round}
      start={start}
      access={access}
      people={dedupe(people)}
      errors={errors}
      submitLabel={action ? t('actions.edit.submit') : t('actions.create.submit')}
      onSubmit={submit}
      conflict={
        conflict && (
          <StaleConflict
            theirs={conflict}
            onUseTheirs={() => {
              setBase(conflict);
              setStart(draftFrom(conflict, currentLocale()));
              setConflict(null);
              setRound((n) => n + 1);
            }}
          />
        )
      }
      cancel={
        <Link asChild>
          <RouterLink to={back}>{t('common.cancel')}</RouterLink>
        </Link>
      }
    />
  );
}

/** A new action's first draft: the unit and link from the address, when the user may use them. */
function newDraft(params: URLSearchParams, access: UnitAccess, myId: string): ActionDraft {
  const asked = params.get('unit');
  const reportable = (id: string) =>
    access.can(id, 'reporter') && access.forest.byId.get(id)?.closed === false;
  const firstReportable = unitOptions(access.forest)
    .map((option) => option.unit.id)
    .find(reportable);
  const unitId = asked && reportable(asked) ? asked : (firstReportable ?? '');
  const kind = actionLinkKinds.find((known) => known === params.get('linkKind'));
  const linkId = params.get('linkId') ?? '';
  return {
    ...emptyDraft(unitId, myId),
    ...(kind && linkId ? { linkKind: kind, linkId } : {}),
  };
}

const dedupe = <T extends { id: string }>(items: T[]) => [
  ...new Map(items.map((item) => [item.id, item])).values(),
];
