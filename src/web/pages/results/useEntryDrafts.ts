/**
 * What the user has typed, pasted and commented in the entry grid until it is saved, and the
 * save itself: valid changed cells go in one call, faulty ones stay marked with their reason,
 * and a refusal (a faulty value, someone else's newer value, a locked period) is explained.
 */
import i18next from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.js';
import { errorMessage } from '../../components/messages.js';
import { formatNumber } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import { entryIssues, enterValues, staleWrite } from '../../results/resultsApi.js';
import type { Measurement, ResultIndicator } from '../../results/types.js';
import {
  type CellDraft,
  type CellState,
  checkCell,
  collectEntries,
  savedText,
} from './entryCells.js';
import { type Grid, placeBlock } from './entryGrid.js';
import { numberText } from './entryCells.js';

export interface Outcome {
  notice?: string;
  warning?: string;
  failure?: string;
  /** Someone else saved first: the measurement as it now stands. */
  conflict?: Measurement;
}

interface Options {
  grid: Grid;
  measurements: readonly Measurement[];
  indicatorById: ReadonlyMap<string, ResultIndicator>;
  editable: (measurement: Measurement) => boolean;
  onSaved: (saved: Measurement[]) => void;
  onRefused: () => void;
  refresh: () => Promise<void>;
}

/** The reasons a cell can be refused that have words of their own; others read as 'other'. */
const problemCodes = [
  'not_a_number',
  'ratio_needs_parts',
  'number_not_ratio',
  'below_scale',
  'above_scale',
  'negative',
  'zero_denominator',
  'numerator_above_denominator',
  'cleared',
  'comment_required',
] as const;

const count = (n: number) => ({ count: n, shown: formatNumber(n) });

export function useEntryDrafts(options: Options) {
  const { grid, measurements, indicatorById, editable } = options;
  const { t } = useTranslation();
  const locale = currentLocale();
  const [drafts, setDrafts] = useState<ReadonlyMap<string, CellDraft>>(new Map());
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const [refusals, setRefusals] = useState<ReadonlyMap<string, string>>(new Map());
  const [justSaved, setJustSaved] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome>({});
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ measurementId: string; at: number } | null>(
    null,
  );

  const definitionOf = useCallback(
    (measurement: Measurement) =>
      (indicatorById.get(measurement.indicatorId) as ResultIndicator).definition,
    [indicatorById],
  );

  const cellState = useCallback(
    (measurement: Measurement, draft = drafts.get(measurement.id)): CellState => {
      const definition = definitionOf(measurement);
      const before = savedText(measurement.current, definition, locale);
      const shownDraft = draft ?? { text: before, comment: measurement.current?.comment ?? '' };
      const check = checkCell(shownDraft.text, definition, measurement.current, before);
      return { measurement, draft: shownDraft, check };
    },
    [drafts, definitionOf, locale],
  );

  const commentChanged = (state: CellState) =>
    state.draft.comment.trim() !== (state.measurement.current?.comment ?? '').trim();

  const edited = useMemo(
    () => measurements.filter((measurement) => drafts.has(measurement.id)).map((m) => cellState(m)),
    [measurements, drafts, cellState],
  );
  const pendingCount = collectEntries(edited.filter((state) => editable(state.measurement))).entries
    .length;

  function forget(ids: readonly string[], from: 'refusals' | 'all') {
    const drop = <T>(items: ReadonlyMap<string, T>) => {
      const next = new Map(items);
      for (const id of ids) next.delete(id);
      return next;
    };
    setRefusals(drop);
    setJustSaved((current) => new Set([...current].filter((id) => !ids.includes(id))));
    if (from === 'all') {
      setDrafts(drop);
      setShown((current) => new Set([...current].filter((id) => !ids.includes(id))));
    }
  }

  function updateDraft(measurement: Measurement, change: Partial<CellDraft>) {
    setDrafts((current) => {
      const next = new Map(current);
      next.set(measurement.id, {
        ...cellState(measurement, current.get(measurement.id)).draft,
        ...change,
      });
      return next;
    });
    forget([measurement.id], 'refusals');
  }

  const byId = (id: string) => measurements.find((measurement) => measurement.id === id);

  function setText(measurementId: string, text: string) {
    const measurement = byId(measurementId);
    if (measurement) updateDraft(measurement, { text });
  }

  function setComment(measurementId: string, comment: string) {
    const measurement = byId(measurementId);
    if (measurement) updateDraft(measurement, { comment });
  }

  /** Leaving a cell shows what is wrong with it; while typing it stays quiet. */
  function leave(measurementId: string) {
    if (drafts.has(measurementId)) setShown((current) => new Set(current).add(measurementId));
  }

  function revert(measurementId: string) {
    forget([measurementId], 'all');
  }

  function pasteBlock(from: { row: number; column: number }, block: string[][]) {
    const { placed, leftOut } = placeBlock(grid, from, block);
    const accepted = placed.filter((place) => editable(place.measurement));
    setDrafts((current) => {
      const next = new Map(current);
      for (const { measurement, text } of accepted) {
        const draft = cellState(measurement, current.get(measurement.id)).draft;
        next.set(measurement.id, { ...draft, text: text.trim() });
      }
      return next;
    });
    const ids = accepted.map((place) => place.measurement.id);
    setShown((current) => new Set([...current, ...ids]));
    forget(ids, 'refusals');

    const faulty = accepted.filter(
      (place) =>
        cellState(place.measurement, { text: place.text, comment: '' }).check.state === 'invalid',
    ).length;
    const notes = [t('entry.pasted', count(accepted.length))];
    if (placed.length > accepted.length)
      notes.push(t('entry.pastedLocked', count(placed.length - accepted.length)));
    if (leftOut > 0) notes.push(t('entry.pastedOutside', count(leftOut)));
    setOutcome(
      faulty > 0
        ? { notice: notes.join(' '), warning: t('entry.pastedFaulty', count(faulty)) }
        : { notice: `${notes.join(' ')} ${t('entry.saveWhenReady')}` },
    );
  }

  /** The reason shown under a cell: the server's refusal, or what is wrong with the text. */
  function problemOf(state: CellState, indicator: ResultIndicator): string | null {
    const refused = refusals.get(state.measurement.id);
    if (refused) return refused;
    if (state.check.state !== 'invalid' || !shown.has(state.measurement.id)) return null;
    return problemText(state.check.problem, indicator);
  }

  function problemText(code: string, indicator: ResultIndicator): string {
    const { scaleMin, scaleMax } = indicator.definition;
    const known = problemCodes.find((candidate) => candidate === code) ?? 'other';
    return i18next.t(`entry.problem.${known}`, {
      min: scaleMin === null ? '' : numberText(scaleMin, 0, locale),
      max: scaleMax === null ? '' : numberText(scaleMax, 0, locale),
    });
  }

  function firstInGrid(ids: readonly string[]): string | undefined {
    const placed = ids
      .map((id) => ({ id, at: grid.positionOf(id) }))
      .filter((item) => item.at !== undefined)
      .sort(
        (a, b) => (a.at?.row ?? 0) - (b.at?.row ?? 0) || (a.at?.column ?? 0) - (b.at?.column ?? 0),
      );
    return placed[0]?.id;
  }

  function focusFirst(ids: readonly string[]) {
    const first = firstInGrid(ids);
    if (first) setFocusRequest({ measurementId: first, at: Date.now() });
  }

  async function save() {
    if (busy) return;
    const candidates = edited.filter((state) => editable(state.measurement));
    const { entries, faulty } = collectEntries(candidates);
    const faultyIds = faulty.map((state) => state.measurement.id);
    setShown((current) => new Set([...current, ...faultyIds]));

    if (entries.length === 0) {
      setOutcome(
        faulty.length > 0
          ? { failure: t('entry.onlyFaulty', count(faulty.length)) }
          : { notice: t('entry.nothingToSave') },
      );
      focusFirst(faultyIds);
      return;
    }

    setBusy(true);
    setOutcome({});
    try {
      const saved = await enterValues(entries);
      const savedIds = saved.map((measurement) => measurement.id);
      forget(savedIds, 'all');
      setJustSaved(new Set(savedIds));
      options.onSaved(saved);
      setOutcome({
        notice: t('entry.saved', count(saved.length)),
        warning: faulty.length > 0 ? t('entry.savedButFaulty', count(faulty.length)) : undefined,
      });
      focusFirst(faultyIds);
    } catch (error) {
      refused(
        error,
        entries.map((entry) => entry.measurementId),
      );
    } finally {
      setBusy(false);
    }
  }

  function refused(error: unknown, sentIds: string[]) {
    const issues = entryIssues(error);
    const current = staleWrite(error);
    if (issues && issues.length > 0) {
      const next = new Map<string, string>();
      for (const issue of issues) {
        const id = sentIds[issue.index];
        const measurement = id ? byId(id) : undefined;
        const indicator = measurement ? indicatorById.get(measurement.indicatorId) : undefined;
        if (id && indicator && !next.has(id)) next.set(id, problemText(issue.code, indicator));
      }
      setRefusals(next);
      setOutcome({ failure: t('entry.refused', count(next.size)) });
      focusFirst([...next.keys()]);
      return;
    }
    if (current) {
      const name = current.current?.enteredBy?.name ?? t('entry.someoneElse');
      setRefusals(new Map([[current.id, t('entry.problem.stale', { name })]]));
      setOutcome({ conflict: current });
      return;
    }
    if (error instanceof ApiError && error.code === 'period_approved') options.onRefused();
    setOutcome({ failure: errorMessage(error) });
  }

  /** After a conflict: fresh values from the server; the user's other changes stay. */
  async function reloadAfterConflict() {
    const conflicted = outcome.conflict?.id;
    try {
      await options.refresh();
      if (conflicted) forget([conflicted], 'all');
      setOutcome({ notice: t('entry.reloaded') });
      if (conflicted) setFocusRequest({ measurementId: conflicted, at: Date.now() });
    } catch (error) {
      setOutcome({ failure: errorMessage(error) });
    }
  }

  return {
    cellState: (measurement: Measurement) => cellState(measurement),
    problemOf,
    commentChanged,
    justSaved,
    pendingCount,
    outcome,
    focusRequest,
    busy,
    setText,
    setComment,
    leave,
    revert,
    pasteBlock,
    save,
    reloadAfterConflict,
  };
}
