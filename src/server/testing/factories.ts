/** Small builders for API tests: each makes one thing through the API and returns it. */
import { expect } from 'vitest';
import type { OrgUnit } from '../modules/organisation/service.js';
import type { FocusArea, SuccessCriterion } from '../modules/register/focusAreas.js';
import type { Indicator } from '../modules/register/indicators.js';
import type { DefinitionInput } from '../modules/register/definition.js';
import type { App } from '../app.js';
import { type ApiClient, ApiClient as ApiClientClass } from './harness.js';

let serial = 0;
export const nextSerial = () => ++serial;

export async function createUnit(
  api: ApiClient,
  parentId: string,
  name: string,
  kind = 'unit',
): Promise<OrgUnit> {
  const response = await api.post<{ unit: OrgUnit }>('/api/org-units', {
    parentId,
    code: `U${nextSerial()}`,
    name,
    kind,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.unit;
}

export async function createFocusArea(api: ApiClient, name: string): Promise<FocusArea> {
  const response = await api.post<{ focusArea: FocusArea }>('/api/focus-areas', { name });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.focusArea;
}

export async function createCriterion(
  api: ApiClient,
  focusAreaId: string,
  orgUnitId: string,
  name: string,
): Promise<SuccessCriterion> {
  const response = await api.post<{ successCriterion: SuccessCriterion }>('/api/success-criteria', {
    focusAreaId,
    orgUnitId,
    name,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.successCriterion;
}

export const percentDefinition = (overrides: Partial<DefinitionInput> = {}): DefinitionInput => ({
  definition: 'Andel av alle som svarte',
  purpose: 'Viser om tjenesten når fram',
  weaknesses: '',
  basis: { kind: 'register', system: 'Fagsystem' },
  unitOfMeasure: 'percent',
  decimals: 1,
  valueType: 'number',
  direction: 'higher_is_better',
  unitAggregation: 'mean',
  periodAggregation: 'last',
  frequency: 'tertial',
  publication: 'public',
  ...overrides,
});

export interface IndicatorOptions {
  focusAreaId: string;
  criterionIds: string[];
  name?: string;
  code?: string;
  ownerUnitId?: string;
  unitIds?: string[];
  definition?: Partial<DefinitionInput>;
}

export async function createIndicator(
  api: ApiClient,
  options: IndicatorOptions,
): Promise<Indicator> {
  const { definition, ...rest } = options;
  const code = options.code ?? `IND${nextSerial()}`;
  const response = await api.post<{ indicator: Indicator }>('/api/indicators', {
    name: `Indikator ${code}`,
    ...rest,
    code,
    definition: percentDefinition(definition),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.indicator;
}

/** A new user with one role on one unit, logged in. */
export async function loginWithRole(
  admin: ApiClient,
  app: App,
  grant: { orgUnitId: string; role: string },
  email = `bruker${nextSerial()}@example.no`,
): Promise<ApiClient> {
  const created = await admin.post<{ user: { id: string } }>('/api/users', {
    email,
    name: email.split('@')[0],
    password: 'et-godt-passord',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await admin.post(`/api/users/${created.body.user.id}/grants`, grant);
  return ApiClientClass.login(app, email, 'et-godt-passord');
}
