/**
 * Rules for actions (tiltak) that every view shares: an action past its due date that is neither
 * done nor cancelled is delayed, whatever its owner last set.
 */
import { parsePeriod } from './periods.js';
import type { ActionStatus } from './scorecardView.js';

export const actionStatuses = [
  'not_started',
  'in_progress',
  'done',
  'delayed',
  'cancelled',
] as const satisfies readonly ActionStatus[];

/** What an action may be linked to; an action with no link stands alone. */
export const actionLinkKinds = ['focus_area', 'criterion', 'indicator', 'measurement'] as const;
export type ActionLinkKind = (typeof actionLinkKinds)[number];

/** Done and cancelled actions are finished: no date makes them late. */
const isFinished = (status: ActionStatus) => status === 'done' || status === 'cancelled';

/** Whether the due date (ISO) has passed on `today` without the action being finished. */
export function isOverdue(stored: ActionStatus, dueDate: string | null, today: string): boolean {
  return !isFinished(stored) && dueDate !== null && dueDate < today;
}

/** The status to show on `today` (ISO date): `stored` unless the due date has passed. */
export function effectiveActionStatus(
  stored: ActionStatus,
  dueDate: string | null,
  today: string,
): ActionStatus {
  return isOverdue(stored, dueDate, today) ? 'delayed' : stored;
}

/**
 * Whether an action deals with the results of a period (ISO dates): any action not cancelled,
 * however late it starts, since actions follow the results they answer; but not one done and due
 * before the period began, which answered an earlier result, nor one linked to a measurement of a
 * later period, which answers that later result.
 */
export function dealsWithPeriod(
  action: {
    status: ActionStatus;
    dueDate: string | null;
    link?: { kind: string; periodKey?: string } | null;
  },
  period: { start: string; end: string },
): boolean {
  if (action.status === 'cancelled') return false;
  if (action.status === 'done' && action.dueDate !== null && action.dueDate < period.start) {
    return false;
  }
  const measured = action.link?.periodKey ? parsePeriod(action.link.periodKey) : null;
  return !(measured && measured.start > period.end);
}

/** A due date may not come before the start; either may be missing. */
export function datesInOrder(startDate: string | null, dueDate: string | null): boolean {
  return startDate === null || dueDate === null || startDate <= dueDate;
}
