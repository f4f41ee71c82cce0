/**
 * Løten kommune's published scorecard for Teknisk drift (data/README.md), entered through the
 * API as a planner would, and read back from the målekart unchanged. Common indicators
 * ("Felles indikatorer") belong to the municipality; the unit's own to the unit. The source
 * names no success criteria, so each group becomes one criterion in its focus area.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface PublishedIndicator {
  indicator_group: string;
  focus_area: string;
  indicator: string;
  unit_of_measure: string;
  polarity_inferred: string;
  by_version: { target_2015?: { raw: string; operator: string; value: number } | null }[];
}

const source = JSON.parse(
  readFileSync(
    path.resolve(
      import.meta.dirname,
      '../../../../data/scorecard_loten_teknisk_drift_2013-2015.json',
    ),
    'utf8',
  ),
) as { indicators: PublishedIndicator[] };

/** Our reading of a published row: its direction and target values. */
function reading(published: PublishedIndicator) {
  const target = published.by_version[0]?.target_2015;
  if (!target) throw new Error(`no target for ${published.indicator}`);
  if (published.polarity_inferred === 'target_exact_or_unclear') {
    return {
      direction: 'range' as const,
      values: { kind: 'range' as const, low: target.value, high: target.value, tolerance: 0 },
    };
  }
  // "> 4" is read as "at least 4": no threshold was published, so yellow has no room.
  const direction = published.polarity_inferred as 'higher_is_better' | 'lower_is_better';
  return {
    direction,
    values: { kind: 'value' as const, target: target.value, threshold: target.value },
  };
}

function measure(published: PublishedIndicator) {
  if (published.unit_of_measure.startsWith('score 1-6')) {
    return { unitOfMeasure: 'score' as const, scaleMin: 1, scaleMax: 6, decimals: 1 };
  }
  if (published.unit_of_measure.startsWith('percent')) {
    return { unitOfMeasure: 'percent' as const, decimals: 2 };
  }
  return { unitOfMeasure: 'count' as const, decimals: 0 };
}

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
      const common = published.indicator_group === 'Felles indikatorer';
      const owner = common ? tenant.rootUnitId : unitId;
      if (!areas.has(published.focus_area)) {
        areas.set(published.focus_area, (await createFocusArea(planner, published.focus_area)).id);
      }
      const areaId = areas.get(published.focus_area) as string;
      const criterionKey = `${published.focus_area}|${published.indicator_group}`;
      if (!criteria.has(criterionKey)) {
        const criterion = await createCriterion(planner, areaId, owner, published.indicator_group);
        criteria.set(criterionKey, criterion.id);
      }
      const { direction, values } = reading(published);
      const created = await planner.post<{ indicator: Indicator }>('/api/indicators', {
        code: `LT-${index + 1}`,
        name: published.indicator,
        focusAreaId: areaId,
        criterionIds: [criteria.get(criterionKey)],
        ownerUnitId: owner,
        definition: {
          basis: { kind: 'free_text', text: published.unit_of_measure },
          ...measure(published),
          valueType: 'number',
          direction,
          unitAggregation: 'none',
          periodAggregation: 'last',
          frequency: 'year',
          publication: 'public',
        },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const saved = await planner.send('PUT', '/api/targets', {
        validFrom: '2015',
        changes: [{ indicatorId: created.body.indicator.id, orgUnitId: owner, values }],
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
    const published = [...new Set(source.indicators.map((row) => row.focus_area))];
    expect(structure.focusAreas.map((area) => area.name)).toEqual(published);
  });

  it.each(source.indicators.map((row) => [row.indicator, row] as const))(
    'reads back “%s” with its published target and group',
    (_name, published) => {
      const area = structure.focusAreas.find(
        (candidate) => candidate.name === published.focus_area,
      );
      const criterion = area?.criteria.find(
        (candidate) => candidate.name === published.indicator_group,
      );
      const entry = criterion?.indicators.find(
        (candidate) => candidate.indicator.name === published.indicator,
      );
      const { direction, values } = reading(published);
      const common = published.indicator_group === 'Felles indikatorer';

      expect(entry?.indicator.definition.direction).toBe(direction);
      expect(entry?.target?.values).toEqual(values);
      expect(entry?.target?.validFromPeriod).toBe('2015');
      expect(entry?.target?.inheritedFrom).toBe(common ? tenant.rootUnitId : null);
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
