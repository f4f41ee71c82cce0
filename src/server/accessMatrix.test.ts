/**
 * Walks every route of the API with every role, on a unit inside the granted subtree, on a
 * sibling outside it, and on a unit of another tenant, and checks each answer. The list of
 * routes is compared with the OpenAPI document, so a new route without a line here fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roleCovers, roles } from '#domain/access.js';
import type { UserView, GrantView } from './modules/access/service.js';
import { percentDefinition } from './testing/factories.js';
import type { OrgUnit } from './modules/organisation/service.js';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from './testing/harness.js';

type Place = 'inside' | 'outside' | 'foreign';
/** Roles granted on one sector, plus a planner of the whole municipality. */
type Caller = Role | 'anonymous' | 'top planner';
/**
 * Who may call a route: anyone, anyone logged in, or a role held on the place touched, on the
 * top unit, anywhere in the tenant, or (for the tenant-wide register) by anyone of the tenant.
 */
type Need =
  'public' | 'authenticated' | 'tenant member' | { role: Role; at: 'place' | 'top' | 'anywhere' };

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  need: Need;
  /** Routes that do not touch a unit or a user are called once, without a place. */
  placed: boolean;
  request(place: Place, caller: ApiClient): Promise<{ url: string; body?: unknown }>;
  /** Statuses that count as refused besides 403 and 404. */
  alsoRefused?: number[];
  /** Sent from a client of its own, so that the callers' sessions survive it. */
  ownClient?: boolean;
}

const placesOf = (routeCase: RouteCase): Place[] =>
  routeCase.placed ? ['inside', 'outside', 'foreign'] : ['inside'];

describe.each(databaseKinds)('access to every route on %s', (kind) => {
  let test: TestApp;
  let home: TestTenant;
  let foreign: TestTenant;
  let homeAdmin: ApiClient;
  let foreignAdmin: ApiClient;
  let granted: OrgUnit;
  let sibling: OrgUnit;
  const callers = new Map<Caller, ApiClient>();
  let serial = 0;

  const adminFor = (place: Place) => (place === 'foreign' ? foreignAdmin : homeAdmin);
  const parentFor = (place: Place) =>
    place === 'inside' ? granted.id : place === 'outside' ? sibling.id : foreign.rootUnitId;

  /** A fresh unit at the place, made by that tenant's administrator. */
  const unitAt = async (place: Place, closed = false) => {
    serial++;
    const response = await adminFor(place).post<{ unit: OrgUnit }>('/api/org-units', {
      parentId: parentFor(place),
      code: `U${serial}`,
      name: `Enhet ${serial}`,
      kind: 'unit',
    });
    const unit = response.body.unit;
    if (closed) await adminFor(place).post(`/api/org-units/${unit.id}/close`, {});
    return unit;
  };

  /** A fresh user with a reader role on a unit at the place. */
  const userAt = async (place: Place) => {
    serial++;
    const admin = adminFor(place);
    const user = (
      await admin.post<{ user: UserView }>('/api/users', {
        email: `matrise${serial}@example.no`,
        name: `Matrise ${serial}`,
        password: 'et-godt-passord',
      })
    ).body.user;
    const unit = await unitAt(place);
    const grant = (
      await admin.post<{ grant: GrantView }>(`/api/users/${user.id}/grants`, {
        orgUnitId: unit.id,
        role: 'reader',
      })
    ).body.grant;
    return { user, unit, grant };
  };

  /** One focus area and one shared criterion in each tenant, made in beforeAll. */
  const focusAreas = { home: '', foreign: '' };
  const focusAreaOf = (place: Place) =>
    place === 'foreign' ? focusAreas.foreign : focusAreas.home;

  const criterionAt = async (place: Place) => {
    const unit = await unitAt(place);
    const response = await adminFor(place).post<{ successCriterion: { id: string } }>(
      '/api/success-criteria',
      { focusAreaId: focusAreaOf(place), orgUnitId: unit.id, name: `Kriterium ${++serial}` },
    );
    return response.body.successCriterion;
  };

  const indicatorBody = async (place: Place) => {
    const criterion = await criterionAt(place);
    const unit = await unitAt(place);
    return {
      code: `I${++serial}`,
      name: `Indikator ${serial}`,
      focusAreaId: focusAreaOf(place),
      criterionIds: [criterion.id],
      ownerUnitId: unit.id,
      definition: percentDefinition(),
    };
  };

  /** A fresh indicator owned by a unit at the place. */
  const indicatorAt = async (place: Place) => {
    const response = await adminFor(place).post<{ indicator: { id: string; ownerUnitId: string } }>(
      '/api/indicators',
      await indicatorBody(place),
    );
    return response.body.indicator;
  };

  /** A one-row handbook file naming the home tenant's focus area and criterion. */
  const indicatorFile = () => {
    const csv = [
      'code;name;focusArea;criteria;unitOfMeasure;direction;frequency',
      `H${++serial};Importert;Brukere;Felles;percent;higher_is_better;year`,
    ].join('\n');
    return { fileName: 'indikatorer.csv', contentBase64: Buffer.from(csv).toString('base64') };
  };

  /** A planned measurement of a fresh indicator at a unit at the place, for 2026. */
  const measurementAt = async (place: Place) => {
    const indicator = await indicatorAt(place);
    const admin = adminFor(place);
    await admin.send('PUT', '/api/targets', {
      validFrom: '2026',
      changes: [
        {
          indicatorId: indicator.id,
          orgUnitId: indicator.ownerUnitId,
          values: { kind: 'value', target: 2, threshold: 1 },
        },
      ],
    });
    const series = await admin.post<{ created: { id: string }[] }>(
      '/api/measurement-points/series',
      {
        indicatorId: indicator.id,
        from: '2026',
        to: '2026',
        dueDaysAfterEnd: 15,
      },
    );
    expect(series.status).toBe(201);
    const listed = await admin.get<{ measurements: { id: string }[] }>(
      `/api/measurements?orgUnitId=${indicator.ownerUnitId}`,
    );
    return listed.body.measurements[0] as { id: string };
  };

  /** A one-row results file for a fresh indicator owned by a unit at the place. */
  const resultsFile = async (place: Place) => {
    const indicator = await indicatorAt(place);
    const units = await adminFor(place).get<{ unit: { code: string } }>(
      `/api/org-units/${indicator.ownerUnitId}`,
    );
    const code = (
      await adminFor(place).get<{ indicator: { code: string } }>(`/api/indicators/${indicator.id}`)
    ).body.indicator.code;
    const csv = `Indikator;Enhet;Periode;Verdi\n${code};${units.body.unit.code};2026-T1;12,5`;
    return { fileName: 'resultater.csv', contentBase64: Buffer.from(csv).toString('base64') };
  };

  /** A fresh action standing alone on a fresh unit at the place. */
  const actionAt = async (place: Place) => {
    const response = await adminFor(place).post<{ action: { id: string } }>('/api/actions', {
      orgUnitId: (await unitAt(place)).id,
      title: `Tiltak ${++serial}`,
    });
    return response.body.action;
  };

  /** A fresh plan for 2026 of a fresh unit at the place, moved on to the status asked for. */
  const planAt = async (place: Place, status: 'draft' | 'submitted' | 'approved' = 'draft') => {
    const admin = adminFor(place);
    const response = await admin.post<{ plan: { id: string } }>('/api/plans', {
      orgUnitId: (await unitAt(place)).id,
      year: 2026,
    });
    const plan = response.body.plan;
    if (status !== 'draft') await admin.post(`/api/plans/${plan.id}/submit`);
    if (status === 'approved') await admin.post(`/api/plans/${plan.id}/approve`);
    return plan;
  };

  const planSectionAt = async (place: Place) => {
    const listed = await adminFor(place).get<{ sections: { id: string }[] }>('/api/plan-sections');
    return listed.body.sections[0] as { id: string };
  };

  const unitFile = async (place: Place) => {
    serial++;
    const parent = await unitAt(place);
    const csv = `code;name;parent code;kind\nI${serial};Importert ${serial};${parent.code};enhet`;
    return { fileName: 'enheter.csv', contentBase64: Buffer.from(csv).toString('base64') };
  };

  const routeCases: RouteCase[] = [
    {
      method: 'GET',
      path: '/api/health',
      need: 'public',
      placed: false,
      request: async () => ({ url: '/api/health' }),
    },
    {
      method: 'POST',
      path: '/api/auth/login',
      need: 'public',
      placed: false,
      ownClient: true,
      request: async () => ({
        url: '/api/auth/login',
        body: { email: home.admin.email, password: home.admin.password },
      }),
    },
    {
      method: 'POST',
      path: '/api/auth/logout',
      need: 'public',
      placed: false,
      ownClient: true,
      request: async () => ({ url: '/api/auth/logout' }),
    },
    {
      method: 'GET',
      path: '/api/auth/me',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/auth/me' }),
    },
    {
      method: 'PATCH',
      path: '/api/auth/me',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/auth/me', body: { locale: 'nb' } }),
    },
    {
      method: 'POST',
      path: '/api/auth/password',
      need: 'authenticated',
      placed: false,
      request: async () => ({
        url: '/api/auth/password',
        body: { currentPassword: 'et-godt-passord', newPassword: 'et-godt-passord' },
      }),
    },
    {
      method: 'GET',
      path: '/api/org-units',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/org-units' }),
    },
    {
      method: 'GET',
      path: '/api/org-units/{id}',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/org-units/${(await unitAt(place)).id}` }),
    },
    {
      method: 'POST',
      path: '/api/org-units',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/org-units',
        body: {
          parentId: (await unitAt(place)).id,
          code: `N${++serial}`,
          name: 'Ny',
          kind: 'unit',
        },
      }),
    },
    {
      method: 'PATCH',
      path: '/api/org-units/{id}',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/org-units/${(await unitAt(place)).id}`,
        body: { name: 'Nytt navn' },
      }),
    },
    {
      method: 'POST',
      path: '/api/org-units/{id}/move',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/org-units/${(await unitAt(place)).id}/move`,
        body: { parentId: (await unitAt(place)).id },
      }),
    },
    {
      method: 'POST',
      path: '/api/org-units/{id}/close',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/org-units/${(await unitAt(place)).id}/close`,
        body: {},
      }),
    },
    {
      method: 'POST',
      path: '/api/org-units/{id}/reopen',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/org-units/${(await unitAt(place, true)).id}/reopen`,
        body: {},
      }),
    },
    {
      method: 'POST',
      path: '/api/org-units/import/preview',
      need: { role: 'administrator', at: 'anywhere' },
      placed: false,
      request: async (place) => ({
        url: '/api/org-units/import/preview',
        body: await unitFile(place),
      }),
    },
    {
      method: 'POST',
      path: '/api/org-units/import/commit',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      // Outside their subtree an administrator's file is refused row by row.
      alsoRefused: [422],
      request: async (place) => ({
        url: '/api/org-units/import/commit',
        body: await unitFile(place),
      }),
    },
    {
      method: 'GET',
      path: '/api/people',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/people' }),
    },
    {
      method: 'GET',
      path: '/api/users',
      need: { role: 'administrator', at: 'anywhere' },
      placed: false,
      request: async () => ({ url: '/api/users' }),
    },
    {
      method: 'POST',
      path: '/api/users',
      need: { role: 'administrator', at: 'anywhere' },
      placed: false,
      request: async () => ({
        url: '/api/users',
        body: { email: `ny${++serial}@example.no`, name: 'Ny', password: 'et-godt-passord' },
      }),
    },
    {
      method: 'GET',
      path: '/api/users/{id}',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/users/${(await userAt(place)).user.id}` }),
    },
    {
      method: 'PATCH',
      path: '/api/users/{id}',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/users/${(await userAt(place)).user.id}`,
        body: { name: 'Endret' },
      }),
    },
    {
      method: 'POST',
      path: '/api/users/{id}/deactivate',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/users/${(await userAt(place)).user.id}/deactivate`,
        body: {},
      }),
    },
    {
      method: 'POST',
      path: '/api/users/{id}/reactivate',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/users/${(await userAt(place)).user.id}/reactivate`,
        body: {},
      }),
    },
    {
      method: 'POST',
      path: '/api/users/{id}/grants',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => {
        const { user, unit } = await userAt(place);
        return {
          url: `/api/users/${user.id}/grants`,
          body: { orgUnitId: unit.id, role: 'planner' },
        };
      },
    },
    {
      method: 'DELETE',
      path: '/api/role-grants/{id}',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/role-grants/${(await userAt(place)).grant.id}` }),
    },
    {
      method: 'GET',
      path: '/api/focus-areas',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/focus-areas' }),
    },
    {
      method: 'POST',
      path: '/api/focus-areas',
      need: { role: 'planner', at: 'top' },
      placed: false,
      request: async () => ({ url: '/api/focus-areas', body: { name: `Fokus ${++serial}` } }),
    },
    {
      method: 'PATCH',
      path: '/api/focus-areas/{id}',
      need: { role: 'planner', at: 'top' },
      placed: false,
      request: async () => ({
        url: `/api/focus-areas/${focusAreas.home}`,
        body: { description: 'x' },
      }),
    },
    {
      method: 'POST',
      path: '/api/focus-areas/reorder',
      need: { role: 'planner', at: 'top' },
      placed: false,
      request: async () => {
        const listed = await homeAdmin.get<{ focusAreas: { id: string }[] }>('/api/focus-areas');
        return {
          url: '/api/focus-areas/reorder',
          body: { ids: listed.body.focusAreas.map((area) => area.id) },
        };
      },
    },
    {
      method: 'GET',
      path: '/api/success-criteria',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/success-criteria?orgUnitId=${(await unitAt(place)).id}`,
      }),
    },
    {
      method: 'POST',
      path: '/api/success-criteria',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/success-criteria',
        body: { focusAreaId: focusAreaOf(place), orgUnitId: (await unitAt(place)).id, name: 'K' },
      }),
    },
    {
      method: 'PATCH',
      path: '/api/success-criteria/{id}',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/success-criteria/${(await criterionAt(place)).id}`,
        body: { name: 'Endret' },
      }),
    },
    {
      method: 'POST',
      path: '/api/focus-areas/{id}/criteria-order',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/focus-areas/${focusAreaOf(place)}/criteria-order`,
        body: { ids: [(await criterionAt(place)).id] },
      }),
    },
    {
      method: 'GET',
      path: '/api/indicators',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/indicators' }),
    },
    {
      method: 'POST',
      path: '/api/indicators',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({ url: '/api/indicators', body: await indicatorBody(place) }),
    },
    {
      method: 'GET',
      path: '/api/indicators/handbook.xlsx',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/indicators/handbook.xlsx' }),
    },
    {
      method: 'POST',
      path: '/api/indicators/import/preview',
      need: { role: 'planner', at: 'top' },
      placed: false,
      request: async () => ({ url: '/api/indicators/import/preview', body: indicatorFile() }),
    },
    {
      method: 'POST',
      path: '/api/indicators/import/commit',
      need: { role: 'planner', at: 'top' },
      placed: false,
      request: async () => ({ url: '/api/indicators/import/commit', body: indicatorFile() }),
    },
    {
      method: 'GET',
      path: '/api/indicators/{id}',
      need: 'tenant member',
      placed: true,
      request: async (place) => ({ url: `/api/indicators/${(await indicatorAt(place)).id}` }),
    },
    {
      method: 'PATCH',
      path: '/api/indicators/{id}',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/indicators/${(await indicatorAt(place)).id}`,
        body: { name: 'Nytt navn' },
      }),
    },
    {
      method: 'DELETE',
      path: '/api/indicators/{id}',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/indicators/${(await indicatorAt(place)).id}` }),
    },
    {
      method: 'PUT',
      path: '/api/targets',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => {
        const indicator = await indicatorAt(place);
        return {
          url: '/api/targets',
          body: {
            validFrom: '2026',
            changes: [
              {
                indicatorId: indicator.id,
                orgUnitId: indicator.ownerUnitId,
                values: { kind: 'value', target: 2, threshold: 1 },
              },
            ],
          },
        };
      },
    },
    {
      method: 'POST',
      path: '/api/targets/copy-year',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/targets/copy-year',
        body: { orgUnitId: (await unitAt(place)).id, fromYear: 2026, toYear: 2027 },
      }),
    },
    {
      method: 'GET',
      path: '/api/targets/grid',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/targets/grid?orgUnitId=${(await unitAt(place)).id}&period=2026`,
      }),
    },
    {
      method: 'GET',
      path: '/api/scorecard-structure',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/scorecard-structure?orgUnitId=${(await unitAt(place)).id}&period=2026`,
      }),
    },
    {
      method: 'GET',
      path: '/api/settings',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/settings' }),
    },
    {
      method: 'PATCH',
      path: '/api/settings',
      need: { role: 'administrator', at: 'top' },
      placed: false,
      request: async () => ({ url: '/api/settings', body: { maxIndicatorsPerScorecard: 25 } }),
    },
    {
      method: 'POST',
      path: '/api/measurement-points/series',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/measurement-points/series',
        body: {
          indicatorId: (await indicatorAt(place)).id,
          from: '2026',
          to: '2026',
          dueDaysAfterEnd: 15,
        },
      }),
    },
    {
      method: 'GET',
      path: '/api/measurement-points',
      need: 'tenant member',
      placed: true,
      request: async (place) => ({
        url: `/api/measurement-points?indicatorId=${(await indicatorAt(place)).id}`,
      }),
    },
    {
      method: 'GET',
      path: '/api/measurements/inbox',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/measurements/inbox' }),
    },
    {
      method: 'GET',
      path: '/api/measurements',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/measurements?orgUnitId=${(await unitAt(place)).id}`,
      }),
    },
    {
      method: 'GET',
      path: '/api/measurements/due',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/measurements/due?orgUnitId=${(await unitAt(place)).id}`,
      }),
    },
    {
      method: 'POST',
      path: '/api/measurements/values',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => {
        const measurement = await measurementAt(place);
        return {
          url: '/api/measurements/values',
          body: { entries: [{ measurementId: measurement.id, value: 50, expectedVersion: 0 }] },
        };
      },
    },
    {
      method: 'GET',
      path: '/api/measurements/{id}/history',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/measurements/${(await measurementAt(place)).id}/history`,
      }),
    },
    {
      method: 'GET',
      path: '/api/results',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/results?orgUnitId=${(await unitAt(place)).id}&period=2026`,
      }),
    },
    {
      method: 'GET',
      path: '/api/scorecard',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/scorecard?orgUnitId=${(await unitAt(place)).id}&period=2026-T1`,
      }),
    },
    {
      method: 'GET',
      path: '/api/scorecard/matrix',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/scorecard/matrix?orgUnitId=${(await unitAt(place)).id}&period=2026`,
      }),
    },
    {
      method: 'GET',
      path: '/api/scorecard/indicator',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => {
        const indicator = await indicatorAt(place);
        return {
          url: `/api/scorecard/indicator?orgUnitId=${indicator.ownerUnitId}&indicatorId=${indicator.id}`,
        };
      },
    },
    {
      method: 'GET',
      path: '/api/scorecard/export.xlsx',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/scorecard/export.xlsx?orgUnitId=${(await unitAt(place)).id}&period=2026`,
      }),
    },
    {
      method: 'GET',
      path: '/api/approvals',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/approvals?orgUnitId=${(await unitAt(place)).id}&periodKey=2026`,
      }),
    },
    {
      method: 'POST',
      path: '/api/approvals',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/approvals',
        body: { orgUnitId: (await unitAt(place)).id, periodKey: '2026' },
      }),
    },
    {
      method: 'POST',
      path: '/api/approvals/reopen',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/approvals/reopen',
        body: { orgUnitId: (await unitAt(place)).id, periodKey: '2026', reason: 'Feil tall' },
      }),
    },
    {
      method: 'GET',
      path: '/api/api-tokens',
      need: { role: 'administrator', at: 'anywhere' },
      placed: false,
      request: async () => ({ url: '/api/api-tokens' }),
    },
    {
      method: 'POST',
      path: '/api/api-tokens',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/api-tokens',
        body: { name: 'System', orgUnitId: (await unitAt(place)).id },
      }),
    },
    {
      method: 'DELETE',
      path: '/api/api-tokens/{id}',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => {
        const unit = await unitAt(place);
        const created = await adminFor(place).post<{ apiToken: { id: string } }>(
          '/api/api-tokens',
          {
            name: 'System',
            orgUnitId: unit.id,
          },
        );
        return { url: `/api/api-tokens/${created.body.apiToken.id}` };
      },
    },
    {
      method: 'POST',
      path: '/api/results/import/preview',
      need: { role: 'reporter', at: 'anywhere' },
      placed: false,
      request: async (place) => ({
        url: '/api/results/import/preview',
        body: await resultsFile(place),
      }),
    },
    {
      method: 'POST',
      path: '/api/results/import/commit',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      // Outside their reach a reporter's rows are refused one by one.
      alsoRefused: [422],
      request: async (place) => ({
        url: '/api/results/import/commit',
        body: await resultsFile(place),
      }),
    },
    {
      method: 'GET',
      path: '/api/audit',
      need: { role: 'administrator', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/audit?orgUnitId=${(await unitAt(place)).id}` }),
    },
    {
      method: 'GET',
      path: '/api/actions',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/actions?orgUnitId=${(await unitAt(place)).id}&includeSubunits=true`,
      }),
    },
    {
      method: 'GET',
      path: '/api/actions/export.xlsx',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/actions/export.xlsx?orgUnitId=${(await unitAt(place)).id}`,
      }),
    },
    {
      method: 'POST',
      path: '/api/actions',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/actions',
        body: { orgUnitId: (await unitAt(place)).id, title: 'Nytt tiltak' },
      }),
    },
    {
      method: 'GET',
      path: '/api/actions/{id}',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/actions/${(await actionAt(place)).id}` }),
    },
    {
      method: 'PATCH',
      path: '/api/actions/{id}',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/actions/${(await actionAt(place)).id}`,
        body: { version: 1, progress: 50 },
      }),
    },
    {
      method: 'DELETE',
      path: '/api/actions/{id}',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/actions/${(await actionAt(place)).id}` }),
    },
    {
      method: 'POST',
      path: '/api/actions/{id}/updates',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/actions/${(await actionAt(place)).id}/updates`,
        body: { text: 'Godt i gang', status: 'in_progress', progress: 30 },
      }),
    },
    {
      method: 'GET',
      path: '/api/plan-sections',
      need: 'authenticated',
      placed: false,
      request: async () => ({ url: '/api/plan-sections?includeArchived=true' }),
    },
    {
      method: 'POST',
      path: '/api/plan-sections',
      need: { role: 'planner', at: 'top' },
      placed: false,
      request: async () => ({ url: '/api/plan-sections', body: { title: `Del ${++serial}` } }),
    },
    {
      method: 'PATCH',
      path: '/api/plan-sections/{id}',
      need: { role: 'planner', at: 'top' },
      placed: false,
      request: async () => ({
        url: `/api/plan-sections/${(await planSectionAt('inside')).id}`,
        body: { sortOrder: 1 },
      }),
    },
    {
      method: 'GET',
      path: '/api/plans',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => {
        const plan = await planAt(place);
        const listed = await adminFor(place).get<{ plan: { orgUnit: { id: string } } }>(
          `/api/plans/${plan.id}`,
        );
        return { url: `/api/plans?orgUnitId=${listed.body.plan.orgUnit.id}&year=2026` };
      },
    },
    {
      method: 'POST',
      path: '/api/plans',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: '/api/plans',
        body: { orgUnitId: (await unitAt(place)).id, year: 2026 },
      }),
    },
    {
      method: 'GET',
      path: '/api/plans/{id}',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/plans/${(await planAt(place)).id}` }),
    },
    {
      method: 'PUT',
      path: '/api/plans/{id}/sections/{sectionId}',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/plans/${(await planAt(place)).id}/sections/${(await planSectionAt(place)).id}`,
        body: { text: 'Vi gir **gode** tjenester.', version: 0 },
      }),
    },
    {
      method: 'POST',
      path: '/api/plans/{id}/submit',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/plans/${(await planAt(place)).id}/submit` }),
    },
    {
      method: 'POST',
      path: '/api/plans/{id}/reopen',
      need: { role: 'reporter', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/plans/${(await planAt(place, 'submitted')).id}/reopen`,
      }),
    },
    {
      method: 'POST',
      path: '/api/plans/{id}/approve',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/plans/${(await planAt(place, 'submitted')).id}/approve`,
      }),
    },
    {
      method: 'POST',
      path: '/api/plans/{id}/new-version',
      need: { role: 'planner', at: 'place' },
      placed: true,
      request: async (place) => ({
        url: `/api/plans/${(await planAt(place, 'approved')).id}/new-version`,
      }),
    },
    {
      method: 'GET',
      path: '/api/plans/{id}/export.docx',
      need: { role: 'reader', at: 'place' },
      placed: true,
      request: async (place) => ({ url: `/api/plans/${(await planAt(place)).id}/export.docx` }),
    },
  ];

  beforeAll(async () => {
    test = await startTestApp(kind);
    home = await seedTenant(test.db, 'Hjemkommune');
    foreign = await seedTenant(test.db, 'Nabokommune');
    homeAdmin = await ApiClient.login(test.app, home.admin.email, home.admin.password);
    foreignAdmin = await ApiClient.login(test.app, foreign.admin.email, foreign.admin.password);
    const sector = async (code: string) =>
      (
        await homeAdmin.post<{ unit: OrgUnit }>('/api/org-units', {
          parentId: home.rootUnitId,
          code,
          name: code,
          kind: 'sector',
        })
      ).body.unit;
    granted = await sector('GRANTED');
    sibling = await sector('SIBLING');

    for (const [tenantKey, admin] of [
      ['home', homeAdmin],
      ['foreign', foreignAdmin],
    ] as const) {
      const area = await admin.post<{ focusArea: { id: string } }>('/api/focus-areas', {
        name: 'Brukere',
      });
      focusAreas[tenantKey] = area.body.focusArea.id;
      await admin.patch('/api/settings', { approvalRequired: true });
      const rootId = tenantKey === 'home' ? home.rootUnitId : foreign.rootUnitId;
      await admin.post('/api/success-criteria', {
        focusAreaId: area.body.focusArea.id,
        orgUnitId: rootId,
        name: 'Felles',
      });
    }

    callers.set('anonymous', new ApiClient(test.app));
    const topPlanner = (
      await homeAdmin.post<{ user: UserView }>('/api/users', {
        email: 'topplanlegger@example.no',
        name: 'Toppplanlegger',
        password: 'et-godt-passord',
      })
    ).body.user;
    await homeAdmin.post(`/api/users/${topPlanner.id}/grants`, {
      orgUnitId: home.rootUnitId,
      role: 'planner',
    });
    callers.set(
      'top planner',
      await ApiClient.login(test.app, topPlanner.email, 'et-godt-passord'),
    );
    for (const role of roles) {
      const user = (
        await homeAdmin.post<{ user: UserView }>('/api/users', {
          email: `${role}@example.no`,
          name: role,
          password: 'et-godt-passord',
        })
      ).body.user;
      await homeAdmin.post(`/api/users/${user.id}/grants`, { orgUnitId: granted.id, role });
      callers.set(role, await ApiClient.login(test.app, user.email, 'et-godt-passord'));
    }
  });
  afterAll(() => test.close());

  it('has a line for every route the OpenAPI document describes', async () => {
    const document = (
      await new ApiClient(test.app).get<{ paths: Record<string, object> }>('/api/openapi.json')
    ).body;
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = routeCases.map((routeCase) => `${routeCase.method} ${routeCase.path}`);
    expect(covered.sort()).toEqual(documented.sort());
  });

  const callerNames: Caller[] = ['anonymous', ...roles, 'top planner'];
  for (const routeCase of routeCases) {
    describe(`${routeCase.method} ${routeCase.path}`, () => {
      for (const caller of callerNames) {
        for (const place of placesOf(routeCase)) {
          const expected = expectation(routeCase.need, caller, place);
          it(`${caller} on a unit ${place} the grant: ${expected}`, async () => {
            const client = routeCase.ownClient
              ? new ApiClient(test.app)
              : (callers.get(caller) as ApiClient);
            const { url, body } = await routeCase.request(place, client);
            const response = await client.send(routeCase.method, url, body);
            const refused = [403, 404, ...(routeCase.alsoRefused ?? [])];
            if (expected === 'allowed') expect(response.status).toBeLessThan(300);
            else if (expected === 'unauthenticated') expect(response.status).toBe(401);
            else expect(refused).toContain(response.status);
          });
        }
      }
    });
  }

  it('never lists units of another tenant or outside the grant', async () => {
    for (const role of roles) {
      const units = (await callers.get(role)?.get<{ units: OrgUnit[] }>('/api/org-units'))?.body
        .units;
      const parents = new Set(units?.map((unit) => unit.parentId));
      expect(units?.some((unit) => unit.id === granted.id)).toBe(true);
      expect(parents.has(sibling.id)).toBe(false);
      expect(parents.has(foreign.rootUnitId)).toBe(false);
      expect(units?.some((unit) => unit.id === home.rootUnitId)).toBe(false);
    }
  });

  it('lets an administrator list only users within reach, never another tenant’s', async () => {
    const inside = await userAt('inside');
    const outside = await userAt('outside');
    const other = await userAt('foreign');
    const listed = await callers.get('administrator')?.get<{ users: UserView[] }>('/api/users');
    const ids = listed?.body.users.map((user) => user.id) ?? [];
    expect(ids).toContain(inside.user.id);
    expect(ids).not.toContain(outside.user.id);
    expect(ids).not.toContain(other.user.id);
    expect(ids).not.toContain(foreign.admin.id);
  });
});

function expectation(
  need: Need,
  caller: Caller,
  place: Place,
): 'allowed' | 'refused' | 'unauthenticated' {
  if (need === 'public') return 'allowed';
  if (caller === 'anonymous') return 'unauthenticated';
  if (need === 'authenticated') return 'allowed';
  if (need === 'tenant member') return place === 'foreign' ? 'refused' : 'allowed';
  const top = caller === 'top planner';
  const role: Role = top ? 'planner' : caller;
  const inReach = top ? place !== 'foreign' : place === 'inside';
  const where = { place: inReach, top, anywhere: true }[need.at];
  return roleCovers(role, need.role) && where ? 'allowed' : 'refused';
}
