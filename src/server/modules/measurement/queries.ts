import type { Db } from '../../db/connect.js';
import type {
  ApiTokenTable,
  MeasurementPointTable,
  MeasurementTable,
  MeasurementValueTable,
  PeriodApprovalTable,
} from '../../db/schema.js';

export function selectPoints(db: Db, tenantId: string, indicatorId: string) {
  return db
    .selectFrom('measurement_point')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('indicator_id', '=', indicatorId)
    .orderBy('period_start')
    .execute();
}

export function selectPointsOf(db: Db, tenantId: string, indicatorIds: readonly string[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('measurement_point')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('indicator_id', 'in', indicatorIds)
    .execute();
}

export function insertPoints(db: Db, rows: MeasurementPointTable[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('measurement_point').values(rows).execute();
}

export function insertMeasurements(db: Db, rows: MeasurementTable[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('measurement').values(rows).execute();
}

/** Measurements with their latest value, filtered by the caller; one read however many. */
export function selectMeasurements(
  db: Db,
  tenantId: string,
  filter: {
    ids?: readonly string[];
    unitIds?: readonly string[];
    indicatorIds?: readonly string[];
    periodKeys?: readonly string[];
  },
) {
  let query = db
    .selectFrom('measurement')
    .leftJoin('measurement_value as current', (join) =>
      join
        .onRef('current.measurement_id', '=', 'measurement.id')
        .onRef('current.version', '=', 'measurement.version'),
    )
    .leftJoin('app_user as author', 'author.id', 'current.entered_by')
    .selectAll('measurement')
    .select([
      'current.value',
      'current.numerator',
      'current.denominator',
      'current.weight',
      'current.comment',
      'current.source',
      'current.entered_at',
      'current.entered_by',
      'author.name as entered_by_name',
    ])
    .where('measurement.tenant_id', '=', tenantId);
  for (const [column, values] of [
    ['measurement.id', filter.ids],
    ['measurement.org_unit_id', filter.unitIds],
    ['measurement.indicator_id', filter.indicatorIds],
    ['measurement.period_key', filter.periodKeys],
  ] as const) {
    if (values === undefined) continue;
    if (values.length === 0) return Promise.resolve([]);
    query = query.where(column, 'in', values);
  }
  return query.orderBy('measurement.due_date').execute();
}

export type MeasurementRow = Awaited<ReturnType<typeof selectMeasurements>>[number];

export function selectValueHistory(db: Db, tenantId: string, measurementId: string) {
  return db
    .selectFrom('measurement_value')
    .leftJoin('app_user', 'app_user.id', 'measurement_value.entered_by')
    .selectAll('measurement_value')
    .select('app_user.name as entered_by_name')
    .where('measurement_value.tenant_id', '=', tenantId)
    .where('measurement_value.measurement_id', '=', measurementId)
    .orderBy('measurement_value.version', 'desc')
    .execute();
}

export function insertValue(db: Db, row: MeasurementValueTable) {
  return db.insertInto('measurement_value').values(row).execute();
}

/**
 * Moves a measurement to its next version only if no one else did first: the guard against
 * lost updates. Returns whether this caller won.
 */
export async function advanceVersion(db: Db, measurementId: string, expected: number) {
  const result = await db
    .updateTable('measurement')
    .set({ version: expected + 1 })
    .where('id', '=', measurementId)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function selectApprovals(
  db: Db,
  tenantId: string,
  filter: { unitIds?: readonly string[]; periodKeys?: readonly string[] },
) {
  let query = db
    .selectFrom('period_approval')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('reopened_at', 'is', null);
  if (filter.unitIds) {
    if (filter.unitIds.length === 0) return Promise.resolve([]);
    query = query.where('org_unit_id', 'in', filter.unitIds);
  }
  if (filter.periodKeys) {
    if (filter.periodKeys.length === 0) return Promise.resolve([]);
    query = query.where('period_key', 'in', filter.periodKeys);
  }
  return query.execute();
}

export function insertApproval(db: Db, row: PeriodApprovalTable) {
  return db.insertInto('period_approval').values(row).execute();
}

export function reopenApproval(db: Db, approvalId: string, by: string, at: string, reason: string) {
  return db
    .updateTable('period_approval')
    .set({ reopened_by: by, reopened_at: at, reopen_reason: reason })
    .where('id', '=', approvalId)
    .where('reopened_at', 'is', null)
    .execute();
}

export function insertToken(db: Db, row: ApiTokenTable) {
  return db.insertInto('api_token').values(row).execute();
}

export function selectTokens(db: Db, tenantId: string) {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .execute();
}

export function selectLiveTokenByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export function updateToken(
  db: Db,
  tenantId: string,
  id: string,
  changes: Partial<Pick<ApiTokenTable, 'revoked_at' | 'last_used_at'>>,
) {
  return db
    .updateTable('api_token')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** Claims a reminder; false when another run (or process) already did, so each goes out once. */
export async function claimReminder(
  db: Db,
  row: {
    id: string;
    tenant_id: string;
    measurement_id: string;
    kind: string;
    recipient_user_id: string;
    claimed_at: string;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('reminder')
    .values({ ...row, sent_at: null })
    .onConflict((conflict) =>
      conflict.columns(['measurement_id', 'kind', 'recipient_user_id']).doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function markRemindersSent(db: Db, ids: readonly string[], at: string) {
  if (ids.length === 0) return Promise.resolve();
  return db.updateTable('reminder').set({ sent_at: at }).where('id', 'in', ids).execute();
}

export function releaseReminders(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve();
  return db.deleteFrom('reminder').where('id', 'in', ids).execute();
}

/**
 * Measurements of some indicators and units whose period lies inside [from, to], with their
 * latest value and its author: everything a scorecard needs over several periods, in one read.
 */
export function selectMeasurementsBetween(
  db: Db,
  tenantId: string,
  filter: {
    unitIds: readonly string[];
    indicatorIds: readonly string[];
    from: string;
    to: string;
  },
) {
  if (filter.unitIds.length === 0 || filter.indicatorIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('measurement')
    .innerJoin('measurement_point as point', 'point.id', 'measurement.measurement_point_id')
    .leftJoin('measurement_value as current', (join) =>
      join
        .onRef('current.measurement_id', '=', 'measurement.id')
        .onRef('current.version', '=', 'measurement.version'),
    )
    .leftJoin('app_user as author', 'author.id', 'current.entered_by')
    .select([
      'measurement.id',
      'measurement.indicator_id',
      'measurement.org_unit_id',
      'measurement.period_key',
      'measurement.due_date',
      'current.value',
      'current.numerator',
      'current.denominator',
      'current.weight',
      'current.comment',
      'current.entered_at',
      'author.name as entered_by_name',
    ])
    .where('measurement.tenant_id', '=', tenantId)
    .where('measurement.indicator_id', 'in', filter.indicatorIds)
    .where('measurement.org_unit_id', 'in', filter.unitIds)
    .where('point.period_start', '>=', filter.from)
    .where('point.period_end', '<=', filter.to)
    .execute();
}

/** The latest period end with an entered value among some indicators and units. */
export async function selectLatestEnteredPeriodEnd(
  db: Db,
  tenantId: string,
  filter: { unitIds: readonly string[]; indicatorIds: readonly string[] },
): Promise<string | null> {
  if (filter.unitIds.length === 0 || filter.indicatorIds.length === 0) return null;
  const row = await db
    .selectFrom('measurement')
    .innerJoin('measurement_point as point', 'point.id', 'measurement.measurement_point_id')
    .select((eb) => eb.fn.max('point.period_end').as('latest'))
    .where('measurement.tenant_id', '=', tenantId)
    .where('measurement.indicator_id', 'in', filter.indicatorIds)
    .where('measurement.org_unit_id', 'in', filter.unitIds)
    .where('measurement.version', '>', 0)
    .executeTakeFirst();
  return row?.latest ?? null;
}
