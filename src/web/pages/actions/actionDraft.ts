/**
 * The action form's draft: what the fields hold as text, read back into what the API takes with
 * the server's own checks where they are easy to mirror, so most mistakes show before sending.
 */
import { datesInOrder } from '#domain/actions.js';
import { parseNorwegianNumber } from '#domain/numbers.js';
import { ApiError, type FieldIssue } from '../../api.js';
import type { Action, ActionInput, ActionLinkKind, ActionStatus } from './actionsApi.js';

export interface ActionDraft {
  orgUnitId: string;
  title: string;
  description: string;
  /** '' for nobody. */
  responsibleUserId: string;
  startDate: string;
  dueDate: string;
  status: ActionStatus;
  progress: string;
  cost: string;
  /** '' for an action standing alone. */
  linkKind: '' | ActionLinkKind;
  linkId: string;
  /** For a link to one measurement: the indicator it is chosen under. */
  linkIndicatorId: string;
}

/** The API's names for the fields, which its error messages use; the form's inputs share them. */
export const actionFields = [
  'orgUnitId',
  'title',
  'description',
  'responsibleUserId',
  'startDate',
  'dueDate',
  'status',
  'progress',
  'cost',
  'link.kind',
  'link.id',
] as const;

export function emptyDraft(orgUnitId: string, responsibleUserId: string): ActionDraft {
  return {
    orgUnitId,
    title: '',
    description: '',
    responsibleUserId,
    startDate: '',
    dueDate: '',
    status: 'not_started',
    progress: '0',
    cost: '',
    linkKind: '',
    linkId: '',
    linkIndicatorId: '',
  };
}

/** A number as a field starts with it: the locale's comma, no grouping. */
function editable(value: number, locale: 'nb' | 'en'): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(value);
}

export function draftFrom(action: Action, locale: 'nb' | 'en'): ActionDraft {
  return {
    orgUnitId: action.orgUnit.id,
    title: action.title,
    description: action.description,
    responsibleUserId: action.responsible?.id ?? '',
    startDate: action.startDate ?? '',
    dueDate: action.dueDate ?? '',
    status: action.storedStatus,
    progress: String(action.progress),
    cost: action.cost === null ? '' : editable(action.cost, locale),
    linkKind: action.link?.kind ?? '',
    linkId: action.link?.id ?? '',
    linkIndicatorId: action.link?.kind === 'measurement' ? action.link.indicatorId : '',
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (text: string) =>
  isoDate.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

type Read = { ok: true; input: ActionInput } | { ok: false; issues: FieldIssue[] };

/** The draft as the API takes it, or the issues the server would report for it. */
export function readDraft(draft: ActionDraft): Read {
  const issues: FieldIssue[] = [];
  const fail = (field: string, code: string) => issues.push({ field, code, message: code });

  const title = draft.title.trim();
  if (!draft.orgUnitId) fail('orgUnitId', 'invalid_format');
  if (title === '') fail('title', 'too_small');
  else if (title.length > 300) fail('title', 'too_big');
  if (draft.description.trim().length > 8000) fail('description', 'too_big');
  for (const field of ['startDate', 'dueDate'] as const) {
    if (draft[field] !== '' && !validDate(draft[field])) fail(field, 'invalid_format');
  }
  const startDate = draft.startDate || null;
  const dueDate = draft.dueDate || null;
  if (issues.every((issue) => !issue.field.endsWith('Date')) && !datesInOrder(startDate, dueDate)) {
    fail('dueDate', 'custom');
  }
  const progress = readProgress(draft.progress);
  if (typeof progress === 'string') fail('progress', progress);
  const cost = readCost(draft.cost);
  if (typeof cost === 'string') fail('cost', cost);
  if (draft.linkKind && !draft.linkId) fail('link.id', 'required');

  if (issues.length > 0 || typeof progress === 'string' || typeof cost === 'string') {
    return { ok: false, issues };
  }
  return {
    ok: true,
    input: {
      orgUnitId: draft.orgUnitId,
      title,
      description: draft.description.trim(),
      responsibleUserId: draft.responsibleUserId || null,
      startDate,
      dueDate,
      status: draft.status,
      progress,
      cost,
      link: draft.linkKind ? { kind: draft.linkKind, id: draft.linkId } : null,
    },
  };
}

/** A whole percent from 0 to 100, or the issue's code. */
export function readProgress(text: string): number | string {
  const parsed = parseNorwegianNumber(text);
  if (!parsed.ok) return parsed.reason === 'empty' ? 'required' : 'not_a_number';
  if (!Number.isInteger(parsed.value)) return 'not_whole';
  if (parsed.value < 0) return 'too_small';
  return parsed.value > 100 ? 'too_big' : parsed.value;
}

function readCost(text: string): number | null | string {
  const parsed = parseNorwegianNumber(text);
  if (!parsed.ok) return parsed.reason === 'empty' ? null : 'not_a_number';
  if (parsed.value < 0) return 'too_small';
  return parsed.value > 1e12 ? 'too_big' : parsed.value;
}

const sameLink = (a: ActionInput['link'], b: Action['link']) =>
  (a === null && b === null) || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

/**
 * Only what the writer changed from the action they started from, so saving on top of someone
 * else's newer version keeps the fields the writer left alone.
 */
export function changesFrom(input: ActionInput, before: Action): Partial<ActionInput> {
  const changes: Partial<ActionInput> = {};
  const was: Omit<ActionInput, 'link'> = {
    orgUnitId: before.orgUnit.id,
    title: before.title,
    description: before.description,
    responsibleUserId: before.responsible?.id ?? null,
    startDate: before.startDate,
    dueDate: before.dueDate,
    status: before.storedStatus,
    progress: before.progress,
    cost: before.cost,
  };
  for (const key of Object.keys(was) as (keyof typeof was)[]) {
    if (input[key] !== was[key]) Object.assign(changes, { [key]: input[key] });
  }
  if (!sameLink(input.link, before.link)) changes.link = input.link;
  return changes;
}

/** Mistakes found before sending, shaped as the server's refusal so the form shows them alike. */
export const draftError = (issues: FieldIssue[]) =>
  new ApiError(400, 'validation_failed', 'The form has mistakes', issues[0]?.field, issues);

/**
 * A refusal the server tied to one field (a link out of reach, a closed unit) as an issue on
 * that field, so its message can speak of actions rather than use the general error text.
 */
export function onItsField(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.field || error.issues.length > 0) return error;
  if (error.code === 'validation_failed' || error.code === 'stale_write') return error;
  const issue = { field: error.field, code: error.code, message: error.message };
  return new ApiError(error.status, 'validation_failed', error.message, error.field, [issue]);
}
