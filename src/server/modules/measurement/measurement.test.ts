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
import type { Indicator } from '../register/indicators.js';
import type { HistoryEntry, Measurement } from './entry.js';
import type { MeasurementPoint } from './points.js';
import type { UnitResult } from './results.js';
import { todayIso } from '../../time.js';

describe.each(databaseKinds)('measurements on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let planner: ApiClient;
  let reporter: ApiClient;
  let sector: OrgUnit;
  let unitA: OrgUnit;
  let unitB: OrgUnit;
  let elsewhere: OrgUnit;
  let sickLeave: Indicator;
  let satisfaction: Indicator;
  let focusAreaId: string;
  let criterionId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    planner = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    sector = await createUnit(planner, tenant.rootUnitId, 'Helse og omsorg', 'sector');
    unitA = await createUnit(planner, sector.id, 'Sjukeheim');
    unitB = await createUnit(planner, sector.id, 'Heimetenesta');
    elsewhere = await createUnit(planner, tenant.rootUnitId, 'Oppvekst', 'sector');
    focusAreaId = (await createFocusArea(planner, 'Medarbeidere')).id;
    criterionId = (await createCriterion(planner, focusAreaId, tenant.rootUnitId, 'Friske')).id;
    sickLeave = await createIndicator(planner, {
      focusAreaId,
      criterionIds: [criterionId],
      name: 'Sykefravær',
      unitIds: [sector.id],
      definition: {
        valueType: 'ratio',
        unitAggregation: 'ratio_of_sums',
        periodAggregation: 'sum',
        direction: 'lower_is_better',
        decimals: 2,
      },
    });
    satisfaction = await createIndicator(planner, {
      focusAreaId,
      criterionIds: [criterionId],
      name: 'Trivsel',
      unitIds: [sector.id],
      definition: { unitOfMeasure: 'score', scaleMin: 1, scaleMax: 6, unitAggregation: 'mean' },
    });
    await planner.send('PUT', '/api/targets', {
      validFrom: '2025',
      changes: [
        {
          indicatorId: sickLeave.id,
          orgUnitId: sector.id,
          values: { kind: 'value', target: 6, threshold: 8 },
        },
        {
          indicatorId: satisfaction.id,
          orgUnitId: sector.id,
          values: { kind: 'value', target: 4.5, threshold: 4 },
        },
      ],
    });
    reporter = await userWith(sector.id, 'reporter', 'rapportor@example.no');
  });
  afterAll(() => test.close());

  const userWith = (orgUnitId: string, role: string, email: string) =>
    loginWithRole(planner, test.app, { orgUnitId, role }, email);

  const series = (indicator: Indicator, from: string, to: string, extra: object = {}) =>
    planner.post<{ created: MeasurementPoint[]; skipped: string[] }>(
      '/api/measurement-points/series',
      {
        indicatorId: indicator.id,
        from,
        to,
        dueDaysAfterEnd: 15,
        ...extra,
      },
    );
  const measurementsOf = async (orgUnitId: string, periodKey: string) =>
    (
      await planner.get<{ measurements: Measurement[] }>(
        `/api/measurements?orgUnitId=${orgUnitId}&periodKey=${periodKey}&includeSubunits=true`,
      )
    ).body.measurements;
  const find = (list: Measurement[], indicator: Indicator, unit: OrgUnit) =>
    list.find((m) => m.indicatorId === indicator.id && m.orgUnitId === unit.id) as Measurement;
  const enter = (client: ApiClient, entries: object[]) =>
    client.post<{ measurements: Measurement[] }>('/api/measurements/values', { entries });
  const resultOf = async (unit: OrgUnit, period: string, indicator: Indicator) =>
    (
      await planner.get<{ results: UnitResult[] }>(
        `/api/results?orgUnitId=${unit.id}&period=${period}`,
      )
    ).body.results.find((result) => result.indicatorId === indicator.id) as UnitResult;

  it('plans a whole series of tertials with due dates and a measurement per unit with a target', async () => {
    const response = await series(sickLeave, '2025-T1', '2027-T3');
    expect(response.status).toBe(201);
    const points = response.body.created;
    expect(points.map((point) => point.periodKey)).toEqual([
      '2025-T1',
      '2025-T2',
      '2025-T3',
      '2026-T1',
      '2026-T2',
      '2026-T3',
      '2027-T1',
      '2027-T2',
      '2027-T3',
    ]);
    expect(points[0]).toMatchObject({ periodEnd: '2025-04-30', dueDate: '2025-05-15' });
    expect(points[2]).toMatchObject({ periodEnd: '2025-12-31', dueDate: '2026-01-15' });
    expect(new Set(points[0]?.unitIds)).toEqual(new Set([sector.id, unitA.id, unitB.id]));

    const again = await series(sickLeave, '2025-T3', '2028-T1');
    expect(again.body.skipped).toEqual([
      '2025-T3',
      '2026-T1',
      '2026-T2',
      '2026-T3',
      '2027-T1',
      '2027-T2',
      '2027-T3',
    ]);
    expect(again.body.created.map((point) => point.periodKey)).toEqual(['2028-T1']);
  });

  it('refuses a series whose ends are of different kinds', async () => {
    const response = await planner.post('/api/measurement-points/series', {
      indicatorId: sickLeave.id,
      from: '2025-T1',
      to: '2025-Q4',
      dueDaysAfterEnd: 15,
    });
    expect(response.body.error).toMatchObject({ code: 'validation_failed', field: 'to' });
  });

  it('lists what a reporter must enter, overdue first', async () => {
    const inbox = await reporter.get<{ measurements: Measurement[] }>('/api/measurements/inbox');
    const first = inbox.body.measurements[0];
    expect(first?.periodKey).toBe('2025-T1');
    expect(
      inbox.body.measurements.every((m) => [sector.id, unitA.id, unitB.id].includes(m.orgUnitId)),
    ).toBe(true);
  });

  it('rolls a ratio up as the sum of numerators over the sum of denominators, not a mean', async () => {
    const list = await measurementsOf(sector.id, '2025-T1');
    const a = find(list, sickLeave, unitA);
    const b = find(list, sickLeave, unitB);
    const saved = await enter(reporter, [
      { measurementId: a.id, numerator: 10, denominator: 100, expectedVersion: 0 },
      { measurementId: b.id, numerator: 90, denominator: 1000, expectedVersion: 0 },
    ]);
    expect(saved.status).toBe(200);
    expect(find(saved.body.measurements, sickLeave, unitA).current?.value).toBe(10);

    const sectorResult = await resultOf(sector, '2025-T1', sickLeave);
    expect(sectorResult.result?.computed).toBe(true);
    expect(sectorResult.result?.value).toBeCloseTo((100 / 1100) * 100, 10);
    expect(sectorResult.result?.value).not.toBeCloseTo(9.5, 2);
    expect(sectorResult.result).toMatchObject({
      covered: 2,
      total: 2,
      numerator: 100,
      denominator: 1100,
    });
    expect(sectorResult.status).toBe('red');
  });

  it('keeps every correction in the history and shows the latest', async () => {
    const measurement = find(await measurementsOf(sector.id, '2025-T2'), sickLeave, unitA);
    const body = (value: number, version: number) => ({
      measurementId: measurement.id,
      numerator: value,
      denominator: 100,
      expectedVersion: version,
      comment: `versjon ${version + 1}`,
    });
    await enter(reporter, [body(5, 0)]);
    await enter(reporter, [body(4, 1)]);
    const history = await reporter.get<{ history: HistoryEntry[] }>(
      `/api/measurements/${measurement.id}/history`,
    );
    expect(history.body.history.map((entry) => entry.version)).toEqual([2, 1]);
    expect(history.body.history.map((entry) => entry.value)).toEqual([4, 5]);
    expect(history.body.history[1]?.enteredBy?.name).toBe('rapportor');
    expect(history.body.history[0]?.comment).toBe('versjon 2');
    const now = find(await measurementsOf(sector.id, '2025-T2'), sickLeave, unitA);
    expect(now.current?.value).toBe(4);
    expect(now.version).toBe(2);
  });

  it('refuses the second of two saves made on the same version, showing the other value', async () => {
    const list = await measurementsOf(sector.id, '2025-T3');
    const measurement = find(list, sickLeave, unitB);
    const other = await userWith(unitB.id, 'reporter', 'kollega@example.no');
    const first = await enter(reporter, [
      { measurementId: measurement.id, numerator: 5, denominator: 100, expectedVersion: 0 },
    ]);
    expect(first.status).toBe(200);
    const second = await enter(other, [
      { measurementId: measurement.id, numerator: 6, denominator: 100, expectedVersion: 0 },
    ]);
    expect(second.status).toBe(409);
    const error = (
      second.body as unknown as { error: { code: string; details: { current: Measurement } } }
    ).error;
    expect(error.code).toBe('stale_write');
    expect(error.details.current.current?.value).toBe(5);
    const history = await reporter.get<{ history: HistoryEntry[] }>(
      `/api/measurements/${measurement.id}/history`,
    );
    expect(history.body.history).toHaveLength(1);
  });

  it('checks every value against its indicator and saves none when one is wrong', async () => {
    const list = await measurementsOf(sector.id, '2026-T1');
    const a = find(list, sickLeave, unitA);
    const b = find(list, sickLeave, unitB);
    const response = await enter(reporter, [
      { measurementId: a.id, numerator: 5, denominator: 100, expectedVersion: 0 },
      { measurementId: b.id, numerator: 101, denominator: 100, expectedVersion: 0 },
    ]);
    expect(response.status).toBe(422);
    const error = (
      response.body as unknown as {
        error: { code: string; details: { issues: { index: number; code: string }[] } };
      }
    ).error;
    expect(error.details.issues).toEqual([
      expect.objectContaining({ index: 1, code: 'numerator_above_denominator' }),
    ]);
    expect(find(await measurementsOf(sector.id, '2026-T1'), sickLeave, unitA).current).toBeNull();
  });

  it('needs a comment on a red result when the municipality asks for one', async () => {
    await planner.patch('/api/settings', { requireCommentWhenRed: true });
    const list = await measurementsOf(sector.id, '2026-T2');
    const a = find(list, sickLeave, unitA);
    const red = await enter(reporter, [
      { measurementId: a.id, numerator: 20, denominator: 100, expectedVersion: 0 },
    ]);
    expect(red.body as unknown).toMatchObject({
      error: { code: 'result_invalid', field: 'comment' },
    });
    const explained = await enter(reporter, [
      {
        measurementId: a.id,
        numerator: 20,
        denominator: 100,
        expectedVersion: 0,
        comment: 'Langtidssykmeldinger',
      },
    ]);
    expect(explained.status).toBe(200);
    const green = find(list, sickLeave, unitB);
    const fine = await enter(reporter, [
      { measurementId: green.id, numerator: 2, denominator: 100, expectedVersion: 0 },
    ]);
    expect(fine.status).toBe(200);
    const settings = await planner.get<{ settings: { maxIndicatorsPerScorecard: number } }>(
      '/api/settings',
    );
    expect(settings.body.settings.maxIndicatorsPerScorecard).toBe(25);
    await planner.patch('/api/settings', { requireCommentWhenRed: false });
  });

  it('locks an approved period for reporters; a planner’s change reopens it on record', async () => {
    await planner.patch('/api/settings', { approvalRequired: true });
    const approve = await planner.post<{ approval: { approved: boolean } }>('/api/approvals', {
      orgUnitId: unitA.id,
      periodKey: '2026-T3',
    });
    expect(approve.body.approval.approved).toBe(true);
    const list = await measurementsOf(sector.id, '2026-T3');
    const a = find(list, sickLeave, unitA);
    const locked = await enter(reporter, [
      { measurementId: a.id, numerator: 5, denominator: 100, expectedVersion: 0 },
    ]);
    expect(locked.status).toBe(409);
    expect(locked.body as unknown).toMatchObject({ error: { code: 'period_approved' } });

    const byPlanner = await enter(planner, [
      { measurementId: a.id, numerator: 5, denominator: 100, expectedVersion: 0 },
    ]);
    expect(byPlanner.status).toBe(200);
    const state = await planner.get<{ approval: { approved: boolean } }>(
      `/api/approvals?orgUnitId=${unitA.id}&periodKey=2026-T3`,
    );
    expect(state.body.approval.approved).toBe(false);
    const history = await planner.get<{ events: { action: string; entityType: string }[] }>(
      `/api/audit?orgUnitId=${unitA.id}`,
    );
    expect(history.body.events.map((event) => `${event.entityType}:${event.action}`)).toEqual(
      expect.arrayContaining([
        'period_approval:approve',
        'period_approval:reopen',
        'measurement:enter',
      ]),
    );
  });

  it('refuses approval when the municipality does not use it', async () => {
    await planner.patch('/api/settings', { approvalRequired: false });
    const response = await planner.post('/api/approvals', {
      orgUnitId: unitB.id,
      periodKey: '2026-T3',
    });
    expect(response.body.error.code).toBe('approval_disabled');
  });

  it('computes a year from its tertials with the indicator’s period method', async () => {
    const year = await resultOf(unitA, '2025', sickLeave);
    // T1 10/100, T2 4/100 (after its correction), T3 none: the year is Σnum/Σden, not a mean.
    expect(year.result?.value).toBeCloseTo(((10 + 4) / 200) * 100, 10);
  });

  describe('API tokens', () => {
    let token: string;

    beforeAll(async () => {
      const created = await planner.post<{ token: string }>('/api/api-tokens', {
        name: 'HR-systemet',
        orgUnitId: unitA.id,
      });
      expect(created.status).toBe(201);
      token = created.body.token;
    });

    const withToken = (
      body: object,
      url = '/api/measurements/values',
      method: 'POST' | 'GET' = 'POST',
    ) =>
      test.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(method === 'POST' ? { payload: body } : {}),
      });

    it('let another system enter results inside the token’s subtree', async () => {
      const a = find(await measurementsOf(sector.id, '2027-T1'), sickLeave, unitA);
      const response = await withToken({
        entries: [{ measurementId: a.id, numerator: 3, denominator: 100, expectedVersion: 0 }],
      });
      expect(response.statusCode).toBe(200);
      const history = await planner.get<{ history: HistoryEntry[] }>(
        `/api/measurements/${a.id}/history`,
      );
      expect(history.body.history[0]?.source).toBe('api');
    });

    it('are refused outside the token’s subtree and on every other route', async () => {
      const b = find(await measurementsOf(sector.id, '2027-T1'), sickLeave, unitB);
      const outside = await withToken({
        entries: [{ measurementId: b.id, numerator: 3, denominator: 100, expectedVersion: 0 }],
      });
      expect(outside.statusCode).toBe(404);
      expect(find(await measurementsOf(sector.id, '2027-T1'), sickLeave, unitB).current).toBeNull();
      const reading = await withToken({}, `/api/org-units/${unitA.id}`, 'GET');
      expect(reading.statusCode).toBe(403);
    });

    it('stop working once revoked', async () => {
      const list = await planner.get<{ apiTokens: { id: string }[] }>('/api/api-tokens');
      await planner.delete(`/api/api-tokens/${list.body.apiTokens[0]?.id}`);
      const a = find(await measurementsOf(sector.id, '2027-T2'), sickLeave, unitA);
      const response = await withToken({
        entries: [{ measurementId: a.id, numerator: 3, denominator: 100, expectedVersion: 0 }],
      });
      expect(response.statusCode).toBe(401);
    });
  });

  it('lists missing results that are overdue for planners', async () => {
    const due = await planner.get<{ overdue: Measurement[]; dueSoon: Measurement[] }>(
      `/api/measurements/due?orgUnitId=${sector.id}`,
    );
    expect(due.body.overdue.length).toBeGreaterThan(0);
    expect(due.body.overdue.every((m) => m.current === null && m.dueDate < todayIso())).toBe(true);
  });

  it('shows a reporter nothing of a sector outside their grant', async () => {
    const other = await reporter.get(`/api/measurements?orgUnitId=${elsewhere.id}`);
    expect(other.status).toBe(404);
    const results = await reporter.get(`/api/results?orgUnitId=${elsewhere.id}&period=2025`);
    expect(results.status).toBe(404);
  });
});
