/**
 * One unit and period in the entry grid: loads the period's measurements, then holds what the
 * user has typed until it is saved. Only valid, changed cells are sent, in one call that saves
 * all of them or none; faulty cells stay marked with their reason.
 */
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { FloppydiskIcon } from '@navikt/aksel-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/Loading.js';
import { unitOptions } from '../../components/unitTree.js';
import { useLoad } from '../../components/useLoad.js';
import { formatNumber } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import { periodLabel } from '../../register/periods.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';
import * as results from '../../results/resultsApi.js';
import type { Measurement, ResultIndicator, ResultSettings } from '../../results/types.js';
import { ApprovalPanel, useApprovals } from './ApprovalPanel.js';
import { CellDetails, commentFieldId } from './CellDetails.js';
import { type CellState, savedText } from './entryCells.js';
import { buildGrid } from './entryGrid.js';
import { EntryOutcome } from './EntryOutcome.js';
import { type CellView, EntryTable } from './EntryTable.js';
import { indicatorNote, valueText } from './measureText.js';
import { TotalCell } from './TotalCell.js';
import { useEntryDrafts } from './useEntryDrafts.js';

export function EntryView({
  access,
  unitId,
  periodKey,
  focusId,
}: {
  access: UnitAccess;
  unitId: string;
  periodKey: string;
  focusId: string | null;
}) {
  const load = useCallback(async () => {
    const [measurements, indicators, settings] = await Promise.all([
      results.listMeasurements(unitId, periodKey),
      results.listIndicators(),
      results.getSettings(),
    ]);
    return { measurements, indicators, settings };
  }, [unitId, periodKey]);
  const { data, error, reload } = useLoad(load);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Loading />;
  return (
    <EntryEditor
      access={access}
      unitId={unitId}
      periodKey={periodKey}
      focusId={focusId}
      initial={data.measurements}
      indicators={data.indicators}
      settings={data.settings}
    />
  );
}

function EntryEditor({
  access,
  unitId,
  periodKey,
  focusId,
  initial,
  indicators,
  settings,
}: {
  access: UnitAccess;
  unitId: string;
  periodKey: string;
  focusId: string | null;
  initial: Measurement[];
  indicators: ResultIndicator[];
  settings: ResultSettings;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [measurements, setMeasurements] = useState(initial);
  const [activeId, setActiveId] = useState<string | null>(focusId);
  const editorRef = useRef<HTMLDivElement>(null);

  const indicatorById = useMemo(() => new Map(indicators.map((i) => [i.id, i])), [indicators]);
  const grid = useMemo(() => {
    const inSubtree = new Set(access.forest.subtreeIds(unitId));
    const order = unitOptions(access.forest)
      .map((option) => option.unit)
      .filter((unit) => inSubtree.has(unit.id));
    return buildGrid(measurements, indicators, order);
  }, [access, unitId, measurements, indicators]);

  const approvals = useApprovals(
    settings.approvalRequired ? grid.columns.map((unit) => unit.id) : [],
    periodKey,
  );
  const loadTotals = useCallback(() => results.unitResults(unitId, periodKey), [unitId, periodKey]);
  const totals = useLoad(loadTotals);

  const editable = useCallback(
    (measurement: Measurement) =>
      access.can(measurement.orgUnitId, 'reporter') &&
      (!approvals.isApproved(measurement.orgUnitId) ||
        access.can(measurement.orgUnitId, 'planner')),
    [access, approvals],
  );

  const drafts = useEntryDrafts({
    grid,
    measurements,
    indicatorById,
    editable,
    onSaved: (saved) => {
      setMeasurements((current) =>
        current.map((measurement) => saved.find((m) => m.id === measurement.id) ?? measurement),
      );
      totals.reload();
      approvals.reload();
    },
    onRefused: () => approvals.reload(),
    refresh: async () => setMeasurements(await results.listMeasurements(unitId, periodKey)),
  });

  const focusCell = useCallback(
    (measurementId: string) => {
      const position = grid.positionOf(measurementId);
      if (!position) return;
      const selector = `[data-cell="${position.row}:${position.column}"]`;
      editorRef.current?.querySelector<HTMLInputElement>(selector)?.focus();
    },
    [grid],
  );

  // After a save, keyboard and screen reader users land on the first cell that needs them.
  const focusRequest = drafts.focusRequest;
  useEffect(() => {
    if (focusRequest) focusCell(focusRequest.measurementId);
  }, [focusRequest, focusCell]);

  // A link from the inbox names the measurement to start at; focus goes there once.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !focusId) return;
    started.current = true;
    focusCell(focusId);
  }, [focusId, focusCell]);

  function cellView(measurement: Measurement): CellView {
    const state = drafts.cellState(measurement);
    const indicator = indicatorById.get(measurement.indicatorId) as ResultIndicator;
    const canEdit = editable(measurement);
    return {
      text: state.draft.text,
      problem: drafts.problemOf(state, indicator),
      note: noteFor(state, indicator, canEdit),
      editable: canEdit,
    };
  }

  function noteFor(state: CellState, indicator: ResultIndicator, canEdit: boolean): string | null {
    const { check, measurement } = state;
    if (!canEdit) {
      return access.can(measurement.orgUnitId, 'reporter') ? t('entry.note.locked') : null;
    }
    if (check.state === 'valid') {
      return 'numerator' in check.input
        ? t('entry.note.unsavedRatio', { value: valueText(check.value, indicator, locale) })
        : t('entry.note.unsaved');
    }
    if (drafts.commentChanged(state)) return t('entry.note.unsavedComment');
    if (drafts.justSaved.has(measurement.id)) return t('entry.note.saved');
    return null;
  }

  const active = measurements.find((measurement) => measurement.id === activeId);
  const pending = drafts.pendingCount;
  const columnsBelow = grid.columns.some((unit) => unit.id !== unitId);
  const anyEditable = measurements.some(editable);

  if (grid.rows.length === 0) {
    return <Paragraph>{t('entry.empty', { period: periodLabel(periodKey) })}</Paragraph>;
  }
  return (
    <div className="stack entry" ref={editorRef}>
      <Paragraph data-size="sm" className="entry__keys">
        {anyEditable ? t('entry.keys') : t('entry.readOnly')}
      </Paragraph>
      {settings.requireCommentWhenRed && (
        <Paragraph data-size="sm">{t('entry.commentWhenRed')}</Paragraph>
      )}
      <EntryOutcome
        outcome={drafts.outcome}
        describe={(measurement) => ({
          indicator: indicatorById.get(measurement.indicatorId)?.name ?? '',
          unit: access.unitName(measurement.orgUnitId) ?? '',
          value: measurement.current
            ? savedText(
                measurement.current,
                (indicatorById.get(measurement.indicatorId) as ResultIndicator).definition,
                locale,
              )
            : '',
        })}
        onReload={() => void drafts.reloadAfterConflict()}
      />
      <EntryTable
        grid={grid}
        cellView={cellView}
        columnNote={(id) => approvals.note(id)}
        indicatorNote={(indicator) => indicatorNote(indicator)}
        totals={
          columnsBelow
            ? {
                heading: t('entry.totalFor', { unit: access.unitName(unitId) ?? '' }),
                cell: (indicator) => (
                  <TotalCell
                    indicator={indicator}
                    result={totals.data?.find((result) => result.indicatorId === indicator.id)}
                  />
                ),
              }
            : undefined
        }
        onText={drafts.setText}
        onLeave={drafts.leave}
        onFocusCell={setActiveId}
        onPasteBlock={drafts.pasteBlock}
        onRevert={drafts.revert}
        onSave={() => void drafts.save()}
        onComment={() => document.getElementById(commentFieldId)?.focus()}
      />
      {anyEditable && (
        <div className="button-row entry__save">
          <Button onClick={() => void drafts.save()} loading={drafts.busy}>
            <FloppydiskIcon aria-hidden />
            {t('entry.save')}
          </Button>
          <Paragraph data-size="sm" className="muted">
            {pending > 0
              ? t('entry.pending', { count: pending, shown: formatNumber(pending) })
              : t('entry.nothingPending')}
          </Paragraph>
        </div>
      )}
      {!active && (
        <Paragraph data-size="sm" className="muted">
          {t('entry.details.choose')}
        </Paragraph>
      )}
      {active && (
        <CellDetails
          key={active.id}
          measurement={active}
          indicator={indicatorById.get(active.indicatorId) as ResultIndicator}
          unitName={access.unitName(active.orgUnitId) ?? ''}
          state={drafts.cellState(active)}
          editable={editable(active)}
          onComment={(comment) => drafts.setComment(active.id, comment)}
          onBack={() => focusCell(active.id)}
        />
      )}
      {settings.approvalRequired && (
        <ApprovalPanel
          access={access}
          periodKey={periodKey}
          units={grid.columns}
          approvals={approvals}
        />
      )}
    </div>
  );
}
