/**
 * The målekart, the planner's main workspace: for a chosen unit and year, every focus area with
 * its success criteria and the indicators under them, each with its target and whether the unit
 * set it or inherits it. Planners shape the structure and override targets from here.
 */
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useLoad } from '../../components/useLoad.js';
import { formatNumber } from '../../format.js';
import { FeedbackView, useFeedback } from '../../register/Feedback.js';
import * as register from '../../register/registerApi.js';
import { ScopeChooser, useScope } from '../../register/ScopeChooser.js';
import type {
  FocusArea,
  ScorecardStructure,
  StructureIndicator,
  SuccessCriterion,
} from '../../register/types.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import { ArchivedSection } from './ArchivedSection.js';
import { FocusAreaSection, type StructureActions } from './FocusAreaSection.js';
import { CriterionDialog, FocusAreaDialog } from './StructureDialogs.js';
import { TargetDialog, type TargetMode } from './TargetDialog.js';

export function StructurePage() {
  const { t } = useTranslation();
  const { access, error, reload } = useUnitAccess();
  const [scope, setScope] = useScope(access);

  return (
    <Page title={t('structure.title')}>
      <div className="stack">
        <Paragraph>{t('structure.intro')}</Paragraph>
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !access ? (
          <Loading />
        ) : (
          <>
            <ScopeChooser access={access} scope={scope} onChange={setScope} />
            {scope.unitId ? (
              <StructureView
                key={`${scope.unitId}-${scope.year}`}
                access={access}
                unitId={scope.unitId}
                year={scope.year}
              />
            ) : (
              <Paragraph>{t('scope.noUnits')}</Paragraph>
            )}
          </>
        )}
      </div>
    </Page>
  );
}

type Dialog =
  | { kind: 'area'; area?: FocusArea }
  | { kind: 'criterion'; area: FocusArea; criterion?: SuccessCriterion }
  | { kind: 'target'; item: StructureIndicator; mode: TargetMode };

function StructureView({
  access,
  unitId,
  year,
}: {
  access: UnitAccess;
  unitId: string;
  year: number;
}) {
  const { t } = useTranslation();
  const load = useCallback(() => register.getStructure(unitId, String(year)), [unitId, year]);
  const { data: structure, error, reload } = useLoad(load);
  const feedback = useFeedback();
  // The last dialog stays mounted while closed, so the native dialog can hand focus back.
  const [dialog, setDialogState] = useState<{ shown: Dialog; open: boolean } | null>(null);
  const setDialog = (shown: Dialog) => setDialogState({ shown, open: true });
  const closeDialog = () => setDialogState((current) => current && { ...current, open: false });
  const shown = dialog?.shown;
  const open = dialog?.open ?? false;
  const [version, setVersion] = useState(0);
  const unit = { id: unitId, name: access.unitName(unitId) ?? '' };
  const canPlanTop = access.rootId !== undefined && access.can(access.rootId, 'planner');
  const canPlanUnit = access.can(unitId, 'planner');

  const changed = useCallback(
    (message: string) => {
      feedback.show(message);
      setVersion((n) => n + 1);
      reload();
    },
    [feedback, reload],
  );
  const act = (action: () => Promise<string>) =>
    void feedback.run(action).then((done) => {
      if (done) {
        setVersion((n) => n + 1);
        reload();
      }
    });

  if (error) return <LoadError error={error} retry={reload} />;
  if (!structure) return <Loading />;
  const areas = structure.focusAreas;

  const actions: StructureActions = {
    canPlanTop,
    canPlanUnit,
    canPlanCriterion: (criterion) => access.can(criterion.orgUnitId, 'planner'),
    unitId,
    rootId: access.rootId,
    unitName: access.unitName,
    editArea: (area) => setDialog({ kind: 'area', area }),
    moveArea: (area, step) =>
      act(async () => {
        await register.reorderFocusAreas(moved(areas, area, step).map((each) => each.id));
        return t('focusArea.moved', { name: area.name });
      }),
    archiveArea: (area) =>
      act(async () => {
        await register.updateFocusArea(area.id, { archived: true });
        return t('focusArea.archived', { name: area.name });
      }),
    addCriterion: (area) => setDialog({ kind: 'criterion', area }),
    editCriterion: (area, criterion) => setDialog({ kind: 'criterion', area, criterion }),
    moveCriterion: (area, criterion, step) =>
      act(async () => {
        const ids = moved(area.criteria, criterion, step).map((each) => each.id);
        await register.reorderCriteria(area.id, ids);
        return t('criterion.moved', { name: criterion.name });
      }),
    archiveCriterion: (criterion) =>
      act(async () => {
        await register.updateCriterion(criterion.id, { archived: true });
        return t('criterion.archived', { name: criterion.name });
      }),
    targets: {
      canPlan: canPlanUnit,
      isTop: unitId === access.rootId,
      unitName: access.unitName,
      open: (item, mode) => setDialog({ kind: 'target', item, mode }),
      revert: (item) =>
        act(async () => {
          const change = { indicatorId: item.indicator.id, orgUnitId: unitId, values: null };
          await register.saveTargets(String(year), [change]);
          return t(unitId === access.rootId ? 'target.removed' : 'target.reverted', {
            indicator: item.indicator.name,
          });
        }),
    },
  };
  return (
    <div className="stack">
      <StructureSummary structure={structure} unitName={unit.name} canPlan={canPlanUnit} />
      <FeedbackView feedback={feedback} settled={structure} />
      {(canPlanTop || canPlanUnit) && (
        <div className="button-row">
          {canPlanTop && (
            <Button data-size="sm" onClick={() => setDialog({ kind: 'area' })}>
              <PlusIcon aria-hidden />
              {t('focusArea.create.open')}
            </Button>
          )}
          <Button asChild variant="secondary" data-size="sm">
            <RouterLink to="/indicators/new">
              <PlusIcon aria-hidden />
              {t('indicator.create.open')}
            </RouterLink>
          </Button>
          <Link asChild>
            <RouterLink to={`/targets?unit=${unitId}&year=${year}`}>
              {t('structure.toGrid')}
            </RouterLink>
          </Link>
        </div>
      )}
      {areas.length === 0 ? (
        <Paragraph>{t(canPlanTop ? 'structure.emptyPlanner' : 'structure.empty')}</Paragraph>
      ) : (
        areas.map((area, index) => (
          <FocusAreaSection
            key={area.id}
            area={area}
            position={index}
            count={areas.length}
            actions={actions}
          />
        ))
      )}
      {(canPlanTop || canPlanUnit) && (
        <ArchivedSection
          key={version}
          unitId={unitId}
          canPlanTop={canPlanTop}
          canPlan={(id) => access.can(id, 'planner')}
          restoreArea={(area) =>
            act(async () => {
              await register.updateFocusArea(area.id, { archived: false });
              return t('structure.archived.areaRestored', { name: area.name });
            })
          }
          restoreCriterion={(criterion) =>
            act(async () => {
              await register.updateCriterion(criterion.id, { archived: false });
              return t('structure.archived.criterionRestored', { name: criterion.name });
            })
          }
        />
      )}
      <FocusAreaDialog
        open={open && shown?.kind === 'area'}
        area={shown?.kind === 'area' ? shown.area : undefined}
        onClose={closeDialog}
        onDone={changed}
      />
      {shown?.kind === 'criterion' && (
        <CriterionDialog
          open={open}
          area={shown.area}
          criterion={shown.criterion}
          unit={unit}
          onClose={closeDialog}
          onDone={changed}
        />
      )}
      {shown?.kind === 'target' && (
        <TargetDialog
          open={open}
          item={shown.item}
          mode={shown.mode}
          unit={unit}
          year={year}
          onClose={closeDialog}
          onDone={changed}
        />
      )}
    </div>
  );
}

/** The list with one item moved a step up (-1) or down (1). */
function moved<T extends { id: string }>(list: readonly T[], item: T, step: -1 | 1): T[] {
  const next = [...list];
  const from = next.findIndex((each) => each.id === item.id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= next.length) return next;
  [next[from], next[to]] = [next[to] as T, next[from] as T];
  return next;
}

/** How many indicators the målekart has, and a gentle word to planners when it has too many. */
function StructureSummary({
  structure,
  unitName,
  canPlan,
}: {
  structure: ScorecardStructure;
  unitName: string;
  canPlan: boolean;
}) {
  const { t } = useTranslation();
  const { indicatorCount, maxIndicators } = structure;
  const counts = {
    count: indicatorCount,
    shown: formatNumber(indicatorCount),
    max: formatNumber(maxIndicators),
    unit: unitName,
  };
  return (
    <>
      <Paragraph data-size="sm" className="muted">
        {t('structure.count', counts)}
      </Paragraph>
      {canPlan && indicatorCount > maxIndicators && (
        <Alert data-color="warning">
          <Heading level={2} data-size="2xs">
            {t('structure.tooMany.title')}
          </Heading>
          <Paragraph>{t('structure.tooMany.text', counts)}</Paragraph>
        </Alert>
      )}
    </>
  );
}
