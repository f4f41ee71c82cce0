import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCriterion,
  createFocusArea,
  createIndicator,
  createUnit,
  loginWithRole,
  percentDefinition,
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
import type { FocusArea, SuccessCriterion } from './focusAreas.js';
import type { Indicator, IndicatorVersion } from './indicators.js';

describe.each(databaseKinds)('the register on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let planner: ApiClient;
  let admin: ApiClient;
  let sector: OrgUnit;
  let school: OrgUnit;
  let otherSector: OrgUnit;
  let sectorPlanner: ApiClient;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    sector = await createUnit(admin, tenant.rootUnitId, 'Oppvekst', 'sector');
    school = await createUnit(admin, sector.id, 'Haugelia skole');
    otherSector = await createUnit(admin, tenant.rootUnitId, 'Helse', 'sector');
    planner = await userWithRole(tenant.rootUnitId, 'planner');
    sectorPlanner = await userWithRole(sector.id, 'planner');
  });
  afterAll(() => test.close());

  const userWithRole = (orgUnitId: string, role: string) =>
    loginWithRole(admin, test.app, { orgUnitId, role });

  describe('focus areas', () => {
    it('are created in order, reordered and archived by a planner of the top unit', async () => {
      const economy = await createFocusArea(planner, 'Økonomi');
      const users = await createFocusArea(planner, 'Brukere');
      expect(users.sortOrder).toBeGreaterThan(economy.sortOrder);

      const active = await planner.get<{ focusAreas: FocusArea[] }>('/api/focus-areas');
      const ids = active.body.focusAreas.map((area) => area.id);
      const reordered = await planner.post<{ focusAreas: FocusArea[] }>(
        '/api/focus-areas/reorder',
        { ids: [...ids].reverse() },
      );
      expect(reordered.body.focusAreas.map((area) => area.id)).toEqual([...ids].reverse());

      await planner.patch(`/api/focus-areas/${economy.id}`, { archived: true });
      const after = await planner.get<{ focusAreas: FocusArea[] }>('/api/focus-areas');
      expect(after.body.focusAreas.map((area) => area.id)).not.toContain(economy.id);
      const all = await planner.get<{ focusAreas: FocusArea[] }>(
        '/api/focus-areas?includeArchived=true',
      );
      expect(all.body.focusAreas.find((area) => area.id === economy.id)?.archivedAt).not.toBeNull();
    });

    it('refuse a reordering that leaves one out', async () => {
      await createFocusArea(planner, 'Medarbeidere');
      const active = await planner.get<{ focusAreas: FocusArea[] }>('/api/focus-areas');
      const response = await planner.post('/api/focus-areas/reorder', {
        ids: active.body.focusAreas.slice(1).map((area) => area.id),
      });
      expect(response.body.error).toMatchObject({ code: 'validation_failed', field: 'ids' });
    });

    it('cannot be made by a planner of one sector', async () => {
      const response = await sectorPlanner.post('/api/focus-areas', { name: 'Egen' });
      expect(response.status).toBe(403);
    });
  });

  describe('success criteria', () => {
    it('set at the top are shared by every unit; a unit’s own are seen only below it', async () => {
      const area = await createFocusArea(planner, 'Kvalitet');
      const shared = await createCriterion(planner, area.id, tenant.rootUnitId, 'Felles kriterium');
      const own = await createCriterion(sectorPlanner, area.id, sector.id, 'Oppvekstens eget');

      const forSchool = await planner.get<{ successCriteria: SuccessCriterion[] }>(
        `/api/success-criteria?orgUnitId=${school.id}`,
      );
      const schoolIds = forSchool.body.successCriteria.map((criterion) => criterion.id);
      expect(schoolIds).toEqual(expect.arrayContaining([shared.id, own.id]));

      const forHealth = await planner.get<{ successCriteria: SuccessCriterion[] }>(
        `/api/success-criteria?orgUnitId=${otherSector.id}`,
      );
      const healthIds = forHealth.body.successCriteria.map((criterion) => criterion.id);
      expect(healthIds).toContain(shared.id);
      expect(healthIds).not.toContain(own.id);
    });

    it('of the top unit cannot be changed by a sector planner', async () => {
      const area = await createFocusArea(planner, 'Samfunn');
      const shared = await createCriterion(planner, area.id, tenant.rootUnitId, 'Trygg kommune');
      const response = await sectorPlanner.patch(`/api/success-criteria/${shared.id}`, {
        name: 'Endret',
      });
      expect([403, 404]).toContain(response.status);
      const criteria = await planner.get<{ successCriteria: SuccessCriterion[] }>(
        `/api/success-criteria?orgUnitId=${tenant.rootUnitId}`,
      );
      expect(criteria.body.successCriteria.find((c) => c.id === shared.id)?.name).toBe(
        'Trygg kommune',
      );
    });
  });

  describe('indicators', () => {
    let area: FocusArea;
    let criterion: SuccessCriterion;

    beforeAll(async () => {
      area = await createFocusArea(planner, 'Tjenester');
      criterion = await createCriterion(planner, area.id, tenant.rootUnitId, 'Fornøyde brukere');
    });

    it('keep every part of their definition as entered', async () => {
      const definition = percentDefinition({
        definition: 'Gjennomsnitt av spørsmål 1-5',
        purpose: 'Sier noe om brukernes opplevelse',
        weaknesses: 'Lav svarprosent',
        basis: {
          kind: 'question',
          questions: ['Hvor fornøyd er du med tilbudet?', 'Får du hjelp når du trenger det?'],
        },
        unitOfMeasure: 'score',
        scaleMin: 1,
        scaleMax: 6,
        decimals: 1,
        frequency: 'year',
        dataCapture: 'Kvalitetsrådgiver',
        publication: 'politicians',
      });
      const created = await planner.post<{ indicator: Indicator }>('/api/indicators', {
        code: 'BRU-01',
        name: 'Brukertilfredshet',
        focusAreaId: area.id,
        criterionIds: [criterion.id],
        unitIds: [sector.id],
        definition,
      });
      expect(created.status).toBe(201);
      const read = await planner.get<{ indicator: Indicator }>(
        `/api/indicators/${created.body.indicator.id}`,
      );
      expect(read.body.indicator).toMatchObject({
        code: 'BRU-01',
        name: 'Brukertilfredshet',
        focusAreaId: area.id,
        criterionIds: [criterion.id],
        ownerUnitId: tenant.rootUnitId,
        unitIds: [sector.id],
        definition,
      });
    });

    const invalid: [string, object, string][] = [
      ['a score without its scale', { unitOfMeasure: 'score' }, 'definition.scaleMin'],
      ['a scale upside down', { scaleMin: 6, scaleMax: 1 }, 'definition.scaleMax'],
      [
        'a ratio averaged up the tree',
        { valueType: 'ratio', unitAggregation: 'mean' },
        'definition.unitAggregation',
      ],
      [
        'a plain number as a ratio of sums',
        { unitAggregation: 'ratio_of_sums' },
        'definition.unitAggregation',
      ],
      ['too many decimals', { decimals: 7 }, 'definition.decimals'],
      ['an unknown direction', { direction: 'sideways' }, 'definition.direction'],
      ['an unknown frequency', { frequency: 'fortnight' }, 'definition.frequency'],
      [
        'a register basis without its system',
        { basis: { kind: 'register', system: '' } },
        'definition.basis.system',
      ],
    ];
    it.each(invalid)('are refused with %s, naming the field', async (_label, change, field) => {
      const response = await planner.post('/api/indicators', {
        code: `BAD-${field}`,
        name: 'Ugyldig',
        focusAreaId: area.id,
        criterionIds: [criterion.id],
        definition: { ...percentDefinition(), ...change },
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'validation_failed', field });
      const list = await planner.get<{ indicators: Indicator[] }>(`/api/indicators?q=BAD-`);
      expect(list.body.indicators).toEqual([]);
    });

    it('must support criteria of their own focus area', async () => {
      const otherArea = await createFocusArea(planner, 'Annet');
      const response = await planner.post('/api/indicators', {
        code: 'MIX-01',
        name: 'Blandet',
        focusAreaId: otherArea.id,
        criterionIds: [criterion.id],
        definition: percentDefinition(),
      });
      expect(response.body.error).toMatchObject({
        code: 'validation_failed',
        field: 'criterionIds',
      });
    });

    it('have codes unique in the municipality', async () => {
      await createIndicator(planner, {
        focusAreaId: area.id,
        criterionIds: [criterion.id],
        code: 'UNIK',
      });
      const again = await planner.post('/api/indicators', {
        code: 'UNIK',
        name: 'Kopi',
        focusAreaId: area.id,
        criterionIds: [criterion.id],
        definition: percentDefinition(),
      });
      expect(again.body.error).toMatchObject({ code: 'code_taken', field: 'code' });
    });

    it('keep each change as a version with the date it took effect and who made it', async () => {
      const indicator = await createIndicator(planner, {
        focusAreaId: area.id,
        criterionIds: [criterion.id],
        name: 'Sykefravær',
      });
      const changed = await planner.patch<{ indicator: Indicator }>(
        `/api/indicators/${indicator.id}`,
        {
          name: 'Sykefravær totalt',
          definition: percentDefinition({ definition: 'Tapte dagsverk / mulige dagsverk' }),
          effectiveFrom: '2026-01-01',
        },
      );
      expect(changed.body.indicator.name).toBe('Sykefravær totalt');

      const read = await planner.get<{ versions: IndicatorVersion[] }>(
        `/api/indicators/${indicator.id}`,
      );
      const [latest, first] = read.body.versions;
      expect(read.body.versions).toHaveLength(2);
      expect(latest).toMatchObject({ version: 2, effectiveFrom: '2026-01-01' });
      expect(latest?.snapshot.name).toBe('Sykefravær totalt');
      expect(latest?.changedBy?.name).toMatch(/^bruker/);
      expect(first?.snapshot.name).toBe('Sykefravær');
      expect(first?.snapshot.definition.definition).toBe('Andel av alle som svarte');
    });

    it('can be deleted while unused, but only archived once they have targets', async () => {
      const unused = await createIndicator(planner, {
        focusAreaId: area.id,
        criterionIds: [criterion.id],
      });
      expect((await planner.delete(`/api/indicators/${unused.id}`)).status).toBe(204);
      expect((await planner.get(`/api/indicators/${unused.id}`)).status).toBe(404);

      const used = await createIndicator(planner, {
        focusAreaId: area.id,
        criterionIds: [criterion.id],
      });
      await planner.send('PUT', '/api/targets', {
        validFrom: '2026',
        changes: [
          {
            indicatorId: used.id,
            orgUnitId: tenant.rootUnitId,
            values: { kind: 'value', target: 80, threshold: 70 },
          },
        ],
      });
      const refused = await planner.delete(`/api/indicators/${used.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('indicator_in_use');
      expect(refused.body.error.message).toContain('1 target');

      const archived = await planner.patch<{ indicator: Indicator }>(`/api/indicators/${used.id}`, {
        archived: true,
      });
      expect(archived.body.indicator.archivedAt).not.toBeNull();
      const active = await planner.get<{ indicators: Indicator[] }>('/api/indicators');
      expect(active.body.indicators.map((indicator) => indicator.id)).not.toContain(used.id);
    });

    it('are searched and filtered by focus area, criterion, unit, source and archive state', async () => {
      const filterArea = await createFocusArea(planner, 'Filtrering');
      const filterCriterion = await createCriterion(planner, filterArea.id, tenant.rootUnitId, 'F');
      const forSchool = await createIndicator(planner, {
        focusAreaId: filterArea.id,
        criterionIds: [filterCriterion.id],
        name: 'Elevundersøkelsen trivsel',
        unitIds: [school.id],
        definition: {
          basis: { kind: 'external_statistic', source: 'Udir', table: 'Elevundersøkelsen' },
        },
      });
      const forHealth = await createIndicator(planner, {
        focusAreaId: filterArea.id,
        criterionIds: [filterCriterion.id],
        name: 'Liggedøgn',
        unitIds: [otherSector.id],
      });
      const ids = async (query: string) =>
        (await planner.get<{ indicators: Indicator[] }>(`/api/indicators?${query}`)).body.indicators
          .map((indicator) => indicator.id)
          .sort();

      expect(await ids(`focusAreaId=${filterArea.id}`)).toEqual(
        [forSchool.id, forHealth.id].sort(),
      );
      expect(await ids(`criterionId=${filterCriterion.id}&q=trivsel`)).toEqual([forSchool.id]);
      expect(await ids(`focusAreaId=${filterArea.id}&orgUnitId=${school.id}`)).toEqual([
        forSchool.id,
      ]);
      expect(await ids(`focusAreaId=${filterArea.id}&basisKind=external_statistic`)).toEqual([
        forSchool.id,
      ]);
      await planner.patch(`/api/indicators/${forHealth.id}`, { archived: true });
      expect(await ids(`focusAreaId=${filterArea.id}&archived=archived`)).toEqual([forHealth.id]);
    });

    it('may only apply inside the owning unit’s subtree', async () => {
      const response = await sectorPlanner.post('/api/indicators', {
        code: 'SEK-01',
        name: 'Sektorens egen',
        focusAreaId: area.id,
        criterionIds: [criterion.id],
        ownerUnitId: sector.id,
        unitIds: [otherSector.id],
        definition: percentDefinition(),
      });
      expect(response.body.error).toMatchObject({ code: 'validation_failed', field: 'unitIds' });
    });
  });
});
