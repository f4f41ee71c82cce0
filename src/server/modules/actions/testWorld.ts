/**
 * A small municipality for the actions tests: a sector with two units and a department, a
 * sector elsewhere, criteria at three levels, indicators applying to different parts of the tree
 * with planned measurements for 2026, and a neighbouring municipality to link across to.
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
import type { OrgUnit } from '../organisation/service.js';
import type { Action } from './schemas.js';

export interface Measurement {
  id: string;
  orgUnitId: string;
  indicatorId: string;
  periodKey: string;
}

async function plannedMeasurements(
  admin: ApiClient,
  indicatorId: string,
  unitIds: string[],
): Promise<Measurement[]> {
  const series = await admin.post('/api/measurement-points/series', {
    indicatorId,
    from: '2026',
    to: '2026',
    dueDaysAfterEnd: 15,
    unitIds,
  });
  expect(series.status, JSON.stringify(series.body)).toBe(201);
  const found: Measurement[] = [];
  for (const unitId of unitIds) {
    const listed = await admin.get<{ measurements: Measurement[] }>(
      `/api/measurements?orgUnitId=${unitId}&periodKey=2026`,
    );
    found.push(...listed.body.measurements.filter((m) => m.indicatorId === indicatorId));
  }
  return found;
}

const measurementOf = (measurements: Measurement[], unitId: string) =>
  measurements.find((measurement) => measurement.orgUnitId === unitId) as Measurement;

/** Builds the world through the API as the municipality's administrator. */
export async function buildWorld(test: TestApp) {
  const tenant = await seedTenant(test.db, 'Sande');
  const admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
  const sector = await createUnit(admin, tenant.rootUnitId, 'Helse og omsorg', 'sector');
  const unitA = await createUnit(admin, sector.id, 'Sjukeheim');
  const unitB = await createUnit(admin, sector.id, 'Heimetenesta');
  const department = await createUnit(admin, unitA.id, 'Avdeling 1', 'department');
  const elsewhere = await createUnit(admin, tenant.rootUnitId, 'Oppvekst', 'sector');

  const focusArea = await createFocusArea(admin, 'Brukere');
  const archivedArea = await createFocusArea(admin, 'Gammelt');
  await admin.patch(`/api/focus-areas/${archivedArea.id}`, { archived: true });
  const sharedCriterion = await createCriterion(admin, focusArea.id, tenant.rootUnitId, 'Felles');
  const sectorCriterion = await createCriterion(admin, focusArea.id, sector.id, 'God pleie');
  const otherCriterion = await createCriterion(admin, focusArea.id, elsewhere.id, 'Trygge barn');

  const indicatorOn = (unitIds: string[], name: string) =>
    createIndicator(admin, {
      focusAreaId: focusArea.id,
      criterionIds: [sharedCriterion.id],
      name,
      unitIds,
    });
  const sectorIndicator = await indicatorOn([sector.id], 'Brukertilfredshet');
  const departmentIndicator = await indicatorOn([department.id], 'Liggetid');
  const otherIndicator = await indicatorOn([elsewhere.id], 'Trivsel i skolen');
  const sectorMeasurements = await plannedMeasurements(admin, sectorIndicator.id, [
    unitA.id,
    unitB.id,
    department.id,
  ]);
  const departmentMeasurements = await plannedMeasurements(admin, departmentIndicator.id, [
    department.id,
  ]);

  const foreign = await buildForeign(test);
  const readerOfSector = await loginWithRole(admin, test.app, {
    orgUnitId: sector.id,
    role: 'reader',
  });
  const reporterOfSector = await loginWithRole(admin, test.app, {
    orgUnitId: sector.id,
    role: 'reporter',
  });
  const reporterOfA = await loginWithRole(admin, test.app, {
    orgUnitId: unitA.id,
    role: 'reporter',
  });
  const plannerOfSector = await loginWithRole(admin, test.app, {
    orgUnitId: sector.id,
    role: 'planner',
  });

  return {
    tenant,
    admin,
    units: { sector, unitA, unitB, department, elsewhere },
    focusArea,
    archivedArea,
    criteria: { shared: sharedCriterion, sector: sectorCriterion, other: otherCriterion },
    indicators: { sector: sectorIndicator, department: departmentIndicator, other: otherIndicator },
    measurements: {
      sectorOfA: measurementOf(sectorMeasurements, unitA.id),
      sectorOfB: measurementOf(sectorMeasurements, unitB.id),
      sectorOfDepartment: measurementOf(sectorMeasurements, department.id),
      departmentOnly: measurementOf(departmentMeasurements, department.id),
    },
    foreign,
    users: { readerOfSector, reporterOfSector, reporterOfA, plannerOfSector },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** The neighbouring municipality: one of each thing an action could link to. */
async function buildForeign(test: TestApp) {
  const tenant = await seedTenant(test.db, 'Nabokommune');
  const admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
  const unit: OrgUnit = await createUnit(admin, tenant.rootUnitId, 'Nabo-enhet');
  const focusArea = await createFocusArea(admin, 'Økonomi');
  const criterion = await createCriterion(admin, focusArea.id, tenant.rootUnitId, 'Balanse');
  const indicator = await createIndicator(admin, {
    focusAreaId: focusArea.id,
    criterionIds: [criterion.id],
    unitIds: [tenant.rootUnitId],
  });
  const [measurement] = await plannedMeasurements(admin, indicator.id, [unit.id]);
  return {
    tenant,
    admin,
    unit,
    focusArea,
    criterion,
    indicator,
    measurement: measurement as Measurement,
  };
}

/** Creates an action through the API and expects it to be accepted. */
export async function createAction(
  client: ApiClient,
  body: Record<string, unknown>,
): Promise<Action> {
  const response = await client.post<{ action: Action }>('/api/actions', body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.action;
}

export const pastDate = '2020-03-01';
export const futureDate = '2999-06-30';
