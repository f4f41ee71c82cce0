/**
 * The målekart: for one unit, its focus areas, the success criteria it works with and the
 * indicators that apply to it, each with the target that holds for the chosen period.
 */
import { selfAndAncestorIds } from '#domain/orgTree.js';
import type { RequestContext } from '../../context.js';
import { isClosed, unitsByIds } from '../organisation/service.js';
import { requireRole } from '../access/permissions.js';
import { readSettings } from '../tenants/settings.js';
import { type FocusArea, type SuccessCriterion, toCriterion, toFocusArea } from './focusAreas.js';
import { type Indicator, appliesTo, loadIndicators } from './indicators.js';
import * as queries from './queries.js';
import { type TargetView, periodStart, targetResolver } from './targets.js';

export interface StructureIndicator {
  indicator: Indicator;
  target: TargetView | null;
}

export interface StructureCriterion extends SuccessCriterion {
  indicators: StructureIndicator[];
}

export interface StructureFocusArea extends FocusArea {
  criteria: StructureCriterion[];
  /** Indicators of the area that support no criterion this unit sees. */
  otherIndicators: StructureIndicator[];
}

export interface ScorecardStructure {
  orgUnitId: string;
  period: string;
  focusAreas: StructureFocusArea[];
  indicatorCount: number;
  maxIndicators: number;
}

/** The unit's målekart in a fixed number of reads, however many indicators it has. */
export async function getStructure(
  ctx: RequestContext,
  orgUnitId: string,
  period: string,
): Promise<ScorecardStructure> {
  await requireRole(ctx, orgUnitId, 'reader');
  const date = periodStart(period);
  const tree = await ctx.tree();
  const path = selfAndAncestorIds(tree, orgUnitId);
  const [areaRows, criterionRows, allIndicators, settings] = await Promise.all([
    queries.selectFocusAreas(ctx.db, ctx.actor.tenantId),
    queries.selectCriteria(ctx.db, ctx.actor.tenantId),
    loadIndicators(ctx.db, ctx.actor.tenantId),
    readSettings(ctx.db, ctx.actor.tenantId),
  ]);
  const indicators = allIndicators.filter(
    (indicator) => !indicator.archivedAt && appliesTo(indicator, path),
  );
  const resolver = await targetResolver(
    ctx.db,
    ctx.actor.tenantId,
    tree,
    indicators.map((indicator) => indicator.id),
  );
  const withTarget = (indicator: Indicator): StructureIndicator => ({
    indicator,
    target: resolver.resolve(indicator.id, orgUnitId, date),
  });
  const criteria = criterionRows
    .filter((row) => !row.archived_at && path.includes(row.org_unit_id))
    .map(toCriterion);

  const focusAreas = areaRows
    .filter((row) => !row.archived_at)
    .map(toFocusArea)
    .map((area) => {
      const ownCriteria = criteria.filter((criterion) => criterion.focusAreaId === area.id);
      const areaIndicators = indicators.filter((indicator) => indicator.focusAreaId === area.id);
      return {
        ...area,
        criteria: ownCriteria.map((criterion) => ({
          ...criterion,
          indicators: areaIndicators
            .filter((indicator) => indicator.criterionIds.includes(criterion.id))
            .map(withTarget),
        })),
        otherIndicators: areaIndicators
          .filter((indicator) =>
            indicator.criterionIds.every(
              (id) => !ownCriteria.some((criterion) => criterion.id === id),
            ),
          )
          .map(withTarget),
      };
    });

  return {
    orgUnitId,
    period,
    focusAreas,
    indicatorCount: indicators.length,
    maxIndicators: settings.maxIndicatorsPerScorecard,
  };
}

export interface TargetGrid {
  period: string;
  units: { id: string; name: string; code: string }[];
  indicators: {
    id: string;
    code: string;
    name: string;
    direction: string;
    decimals: number;
    unitOfMeasure: string;
  }[];
  cells: { indicatorId: string; orgUnitId: string; applies: boolean; target: TargetView | null }[];
}

/** Targets for a unit and its open children side by side, for setting many at once. */
export async function getTargetGrid(
  ctx: RequestContext,
  orgUnitId: string,
  period: string,
): Promise<TargetGrid> {
  await requireRole(ctx, orgUnitId, 'reader');
  const date = periodStart(period);
  const tree = await ctx.tree();
  const unitIds = [
    orgUnitId,
    ...(tree.childrenOf.get(orgUnitId) ?? [])
      .filter((child) => !isClosed(child.validTo))
      .map((child) => child.id),
  ];
  const path = selfAndAncestorIds(tree, orgUnitId);
  const indicators = (await loadIndicators(ctx.db, ctx.actor.tenantId)).filter(
    (indicator) =>
      !indicator.archivedAt && unitIds.some((unitId) => appliesTo(indicator, [unitId, ...path])),
  );
  const resolver = await targetResolver(
    ctx.db,
    ctx.actor.tenantId,
    tree,
    indicators.map((indicator) => indicator.id),
  );
  const units = await unitsByIds(ctx.db, ctx.actor.tenantId, unitIds);
  const unitRows = new Map(units.map((unit) => [unit.id, unit]));

  return {
    period,
    units: unitIds.map((id) => unitRows.get(id) ?? { id, name: '', code: '' }),
    indicators: indicators.map((indicator) => ({
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      direction: indicator.definition.direction,
      decimals: indicator.definition.decimals,
      unitOfMeasure: indicator.definition.unitOfMeasure,
    })),
    cells: indicators.flatMap((indicator) =>
      unitIds.map((unitId) => {
        const applies = appliesTo(indicator, selfAndAncestorIds(tree, unitId));
        return {
          indicatorId: indicator.id,
          orgUnitId: unitId,
          applies,
          target: applies ? resolver.resolve(indicator.id, unitId, date) : null,
        };
      }),
    ),
  };
}
