import type { Kysely } from 'kysely';

/**
 * Business plans (virksomhetsplaner): the tenant's text sections, one plan per unit and year in
 * numbered versions, and each version's section texts. An approved version keeps the scorecard,
 * actions and subunit summaries as they stood in `snapshot_json`, so it reads the same forever.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_section')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // Also what keeps two requests from creating the default sections twice.
    .addUniqueConstraint('plan_section_title_unique', ['tenant_id', 'title'])
    .execute();

  await db.schema
    .createTable('business_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version_number', 'integer', (c) => c.notNull())
    /** draft, submitted or approved. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('approved_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'text')
    .addColumn('snapshot_json', 'text')
    /** The version whose texts this one started from: last year's plan, or the version before. */
    .addColumn('based_on_plan_id', 'text', (c) => c.references('business_plan.id'))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('business_plan_version_unique', [
      'tenant_id',
      'org_unit_id',
      'year',
      'version_number',
    ])
    .execute();

  await db.schema
    .createTable('plan_section_text')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('business_plan.id'))
    .addColumn('section_id', 'text', (c) => c.notNull().references('plan_section.id'))
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    /** Markdown, checked on write: no raw HTML, links only to http(s) and mailto. */
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_section_text_pk', ['plan_id', 'section_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_section_text').execute();
  await db.schema.dropTable('business_plan').execute();
  await db.schema.dropTable('plan_section').execute();
}
