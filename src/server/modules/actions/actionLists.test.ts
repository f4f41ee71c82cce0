import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from '../../testing/harness.js';
import { type QueryCounter, queryCounter, serviceContext } from '../../testing/serviceContext.js';
import type { Action } from './schemas.js';
import { linkedActionsOfUnits, listActions } from './service.js';
import { type World, buildWorld, createAction, futureDate } from './testWorld.js';

const thisYear = new Date().toISOString().slice(0, 4);

describe.each(databaseKinds)('lists of actions on %s', (kind) => {
  let test: TestApp;
  let world: World;
  let responsibleId: string;
  /** The actions of these tests by a short name. */
  const made = new Map<string, Action>();

  beforeAll(async () => {
    test = await startTestApp(kind);
    world = await buildWorld(test);
    const me = await world.users.reporterOfSector.get<{ user: { id: string } }>('/api/auth/me');
    responsibleId = me.body.user.id;
    const { units, indicators, measurements, focusArea, criteria } = world;
    const specs: [string, Record<string, unknown>][] = [
      [
        'overdue',
        {
          orgUnitId: units.unitA.id,
          status: 'in_progress',
          startDate: '2019-10-01',
          dueDate: '2020-03-01',
          responsibleUserId: responsibleId,
          progress: 30,
          cost: 25000,
          link: { kind: 'indicator', id: indicators.sector.id },
        },
      ],
      [
        'doneLate',
        {
          orgUnitId: units.department.id,
          status: 'done',
          startDate: '2020-05-01',
          dueDate: '2020-12-31',
          responsibleUserId: responsibleId,
          link: { kind: 'measurement', id: measurements.sectorOfDepartment.id },
        },
      ],
      [
        'setDelayed',
        {
          orgUnitId: units.unitB.id,
          status: 'delayed',
          startDate: '2021-01-01',
          dueDate: futureDate,
          link: { kind: 'focus_area', id: focusArea.id },
        },
      ],
      ['alone', { orgUnitId: units.unitA.id }],
      ['backdated', { orgUnitId: units.unitA.id, status: 'cancelled', dueDate: '2020-01-01' }],
      [
        'elsewhere',
        {
          orgUnitId: units.elsewhere.id,
          cost: 1250.5,
          link: { kind: 'criterion', id: criteria.other.id },
        },
      ],
    ];
    for (const [name, body] of specs) {
      made.set(name, await createAction(world.admin, { title: name, ...body }));
    }
  });
  afterAll(() => test.close());

  /** The names of the listed actions, in the order listed. */
  const listed = async (query: string, client = world.admin) => {
    const response = await client.get<{ actions: Action[] }>(`/api/actions?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.actions.map((action) => action.title);
  };

  it('lists a unit’s own actions, or with its subunits, due first and undated last', async () => {
    expect(await listed(`orgUnitId=${world.units.unitA.id}`)).toEqual([
      'backdated',
      'overdue',
      'alone',
    ]);
    expect(await listed(`orgUnitId=${world.units.unitA.id}&includeSubunits=true`)).toEqual([
      'backdated',
      'overdue',
      'doneLate',
      'alone',
    ]);
    expect(await listed(`orgUnitId=${world.units.sector.id}&includeSubunits=true`)).toEqual([
      'backdated',
      'overdue',
      'doneLate',
      'setDelayed',
      'alone',
    ]);
  });

  it('lists every action the caller reads when no unit is named', async () => {
    const seen = await listed('', world.users.readerOfSector);
    expect(seen).toEqual(expect.arrayContaining(['overdue', 'doneLate', 'setDelayed']));
    expect(seen).not.toContain('elsewhere');
    expect(await listed('')).toContain('elsewhere');
  });

  it('refuses to list a unit out of reach', async () => {
    const response = await world.users.readerOfSector.get(
      `/api/actions?orgUnitId=${world.units.elsewhere.id}`,
    );
    expect(response.status).toBe(404);
  });

  it('filters by the status shown, so delayed finds the overdue and those set so', async () => {
    const all = `orgUnitId=${world.units.sector.id}&includeSubunits=true`;
    expect(await listed(`${all}&status=delayed`)).toEqual(['overdue', 'setDelayed']);
    expect(await listed(`${all}&status=in_progress`)).toEqual([]);
    expect(await listed(`${all}&status=done`)).toEqual(['doneLate']);
    expect(await listed(`${all}&overdue=true`)).toEqual(['overdue']);
  });

  it('filters by what an action links to', async () => {
    const all = `orgUnitId=${world.tenant.rootUnitId}&includeSubunits=true`;
    expect(await listed(`${all}&linkKind=measurement`)).toEqual(['doneLate']);
    expect(await listed(`${all}&linkKind=none`)).toEqual(['backdated', 'alone']);
    expect(await listed(`${all}&linkId=${world.indicators.sector.id}`)).toEqual(['overdue']);
    expect(await listed(`${all}&linkKind=criterion&linkId=${world.criteria.other.id}`)).toEqual([
      'elsewhere',
    ]);
  });

  it('filters by the responsible person', async () => {
    expect(await listed(`responsibleUserId=${responsibleId}`)).toEqual(['overdue', 'doneLate']);
  });

  it('filters by the years an action spans', async () => {
    expect(await listed('year=2019')).toEqual(['overdue']);
    expect(await listed('year=2020')).toEqual(['backdated', 'overdue', 'doneLate']);
    expect(await listed('year=2022')).toEqual(['setDelayed']);
    expect(await listed(`year=${thisYear}`)).toEqual(['setDelayed', 'alone', 'elsewhere']);
  });

  it('refuses a filter it does not know', async () => {
    const response = await world.admin.get('/api/actions?colour=red');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });

  describe('in Excel', () => {
    const download = async (query: string) => {
      const response = await test.app.inject({
        method: 'GET',
        url: `/api/actions/export.xlsx?${query}`,
        headers: { cookie: world.admin.cookieHeader },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      return workbook.worksheets[0] as ExcelJS.Worksheet;
    };
    const texts = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).slice(1);

    it('lists the same actions in bokmål, statuses in words and dates as dates', async () => {
      const sheet = await download(
        `orgUnitId=${world.units.unitA.id}&includeSubunits=true&locale=nb`,
      );
      expect(sheet.name).toBe('Tiltak');
      expect(texts(sheet.getRow(1))).toEqual([
        'Tiltak',
        'Beskrivelse',
        'Enhet',
        'Ansvarlig',
        'Start',
        'Frist',
        'Status',
        'Framdrift (%)',
        'Kostnad (kr)',
        'Koblingstype',
        'Knyttet til',
        'Oppdateringer',
      ]);
      expect(sheet.rowCount).toBe(5);
      const overdue = sheet.getRow(3);
      expect(overdue.getCell(1).value).toBe('overdue');
      expect(overdue.getCell(3).value).toBe('Sjukeheim');
      expect(overdue.getCell(5).value).toEqual(new Date('2019-10-01T00:00:00Z'));
      expect(overdue.getCell(6).value).toEqual(new Date('2020-03-01T00:00:00Z'));
      expect(overdue.getCell(6).numFmt).toBe('dd.mm.yyyy');
      expect(overdue.getCell(7).value).toBe('Forsinket');
      expect(overdue.getCell(8).value).toBe(30);
      expect(overdue.getCell(9).value).toBe(25000);
      expect(overdue.getCell(9).numFmt).toBe('#,##0');
      expect(overdue.getCell(10).value).toBe('Indikator');
      expect(overdue.getCell(11).value).toBe('Brukertilfredshet');
      const doneLate = sheet.getRow(4);
      expect(doneLate.getCell(7).value).toBe('Fullført');
      expect(doneLate.getCell(11).value).toBe('Brukertilfredshet 2026');
      expect(sheet.getRow(5).getCell(6).value).toBeNull();
    });

    it('writes a cost with øre to two decimals', async () => {
      const sheet = await download(`orgUnitId=${world.units.elsewhere.id}`);
      expect(sheet.getRow(2).getCell(9).value).toBe(1250.5);
      expect(sheet.getRow(2).getCell(9).numFmt).toBe('#,##0.00');
    });

    it('writes English on request and keeps the filters', async () => {
      const sheet = await download(
        `orgUnitId=${world.units.sector.id}&includeSubunits=true&status=delayed&locale=en`,
      );
      expect(sheet.name).toBe('Actions');
      expect(sheet.getRow(1).getCell(1).value).toBe('Action');
      expect(sheet.rowCount).toBe(3);
      expect(sheet.getRow(2).getCell(7).value).toBe('Delayed');
      expect(sheet.getRow(3).getCell(10).value).toBe('Focus area');
    });
  });

  describe('read by other modules', () => {
    const contextFor = (counter?: QueryCounter) =>
      serviceContext(
        test,
        { tenantId: world.tenant.tenantId, userId: world.tenant.admin.id },
        counter,
      );

    it('gives the scorecard the linked actions of units, status as shown', async () => {
      const ctx = await contextFor();
      const actions = await linkedActionsOfUnits(ctx, [
        world.units.unitA.id,
        world.units.department.id,
      ]);
      expect(actions.map((action) => action.title)).toEqual(['overdue', 'doneLate']);
      expect(actions[0]).toMatchObject({
        status: 'delayed',
        progress: 30,
        orgUnit: { id: world.units.unitA.id, name: 'Sjukeheim' },
        link: { kind: 'indicator', id: world.indicators.sector.id },
      });
      expect(actions[1]?.link).toEqual({
        kind: 'measurement',
        id: world.measurements.sectorOfDepartment.id,
        indicatorId: world.indicators.sector.id,
        periodKey: '2026',
      });
      expect(await linkedActionsOfUnits(ctx, [])).toEqual([]);
    });

    it('reads a list in the same number of queries however many actions it holds', async () => {
      const counter = queryCounter();
      const filter = {
        orgUnitId: world.units.sector.id,
        includeSubunits: true,
        overdue: false,
      };
      await listActions(await contextFor(counter), filter);
      const before = counter.count;
      expect(before).toBeGreaterThan(0);

      for (const measurement of [world.measurements.sectorOfA, world.measurements.sectorOfB]) {
        const action = await createAction(world.admin, {
          orgUnitId: measurement.orgUnitId,
          title: 'Flere',
          link: { kind: 'measurement', id: measurement.id },
          responsibleUserId: responsibleId,
        });
        await world.admin.post(`/api/actions/${action.id}/updates`, { text: 'Oppdatert' });
      }
      counter.reset();
      const more = await listActions(await contextFor(counter), filter);
      expect(more.filter((action) => action.title === 'Flere')).toHaveLength(2);
      expect(counter.count).toBe(before);
    });
  });
});
