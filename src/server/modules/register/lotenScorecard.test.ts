/**
 * Løten kommune's published scorecard for Teknisk drift (data/README.md), entered through the
 * API as a planner would, and read back from the målekart unchanged. Common indicators
 * ("Felles indikatorer") belong to the municipality; the unit's own to the unit. The source
 * names no success criteria, so each group becomes one criterion in its focus area. The source
 * is read as the demo municipality reads it (src/server/demo/lotenScorecards.ts).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  directionOf,
  lotenFiles,
  measureOf,
  readLotenScorecard,
  targetValuesOf,
} from '../../demo/lotenScorecards.js';
import { createCriterion, createFocusArea, createUnit } from '../../testing/factories.js';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from '../../testing/harness.js';
import type { Indicator } from './indicators.js';
import type { ScorecardStructure } from './structure.js';

const source = readLotenScorecard(
  path.resolve(import.meta.dirname, '../../../../data'),
  lotenFiles.tekniskDrift,
);

describe.each(databaseKinds)('a real municipal scorecard on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let planner: ApiClient;
  let structure: ScorecardStructure;
  let unitId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db, 'Løten kommune');
    planner = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    unitId = (await createUnit(planner, tenant.rootUnitId, 'Teknisk drift')).id;

    const areas = new Map<string, string>();
    const criteria = new Map<string, string>();
    for (const [index, published] of source.indicators.entries()) {
      const owner = published.common ? tenant.rootUnitId : unitId;
      if (!areas.has(published.focusArea)) {
        areas.set(published.focusArea, (await createFocusArea(planner, published.focusArea)).id);
      }
      const areaId = areas.get(published.focusArea) as string;
      const criterionKey = `${published.focusArea}|${published.group}`;
      if (!criteria.has(criterionKey)) {
        const criterion = await createCriterion(planner, areaId, owner, published.group);
        criteria.set(criterionKey, criterion.id);
      }
      const created = await planner.post<{ indicator: Indicator }>('/api/indicators', {
        code: `LT-${index + 1}`,
        name: published.name,
        focusAreaId: areaId,
        criterionIds: [criteria.get(criterionKey)],
        ownerUnitId: owner,
        definition: {
          basis: { kind: 'free_text', text: published.unitOfMeasureText },
          ...measureOf(published),
          valueType: 'number',
          direction: directionOf(published),
          unitAggregation: 'none',
          periodAggregation: 'last',
          frequency: 'year',
          publication: 'public',
        },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const saved = await planner.send('PUT', '/api/targets', {
        validFrom: '2015',
        changes: [
          {
            indicatorId: created.body.indicator.id,
            orgUnitId: owner,
            values: targetValuesOf(published),
          },
        ],
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
    structure = (
      await planner.get<ScorecardStructure>(
        `/api/scorecard-structure?orgUnitId=${unitId}&period=2015`,
      )
    ).body;
  });
  afterAll(() => test.close());

  it('has every published focus area, in the order entered', () => {
    const published = [...new Set(source.indicators.map((row) => row.focusArea))];
    expect(structure.focusAreas.map((area) => area.name)).toEqual(published);
  });

  it.each(source.indicators.map((row) => [row.name, row] as const))(
    'reads back “%s” with its published target and group',
    (_name, published) => {
      const area = structure.focusAreas.find((candidate) => candidate.name === published.focusArea);
      const criterion = area?.criteria.find((candidate) => candidate.name === published.group);
      const entry = criterion?.indicators.find(
        (candidate) => candidate.indicator.name === published.name,
      );

      expect(entry?.indicator.definition.direction).toBe(directionOf(published));
      expect(entry?.target?.values).toEqual(targetValuesOf(published));
      expect(entry?.target?.validFromPeriod).toBe('2015');
      expect(entry?.target?.inheritedFrom).toBe(published.common ? tenant.rootUnitId : null);
    },
  );

  it('counts every published indicator once', () => {
    expect(structure.indicatorCount).toBe(source.indicators.length);
  });

  it('has no targets before 2015, since none were published', async () => {
    const earlier = await planner.get<ScorecardStructure>(
      `/api/scorecard-structure?orgUnitId=${unitId}&period=2014`,
    );
    const targets = earlier.body.focusAreas.flatMap((area) =>
      area.criteria.flatMap((criterion) => criterion.indicators.map((entry) => entry.target)),
    );
    expect(targets.every((target) => target === null)).toBe(true);
  });
});
