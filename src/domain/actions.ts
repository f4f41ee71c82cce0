/**
 * Rules for actions (tiltak) that every view shares: an action past its due date that is neither
 * done nor cancelled is delayed, whatever its owner last set.
 */
import type { ActionStatus } from './scorecardView.js';

export const actionStatuses = [
  'not_started',
  'in_progress',
  'done',
  'delayed',
  'cancelled',
] as const satisfies readonly ActionStatus[];

/** The status to show on `today` (ISO date): `stored` unless the due date has passed. */
export function effectiveActionStatus(
  stored: ActionStatus,
  dueDate: string | null,
  today: string,
): ActionStatus {
  if (stored === 'done' || stored === 'cancelled') return stored;
  if (dueDate !== null && dueDate < today) return 'delayed';
  return stored;
}

/** Whether an action still counts as dealing with what it is linked to. */
export const isActive = (status: ActionStatus) => status !== 'cancelled';
