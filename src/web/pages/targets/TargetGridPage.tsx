/**
 * Targets for a unit and its subunits side by side, where a planner sets many at once and saves
 * them together, and carries a year's targets on to the next. Without the planner role for the
 * unit the page says so and points to the målekart, where the targets can be read.
 */
import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { FilesIcon } from '@navikt/aksel-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { FormAlert } from '../../components/FormAlert.js';
import { FormDialog } from '../../components/FormDialog.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { errorMessage, fieldMessage } from '../../components/messages.js';
import { Page } from '../../components/Page.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { formatNumber } from '../../format.js';
import { FeedbackView, useFeedback } from '../../register/Feedback.js';
import * as register from '../../register/registerApi.js';
import { ScopeChooser, useScope } from '../../register/ScopeChooser.js';
import type { TargetField } from '../../register/targetInput.js';
import { fieldTexts, targetIssues } from '../../register/targetValues.js';
import type { TargetGrid } from '../../register/types.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import { holdsRole, useMe } from '../../session/SessionProvider.js';
import { type CellError, TargetTable } from './TargetTable.js';
import { type Draft, cellKey, collectChanges, ownValues } from './targetDraft.js';

export function TargetGridPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (holdsRole(me, 'planner')) return <PlannerView />;
  return (
    <Page title={t('targetGrid.title')}>
      <PlannerNeeded message={t('targetGrid.needsPlanner')} structure="/structure" />
    </Page>
  );
}

/** Instead of the grid: which role it takes, and the way to where the targets can be read. */
function PlannerNeeded({ message, structure }: { message: string; structure: string }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="info">
      <Paragraph>{message}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={structure}>{t('targetGrid.toStructure')}</RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}

function PlannerView() {
  const { t } = useTranslation();
  const { access, error, reload } = useUnitAccess();
  const [scope, setScope] = useScope(access);

  return (
    <Page title={t('targetGrid.title')}>
      <div className="stack">
        <Paragraph>{t('targetGrid.intro')}</Paragraph>
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !access ? (
          <Loading />
        ) : (
          <>
            <ScopeChooser access={access} scope={scope} onChange={setScope} />
            {!scope.unitId ? (
              <Paragraph>{t('scope.noUnits')}</Paragraph>
            ) : access.can(scope.unitId, 'planner') ? (
              <GridView
                key={`${scope.unitId}-${scope.year}`}
                access={access}
                unitId={scope.unitId}
                year={scope.year}
              />
            ) : (
              <PlannerNeeded
                message={t('targetGrid.needsPlannerFor', {
                  unit: access.unitName(scope.unitId) ?? '',
                })}
                structure={`/structure?unit=${scope.unitId}&year=${scope.year}`}
              />
            )}
          </>
        )}
      </div>
    </Page>
  );
}

function GridView({ access, unitId, year }: { access: UnitAccess; unitId: string; year: number }) {
  const { t } = useTranslation();
  const load = useCallback(() => register.getTargetGrid(unitId, String(year)), [unitId, year]);
  const { data: grid, error, reload } = useLoad(load);
  const feedback = useFeedback();
  const [copying, setCopying] = useState(false);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!grid) return <Loading />;
  return (
    <div className="stack">
      <FeedbackView feedback={feedback} />
      {grid.indicators.length === 0 ? (
        <Paragraph>{t('targetGrid.empty')}</Paragraph>
      ) : (
        <GridEditor
          key={grid.period + JSON.stringify(grid.cells)}
          grid={grid}
          year={year}
          unitName={access.unitName}
          onSaved={(count) => {
            feedback.show(t('targetGrid.saved', { count, shown: formatNumber(count) }));
            reload();
          }}
        />
      )}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => setCopying(true)}>
          <FilesIcon aria-hidden />
          {t('targetGrid.copy.open')}
        </Button>
        <CopyYearDialog
          open={copying}
          onClose={() => setCopying(false)}
          unit={{ id: unitId, name: access.unitName(unitId) ?? '' }}
          year={year}
          onDone={(message) => {
            feedback.show(message);
            reload();
          }}
        />
      </div>
    </div>
  );
}

function GridEditor({
  grid,
  year,
  unitName,
  onSaved,
}: {
  grid: TargetGrid;
  year: number;
  unitName: (unitId: string) => string | undefined;
  onSaved: (count: number) => void;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState(() => startDrafts(grid));
  const [errors, setErrors] = useState<ReadonlyMap<string, CellError>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shownAt, setShownAt] = useState(0);
  const pending = collectChanges(grid.indicators, grid.cells, drafts);
  const directionOf = (key: string) =>
    grid.indicators.find((indicator) => key.startsWith(`${indicator.id}:`))?.direction;

  // Keyboard and screen reader users land on the first refused field after a failed save.
  useEffect(() => {
    if (shownAt === 0) return;
    const [key, first] = [...errors.entries()][0] ?? [];
    const selector = `[data-cell="${key}"][data-field="${first?.field}"]`;
    const input = key ? document.querySelector<HTMLElement>(selector) : null;
    (input ?? document.getElementById('target-grid-alert'))?.focus();
  }, [errors, shownAt]);

  function edit(key: string, field: TargetField, text: string) {
    setDrafts((current) => {
      const next = new Map(current);
      const draft = next.get(key);
      if (draft) next.set(key, { ...draft, [field]: text });
      return next;
    });
  }

  function describe(key: string, field: string, code: string): CellError {
    const message = fieldMessage(field, code, undefined, directionOf(key));
    return { field: field as TargetField, message };
  }

  async function save() {
    setFailure(null);
    const found = new Map<string, CellError>();
    for (const [key, issues] of pending.typing) {
      const first = issues[0];
      if (first) found.set(key, describe(key, first.field, first.code));
    }
    if (found.size > 0 || pending.changes.length === 0) {
      setErrors(found);
      setShownAt(Date.now());
      if (found.size === 0) setFailure(t('targetGrid.nothingToSave'));
      return;
    }
    setBusy(true);
    try {
      await register.saveTargets(String(year), pending.changes);
      onSaved(pending.changes.length);
    } catch (error) {
      const issues = targetIssues(error) ?? [];
      for (const issue of issues) {
        const key = pending.keys[issue.index];
        if (key && !found.has(key)) found.set(key, describe(key, issue.field, issue.code));
      }
      if (found.size === 0) setFailure(errorMessage(error));
      else setFailure(t('targetGrid.refused', { count: found.size }));
      setErrors(found);
      setShownAt(Date.now());
    } finally {
      setBusy(false);
    }
  }

  const count = pending.changes.length;
  return (
    <div className="stack">
      <Paragraph data-size="sm">{t('targetGrid.help')}</Paragraph>
      <FormAlert message={failure} id="target-grid-alert" />
      <TargetTable
        grid={grid}
        drafts={drafts}
        errors={errors}
        unitName={unitName}
        onEdit={edit}
      />
      <div className="button-row">
        <Button onClick={() => void save()} loading={busy}>
          {t('targetGrid.save')}
        </Button>
        <Paragraph data-size="sm" className="muted" role="status">
          {count > 0 ? t('targetGrid.pending', { count, shown: formatNumber(count) }) : ''}
        </Paragraph>
      </div>
    </div>
  );
}

function startDrafts(grid: TargetGrid): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  for (const cell of grid.cells) {
    // A cell starts with the unit's own target; an inherited one is shown beside empty fields.
    const draft = fieldTexts(ownValues(cell) ?? undefined);
    if (cell.applies) drafts.set(cellKey(cell.indicatorId, cell.orgUnitId), draft);
  }
  return drafts;
}

function CopyYearDialog({
  open,
  onClose,
  unit,
  year,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  unit: { id: string; name: string };
  year: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors([]);
  const next = year + 1;
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('targetGrid.copy.title', { from: year, to: next })}
      submitLabel={t('targetGrid.copy.submit')}
      errors={errors}
      onSubmit={async () => {
        const { copied } = await register.copyTargetsToYear({
          orgUnitId: unit.id,
          fromYear: year,
          toYear: next,
        });
        const shown = formatNumber(copied);
        onDone(t('targetGrid.copy.done', { count: copied, shown, year: next }));
      }}
    >
      <Paragraph>{t('targetGrid.copy.help', { unit: unit.name, from: year, to: next })}</Paragraph>
    </FormDialog>
  );
}
