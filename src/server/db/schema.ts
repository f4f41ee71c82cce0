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
  /** The unit's leader, who approves its results and hears of overdue ones. */
  leader_user_id: string | null;
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
  measurement_point: MeasurementPointTable;
  measurement: MeasurementTable;
  measurement_value: MeasurementValueTable;
  period_approval: PeriodApprovalTable;
  api_token: ApiTokenTable;
  reminder: ReminderTable;
  action: ActionTable;
  action_update: ActionUpdateTable;
  plan_section: PlanSectionTable;
  business_plan: BusinessPlanTable;
  plan_section_text: PlanSectionTextTable;
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

export interface MeasurementPointTable {
  id: string;
  tenant_id: string;
  indicator_id: string;
  period_key: string;
  period_start: string;
  period_end: string;
  due_date: string;
  created_by: string | null;
  created_at: string;
}

export interface MeasurementTable {
  id: string;
  tenant_id: string;
  measurement_point_id: string;
  indicator_id: string;
  org_unit_id: string;
  period_key: string;
  due_date: string;
  version: number;
}

export interface MeasurementValueTable {
  id: string;
  tenant_id: string;
  measurement_id: string;
  version: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
  comment: string;
  source: string;
  entered_by: string | null;
  entered_at: string;
}

export interface PeriodApprovalTable {
  id: string;
  tenant_id: string;
  org_unit_id: string;
  period_key: string;
  approved_by: string | null;
  approved_at: string;
  reopened_by: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
}

export interface ApiTokenTable {
  id: string;
  tenant_id: string;
  name: string;
  token_hash: string;
  org_unit_id: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface ReminderTable {
  id: string;
  tenant_id: string;
  measurement_id: string;
  kind: string;
  recipient_user_id: string;
  claimed_at: string;
  sent_at: string | null;
}

export interface ActionTable {
  id: string;
  tenant_id: string;
  org_unit_id: string;
  title: string;
  description: string;
  responsible_user_id: string | null;
  start_date: string | null;
  due_date: string | null;
  status: string;
  progress: number;
  cost: number | null;
  link_kind: string;
  focus_area_id: string | null;
  criterion_id: string | null;
  indicator_id: string | null;
  measurement_id: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionUpdateTable {
  id: string;
  tenant_id: string;
  action_id: string;
  text: string;
  status: string | null;
  progress: number | null;
  written_by: string | null;
  written_at: string;
}

export interface PlanSectionTable {
  id: string;
  tenant_id: string;
  title: string;
  sort_order: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface BusinessPlanTable {
  id: string;
  tenant_id: string;
  org_unit_id: string;
  year: number;
  version_number: number;
  status: string;
  submitted_by: string | null;
  submitted_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  /** What an approved version shows for ever: scorecard, actions, sections, subunits. */
  snapshot_json: string | null;
  /** The version whose texts this one started from: last year's plan, or the version before. */
  based_on_plan_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanSectionTextTable {
  plan_id: string;
  section_id: string;
  tenant_id: string;
  text: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
}
