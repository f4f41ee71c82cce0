/**
 * What an action may be linked to: something the owning unit sees on its own scorecard. Focus
 * areas belong to the whole municipality; a criterion must be the unit's own or set above it; an
 * indicator must apply to the unit; a measurement must be of such an indicator, for the unit or
 * one below it.
 */
import type { ActionLinkKind } from '#domain/actions.js';
import { isInSubtree, selfAndAncestorIds } from '#domain/orgTree.js';
import type { RequestContext } from '../../context.js';
import type { ActionTable } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { measurementFacts } from '../measurement/results.js';
import { listFocusAreas, loadCriterion } from '../register/focusAreas.js';
import { type Indicator, appliesTo, loadIndicator } from '../register/indicators.js';

export interface LinkInput {
  kind: ActionLinkKind;
  id: string;
}

type LinkColumns = Pick<
  ActionTable,
  'link_kind' | 'focus_area_id' | 'criterion_id' | 'indicator_id' | 'measurement_id'
>;

/** The stored columns of a link: one of the four ids, or none for an action standing alone. */
export function linkColumns(link: LinkInput | null): LinkColumns {
  return {
    link_kind: link?.kind ?? 'none',
    focus_area_id: link?.kind === 'focus_area' ? link.id : null,
    criterion_id: link?.kind === 'criterion' ? link.id : null,
    indicator_id: link?.kind === 'indicator' ? link.id : null,
    measurement_id: link?.kind === 'measurement' ? link.id : null,
  };
}

/** The link stored in a row, or null for an action standing alone. */
export function storedLink(row: LinkColumns): LinkInput | null {
  const id = {
    focus_area: row.focus_area_id,
    criterion: row.criterion_id,
    indicator: row.indicator_id,
    measurement: row.measurement_id,
  }[row.link_kind as ActionLinkKind];
  return id ? { kind: row.link_kind as ActionLinkKind, id } : null;
}

const linkNotFound = () =>
  new AppError('link_not_found', 'There is nothing of that kind to link to', 'link.id');

const outOfReach = (message: string) => new AppError('link_out_of_reach', message, 'link.id');

const archived = () => new AppError('archived', 'What the action links to is archived', 'link.id');

/**
 * Refuses a link the owning unit cannot see. A new link to something archived is refused too;
 * an existing one is kept when the action moves (`allowArchived`).
 */
export async function checkLink(
  ctx: RequestContext,
  unitId: string,
  link: LinkInput,
  options: { allowArchived: boolean },
): Promise<void> {
  const path = selfAndAncestorIds(await ctx.tree(), unitId);
  const refuseArchived = (archivedAt: string | null) => {
    if (archivedAt && !options.allowArchived) throw archived();
  };
  switch (link.kind) {
    case 'focus_area': {
      const areas = await listFocusAreas(ctx, { includeArchived: true });
      const area = areas.find((candidate) => candidate.id === link.id);
      if (!area) throw linkNotFound();
      refuseArchived(area.archivedAt);
      return;
    }
    case 'criterion': {
      const criterion = await orLinkNotFound(loadCriterion(ctx, link.id));
      if (!path.includes(criterion.orgUnitId)) {
        throw outOfReach('The success criterion belongs to a unit outside this one’s line');
      }
      refuseArchived(criterion.archivedAt);
      return;
    }
    case 'indicator': {
      const indicator = await indicatorApplying(ctx, link.id, path);
      refuseArchived(indicator.archivedAt);
      return;
    }
    case 'measurement':
      await checkMeasurementLink(ctx, unitId, link.id, path);
      return;
  }
}

async function checkMeasurementLink(
  ctx: RequestContext,
  unitId: string,
  measurementId: string,
  path: string[],
): Promise<void> {
  const measurement = await measurementFacts(ctx, measurementId);
  if (!measurement) throw linkNotFound();
  await indicatorApplying(ctx, measurement.indicatorId, path);
  if (!isInSubtree(await ctx.tree(), unitId, measurement.orgUnitId)) {
    throw outOfReach('The measurement is of a unit outside this one’s subtree');
  }
}

async function indicatorApplying(
  ctx: RequestContext,
  indicatorId: string,
  path: string[],
): Promise<Indicator> {
  const indicator = await orLinkNotFound(loadIndicator(ctx.db, ctx.actor.tenantId, indicatorId));
  if (!appliesTo(indicator, path)) {
    throw outOfReach(`${indicator.name} does not apply to this unit`);
  }
  return indicator;
}

/** The register answers not_found for what it lacks; for a link that is a bad field value. */
async function orLinkNotFound<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw linkNotFound();
    throw error;
  }
}
