/**
 * A small municipality for the plan tests: a sector with two units, two yearly indicators with
 * targets and 2026 results for one unit, actions of that unit in and before 2026, and people
 * with each role on it.
 */
import { expect } from 'vitest';
import {
  createCriterion,
  createFocusArea,
  createIndicator,
  createUnit,
  loginWithRole,
} from '../../testing/factories.js';
import { ApiClient, type TestApp, seedTenant } from '../../testing/harness.js';
import type { Action } from '../actions/schemas.js';
import type { Measurement } from '../measurement/entry.js';
import type { PlanDetail, PlanSection, PlanSectionText, PlanVersion } from './schemas.js';

export async function buildPlanWorld(test: TestApp) {
  const tenant = await seedTenant(test.db, 'Sande');
  const admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
  const sector = await createUnit(admin, tenant.rootUnitId, 'Helse og omsorg', 'sector');
  const nursingHome = await createUnit(admin, sector.id, 'Sjukeheimen');
  const homeCare = await createUnit(admin, sector.id, 'Heimetenesta');

  const area = await createFocusArea(admin, 'Brukere');
  const criterion = await createCriterion(admin, area.id, tenant.rootUnitId, 'Fornøyde brukere');
  const yearly = (name: string, code: string, direction: 'higher_is_better' | 'lower_is_better') =>
    createIndicator(admin, {
      focusAreaId: area.id,
      criterionIds: [criterion.id],
      name,
      code,
      unitIds: [sector.id],
      definition: { frequency: 'year', decimals: 1, direction },
    });
  const satisfaction = await yearly('Brukertilfredshet', 'BT1', 'higher_is_better');
  const sickLeave = await yearly('Sykefravær', 'SF1', 'lower_is_better');

  const targets = await admin.send('PUT', '/api/targets', {
    validFrom: '2025',
    changes: [
      { indicatorId: satisfaction.id, orgUnitId: sector.id, values: valueTarget(85, 80) },
      { indicatorId: sickLeave.id, orgUnitId: sector.id, values: valueTarget(6, 8) },
    ],
  });
  expect(targets.status, JSON.stringify(targets.body)).toBe(200);
  for (const indicator of [satisfaction, sickLeave]) {
    const series = await admin.post('/api/measurement-points/series', {
      indicatorId: indicator.id,
      from: '2025',
      to: '2026',
      dueDaysAfterEnd: 15,
      unitIds: [nursingHome.id, homeCare.id],
    });
    expect(series.status, JSON.stringify(series.body)).toBe(201);
  }
  const listed = await admin.get<{ measurements: Measurement[] }>(
    `/api/measurements?orgUnitId=${nursingHome.id}&periodKey=2026`,
  );
  const measurementOf = (indicatorId: string) =>
    listed.body.measurements.find((m) => m.indicatorId === indicatorId) as Measurement;
  const entered = await admin.post('/api/measurements/values', {
    entries: [
      { measurementId: measurementOf(satisfaction.id).id, value: 87.5, expectedVersion: 0 },
      // Shown as 7,3 % with one decimal: above the target of 6, within the threshold of 8.
      { measurementId: measurementOf(sickLeave.id).id, value: 7.25, expectedVersion: 0 },
    ],
  });
  expect(entered.status, JSON.stringify(entered.body)).toBe(200);

  const action = async (orgUnitId: string, body: Record<string, unknown>) => {
    const response = await admin.post<{ action: Action }>('/api/actions', { orgUnitId, ...body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.action;
  };
  const actions = {
    thisYear: await action(nursingHome.id, {
      title: 'Kartlegge ventetid',
      // Without a due date it is never late, whatever day the tests run.
      startDate: '2026-02-01',
      status: 'in_progress',
      progress: 40,
      responsibleUserId: tenant.admin.id,
    }),
    leftOpen: await action(nursingHome.id, {
      title: 'Opplæring i journalføring',
      dueDate: '2025-05-01',
      status: 'in_progress',
    }),
    finished: await action(nursingHome.id, {
      title: 'Gammelt fullført tiltak',
      dueDate: '2025-03-01',
      status: 'done',
    }),
    otherUnit: await action(homeCare.id, { title: 'Tiltak i heimetenesta', dueDate: '2026-09-01' }),
  };

  const role = (orgUnitId: string, name: string) =>
    loginWithRole(admin, test.app, { orgUnitId, role: name });
  const users = {
    reader: await role(nursingHome.id, 'reader'),
    reporter: await role(nursingHome.id, 'reporter'),
    planner: await role(nursingHome.id, 'planner'),
    reporterOfHomeCare: await role(homeCare.id, 'reporter'),
  };

  return {
    tenant,
    admin,
    units: { sector, nursingHome, homeCare },
    area,
    criterion,
    indicators: { satisfaction, sickLeave },
    actions,
    users,
  };
}

export type PlanWorld = Awaited<ReturnType<typeof buildPlanWorld>>;

export const valueTarget = (target: number, threshold: number) => ({
  kind: 'value',
  target,
  threshold,
});

export async function sectionsOf(client: ApiClient): Promise<PlanSection[]> {
  const response = await client.get<{ sections: PlanSection[] }>('/api/plan-sections');
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.sections;
}

export async function createPlan(client: ApiClient, orgUnitId: string, year: number) {
  const response = await client.post<{ plan: PlanVersion }>('/api/plans', { orgUnitId, year });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.plan;
}

export async function readPlan(client: ApiClient, planId: string): Promise<PlanDetail> {
  const response = await client.get<PlanDetail>(`/api/plans/${planId}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

export function writeText(
  client: ApiClient,
  planId: string,
  sectionId: string,
  text: string,
  version = 0,
) {
  return client.send<{ section: PlanSectionText }>(
    'PUT',
    `/api/plans/${planId}/sections/${sectionId}`,
    { text, version },
  );
}

/** Moves a plan one step and expects it to be accepted. */
export async function step(client: ApiClient, planId: string, name: string, status = 200) {
  const response = await client.post<{ plan: PlanVersion }>(`/api/plans/${planId}/${name}`);
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body.plan;
}
