/**
 * The demo municipality that `npm start` creates, read back through the API: Løten kommune's
 * published figures on two of Sande kommune's units, the revision between Teknisk drift's two
 * publications, the municipality's value computed from its units, and the invented people.
 * Expected figures are checked against the source files' `raw` text as published.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../modules/actions/schemas.js';
import type { UnitResult } from '../modules/measurement/results.js';
import type { PlanDetail, PlanVersion } from '../modules/plans/schemas.js';
import type { HistoryEntry } from '../modules/measurement/entry.js';
import type { OrgUnit } from '../modules/organisation/service.js';
import type { Indicator } from '../modules/register/indicators.js';
import type { ScorecardStructure } from '../modules/register/structure.js';
import { ApiClient, databaseKinds, startTestApp, type TestApp } from '../testing/harness.js';
import { createDemo } from './createDemo.js';

const dataDir = path.resolve(import.meta.dirname, '../../../data');
const administrator = { email: 'admin@example.no', password: 'demo-passord-123' };
const laterPublication = 'https://www.loten.kommune.no/article40077-18822.html';

interface RawCell {
  period: string;
  raw: string;
}
interface RawRow {
  indicator: string;
  by_version?: { results: RawCell[] }[];
  results?: RawCell[];
}

/** A result cell exactly as the source file prints it, from its nth publication. */
function published(file: string, indicator: string, period: string, publication = 0): string {
  const source = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as {
    indicators: RawRow[];
  };
  const row = source.indicators.find((candidate) => candidate.indicator === indicator);
  const cells = row?.by_version?.[publication]?.results ?? row?.results ?? [];
  const cell = cells.find((candidate) => candidate.period === period);
  if (!cell) throw new Error(`${file} has no ${indicator} for ${period}`);
  return cell.raw;
}
const tekniskDrift = 'scorecard_loten_teknisk_drift_2013-2015.json';
const renhold = 'scorecard_loten_renholdsseksjonen_2013-2015.json';

const planOgUtvikling = 'Plan og utvikling';
const servicekontor = 'Servicekontor, økonomikontor og IKT';
const sande = 'Sande kommune';

describe.each(databaseKinds)('the demo municipality on %s', (kind) => {
  let test: TestApp;
  let admin: ApiClient;
  let units: OrgUnit[];
  let indicators: Indicator[];

  const unitId = (name: string) => {
    const unit = units.find((candidate) => candidate.name === name);
    if (!unit) throw new Error(`no unit ${name}`);
    return unit.id;
  };

  async function resultOf(unit: string, indicator: string, period: string): Promise<UnitResult> {
    const response = await admin.get<{ results: UnitResult[] }>(
      `/api/results?orgUnitId=${unitId(unit)}&period=${period}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const id = indicators.find((candidate) => candidate.name === indicator)?.id;
    const result = response.body.results.find((candidate) => candidate.indicatorId === id);
    if (!result) throw new Error(`${unit} has no result for ${indicator} in ${period}`);
    return result;
  }

  beforeAll(async () => {
    test = await startTestApp(kind);
    await createDemo(test.db, dataDir, administrator, pino({ level: 'silent' }));
    admin = await ApiClient.login(test.app, administrator.email, administrator.password);
    units = (await admin.get<{ units: OrgUnit[] }>('/api/org-units')).body.units;
    indicators = (await admin.get<{ indicators: Indicator[] }>('/api/indicators')).body.indicators;
  });
  afterAll(() => test.close());

  it('shows Løten’s published 78,1 % water supply for 2015 on Plan og utvikling, green against at least 77 %', async () => {
    const name = 'Andel av befolkningen med kommunal vannforsyning';
    expect(published(tekniskDrift, name, '2015', 1)).toBe('78,1%');

    const result = await resultOf(planOgUtvikling, name, '2015');

    expect(result.result).toMatchObject({ value: 78.1, computed: false });
    expect(result.target?.values).toEqual({ kind: 'value', target: 77, threshold: 69.3 });
    expect(result.target?.validFromPeriod).toBe('2015');
    expect(result.status).toBe('green');
  });

  it('reads a strict "> 0,6 %" target as at least 0,6 %, so a result of exactly 0,6 % is green', async () => {
    const name = 'Andel utskifting av vannledninger Løten vannverk gjennomsnitt siste 5 år';
    expect(published(tekniskDrift, name, '2015', 1)).toBe('0,6%');

    const result = await resultOf(planOgUtvikling, name, '2015');

    expect(result.result?.value).toBe(0.6);
    expect(result.status).toBe('green');
  });

  it('keeps a figure the later publication revised as a correction, with the first one in the history', async () => {
    const name = 'Sykefravær - egenmeldt';
    expect(published(tekniskDrift, name, '2014', 0)).toBe('0,71 %');
    expect(published(tekniskDrift, name, '2014', 1)).toBe('0,04%');

    const result = await resultOf(planOgUtvikling, name, '2014');
    expect(result.measurement?.current?.value).toBe(0.04);
    expect(result.measurement?.version).toBe(2);

    const history = await admin.get<{ history: HistoryEntry[] }>(
      `/api/measurements/${result.measurement?.id}/history`,
    );
    expect(history.body.history.map((entry) => entry.value)).toEqual([0.04, 0.71]);
    expect(history.body.history[0]?.comment).toContain('Retta frå 0,71 til 0,04');
    expect(history.body.history[0]?.comment).toContain(laterPublication);
    expect(history.body.history.map((entry) => entry.enteredBy?.name)).toEqual([
      'Ola Demo',
      'Ola Demo',
    ]);
  });

  it('enters a figure printed the same in both publications once', async () => {
    expect(published(tekniskDrift, 'Brukertilfredshet', '2014', 0)).toBe('5,0');
    expect(published(tekniskDrift, 'Brukertilfredshet', '2014', 1)).toBe('5');

    const result = await resultOf(planOgUtvikling, 'Brukertilfredshet', '2014');

    expect(result.measurement?.version).toBe(1);
    expect(result.measurement?.current?.value).toBe(5);
  });

  it('computes Sande kommune’s sick leave from its two units’ published figures, with coverage', async () => {
    const name = 'Sykefravær - egenmeldt';
    expect(published(renhold, name, '2014')).toBe('2,06 %');

    const year2014 = await resultOf(sande, name, '2014');
    expect(year2014.result?.computed).toBe(true);
    expect(year2014.result?.value).toBeCloseTo((0.04 + 2.06) / 2, 10);
    expect(year2014.result).toMatchObject({ covered: 2, total: 2 });
    expect(year2014.measurement).toBeNull();
    // Targets were published for the units only, so the municipality's value has no colour.
    expect(year2014.status).toBe('no_target');

    // Renholdsseksjonen's 2015 results are not in the material: one of two units reported.
    const year2015 = await resultOf(sande, name, '2015');
    expect(year2015.result).toMatchObject({ value: 0.5, computed: true, covered: 1, total: 2 });
  });

  it('leaves cells published blank, "-" or "Ikke målt" without a value', async () => {
    expect(published(renhold, 'Brukertilfredshet', '2013')).toBe('Ikke målt');
    expect(published(tekniskDrift, 'Brukertilfredshet', '2015', 1)).toBe('-');
    expect(published(tekniskDrift, 'Medarbeidertilfredshet', '2014', 0)).toBe('');

    for (const [unit, name, period] of [
      [servicekontor, 'Brukertilfredshet', '2013'],
      [planOgUtvikling, 'Brukertilfredshet', '2015'],
      [planOgUtvikling, 'Medarbeidertilfredshet', '2014'],
    ] as const) {
      const result = await resultOf(unit, name, period);
      expect(result.result, `${unit} ${name} ${period}`).toBeNull();
      expect(result.measurement?.current).toBeNull();
      expect(result.measurement?.dueDate).toBe(`${Number(period) + 1}-02-15`);
      expect(result.status).toBe('overdue');
    }
  });

  it('sets each scorecard’s own 2015 targets on its unit, and none before 2015', async () => {
    const satisfaction = 'Medarbeidertilfredshet';
    const onPlan = await resultOf(planOgUtvikling, satisfaction, '2015');
    const onService = await resultOf(servicekontor, satisfaction, '2015');
    expect(onPlan.target?.values).toMatchObject({ target: 4.6, threshold: 4.1 });
    expect(onService.target?.values).toMatchObject({ target: 5.3, threshold: 4.8 });
    expect((await resultOf(sande, satisfaction, '2015')).target).toBeNull();

    const earlier = await resultOf(servicekontor, 'Sykefravær – sykemeldt', '2013');
    expect(published(renhold, 'Sykefravær – sykemeldt', '2013')).toBe('8,69 %');
    expect(earlier.result?.value).toBe(8.69);
    expect(earlier.target).toBeNull();
    expect(earlier.status).toBe('no_target');
  });

  it('gives counts with target 0 a threshold of 1, and Økonomisk resultat a range of 98–102', async () => {
    const injuries = await resultOf(servicekontor, 'Antall skader', '2015');
    expect(injuries.target?.values).toEqual({ kind: 'value', target: 0, threshold: 1 });

    const economy = await resultOf(planOgUtvikling, 'Økonomisk resultat', '2015');
    expect(published(tekniskDrift, 'Økonomisk resultat', '2015', 1)).toBe('99,9%');
    expect(economy.target?.values).toEqual({ kind: 'range', low: 98, high: 102, tolerance: 2 });
    expect(economy.result?.value).toBe(99.9);
    expect(economy.status).toBe('green');
  });

  it('gives Plan og utvikling’s målekart the published focus areas with our success criteria', async () => {
    const structure = await admin.get<ScorecardStructure>(
      `/api/scorecard-structure?orgUnitId=${unitId(planOgUtvikling)}&period=2015`,
    );
    const boxes = structure.body.focusAreas.map((area) => [
      area.name,
      area.criteria.map((criterion) => criterion.name),
    ]);

    expect(boxes).toEqual([
      [
        'Tjenesteproduksjon',
        ['Nøgde brukarar', 'Trygg vassforsyning og avløp', 'Godt vedlikehaldne vegar'],
      ],
      ['Arbeidsmiljø', ['Lågt sjukefråvær', 'Nøgde medarbeidarar']],
      ['Økonomistyring', ['Drift innanfor budsjett']],
      ['Opplæring, kompetanseheving', []],
    ]);
    expect(structure.body.indicatorCount).toBe(11);
  });

  it('lets the invented people log in with the administrator’s password, each with one role', async () => {
    for (const [email, role, unit] of [
      ['kari.demo@example.no', 'planner', sande],
      ['ola.demo@example.no', 'reporter', planOgUtvikling],
      ['siri.demo@example.no', 'reader', sande],
    ] as const) {
      const person = await ApiClient.login(test.app, email, administrator.password);
      const me = await person.get<{ user: { grants: { role: string; orgUnitName: string }[] } }>(
        '/api/auth/me',
      );
      expect(me.body.user.grants).toEqual([expect.objectContaining({ role, orgUnitName: unit })]);
    }
  });

  it('puts invented 2015 actions and a submitted plan on Servicekontor, and none on Plan og utvikling', async () => {
    const actions = await admin.get<{ actions: Action[] }>(
      `/api/actions?orgUnitId=${unitId(servicekontor)}`,
    );
    const byTitle = new Map(actions.body.actions.map((action) => [action.title, action]));
    // In progress past its due date shows as delayed; the cancelled one stays, with its update.
    expect(byTitle.get('Kurs i ergonomi og trygg bruk av reinhaldsmaskiner')).toMatchObject({
      status: 'delayed',
      storedStatus: 'in_progress',
      link: { kind: 'criterion', name: 'Sikker arbeidsplass' },
    });
    expect(byTitle.get('Tett oppfølging av langtidssjukmelde')).toMatchObject({
      status: 'done',
      progress: 100,
      updateCount: 2,
      link: { kind: 'indicator', name: 'Sykefravær – sykemeldt' },
    });
    expect(byTitle.get('Eigen opplæringsplan for seksjonen')?.status).toBe('cancelled');
    expect(byTitle.get('Nytt reinhaldsprogram for rådhuset')?.link).toBeNull();

    const plans = await admin.get<{ plans: PlanVersion[] }>(
      `/api/plans?orgUnitId=${unitId(servicekontor)}&year=2015`,
    );
    const [plan] = plans.body.plans;
    expect(plan).toMatchObject({ status: 'submitted', submittedBy: { name: 'Kari Demo' } });
    const detail = await admin.get<PlanDetail>(`/api/plans/${plan?.id}`);
    expect(detail.body.sections.map((section) => section.text === '')).toEqual([
      false,
      false,
      false,
    ]);
    expect(detail.body.actions).toHaveLength(4);

    const none = await admin.get(`/api/plans?orgUnitId=${unitId(planOgUtvikling)}&year=2015`);
    expect(none.status).toBe(404);
    const noActions = await admin.get<{ actions: Action[] }>(
      `/api/actions?orgUnitId=${unitId(planOgUtvikling)}`,
    );
    expect(noActions.body.actions).toEqual([]);
  });

  it('builds everything through the services, so the change log names who did it', async () => {
    const events = await admin.get<{
      events: { actor: { name: string } | null; entityType: string; action: string }[];
    }>(`/api/audit?orgUnitId=${unitId(planOgUtvikling)}&limit=500`);
    const done = (entityType: string, action: string) =>
      events.body.events
        .filter((event) => event.entityType === entityType && event.action === action)
        .map((event) => event.actor?.name);

    expect(new Set(done('indicator', 'create'))).toEqual(new Set(['Kari Demo']));
    expect(done('measurement', 'correct')).toEqual(['Ola Demo', 'Ola Demo', 'Ola Demo']);
  });
});
