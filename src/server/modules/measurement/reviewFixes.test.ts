/**
 * Rules around results that are easy to get subtly wrong: whose token still works, which
 * approval locks what, how a year is made from its parts, and who plans measurement points.
 */
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
import type { Measurement } from './entry.js';
import type { UnitResult } from './results.js';

describe.each(databaseKinds)('results rules on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let admin: ApiClient;
  let sector: OrgUnit;
  let school: OrgUnit;
  let score: Indicator;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    sector = await createUnit(admin, tenant.rootUnitId, 'Oppvekst', 'sector');
    school = await createUnit(admin, sector.id, 'Larsnes skule');
    const areaId = (await createFocusArea(admin, 'Brukere')).id;
    const criterionId = (await createCriterion(admin, areaId, tenant.rootUnitId, 'Trivsel')).id;
    score = await createIndicator(admin, {
      focusAreaId: areaId,
      criterionIds: [criterionId],
      unitIds: [sector.id],
      definition: {
        unitOfMeasure: 'score',
        scaleMin: 1,
        scaleMax: 6,
        frequency: 'tertial',
        periodAggregation: 'mean',
      },
    });
    await admin.send('PUT', '/api/targets', {
      validFrom: '2024',
      changes: [
        {
          indicatorId: score.id,
          orgUnitId: sector.id,
          values: { kind: 'value', target: 4.5, threshold: 4 },
        },
      ],
    });
  });
  afterAll(() => test.close());

  const plan = (client: ApiClient, from: string, to: string) =>
    client.post<{ created: { periodKey: string; unitIds: string[] }[] }>(
      '/api/measurement-points/series',
      { indicatorId: score.id, from, to, dueDaysAfterEnd: 15 },
    );
  const measurementOf = async (unit: OrgUnit, periodKey: string) =>
    (
      await admin.get<{ measurements: Measurement[] }>(
        `/api/measurements?orgUnitId=${unit.id}&periodKey=${periodKey}`,
      )
    ).body.measurements[0] as Measurement;
  const enter = (client: ApiClient, measurement: Measurement, value: number) =>
    client.post('/api/measurements/values', {
      entries: [{ measurementId: measurement.id, value, expectedVersion: measurement.version }],
    });

  it('lets a planner of one unit plan points for that unit only, adding it to planned periods', async () => {
    const schoolPlanner = await loginWithRole(admin, test.app, {
      orgUnitId: school.id,
      role: 'planner',
    });
    const own = await plan(schoolPlanner, '2024-T1', '2024-T1');
    expect(own.status).toBe(201);
    expect(own.body.created[0]?.unitIds).toEqual([school.id]);

    const all = await plan(admin, '2024-T1', '2024-T2');
    expect(all.body.created.map((point) => [point.periodKey, point.unitIds])).toEqual([
      ['2024-T1', [sector.id]],
      ['2024-T2', expect.arrayContaining([sector.id, school.id])],
    ]);
  });

  it('builds a year from tertials even when only some were entered', async () => {
    await plan(admin, '2024-T3', '2024-T3');
    await enter(admin, await measurementOf(school, '2024-T1'), 4);
    await enter(admin, await measurementOf(school, '2024-T3'), 5);
    const results = await admin.get<{ results: UnitResult[] }>(
      `/api/results?orgUnitId=${school.id}&period=2024`,
    );
    expect(results.body.results[0]?.result?.value).toBe(4.5);
  });

  it('uses a value entered for the whole year over its parts', async () => {
    await admin.post('/api/results/import/commit', {
      fileName: 'aar.csv',
      contentBase64: Buffer.from(
        `Indikator;Enhet;Periode;Verdi\n${score.code};${school.code};2024;3,5`,
      ).toString('base64'),
    });
    const results = await admin.get<{ results: UnitResult[] }>(
      `/api/results?orgUnitId=${school.id}&period=2024`,
    );
    expect(results.body.results[0]?.result?.value).toBe(3.5);
  });

  it('locks a sector’s units and a year’s tertials when the sector’s year is approved', async () => {
    await admin.patch('/api/settings', { approvalRequired: true });
    await plan(admin, '2025-T1', '2025-T1');
    const approved = await admin.post('/api/approvals', {
      orgUnitId: sector.id,
      periodKey: '2025',
    });
    expect(approved.status).toBe(200);
    const twice = await admin.post('/api/approvals', { orgUnitId: sector.id, periodKey: '2025' });
    expect(twice.body.error.code).toBe('already_approved');

    const reporter = await loginWithRole(admin, test.app, {
      orgUnitId: school.id,
      role: 'reporter',
    });
    const locked = await enter(reporter, await measurementOf(school, '2025-T1'), 4);
    expect(locked.body.error.code).toBe('period_approved');
    const earlier = await enter(reporter, await measurementOf(school, '2024-T2'), 4);
    expect(earlier.status).toBe(200);
  });

  it('needs a comment on a red imported result when the municipality asks for one', async () => {
    await admin.patch('/api/settings', { requireCommentWhenRed: true });
    const file = (comment: string) => ({
      fileName: 'rod.csv',
      contentBase64: Buffer.from(
        `Indikator;Enhet;Periode;Verdi;Kommentar\n${score.code};${school.code};2023;2;${comment}`,
      ).toString('base64'),
    });
    const preview = await admin.post<{ issues: { field: string; code: string }[] }>(
      '/api/results/import/preview',
      file(''),
    );
    // No target before 2024, so 2023's 2,0 is not red; 2024's would be.
    expect(preview.body.issues).toEqual([]);
    const red = await admin.post<{ issues: { field: string; code: string }[] }>(
      '/api/results/import/preview',
      {
        ...file(''),
        contentBase64: Buffer.from(
          `Indikator;Enhet;Periode;Verdi;Kommentar\n${score.code};${school.code};2024-T2;2;`,
        ).toString('base64'),
      },
    );
    expect(red.body.issues).toEqual([
      expect.objectContaining({ field: 'comment', code: 'comment_required' }),
    ]);
    await admin.patch('/api/settings', { requireCommentWhenRed: false });
  });

  it('weights a weighted mean by the weight entered with each result', async () => {
    const otherSchool = await createUnit(admin, sector.id, 'Gursken skule');
    const structure = await admin.get<{ focusAreas: { id: string }[] }>('/api/focus-areas');
    const areaId = structure.body.focusAreas[0]?.id as string;
    const criteria = await admin.get<{ successCriteria: { id: string }[] }>(
      `/api/success-criteria?orgUnitId=${sector.id}`,
    );
    const weighted = await createIndicator(admin, {
      focusAreaId: areaId,
      criterionIds: [criteria.body.successCriteria[0]?.id as string],
      unitIds: [sector.id],
      definition: {
        unitOfMeasure: 'score',
        scaleMin: 1,
        scaleMax: 6,
        unitAggregation: 'weighted_mean',
        frequency: 'year',
      },
    });
    await admin.post('/api/measurement-points/series', {
      indicatorId: weighted.id,
      from: '2024',
      to: '2024',
      dueDaysAfterEnd: 30,
      unitIds: [school.id, otherSchool.id],
    });
    const list = await admin.get<{ measurements: Measurement[] }>(
      `/api/measurements?orgUnitId=${sector.id}&periodKey=2024&includeSubunits=true`,
    );
    const of = (unit: OrgUnit) =>
      list.body.measurements.find((m) => m.indicatorId === weighted.id && m.orgUnitId === unit.id);
    const saved = await admin.post('/api/measurements/values', {
      entries: [
        { measurementId: of(school)?.id, value: 4, weight: 100, expectedVersion: 0 },
        { measurementId: of(otherSchool)?.id, value: 5, weight: 300, expectedVersion: 0 },
      ],
    });
    expect(saved.status).toBe(200);
    const results = await admin.get<{ results: UnitResult[] }>(
      `/api/results?orgUnitId=${sector.id}&period=2024`,
    );
    const result = results.body.results.find((r) => r.indicatorId === weighted.id)?.result;
    expect(result?.value).toBe(4.75);
    expect(result?.weight).toBe(400);
  });

  it('refuses to delete an indicator that has measurement points, saying why', async () => {
    const response = await admin.delete(`/api/indicators/${score.id}`);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('indicator_in_use');
    expect(response.body.error.message).toContain('measurement point');
  });

  describe('an API token', () => {
    it('reads the measurements of its subtree, so a system can find what to post', async () => {
      const created = await admin.post<{ token: string }>('/api/api-tokens', {
        name: 'Skolesystemet',
        orgUnitId: school.id,
      });
      const headers = { authorization: `Bearer ${created.body.token}` };
      const inside = await test.app.inject({
        url: `/api/measurements?orgUnitId=${school.id}`,
        headers,
      });
      expect(inside.statusCode).toBe(200);
      expect(inside.json<{ measurements: Measurement[] }>().measurements.length).toBeGreaterThan(0);
      const outside = await test.app.inject({
        url: `/api/measurements?orgUnitId=${sector.id}`,
        headers,
      });
      expect(outside.statusCode).toBe(404);
    });

    it('stops working when its creator is deactivated or loses the administrator role', async () => {
      const creator = await admin.post<{ user: { id: string } }>('/api/users', {
        email: 'skoleadmin@example.no',
        name: 'Skoleadmin',
        password: 'et-godt-passord',
      });
      const grant = await admin.post<{ grant: { id: string } }>(
        `/api/users/${creator.body.user.id}/grants`,
        { orgUnitId: school.id, role: 'administrator' },
      );
      const session = await ApiClient.login(test.app, 'skoleadmin@example.no', 'et-godt-passord');
      const created = await session.post<{ token: string }>('/api/api-tokens', {
        name: 'Elevsystemet',
        orgUnitId: school.id,
      });
      const call = () =>
        test.app.inject({
          url: `/api/measurements?orgUnitId=${school.id}`,
          headers: { authorization: `Bearer ${created.body.token}` },
        });
      expect((await call()).statusCode).toBe(200);
      await admin.delete(`/api/role-grants/${grant.body.grant.id}`);
      expect((await call()).statusCode).toBe(401);
    });

    it('is not mistaken for by a session that sends some other Authorization header', async () => {
      await plan(admin, '2026-T1', '2026-T1');
      const measurement = await measurementOf(school, '2026-T1');
      const response = await test.app.inject({
        method: 'POST',
        url: '/api/measurements/values',
        headers: { cookie: admin.cookieHeader, authorization: 'Basic dXNlcjpwYXNz' },
        payload: { entries: [{ measurementId: measurement.id, value: 4, expectedVersion: 0 }] },
      });
      expect(response.statusCode).toBe(200);
      const history = await admin.get<{ history: { source: string }[] }>(
        `/api/measurements/${measurement.id}/history`,
      );
      expect(history.body.history[0]?.source).toBe('manual');
    });
  });
});
