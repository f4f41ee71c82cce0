/**
 * The rules of one cell of the entry grid, kept free of React so they can be tested: what text
 * a saved value shows as, what typed or pasted text means for an indicator, and which cells a
 * save sends. The same `checkResult` runs on the server, so a cell the grid accepts is saved.
 */
import { formatNumber, parseNorwegianNumber } from '#domain/numbers.js';
import { type ResultMeasure, type ResultProblem, checkResult } from '#domain/results.js';
import type { EnteredValue, Measurement, ValueEntry } from '../../results/types.js';

type Locale = 'nb' | 'en';

/** Why a cell cannot be saved: a problem of `checkResult`, or of the text itself. */
export type CellProblem = ResultProblem | 'not_a_number' | 'cleared';

export type CellCheck =
  /** Nothing typed, and nothing saved before. */
  | { state: 'empty' }
  /** The text says what is already saved. */
  | { state: 'unchanged' }
  | {
      state: 'valid';
      input: { value: number } | { numerator: number; denominator: number };
      /** The result as it will be stored: a ratio's value computed from its parts. */
      value: number;
    }
  | { state: 'invalid'; problem: CellProblem };

/** The most fraction digits a saved value is shown with when it has more than the indicator. */
const maxShownDigits = 6;

function fractionDigits(value: number): number {
  const text = String(value);
  if (text.includes('e')) return maxShownDigits;
  return Math.min(text.split('.')[1]?.length ?? 0, maxShownDigits);
}

/** A number as the grid writes it: at least the indicator's decimals, never hiding digits. */
export function numberText(value: number, decimals: number, locale: Locale): string {
  return formatNumber(value, Math.max(decimals, fractionDigits(value)), locale);
}

/** The text of a saved value in its cell: "12,5", or "3/40" for a ratio. */
export function savedText(
  current: EnteredValue | null,
  measure: ResultMeasure & { decimals: number },
  locale: Locale,
): string {
  if (!current) return '';
  if (measure.valueType === 'ratio' && current.numerator !== null && current.denominator !== null) {
    return `${numberText(current.numerator, 0, locale)}/${numberText(current.denominator, 0, locale)}`;
  }
  return numberText(current.value, measure.decimals, locale);
}

/** "3/40", "3 / 40", "3 av 40" or "3 of 40": the two parts of a ratio, or null. */
function ratioParts(text: string): [string, string] | null {
  const match = /^(.*?)\s*(?:\/|\bav\b|\bof\b)\s*(.*)$/i.exec(text);
  return match ? [match[1] ?? '', match[2] ?? ''] : null;
}

/** What the text in a cell means for the indicator, compared with the value saved before. */
export function checkCell(
  text: string,
  measure: ResultMeasure,
  current: EnteredValue | null,
  shownBefore: string,
): CellCheck {
  const trimmed = text.trim();
  if (trimmed === '')
    return current ? { state: 'invalid', problem: 'cleared' } : { state: 'empty' };
  if (trimmed === shownBefore.trim()) return current ? { state: 'unchanged' } : { state: 'empty' };

  const input = readInput(trimmed, measure);
  if ('problem' in input) return { state: 'invalid', problem: input.problem };
  const checked = checkResult(measure, input);
  if (!checked.ok) return { state: 'invalid', problem: checked.code };
  if (current && sameResult(current, checked)) return { state: 'unchanged' };
  return { state: 'valid', input, value: checked.value };
}

function readInput(
  text: string,
  measure: ResultMeasure,
): { value: number } | { numerator: number; denominator: number } | { problem: CellProblem } {
  const parts = ratioParts(text);
  if (parts) {
    if (measure.valueType !== 'ratio') return { problem: 'number_not_ratio' };
    const [numerator, denominator] = parts.map(parseNorwegianNumber);
    if (!numerator?.ok || !denominator?.ok) return { problem: 'not_a_number' };
    return { numerator: numerator.value, denominator: denominator.value };
  }
  const parsed = parseNorwegianNumber(text);
  if (!parsed.ok) return { problem: 'not_a_number' };
  if (measure.valueType === 'ratio') return { problem: 'ratio_needs_parts' };
  return { value: parsed.value };
}

function sameResult(
  current: EnteredValue,
  checked: { value: number; numerator: number | null; denominator: number | null },
): boolean {
  return (
    current.value === checked.value &&
    current.numerator === checked.numerator &&
    current.denominator === checked.denominator
  );
}

/**
 * The rows and columns of text copied from a spreadsheet: rows end with a line break, cells are
 * split by tabs. Quoted cells (which spreadsheets write for text with tabs or breaks) lose their
 * quotes. A final line break does not make an empty last row.
 */
export function readBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map(unquote));
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/""/g, '"');
  }
  return cell;
}

/** Whether pasted text is more than one cell's worth, so it should fill cells around. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/(\r\n|\n|\r)$/, ''));
}

export interface CellDraft {
  text: string;
  comment: string;
}

/** One cell as a save sees it. */
export interface CellState {
  measurement: Measurement;
  draft: CellDraft;
  check: CellCheck;
}

/**
 * What a save sends: every cell whose value or comment changed and whose text is valid, each
 * with the version the user saw. Cells with faulty text are left out and listed, so they can be
 * marked and the rest saved.
 */
export function collectEntries(cells: readonly CellState[]): {
  entries: ValueEntry[];
  faulty: CellState[];
} {
  const entries: ValueEntry[] = [];
  const faulty: CellState[] = [];
  for (const cell of cells) {
    const { measurement, draft, check } = cell;
    const commentChanged = draft.comment.trim() !== (measurement.current?.comment ?? '').trim();
    if (check.state === 'invalid') {
      faulty.push(cell);
      continue;
    }
    const input =
      check.state === 'valid'
        ? check.input
        : check.state === 'unchanged' && commentChanged && measurement.current
          ? currentInput(measurement.current)
          : null;
    if (!input) continue;
    entries.push({
      measurementId: measurement.id,
      expectedVersion: measurement.version,
      ...input,
      ...(draft.comment.trim() ? { comment: draft.comment.trim() } : {}),
    });
  }
  return { entries, faulty };
}

function currentInput(current: EnteredValue) {
  return current.numerator !== null && current.denominator !== null
    ? { numerator: current.numerator, denominator: current.denominator }
    : { value: current.value };
}
