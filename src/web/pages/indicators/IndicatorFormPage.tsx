/**
 * A new indicator for the register, or changes to one: the whole definition on one page. Only
 * planners get the form; anyone else is told which role it takes.
 */
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { createIndicator, getIndicator, updateIndicator } from '../../register/registerApi.js';
import { typingError } from '../../register/targetValues.js';
import type { Indicator } from '../../register/types.js';
import { useRegisterData } from '../../register/useRegisterData.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import { IndicatorForm } from './IndicatorForm.js';
import { canPlanAnywhere } from './indicatorAccess.js';
import {
  type IndicatorDraft,
  draftFrom,
  emptyDraft,
  indicatorFields,
  readDraft,
} from './indicatorDraft.js';

export function IndicatorFormPage() {
  const { t } = useTranslation();
  const { indicatorId } = useParams();
  const { access, error: accessError, reload: reloadAccess } = useUnitAccess();
  const load = useCallback(
    () =>
      indicatorId
        ? getIndicator(indicatorId).then((reply) => reply.indicator)
        : Promise.resolve(null),
    [indicatorId],
  );
  const { data: indicator, error, reload } = useLoad(load);
  const back = indicatorId ? `/indicators/${indicatorId}` : '/indicators';
  const title = indicator
    ? t('indicator.edit.title', { name: indicator.name })
    : indicatorId
      ? t('indicator.edit.titleLoading')
      : t('indicator.create.title');

  const backLink = (
    <Link asChild>
      <RouterLink to={back}>
        <ArrowLeftIcon aria-hidden />
        {t(indicatorId ? 'indicator.backToIndicator' : 'indicator.backToList')}
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
      ) : indicator === undefined || !access ? (
        <Loading />
      ) : !mayPlan(access, indicator) ? (
        <Alert data-color="info">
          <Paragraph>
            {t(indicator ? 'indicator.edit.needsPlanner' : 'indicator.create.needsPlanner')}
          </Paragraph>
        </Alert>
      ) : (
        <FormLoader access={access} indicator={indicator} back={back} />
      )}
    </Page>
  );
}

/** A new indicator needs planner on some unit to own it; a change, planner on its owner. */
function mayPlan(access: UnitAccess, indicator: Indicator | null): boolean {
  return indicator ? access.can(indicator.ownerUnitId, 'planner') : canPlanAnywhere(access);
}

/** Loads what the form offers to choose from, then shows it. */
function FormLoader({
  access,
  indicator,
  back,
}: {
  access: UnitAccess;
  indicator: Indicator | null;
  back: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors(indicatorFields, 'indicator');
  const defaultOwner =
    access.rootId && access.can(access.rootId, 'planner')
      ? access.rootId
      : ([...access.forest.byId.keys()].find((id) => access.can(id, 'planner')) ??
        access.firstUnitId ??
        '');
  const [ownerUnitId, setOwnerUnitId] = useState(indicator?.ownerUnitId ?? defaultOwner);
  const { data: names, error, reload } = useRegisterData(ownerUnitId);
  const [start, setStart] = useState<IndicatorDraft | null>(null);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!names) return <Loading />;
  if (!start) {
    const firstArea = names.focusAreas.find((area) => !area.archivedAt)?.id ?? '';
    setStart(indicator ? draftFrom(indicator) : emptyDraft(ownerUnitId, firstArea));
    return <Loading />;
  }

  async function submit(draft: IndicatorDraft) {
    const read = readDraft(draft);
    if (!read.ok) throw typingError(read.issues);
    const saved = await (indicator
      ? updateIndicator(indicator.id, read.input)
      : createIndicator(read.input)
    ).catch((error: unknown) => {
      throw onItsField(error);
    });
    void navigate(`/indicators/${saved.id}`, {
      state: { notice: indicator ? 'saved' : 'created' },
    });
  }

  return (
    <IndicatorForm
      start={start}
      editing={indicator !== null}
      access={access}
      names={names}
      errors={errors}
      onOwnerChange={setOwnerUnitId}
      onSubmit={submit}
      cancel={
        <Link asChild>
          <RouterLink to={back}>{t('common.cancel')}</RouterLink>
        </Link>
      }
    />
  );
}

/**
 * A refusal tied to one field, such as a taken code, as an issue on that field, so its message
 * speaks of indicators ("another indicator has this code") rather than the general error text.
 */
function onItsField(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.field || error.issues.length > 0) return error;
  if (error.code === 'validation_failed') return error;
  const issue = { field: error.field, code: error.code, message: error.message };
  return new ApiError(error.status, 'validation_failed', error.message, error.field, [issue]);
}
