import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connect.js';
import type { Grant } from '#domain/access.js';
import { type RequestContext, createContext } from '../context.js';
import { createUser, grantRole } from '../modules/access/service.js';
import { createUnit, loadOrgTree, type UnitKind } from '../modules/organisation/service.js';
import { createTenant } from '../modules/tenants/service.js';
import { addDemoPlan } from './demoPlan.js';
import { addDemoScorecard } from './demoScorecard.js';
import { type DemoUnit, demoPeople, demoUnitNames } from './demoTexts.js';
import { lotenFiles, readLotenScorecard } from './lotenScorecards.js';

interface SourceUnit {
  name: string;
  level: string;
  children?: SourceUnit[];
}

const kindOfLevel = (level: string): UnitKind => {
  if (level === 'kommune') return 'municipality';
  if (level === 'sektor') return 'sector';
  if (level.startsWith('stab')) return 'staff';
  return 'unit';
};

export interface DemoAdministrator {
  email: string;
  password: string;
}

/**
 * The demo municipality: Sande kommune's real organisation, with Løten kommune's published
 * scorecards as its focus areas, indicators, targets and results, and invented people, actions
 * and a business plan (data/README.md). Everything is made through the services, so the audit log shows it.
 */
export async function createDemo(
  db: Db,
  dataDir: string,
  administrator: DemoAdministrator,
  log: FastifyBaseLogger,
  options: { scorecard: boolean } = { scorecard: true },
): Promise<void> {
  const source = JSON.parse(
    readFileSync(path.join(dataDir, 'org_sande_kommune_more_og_romsdal.json'), 'utf8'),
  ) as { tree: SourceUnit };

  const tenant = await createTenant(db, {
    name: 'Sande kommune',
    rootUnit: { code: '1514', name: 'Sande kommune' },
    administrator: { ...administrator, name: 'Demo Administrator' },
  });
  const actingAs = (userId: string, grants: Grant[]) =>
    createContext(
      db,
      { tenantId: tenant.tenantId, userId, sessionId: null, grants },
      'demo',
      log,
      loadOrgTree,
    );
  const asAdministrator = () =>
    actingAs(tenant.administratorId, [{ orgUnitId: tenant.rootUnitId, role: 'administrator' }]);

  const unitIds = await addOrganisation(asAdministrator, tenant.rootUnitId, source.tree);
  const unitIdOf = (unit: DemoUnit) => {
    const id = unit === 'top' ? tenant.rootUnitId : unitIds.get(demoUnitNames[unit]);
    if (!id) throw new Error(`The demo organisation has no unit for ${unit}`);
    return id;
  };
  const people = await addDemoPeople(asAdministrator(), administrator.password, unitIdOf);
  const asPerson = (person: keyof typeof demoPeople) =>
    actingAs(people[person], [
      { orgUnitId: unitIdOf(demoPeople[person].unit), role: demoPeople[person].role },
    ]);

  if (!options.scorecard) {
    log.info({ tenant: tenant.tenantId }, 'demo organisation created, without a scorecard');
    return;
  }
  const planner = asPerson('planner');
  const register = await addDemoScorecard(
    planner,
    [
      {
        scorecard: readLotenScorecard(dataDir, lotenFiles.tekniskDrift),
        unit: 'technical',
        enteredBy: asPerson('reporter'),
      },
      {
        scorecard: readLotenScorecard(dataDir, lotenFiles.renhold),
        unit: 'service',
        enteredBy: planner,
      },
    ],
    unitIdOf,
  );
  await addDemoPlan(planner, unitIdOf('service'), register);
  log.info({ tenant: tenant.tenantId }, 'demo municipality created');
}

/** Every unit below the top, with codes by position; returns each unit's id by its name. */
async function addOrganisation(
  asAdministrator: () => RequestContext,
  rootUnitId: string,
  tree: SourceUnit,
): Promise<Map<string, string>> {
  const unitIds = new Map<string, string>();
  const addChildren = async (parentId: string, parentCode: string, units: SourceUnit[]) => {
    for (const [index, unit] of units.entries()) {
      const code = `${parentCode}-${String(index + 1).padStart(2, '0')}`;
      // A fresh context for each unit: the tree it reads changes with every unit added.
      const created = await createUnit(asAdministrator(), {
        parentId,
        code,
        name: unit.name,
        kind: kindOfLevel(unit.level),
      });
      unitIds.set(unit.name, created.id);
      await addChildren(created.id, code, unit.children ?? []);
    }
  };
  await addChildren(rootUnitId, '1514', tree.children ?? []);
  return unitIds;
}

/** The invented people, each with one role, sharing the administrator's password. */
async function addDemoPeople(
  admin: RequestContext,
  password: string,
  unitIdOf: (unit: DemoUnit) => string,
): Promise<Record<keyof typeof demoPeople, string>> {
  const ids: Partial<Record<keyof typeof demoPeople, string>> = {};
  for (const [key, person] of Object.entries(demoPeople)) {
    const user = await createUser(admin, { email: person.email, name: person.name, password });
    await grantRole(admin, user.id, { orgUnitId: unitIdOf(person.unit), role: person.role });
    ids[key as keyof typeof demoPeople] = user.id;
  }
  return ids as Record<keyof typeof demoPeople, string>;
}
