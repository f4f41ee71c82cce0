import type { Migration } from 'kysely';
import * as tenantsAndOrganisation from './2026-12-03T1600_tenants_and_organisation.js';
import * as usersAndAccess from './2026-12-03T1610_users_and_access.js';
import * as audit from './2026-12-03T1620_audit.js';
import * as register from './2026-12-03T1700_register.js';
import * as targets from './2026-12-03T1710_targets.js';
import * as measurements from './2026-12-03T1800_measurements.js';
import * as oneActiveApproval from './2026-12-03T1810_one_active_approval.js';
import * as resultWeight from './2026-12-03T1820_result_weight.js';
import * as actions from './2026-12-03T1900_actions.js';
import * as businessPlans from './2026-12-03T1910_business_plans.js';

/**
 * Every migration, by its file name. They are imported rather than found on disk so that the
 * same list works under tsx, Vitest and any bundler; a test checks that no file is left out.
 */
export const migrations: Record<string, Migration> = {
  '2026-12-03T1600_tenants_and_organisation': tenantsAndOrganisation,
  '2026-12-03T1610_users_and_access': usersAndAccess,
  '2026-12-03T1620_audit': audit,
  '2026-12-03T1700_register': register,
  '2026-12-03T1710_targets': targets,
  '2026-12-03T1800_measurements': measurements,
  '2026-12-03T1810_one_active_approval': oneActiveApproval,
  '2026-12-03T1820_result_weight': resultWeight,
  '2026-12-03T1900_actions': actions,
  '2026-12-03T1910_business_plans': businessPlans,
};
