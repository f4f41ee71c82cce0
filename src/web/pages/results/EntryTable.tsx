/**
 * The entry grid as a table that works like a spreadsheet with the keyboard alone: Tab and the
 * arrow keys move between cells, Enter moves down (and saves from the last row), Escape undoes a
 * cell, and a block pasted from a spreadsheet fills cells to the right and down. Each cell says
 * in words what is wrong with it, tied to its field with aria-describedby.
 */
import { Input, Table } from '@digdir/designsystemet-react';
import { type ClipboardEvent, type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measurement, ResultIndicator } from '../../results/types.js';
import { type Direction, type Grid, nextCell } from './entryGrid.js';
import { isBlock, readBlock } from './entryCells.js';

/** What the table shows in a cell; the editor works it out. */
export interface CellView {
  text: string;
  /** The reason the text cannot be saved, in words. */
  problem: string | null;
  /** A short note below the field: not saved yet, saved, the value of a ratio. */
  note: string | null;
  editable: boolean;
}

export interface EntryTableProps {
  grid: Grid;
  cellView: (measurement: Measurement) => CellView;
  columnNote: (unitId: string) => ReactNode;
  indicatorNote: (indicator: ResultIndicator) => string;
  totals?: { heading: string; cell: (indicator: ResultIndicator) => ReactNode };
  onText: (measurementId: string, text: string) => void;
  onLeave: (measurementId: string) => void;
  onFocusCell: (measurementId: string) => void;
  onPasteBlock: (from: { row: number; column: number }, block: string[][]) => void;
  onRevert: (measurementId: string) => void;
  onSave: () => void;
  /** Alt+Enter: to the comment of the cell. */
  onComment: () => void;
}

const arrows: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function EntryTable(props: EntryTableProps) {
  const { grid, cellView, columnNote, indicatorNote, totals } = props;
  const { t } = useTranslation();
  const captionId = useId();
  const idPrefix = useId();
  const tableRef = useRef<HTMLDivElement>(null);

  function focusAt(position: { row: number; column: number }) {
    const selector = `[data-cell="${position.row}:${position.column}"]`;
    tableRef.current?.querySelector<HTMLInputElement>(selector)?.focus();
  }

  function move(from: { row: number; column: number }, direction: Direction): boolean {
    const target = nextCell(grid, from, direction);
    if (target) focusAt(target);
    return target !== undefined;
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>, measurement: Measurement) {
    const position = grid.positionOf(measurement.id);
    if (!position) return;
    const input = event.currentTarget;
    const direction = arrows[event.key];
    if (direction && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      if (direction === 'left' && !atStart(input)) return;
      if (direction === 'right' && !atEnd(input)) return;
      event.preventDefault();
      move(position, direction);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.altKey) props.onComment();
      else if (event.ctrlKey || event.metaKey) props.onSave();
      else if (event.shiftKey) move(position, 'up');
      else if (!move(position, 'down')) props.onSave();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onRevert(measurement.id);
    }
  }

  function paste(event: ClipboardEvent<HTMLInputElement>, measurement: Measurement) {
    const text = event.clipboardData.getData('text/plain');
    const position = grid.positionOf(measurement.id);
    if (!position) return;
    // One value copied from a spreadsheet comes with a line break; it replaces the cell's text.
    if (!isBlock(text) && !/[\r\n]$/.test(text)) return;
    event.preventDefault();
    props.onPasteBlock(position, readBlock(text));
  }

  return (
    <div
      className="table-scroll entry-grid"
      role="region"
      aria-labelledby={captionId}
      ref={tableRef}
    >
      <Table className="entry-grid__table" data-size="sm">
        <caption id={captionId} className="ds-sr-only">
          {t('entry.caption')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('entry.indicator')}</Table.HeaderCell>
            {grid.columns.map((unit) => (
              <Table.HeaderCell scope="col" key={unit.id} className="entry-grid__unit">
                <span className="entry-grid__unit-name">{unit.name}</span>
                {columnNote(unit.id)}
              </Table.HeaderCell>
            ))}
            {totals && (
              <Table.HeaderCell scope="col" className="entry-grid__total">
                {totals.heading}
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {grid.rows.map((indicator, row) => (
            <Table.Row key={indicator.id}>
              <Table.HeaderCell scope="row" className="entry-grid__indicator">
                <span className="entry-grid__name">{indicator.name}</span>
                <span className="entry-grid__meta">{indicatorNote(indicator)}</span>
              </Table.HeaderCell>
              {grid.columns.map((unit, column) => {
                const measurement = grid.at(row, column);
                return (
                  <Table.Cell key={unit.id} className="entry-grid__cell">
                    {measurement ? (
                      <EntryCell
                        id={`${idPrefix}-${row}-${column}`}
                        position={`${row}:${column}`}
                        label={t('entry.cellLabel', { indicator: indicator.name, unit: unit.name })}
                        view={cellView(measurement)}
                        onChange={(text) => props.onText(measurement.id, text)}
                        onFocus={() => props.onFocusCell(measurement.id)}
                        onBlur={() => props.onLeave(measurement.id)}
                        onKeyDown={(event) => keyDown(event, measurement)}
                        onPaste={(event) => paste(event, measurement)}
                      />
                    ) : (
                      <span className="muted">
                        <span aria-hidden>–</span>
                        <span className="ds-sr-only">{t('entry.notPlanned')}</span>
                      </span>
                    )}
                  </Table.Cell>
                );
              })}
              {totals && (
                <Table.Cell className="entry-grid__total">{totals.cell(indicator)}</Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function EntryCell({
  id,
  position,
  label,
  view,
  onChange,
  onFocus,
  onBlur,
  onKeyDown,
  onPaste,
}: {
  id: string;
  position: string;
  label: string;
  view: CellView;
  onChange: (text: string) => void;
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
}) {
  const problemId = `${id}-problem`;
  const noteId = `${id}-note`;
  const describedBy = [view.problem ? problemId : null, view.note ? noteId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="entry-cell" data-invalid={view.problem ? true : undefined}>
      <Input
        data-size="sm"
        data-cell={position}
        aria-label={label}
        aria-invalid={view.problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        value={view.text}
        readOnly={!view.editable}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className="entry-cell__input"
        onChange={(event) => onChange(event.target.value)}
        onFocus={(event) => {
          event.currentTarget.select();
          onFocus();
        }}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {view.problem && (
        <span id={problemId} className="entry-cell__problem">
          <span aria-hidden>✕ </span>
          {view.problem}
        </span>
      )}
      {view.note && (
        <span id={noteId} className="entry-cell__note">
          {view.note}
        </span>
      )}
    </div>
  );
}

function atStart(input: HTMLInputElement): boolean {
  const { selectionStart, selectionEnd, value } = input;
  return (selectionStart === 0 && selectionEnd === 0) || wholeSelected(input, value);
}

function atEnd(input: HTMLInputElement): boolean {
  const { selectionStart, selectionEnd, value } = input;
  const length = value.length;
  return (selectionStart === length && selectionEnd === length) || wholeSelected(input, value);
}

function wholeSelected(input: HTMLInputElement, value: string): boolean {
  return input.selectionStart === 0 && input.selectionEnd === value.length;
}
