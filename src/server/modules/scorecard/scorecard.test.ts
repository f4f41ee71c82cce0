import ExcelJS from 'exceljs';
import { v7 as uuid } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CardRow,
  IndicatorTimeline,
  Scorecard,
  SubunitMatrix,
} from '#domain/scorecardView.js';
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
import { type QueryCounter, queryCounter, serviceContext } from '../../testing/serviceContext.js';
import { nowIso } from '../../time.js';
import type { Measurement } from '../measurement/entry.js';
import type { OrgUnit } from '../organisation/service.js';
import type { Indicator } from '../register/indicators.js';
import { childStatusCounts, getScorecard } from './service.js';

/**
 * A three-level organisation: the municipality, a sector, three units. Sick leave applies to
 * everyone with a municipal target that one unit overrides; user satisfaction is measured once
 * a year, so a tertial scorecard shows its latest year.
 */
describe.each(databaseKinds)('the scorecard on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let planner: ApiClient;
  let sector: OrgUnit;
  let nursingHome: OrgUnit;
  let homeCare: OrgUnit;
  let healthCentre: OrgUnit;
  let elsewhere: OrgUnit;
  let sickLeave: Indicator;
  let satisfaction: Indicator;
  let budget: Indicator;
  let healthyArea: string;
  let lowSickLeave: string;
  let economyArea: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    planner = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    sector = await createUnit(planner, tenant.rootUnitId, 'Helse og omsorg', 'sector');
    nursingHome = await createUnit(planner, sector.id, 'Sjukeheim');
    homeCare = await createUnit(planner, sector.id, 'Heimetenesta');
    healthCentre = await createUnit(planner, sector.id, 'Helsesenteret');
    elsewhere = await createUnit(planner, tenant.rootUnitId, 'Oppvekst', 'sector');

    healthyArea = (await createFocusArea(planner, 'Medarbeidarar')).id;
    economyArea = (await createFocusArea(planner, 'Økonomi')).id;
    lowSickLeave = (await createCriterion(planner, healthyArea, tenant.rootUnitId, 'Lågt fråvær'))
      .id;
    const happyUsers = (
      await createCriterion(planner, healthyArea, tenant.rootUnitId, 'Nøgde brukarar')
    ).id;
    sickLeave = await createIndicator(planner, {
      focusAreaId: healthyArea,
      criterionIds: [lowSickLeave, happyUsers],
      name: 'Sjukefråvær',
      definition: {
        valueType: 'ratio',
        unitAggregation: 'ratio_of_sums',
        periodAggregation: 'sum',
        direction: 'lower_is_better',
        decimals: 1,
      },
    });
    satisfaction = await createIndicator(planner, {
      focusAreaId: healthyArea,
      criterionIds: [happyUsers],
      name: 'Brukartilfredsheit',
      unitIds: [sector.id],
      definition: {
        unitOfMeasure: 'score',
        scaleMin: 1,
        scaleMax: 6,
        unitAggregation: 'mean',
        frequency: 'year',
        decimals: 1,
      },
    });
    const otherCriterion = (
      await createCriterion(planner, economyArea, elsewhere.id, 'Berre for oppvekst')
    ).id;
    budget = await createIndicator(planner, {
      focusAreaId: economyArea,
      criterionIds: [otherCriterion],
      name: 'Budsjettavvik',
      unitIds: [sector.id],
      definition: { unitAggregation: 'mean' },
    });

    const targets = await planner.send('PUT', '/api/targets', {
      validFrom: '2024',
      changes: [
        target(sickLeave, tenant.rootUnitId, 6, 8),
        target(sickLeave, nursingHome.id, 7, 9),
        target(satisfaction, sector.id, 4.5, 4),
      ],
    });
    expect(targets.status, JSON.stringify(targets.body)).toBe(200);

    await series(sickLeave, '2024-T1', '2025-T3', [nursingHome, homeCare, healthCentre]);
    await series(satisfaction, '2023', '2025', [nursingHome, homeCare]);
    await series(budget, '2025-T2', '2025-T2', [nursingHome]);

    // Sick leave: numerator days lost of denominator days possible, per unit and tertial.
    await enter([
      [sickLeave, nursingHome, '2024-T2', { numerator: 8, denominator: 100 }],
      [sickLeave, homeCare, '2024-T2', { numerator: 4, denominator: 100 }],
      [sickLeave, healthCentre, '2024-T2', { numerator: 3, denominator: 100 }],
      [sickLeave, nursingHome, '2025-T1', { numerator: 9, denominator: 100 }],
      [sickLeave, homeCare, '2025-T1', { numerator: 5, denominator: 100 }],
      [sickLeave, healthCentre, '2025-T1', { numerator: 4, denominator: 100 }],
      [sickLeave, nursingHome, '2025-T2', { numerator: 10, denominator: 100 }],
      [sickLeave, homeCare, '2025-T2', { numerator: 2, denominator: 300 }],
      [satisfaction, nursingHome, '2023', { value: 4.4 }],
      [satisfaction, homeCare, '2023', { value: 4.6 }],
      [satisfaction, nursingHome, '2024', { value: 4.8 }],
      [satisfaction, homeCare, '2024', { value: 4.4 }],
    ]);
    await enter([
      [
        sickLeave,
        nursingHome,
        '2025-T1',
        { numerator: 9, denominator: 100, comment: 'Langtidsfråvær i vinter' },
      ],
      [sickLeave, nursingHome, '2024-T2', { numerator: 8, denominator: 100, comment: 'Eldre' }],
    ]);
  });
  afterAll(() => test.close());

  const target = (indicator: Indicator, orgUnitId: string, goal: number, threshold: number) => ({
    indicatorId: indicator.id,
    orgUnitId,
    values: { kind: 'value', target: goal, threshold },
  });

  async function series(indicator: Indicator, from: string, to: string, units: OrgUnit[]) {
    const response = await planner.post('/api/measurement-points/series', {
      indicatorId: indicator.id,
      from,
      to,
      dueDaysAfterEnd: 15,
      unitIds: units.map((unit) => unit.id),
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  }

  async function enter(values: [Indicator, OrgUnit, string, object][]) {
    const measurements = new Map<string, Measurement>();
    for (const period of new Set(values.map(([, , key]) => key))) {
      const list = await planner.get<{ measurements: Measurement[] }>(
        `/api/measurements?orgUnitId=${sector.id}&periodKey=${period}&includeSubunits=true`,
      );
      for (const m of list.body.measurements) {
        measurements.set(`${m.indicatorId}/${m.orgUnitId}/${m.periodKey}`, m);
      }
    }
    const entries = values.map(([indicator, unit, period, value]) => {
      const measurement = measurements.get(`${indicator.id}/${unit.id}/${period}`);
      if (!measurement) throw new Error(`no measurement ${indicator.name} ${unit.name} ${period}`);
      return { measurementId: measurement.id, expectedVersion: measurement.version, ...value };
    });
    const response = await planner.post('/api/measurements/values', { entries });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  }

  const scorecard = async (unit: OrgUnit, period?: string, client = planner) =>
    client.get<Scorecard>(
      `/api/scorecard?orgUnitId=${unit.id}${period ? `&period=${period}` : ''}`,
    );

  const rowOf = (card: Scorecard, indicator: Indicator): CardRow => {
    for (const area of card.focusAreas) {
      for (const row of [...area.criteria.flatMap((c) => c.rows), ...area.otherRows]) {
        if (row.indicator.id === indicator.id) return row;
      }
    }
    throw new Error(`${indicator.name} is not on the scorecard`);
  };

  it('rolls sick leave up from the units as a ratio of sums, with coverage and trends', async () => {
    const response = await scorecard(sector, '2025-T2');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const row = rowOf(response.body, sickLeave);

    // 12 of 400 days: 3 %, from two of the three units.
    expect(row.outcome.periodKey).toBe('2025-T2');
    expect(row.outcome.result).toMatchObject({ computed: true, covered: 2, total: 3 });
    expect(row.outcome.result?.value).toBeCloseTo(3, 10);
    expect(row.outcome.status).toBe('green');
    expect(row.outcome.target).toMatchObject({
      values: { kind: 'value', target: 6, threshold: 8 },
      inheritedFrom: { id: tenant.rootUnitId, name: 'Testkommune' },
    });
    // 18 of 300 days (6 %) the tertial before; 15 of 300 (5 %) the same tertial last year.
    expect(row.previous).toMatchObject({
      periodKey: '2025-T1',
      trend: { movement: 'down', assessment: 'better' },
    });
    expect(row.previous?.value).toBeCloseTo(6, 10);
    expect(row.lastYear).toMatchObject({
      periodKey: '2024-T2',
      trend: { movement: 'down', assessment: 'better' },
    });
    expect(row.lastYear?.value).toBeCloseTo(5, 10);
    expect(row.sparkline.map((point) => point.periodKey)).toEqual([
      '2023-T3',
      '2024-T1',
      '2024-T2',
      '2024-T3',
      '2025-T1',
      '2025-T2',
    ]);
    expect(row.sparkline.map((point) => point.status)).toEqual([
      'not_measured',
      'not_measured',
      'green',
      'not_measured',
      'green',
      'green',
    ]);
    expect(row.latestAvailable).toBe(false);
  });

  it('rolls sick leave up two levels to the municipality, against its own target', async () => {
    const root = { id: tenant.rootUnitId } as OrgUnit;
    const card = (await scorecard(root, '2025-T2')).body;
    const row = rowOf(card, sickLeave);
    // The sector's 12 of 400 days again: the other sector reports none.
    expect(row.outcome.result).toMatchObject({ computed: true, covered: 2, total: 3 });
    expect(row.outcome.result?.value).toBeCloseTo(3, 10);
    expect(row.outcome.target).toMatchObject({ values: { target: 6 }, inheritedFrom: null });
    expect(row.outcome.status).toBe('green');
    expect(row.lastYear?.value).toBeCloseTo(5, 10);
    // The sector's indicators do not reach the municipality's own scorecard.
    expect(card.indicatorCount).toBe(1);
    expect(card.children.map((unit) => unit.name)).toEqual(['Helse og omsorg', 'Oppvekst']);
  });

  it('shows a yearly indicator on a tertial scorecard with its latest year', async () => {
    const row = rowOf((await scorecard(sector, '2025-T2')).body, satisfaction);
    expect(row.latestAvailable).toBe(true);
    expect(row.outcome.periodKey).toBe('2024');
    expect(row.outcome.result).toMatchObject({ value: 4.6, computed: true, covered: 2, total: 2 });
    expect(row.outcome.status).toBe('green');
    expect(row.outcome.target?.inheritedFrom).toBeNull();
    expect(row.previous).toMatchObject({
      periodKey: '2023',
      value: 4.5,
      trend: { movement: 'up', assessment: 'better' },
    });
  });

  it('groups indicators by focus area and criterion and counts each status', async () => {
    const card = (await scorecard(sector, '2025-T2')).body;
    expect(card.focusAreas.map((area) => area.name)).toEqual(['Medarbeidarar', 'Økonomi']);
    const [people, economy] = card.focusAreas;
    expect(people?.criteria.map((c) => [c.name, c.rows.map((r) => r.indicator.name)])).toEqual([
      ['Lågt fråvær', ['Sjukefråvær']],
      ['Nøgde brukarar', ['Sjukefråvær', 'Brukartilfredsheit']],
    ]);
    // Sick leave sits under two criteria but counts once in its area.
    expect(people?.counts).toMatchObject({ green: 2, red: 0, not_measured: 0 });
    expect(people?.criteria[1]?.counts).toMatchObject({ green: 2 });
    // Budget supports only another sector's criterion, so it is shown apart.
    expect(economy?.criteria).toEqual([]);
    expect(economy?.otherRows.map((row) => row.indicator.name)).toEqual(['Budsjettavvik']);
    expect(card.counts).toMatchObject({ green: 2, not_measured: 1, overdue: 0 });
    expect(card.indicatorCount).toBe(3);
    expect(card.unit.name).toBe('Helse og omsorg');
    expect(card.ancestors.map((unit) => unit.name)).toEqual(['Testkommune']);
    expect(card.children.map((unit) => unit.name)).toEqual([
      'Sjukeheim',
      'Heimetenesta',
      'Helsesenteret',
    ]);
  });

  it('shows a unit its own target, its own value and its latest comment', async () => {
    const card = (await scorecard(nursingHome, '2025-T2')).body;
    const row = rowOf(card, sickLeave);
    expect(row.outcome.result).toMatchObject({ value: 10, computed: false });
    expect(row.outcome.target).toMatchObject({ values: { target: 7 }, inheritedFrom: null });
    expect(row.outcome.status).toBe('red');
    expect(row.comment).toMatchObject({ periodKey: '2025-T1', text: 'Langtidsfråvær i vinter' });
    expect(row.comment?.author).toBeTruthy();
    expect(row.redWithoutAction).toBe(true);
    expect(card.ancestors.map((unit) => unit.name)).toEqual(['Testkommune', 'Helse og omsorg']);
  });

  it('counts an action on the indicator, so a red result is no longer flagged', async () => {
    const now = nowIso();
    const action = {
      tenant_id: tenant.tenantId,
      org_unit_id: nursingHome.id,
      description: '',
      responsible_user_id: null,
      start_date: '2025-05-01',
      due_date: '2099-12-31',
      status: 'in_progress',
      progress: 20,
      cost: null,
      focus_area_id: null,
      criterion_id: null,
      measurement_id: null,
      version: 1,
      created_by: tenant.admin.id,
      created_at: now,
      updated_at: now,
    };
    await test.db
      .insertInto('action')
      .values([
        {
          ...action,
          id: uuid(),
          title: 'Tett oppfølging av langtidssjukemelde',
          link_kind: 'indicator',
          indicator_id: sickLeave.id,
        },
        {
          ...action,
          id: uuid(),
          title: 'Avlyst tiltak',
          status: 'cancelled',
          link_kind: 'indicator',
          indicator_id: sickLeave.id,
        },
        {
          ...action,
          id: uuid(),
          title: 'Senere tiltak',
          start_date: '2026-01-01',
          link_kind: 'indicator',
          indicator_id: sickLeave.id,
        },
        {
          ...action,
          id: uuid(),
          title: 'Ferdig i fjor',
          start_date: '2024-09-01',
          due_date: '2024-12-31',
          status: 'done',
          link_kind: 'indicator',
          indicator_id: sickLeave.id,
        },
        {
          ...action,
          id: uuid(),
          title: 'Fagdag om nærvær',
          due_date: '2020-01-01',
          link_kind: 'focus_area',
          indicator_id: null,
          focus_area_id: healthyArea,
        },
      ])
      .execute();

    const card = (await scorecard(nursingHome, '2025-T2')).body;
    const row = rowOf(card, sickLeave);
    // The follow-up and the later action; not the cancelled one, nor last year's finished one.
    expect(row.actionCount).toBe(2);
    expect(row.redWithoutAction).toBe(false);
    const byTitle = new Map(card.actions.map((a) => [a.title, a]));
    expect(byTitle.has('Avlyst tiltak')).toBe(false);
    // One finished before the tertial answered an earlier result; one starting later answers
    // this one, as actions follow the results they deal with.
    expect(byTitle.has('Ferdig i fjor')).toBe(false);
    expect(byTitle.has('Senere tiltak')).toBe(true);
    const lastAutumn = (await scorecard(nursingHome, '2024-T3')).body;
    expect(lastAutumn.actions.map((a) => a.title)).toContain('Ferdig i fjor');
    expect(byTitle.get('Tett oppfølging av langtidssjukemelde')).toMatchObject({
      status: 'in_progress',
      link: { kind: 'indicator', id: sickLeave.id },
      orgUnit: { id: nursingHome.id, name: 'Sjukeheim' },
    });
    // Past its due date and not done: shown as delayed.
    expect(byTitle.get('Fagdag om nærvær')?.status).toBe('delayed');
    // The sector sees its units' actions too; the other sector does not.
    const sectorCard = (await scorecard(sector, '2025-T2')).body;
    expect(sectorCard.actions.map((a) => a.title)).toContain('Fagdag om nærvær');
    const otherCard = (await scorecard(elsewhere, '2025-T2')).body;
    expect(otherCard.actions).toEqual([]);
  });

  it('opens on the latest period with results when none is asked for', async () => {
    const card = (await scorecard(sector)).body;
    expect(card.period).toMatchObject({ key: '2025-T2', kind: 'tertial' });
    expect(card.periodOptions).toContain('2025-T2');
    expect(card.periodOptions).toContain('2024');
  });

  it('lays the units side by side for the period', async () => {
    const response = await planner.get<SubunitMatrix>(
      `/api/scorecard/matrix?orgUnitId=${sector.id}&period=2025-T2`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const matrix = response.body;
    expect(matrix.units.map((unit) => unit.name)).toEqual([
      'Sjukeheim',
      'Heimetenesta',
      'Helsesenteret',
    ]);
    const cell = (unit: OrgUnit, indicator: Indicator) =>
      matrix.cells.find((c) => c.orgUnitId === unit.id && c.indicatorId === indicator.id);
    expect(cell(nursingHome, sickLeave)).toMatchObject({ status: 'red', result: { value: 10 } });
    expect(cell(homeCare, sickLeave)?.status).toBe('green');
    // The health centre's 2025-T2 value was due in September 2025 and never came.
    expect(cell(healthCentre, sickLeave)?.status).toBe('overdue');
    expect(cell(healthCentre, satisfaction)?.result).toBeNull();
    // Measured once a year: the tertial shows the latest year, as the unit's own scorecard does.
    expect(cell(nursingHome, satisfaction)).toMatchObject({
      periodKey: '2024',
      result: { value: 4.8 },
    });
  });

  it('follows one indicator over time on the unit and each subunit', async () => {
    const response = await planner.get<IndicatorTimeline>(
      `/api/scorecard/indicator?orgUnitId=${sector.id}&indicatorId=${sickLeave.id}&period=2025-T2`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const timeline = response.body;
    expect(timeline.periods).toHaveLength(12);
    expect(timeline.periods.at(-1)).toBe('2025-T2');
    expect(timeline.indicator.scale).toBeNull();
    expect(timeline.periods[0]).toBe('2021-T3');
    const value = (key: string) =>
      timeline.series.find((point) => point.periodKey === key)?.result?.value;
    expect(value('2025-T1')).toBeCloseTo(6, 10);
    expect(timeline.subunits.map((s) => s.unit.name)).toEqual([
      'Sjukeheim',
      'Heimetenesta',
      'Helsesenteret',
    ]);
    expect(timeline.subunits[0]?.series.at(-1)?.result?.value).toBe(10);
    expect(timeline.comments.map((c) => [c.periodKey, c.text])).toEqual([
      ['2024-T2', 'Eldre'],
      ['2025-T1', 'Langtidsfråvær i vinter'],
    ]);
    // Every action on the indicator but those finished before the twelve tertials shown.
    expect(timeline.actions.map((a) => a.title)).toEqual([
      'Ferdig i fjor',
      'Tett oppfølging av langtidssjukemelde',
      'Senere tiltak',
    ]);
  });

  it('gives a score’s timeline its scale, for the chart’s axis', async () => {
    const response = await planner.get<IndicatorTimeline>(
      `/api/scorecard/indicator?orgUnitId=${sector.id}&indicatorId=${satisfaction.id}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.indicator.scale).toEqual({ min: 1, max: 6 });
  });

  it('exports the scorecard to Excel with values, targets and status in words', async () => {
    const response = await test.app.inject({
      method: 'GET',
      url: `/api/scorecard/export.xlsx?orgUnitId=${sector.id}&period=2025-T2`,
      headers: { cookie: planner.cookieHeader },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.[0]).toBe('Styringskort for Helse og omsorg, 2025-T2');
    expect(rows[1]?.slice(0, 10)).toEqual([
      'Fokusområde',
      'Suksesskriterium',
      'Kode',
      'Indikator',
      'Måleenhet',
      'Periode',
      'Resultat',
      'Mål',
      'Grense / toleranse',
      'Status',
    ]);
    const sick = rows.find((row) => row[3] === 'Sjukefråvær' && row[1] === 'Lågt fråvær');
    expect(sick?.slice(4, 13)).toEqual([
      'Prosent',
      '2025-T2',
      3,
      6,
      8,
      'Nådd',
      6,
      5,
      'beregnet, 2 av 3; arvet fra Testkommune',
    ]);
    const yearly = rows.find((row) => row[3] === 'Brukartilfredsheit');
    expect(yearly?.[5]).toBe('2024');
  });

  it('answers a unit outside the reader’s reach as not found, and a bad period as invalid', async () => {
    const reader = await loginWithRole(planner, test.app, {
      orgUnitId: elsewhere.id,
      role: 'reader',
    });
    expect((await scorecard(sector, '2025-T2', reader)).status).toBe(404);
    expect((await scorecard(elsewhere, '2025-T2', reader)).status).toBe(200);
    const bad = await planner.get(`/api/scorecard?orgUnitId=${sector.id}&period=2025-T9`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation_failed', field: 'period' });
    const elsewhereTimeline = await planner.get(
      `/api/scorecard/indicator?orgUnitId=${elsewhere.id}&indicatorId=${satisfaction.id}`,
    );
    expect(elsewhereTimeline.status).toBe(409);
    expect(elsewhereTimeline.body.error).toMatchObject({
      code: 'not_applicable',
      field: 'indicatorId',
    });
  });

  const asAdmin = (counter?: QueryCounter) =>
    serviceContext(test, { tenantId: tenant.tenantId, userId: tenant.admin.id }, counter);

  it('reads any unit’s scorecard in the same number of queries, whatever it holds', async () => {
    const counter = queryCounter();
    const counts: number[] = [];
    // From the municipality with one indicator to the sector with three and three subunits.
    for (const unit of [tenant.rootUnitId, sector.id, nursingHome.id, elsewhere.id]) {
      const ctx = await asAdmin(counter);
      counter.reset();
      await getScorecard(ctx, unit, '2025-T2');
      counts.push(counter.count);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
  });

  it('counts each subunit’s statuses as its own scorecard does, in one read', async () => {
    // An indicator of Heimetenesta alone: on its own scorecard, not on the sector's.
    const visits = await createIndicator(planner, {
      focusAreaId: healthyArea,
      criterionIds: [lowSickLeave],
      name: 'Besøk per dag',
      unitIds: [homeCare.id],
      definition: { frequency: 'tertial', unitAggregation: 'sum' },
    });
    const set = await planner.send('PUT', '/api/targets', {
      validFrom: '2025',
      changes: [target(visits, homeCare.id, 40, 30)],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    await series(visits, '2025-T2', '2025-T2', [homeCare]);
    await enter([[visits, homeCare, '2025-T2', { value: 12 }]]);

    const ctx = await asAdmin();
    const byChild = await childStatusCounts(ctx, sector.id, '2025-T2');
    expect([...byChild.keys()].sort()).toEqual(
      [nursingHome.id, homeCare.id, healthCentre.id].sort(),
    );
    for (const child of [nursingHome, homeCare, healthCentre]) {
      const own = await getScorecard(ctx, child.id, '2025-T2');
      expect(byChild.get(child.id), child.name).toEqual(own.counts);
    }
    expect(byChild.get(homeCare.id)?.red).toBe(1);

    const counter = queryCounter();
    await childStatusCounts(await asAdmin(counter), sector.id, '2025-T2');
    const forThree = counter.count;
    await createUnit(planner, sector.id, 'Legevakta');
    counter.reset();
    const forFour = await childStatusCounts(await asAdmin(counter), sector.id, '2025-T2');
    expect(forFour.size).toBe(4);
    expect(counter.count).toBe(forThree);
  });
});

/** An inspection made on single dates, each unit on its own day. */
describe.each(databaseKinds)('an indicator measured on single dates, on %s', (kind) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(() => test.close());

  it("shows each subunit's own latest date in the matrix, never a sibling's", async () => {
    const tenant = await seedTenant(test.db);
    const admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    const sector = await createUnit(admin, tenant.rootUnitId, 'Teknisk', 'sector');
    const early = await createUnit(admin, sector.id, 'Vatn');
    const late = await createUnit(admin, sector.id, 'Avløp');
    const unplanned = await createUnit(admin, sector.id, 'Renovasjon');
    const area = await createFocusArea(admin, 'Tryggleik');
    const criterion = await createCriterion(admin, area.id, tenant.rootUnitId, 'Trygge anlegg');
    const inspection = await createIndicator(admin, {
      focusAreaId: area.id,
      criterionIds: [criterion.id],
      unitIds: [sector.id],
      definition: { frequency: 'single_date', unitAggregation: 'mean' },
    });
    for (const [unit, date] of [
      [early, '2025-03-10'],
      [late, '2025-04-20'],
    ] as const) {
      const planned = await admin.post('/api/measurement-points/series', {
        indicatorId: inspection.id,
        from: date,
        to: date,
        dueDaysAfterEnd: 15,
        unitIds: [unit.id],
      });
      expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    }
    const list = await admin.get<{ measurements: Measurement[] }>(
      `/api/measurements?orgUnitId=${sector.id}&periodKey=2025-03-10&includeSubunits=true`,
    );
    const [measured] = list.body.measurements;
    const entered = await admin.post('/api/measurements/values', {
      entries: [{ measurementId: measured?.id, expectedVersion: measured?.version, value: 92 }],
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(200);

    const matrix = await admin.get<SubunitMatrix>(
      `/api/scorecard/matrix?orgUnitId=${sector.id}&period=2025`,
    );
    expect(matrix.status, JSON.stringify(matrix.body)).toBe(200);
    const cellOf = (unit: OrgUnit) => matrix.body.cells.find((c) => c.orgUnitId === unit.id);
    expect(cellOf(early)).toMatchObject({ periodKey: '2025-03-10', result: { value: 92 } });
    // Avløp's inspection on 20 April is overdue: its own date, not Vatn's 10 March.
    expect(cellOf(late)?.periodKey).toBe('2025-04-20');
    // Renovasjon has no inspection planned: no date to show, and none borrowed.
    expect(cellOf(unplanned)).toMatchObject({ periodKey: '2025', result: null });
  });
});
