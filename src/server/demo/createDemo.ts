import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connect.js';
import { createContext } from '../context.js';
import { createUnit, loadOrgTree, type UnitKind } from '../modules/organisation/service.js';
import { createTenant } from '../modules/tenants/service.js';

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
 * The demo municipality: Sande kommune's real organisation (data/README.md) with one invented
 * administrator. Units are created through the organisation service, so the audit log shows them.
 */
export async function createDemo(
  db: Db,
  dataDir: string,
  administrator: DemoAdministrator,
  log: FastifyBaseLogger,
): Promise<void> {
  const source = JSON.parse(
    readFileSync(path.join(dataDir, 'org_sande_kommune_more_og_romsdal.json'), 'utf8'),
  ) as { tree: SourceUnit };

  const tenant = await createTenant(db, {
    name: 'Sande kommune',
    rootUnit: { code: '1514', name: 'Sande kommune' },
    administrator: { ...administrator, name: 'Demo Administrator' },
  });
  const actor = {
    tenantId: tenant.tenantId,
    userId: tenant.administratorId,
    sessionId: null,
    grants: [{ orgUnitId: tenant.rootUnitId, role: 'administrator' as const }],
  };

  const addChildren = async (parentId: string, parentCode: string, units: SourceUnit[]) => {
    for (const [index, unit] of units.entries()) {
      const ctx = createContext(db, actor, 'demo', log, loadOrgTree);
      const code = `${parentCode}-${String(index + 1).padStart(2, '0')}`;
      const created = await createUnit(ctx, {
        parentId,
        code,
        name: unit.name,
        kind: kindOfLevel(unit.level),
      });
      await addChildren(created.id, code, unit.children ?? []);
    }
  };
  await addChildren(tenant.rootUnitId, '1514', source.tree.children ?? []);
  log.info({ tenant: tenant.tenantId }, 'demo municipality created');
}
