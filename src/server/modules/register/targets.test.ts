import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCriterion,
  createFocusArea,
  createIndicator,
  createUnit,
  loginWithRole,
} from '../../testing/factories.js';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from '../../testing/harness.js';
import type { OrgUnit } from '../organisation/service.js';
import type { Indicator } from './indicators.js';
import type { ScorecardStructure, TargetGrid } from './structure.js';
import type { TargetView } from './targets.js';

type Values =
  | { kind: 'value'; target: number; threshold: number }
  | { kind: 'range'; low: number; high: number; tolerance: number };

describe.each(databaseKinds)('targets on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let planner: ApiClient;
  let sector: OrgUnit;
  let unit: OrgUnit;
  let sibling: OrgUnit;
  let higher: Indicator;
  let lower: Indicator;
  let range: Indicator;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    planner = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    sector = await createUnit(planner, tenant.rootUnitId, 'Helse og omsorg', 'sector');
    unit = await createUnit(planner, sector.id, 'Sjukeheim');
    sibling = await createUnit(planner, sector.id, 'Heimetenesta');
    const area = await createFocusArea(planner, 'Brukere');
    const criterion = await createCriterion(planner, area.id, tenant.rootUnitId, 'Gode tjenester');
    const base = { focusAreaId: area.id, criterionIds: [criterion.id] };
    higher = await createIndicator(planner, { ...base, name: 'Brukertilfredshet' });
    lower = await createIndicator(planner, {
      ...base,
      name: 'Sykefravær',
      definition: { direction: 'lower_is_better' },
    });
    range = await createIndicator(planner, {
      ...base,
      name: 'Budsjettavvik',
      definition: { direction: 'range' },
    });
  });
  afterAll(() => test.close());

  const save = (
    validFrom: string,
    changes: { indicatorId: string; orgUnitId: string; values: Values | null }[],
  ) => planner.send<{ targets: TargetView[] }>('PUT', '/api/targets', { validFrom, changes });
  const set = (indicator: Indicator, orgUnitId: string, values: Values, validFrom = '2026') =>
    save(validFrom, [{ indicatorId: indicator.id, orgUnitId, values }]);
  const targetAt = async (indicator: Indicator, orgUnitId: string, period: string) => {
    const grid = await planner.get<TargetGrid>(
      `/api/targets/grid?orgUnitId=${orgUnitId}&period=${period}`,
    );
    return grid.body.cells.find(
      (cell) => cell.indicatorId === indicator.id && cell.orgUnitId === orgUnitId,
    )?.target;
  };
  const value = (target: number, threshold: number): Values => ({
    kind: 'value',
    target,
    threshold,
  });

  it('are inherited across three levels and overridden where a unit sets its own', async () => {
    expect((await set(higher, tenant.rootUnitId, value(80, 70))).status).toBe(200);
    const inherited = await targetAt(higher, unit.id, '2026');
    expect(inherited).toMatchObject({ values: value(80, 70), inheritedFrom: tenant.rootUnitId });

    await set(higher, sector.id, value(85, 75));
    expect(await targetAt(higher, unit.id, '2026')).toMatchObject({ inheritedFrom: sector.id });

    await set(higher, unit.id, value(90, 80));
    expect(await targetAt(higher, unit.id, '2026')).toMatchObject({
      values: value(90, 80),
      inheritedFrom: null,
    });
    expect(await targetAt(higher, sibling.id, '2026')).toMatchObject({ inheritedFrom: sector.id });
  });

  it('hold for later years until replaced, and not before they start', async () => {
    expect(await targetAt(higher, tenant.rootUnitId, '2029-T2')).toMatchObject({
      values: value(80, 70),
      validFromPeriod: '2026',
    });
    expect(await targetAt(higher, tenant.rootUnitId, '2025')).toBeNull();
  });

  it('go back to the inherited target in one step, keeping the overridden one in history', async () => {
    await set(lower, tenant.rootUnitId, value(5, 7));
    await set(lower, unit.id, value(4, 6));
    const reverted = await save('2026', [
      { indicatorId: lower.id, orgUnitId: unit.id, values: null },
    ]);
    expect(reverted.status).toBe(200);
    expect(await targetAt(lower, unit.id, '2026')).toMatchObject({
      values: value(5, 7),
      inheritedFrom: tenant.rootUnitId,
    });
    const rows = await test.db
      .selectFrom('target')
      .select(['target_value', 'removed_at'])
      .where('indicator_id', '=', lower.id)
      .where('org_unit_id', '=', unit.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.target_value).toBe(4);
    expect(rows[0]?.removed_at).toMatch(/^\d{4}-/);
  });

  it('revert from a later year while the earlier own target still holds before it', async () => {
    await set(lower, sibling.id, value(3, 5), '2026');
    await save('2028', [{ indicatorId: lower.id, orgUnitId: sibling.id, values: null }]);
    expect(await targetAt(lower, sibling.id, '2027')).toMatchObject({ inheritedFrom: null });
    expect(await targetAt(lower, sibling.id, '2028')).toMatchObject({
      inheritedFrom: tenant.rootUnitId,
    });
  });

  const contradictions: [string, () => Indicator, Values, string, string][] = [
    [
      'higher is better with the threshold above the target',
      () => higher,
      value(80, 90),
      'threshold',
      'at or below the target',
    ],
    [
      'lower is better with the threshold below the target',
      () => lower,
      value(5, 3),
      'threshold',
      'at or above the target',
    ],
    [
      'a range whose upper bound is below its lower bound',
      () => range,
      { kind: 'range', low: 5, high: 1, tolerance: 0 },
      'high',
      'upper bound',
    ],
    [
      'a range with a negative tolerance',
      () => range,
      { kind: 'range', low: -1, high: 1, tolerance: -1 },
      'tolerance',
      'negative',
    ],
    ['a range indicator given a single target', () => range, value(0, 1), 'values', 'bounds'],
  ];
  it.each(contradictions)(
    'are refused for %s, with a message naming the problem',
    async (_label, indicator, values, field, words) => {
      const before = await targetAt(indicator(), sector.id, '2027');
      const response = await set(indicator(), sector.id, values, '2027');
      expect(response.status).toBe(422);
      expect(response.body as unknown).toMatchObject({ error: { code: 'target_invalid', field } });
      expect((response.body as unknown as { error: { message: string } }).error.message).toContain(
        words,
      );
      expect(await targetAt(indicator(), sector.id, '2027')).toEqual(before);
    },
  );

  it('allow a threshold equal to the target and a range with tolerance', async () => {
    expect((await set(higher, sibling.id, value(90, 90))).status).toBe(200);
    const ranged = await set(range, tenant.rootUnitId, {
      kind: 'range',
      low: -2,
      high: 2,
      tolerance: 1,
    });
    expect(ranged.body.targets[0]?.values).toEqual({
      kind: 'range',
      low: -2,
      high: 2,
      tolerance: 1,
    });
  });

  it('for many units at once are all saved, or none when one is wrong', async () => {
    const bad = await save('2030', [
      { indicatorId: higher.id, orgUnitId: sector.id, values: value(60, 50) },
      { indicatorId: higher.id, orgUnitId: sibling.id, values: value(60, 70) },
    ]);
    expect(bad.status).toBe(422);
    const issues = (bad.body as unknown as { error: { details: { issues: { index: number }[] } } })
      .error.details.issues;
    expect(issues.map((issue) => issue.index)).toEqual([1]);
    expect(await targetAt(higher, sector.id, '2030')).toMatchObject({ values: value(85, 75) });

    const good = await save('2030', [
      { indicatorId: higher.id, orgUnitId: sector.id, values: value(60, 50) },
      { indicatorId: higher.id, orgUnitId: sibling.id, values: value(70, 60) },
    ]);
    expect(good.status).toBe(200);
    expect(await targetAt(higher, sector.id, '2030')).toMatchObject({ values: value(60, 50) });
  });

  it('cannot be set where the indicator does not apply', async () => {
    const area = await createFocusArea(planner, 'Lokalt');
    const criterion = await createCriterion(planner, area.id, tenant.rootUnitId, 'Lokalt');
    const local = await createIndicator(planner, {
      focusAreaId: area.id,
      criterionIds: [criterion.id],
      unitIds: [unit.id],
    });
    const response = await set(local, sibling.id, value(1, 0));
    expect(response.body as unknown).toMatchObject({
      error: { code: 'target_invalid', field: 'orgUnitId' },
    });
  });

  it('are copied from one year to the next for the units that set their own', async () => {
    const area = await createFocusArea(planner, 'Kopiering');
    const criterion = await createCriterion(planner, area.id, tenant.rootUnitId, 'Kopi');
    const copied = await createIndicator(planner, {
      focusAreaId: area.id,
      criterionIds: [criterion.id],
    });
    await set(copied, tenant.rootUnitId, value(50, 40), '2026');
    await set(copied, unit.id, value(55, 45), '2026-T2');

    const response = await planner.post<{ copied: number }>('/api/targets/copy-year', {
      orgUnitId: tenant.rootUnitId,
      fromYear: 2026,
      toYear: 2027,
    });
    expect(response.body.copied).toBeGreaterThanOrEqual(1);
    const rootTarget = await targetAt(copied, tenant.rootUnitId, '2027');
    expect(rootTarget).toMatchObject({ values: value(50, 40), validFromPeriod: '2027' });
    // The unit's own target began after 1 January 2026, so the year copy leaves it be.
    expect(await targetAt(copied, unit.id, '2027')).toMatchObject({ validFromPeriod: '2026-T2' });

    const again = await planner.post<{ copied: number }>('/api/targets/copy-year', {
      orgUnitId: tenant.rootUnitId,
      fromYear: 2026,
      toYear: 2027,
    });
    expect(again.body.copied).toBe(0);
  });

  it('are refused to a reporter, who can still read them', async () => {
    const reporter = await loginWithRole(planner, test.app, {
      orgUnitId: unit.id,
      role: 'reporter',
    });
    const response = await reporter.send('PUT', '/api/targets', {
      validFrom: '2026',
      changes: [{ indicatorId: higher.id, orgUnitId: unit.id, values: value(1, 0) }],
    });
    expect(response.status).toBe(403);
    const grid = await reporter.get<TargetGrid>(
      `/api/targets/grid?orgUnitId=${unit.id}&period=2026`,
    );
    expect(grid.status).toBe(200);
  });

  describe('the målekart', () => {
    it('shows focus areas, criteria and indicators with inherited and own targets', async () => {
      const response = await planner.get<ScorecardStructure>(
        `/api/scorecard-structure?orgUnitId=${unit.id}&period=2026`,
      );
      expect(response.status).toBe(200);
      const area = response.body.focusAreas.find((candidate) => candidate.name === 'Brukere');
      const criterion = area?.criteria.find((candidate) => candidate.name === 'Gode tjenester');
      const byName = new Map(criterion?.indicators.map((entry) => [entry.indicator.name, entry]));
      expect(byName.get('Brukertilfredshet')?.target).toMatchObject({
        values: value(90, 80),
        inheritedFrom: null,
      });
      expect(byName.get('Sykefravær')?.target).toMatchObject({ inheritedFrom: tenant.rootUnitId });
      expect(response.body.indicatorCount).toBeGreaterThanOrEqual(3);
      expect(response.body.maxIndicators).toBe(25);
    });

    it('follows the municipality’s own limit for how many indicators are too many', async () => {
      const changed = await planner.patch<{ settings: { maxIndicatorsPerScorecard: number } }>(
        '/api/settings',
        { maxIndicatorsPerScorecard: 2 },
      );
      expect(changed.body.settings.maxIndicatorsPerScorecard).toBe(2);
      const response = await planner.get<ScorecardStructure>(
        `/api/scorecard-structure?orgUnitId=${unit.id}&period=2026`,
      );
      expect(response.body.maxIndicators).toBe(2);
      expect(response.body.indicatorCount).toBeGreaterThan(response.body.maxIndicators);
    });

    it('refuses a period that is not one', async () => {
      const response = await planner.get(
        `/api/scorecard-structure?orgUnitId=${unit.id}&period=2026-T4`,
      );
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe('period');
    });
  });
});
