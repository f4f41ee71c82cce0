/**
 * Actions (tiltak): what a unit will do to close a gap, linked to the scorecard or standing alone.
 */
import { effectiveActionStatus } from '#domain/actions.js';
import type { ActionStatus, CardAction } from '#domain/scorecardView.js';
import type { RequestContext } from '../../context.js';
import { todayIso } from '../../time.js';
import * as queries from './queries.js';

/** The link of a stored action as the scorecard reads it; null for an action standing alone. */
function linkOf(row: queries.ActionRow): CardAction['link'] | null {
  switch (row.link_kind) {
    case 'focus_area':
      return row.focus_area_id ? { kind: 'focus_area', id: row.focus_area_id } : null;
    case 'criterion':
      return row.criterion_id ? { kind: 'criterion', id: row.criterion_id } : null;
    case 'indicator':
      return row.indicator_id ? { kind: 'indicator', id: row.indicator_id } : null;
    case 'measurement':
      return row.measurement_id && row.measurement_indicator_id && row.measurement_period_key
        ? {
            kind: 'measurement',
            id: row.measurement_id,
            indicatorId: row.measurement_indicator_id,
            periodKey: row.measurement_period_key,
          }
        : null;
    default:
      return null;
  }
}

/**
 * Every linked action owned by one of the units, status as shown today, in one read. The caller
 * has checked that the actor may read these units.
 */
export async function linkedActionsOfUnits(
  ctx: RequestContext,
  unitIds: readonly string[],
): Promise<CardAction[]> {
  const rows = await queries.selectActions(ctx.db, ctx.actor.tenantId, { unitIds });
  const today = todayIso();
  return rows.flatMap((row) => {
    const link = linkOf(row);
    if (!link) return [];
    return [
      {
        id: row.id,
        title: row.title,
        orgUnit: { id: row.org_unit_id, name: row.org_unit_name },
        responsible:
          row.responsible_user_id && row.responsible_name
            ? { id: row.responsible_user_id, name: row.responsible_name }
            : null,
        dueDate: row.due_date,
        status: effectiveActionStatus(row.status as ActionStatus, row.due_date, today),
        progress: row.progress,
        link,
      },
    ];
  });
}
