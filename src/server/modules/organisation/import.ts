import { v7 as uuid } from 'uuid';
import { unitsInReach } from '#domain/access.js';
import type { RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { nowIso, todayIso } from '../../time.js';
import { requireAdministratorSomewhere } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import { readTable } from '../imports/readTable.js';
import { type ImportPlan, type PlannedUnit, planImport } from './importPlan.js';
import * as queries from './queries.js';
import { isClosed, toOrgUnit } from './service.js';

export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

export interface ImportPreview {
  rows: Omit<PlannedUnit, 'existingId'>[];
  issues: ImportPlan['issues'];
}

async function planFor(ctx: RequestContext, file: ImportFile): Promise<ImportPlan> {
  requireAdministratorSomewhere(ctx);
  const table = await readTable(file.fileName, Buffer.from(file.contentBase64, 'base64'));
  const existing = await queries.selectUnits(ctx.db, ctx.actor.tenantId);
  const administered = unitsInReach(await ctx.tree(), ctx.actor.grants, 'administrator');
  const units = existing.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    closed: isClosed(row.valid_to),
  }));
  return planImport(table.header, table.rows, units, administered);
}

/** Reads the file and says what a commit would do; writes nothing. */
export async function previewImport(ctx: RequestContext, file: ImportFile): Promise<ImportPreview> {
  const plan = await planFor(ctx, file);
  return {
    rows: plan.rows.map(({ existingId: _existingId, ...row }) => row),
    issues: plan.issues,
  };
}

/** Writes every row of a clean file in one transaction; a file with any issue writes nothing. */
export async function commitImport(
  ctx: RequestContext,
  file: ImportFile,
): Promise<{ created: number; updated: number }> {
  const plan = await planFor(ctx, file);
  if (plan.issues.length > 0) {
    throw new AppError('import_invalid', 'The file has rows that cannot be imported', 'file', {
      issues: plan.issues,
    });
  }

  return ctx.db.transaction().execute(async (trx) => {
    const existing = await queries.selectUnits(trx, ctx.actor.tenantId);
    const idByCode = new Map(existing.map((row) => [row.code, row.id]));
    const rowById = new Map(existing.map((row) => [row.id, row]));
    let created = 0;
    let updated = 0;
    const now = nowIso();

    for (const row of plan.rows) {
      const parentId = row.parentCode === null ? null : (idByCode.get(row.parentCode) ?? null);
      if (row.action === 'create') {
        const id = uuid();
        const inserted = {
          id,
          tenant_id: ctx.actor.tenantId,
          parent_id: parentId,
          code: row.code,
          name: row.name,
          kind: row.kind,
          valid_from: todayIso(),
          valid_to: null,
          leader_user_id: null,
          created_at: now,
          updated_at: now,
        };
        await queries.insertUnit(trx, inserted);
        idByCode.set(row.code, id);
        await recordChange(trx, ctx, {
          entityType: 'org_unit',
          entityId: id,
          orgUnitId: id,
          action: 'import',
          after: toOrgUnit(inserted),
        });
        created++;
      } else if (row.action === 'update' && row.existingId) {
        const before = rowById.get(row.existingId);
        const changes = { name: row.name, kind: row.kind, parent_id: parentId, updated_at: now };
        await queries.updateUnit(trx, ctx.actor.tenantId, row.existingId, changes);
        await recordChange(trx, ctx, {
          entityType: 'org_unit',
          entityId: row.existingId,
          orgUnitId: row.existingId,
          action: 'import',
          before: before ? toOrgUnit(before) : undefined,
          after: before ? toOrgUnit({ ...before, ...changes }) : undefined,
        });
        updated++;
      }
    }
    ctx.log.info({ created, updated }, 'organisation imported');
    return { created, updated };
  });
}
