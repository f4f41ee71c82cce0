/**
 * The table types Kysely checks queries against. Timestamps and dates are ISO strings in both
 * databases so one query works on SQLite and PostgreSQL; JSON is kept as text.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface TenantTable {
  id: string;
  name: string;
  settings: string;
  created_at: string;
}

export interface OrgUnitTable {
  id: string;
  tenant_id: string;
  parent_id: string | null;
  code: string;
  name: string;
  kind: string;
  valid_from: string;
  valid_to: string | null;
  created_at: string;
  updated_at: string;
}

export interface AppUserTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  deactivated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RoleGrantTable {
  id: string;
  tenant_id: string;
  user_id: string;
  org_unit_id: string;
  role: string;
  created_at: string;
}

export interface SessionTable {
  id: string;
  tenant_id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AuditEventTable {
  id: string;
  tenant_id: string;
  at: string;
  actor_user_id: string | null;
  entity_type: string;
  entity_id: string;
  org_unit_id: string | null;
  subject_user_id: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

export interface Database {
  tenant: TenantTable;
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  session: SessionTable;
  audit_event: AuditEventTable;
  focus_area: FocusAreaTable;
  success_criterion: SuccessCriterionTable;
  indicator: IndicatorTable;
  indicator_criterion: IndicatorCriterionTable;
  indicator_unit: IndicatorUnitTable;
  indicator_version: IndicatorVersionTable;
  target: TargetTable;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type NewOrgUnit = Insertable<OrgUnitTable>;
export type OrgUnitUpdate = Updateable<OrgUnitTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type RoleGrantRow = Selectable<RoleGrantTable>;
export type AuditEventRow = Selectable<AuditEventTable>;

export interface FocusAreaTable {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  sort_order: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SuccessCriterionTable {
  id: string;
  tenant_id: string;
  focus_area_id: string;
  org_unit_id: string;
  name: string;
  description: string;
  sort_order: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IndicatorTable {
  id: string;
  tenant_id: string;
  code: string;
  name: string;
  focus_area_id: string;
  owner_unit_id: string;
  owner_user_id: string | null;
  /** Everything else that defines the indicator; see register/definition.ts. */
  definition_json: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IndicatorCriterionTable {
  indicator_id: string;
  success_criterion_id: string;
}

export interface IndicatorUnitTable {
  indicator_id: string;
  org_unit_id: string;
}

export interface IndicatorVersionTable {
  id: string;
  tenant_id: string;
  indicator_id: string;
  version: number;
  effective_from: string;
  changed_by: string | null;
  changed_at: string;
  snapshot_json: string;
}

export interface TargetTable {
  id: string;
  tenant_id: string;
  indicator_id: string;
  org_unit_id: string;
  valid_from_period: string;
  valid_from: string;
  target_value: number | null;
  threshold_value: number | null;
  range_low: number | null;
  range_high: number | null;
  range_tolerance: number | null;
  created_by: string | null;
  created_at: string;
  removed_at: string | null;
  removed_by: string | null;
}
