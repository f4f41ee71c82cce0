import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardRow, Scorecard } from '#domain/scorecardView.js';
import {
  databaseKinds,
  startTestApp,
  type ErrorReply,
  type TestApp,
} from '../../testing/harness.js';
import { createUnit } from '../../testing/factories.js';
import { queryCounter, serviceContext } from '../../testing/serviceContext.js';
import type { PlanDetail, PlanSection, PlanVersion } from './schemas.js';
import { getPlan } from './service.js';
import {
  type PlanWorld,
  buildPlanWorld,
  createPlan,
  readPlan,
  sectionsOf,
  step,
  valueTarget,
  writeText,
} from './testWorld.js';

const rowsOf = (card: Scorecard): CardRow[] =>
  card.focusAreas.flatMap((area) => [
    ...area.criteria.flatMap((criterion) => criterion.rows),
    ...area.otherRows,
  ]);

const rowNamed = (card: Scorecard, code: string) =>
  rowsOf(card).find((row) => row.indicator.code === code) as CardRow;

const titles = (detail: PlanDetail) => detail.actions.map((action) => action.title);

describe.each(databaseKinds)('business plans on %s', (kind) => {
  let test: TestApp;
  let world: PlanWorld;
  let sections: PlanSection[];

  beforeAll(async () => {
    test = await startTestApp(kind);
    world = await buildPlanWorld(test);
    sections = await sectionsOf(world.users.reader);
  });
  afterAll(() => test.close());

  const section = (title: string) => sections.find((s) => s.title === title) as PlanSection;

  it('gives a municipality without sections of its own the three default ones', () => {
    expect(sections.map((s) => s.title)).toEqual([
      'Om enheten',
      'Hovedutfordringer',
      'Prioriteringer',
    ]);
  });

  it('goes from draft to submitted to approved, and refuses every change once approved', async () => {
    const { reporter, planner } = world.users;
    const plan = await createPlan(reporter, world.units.nursingHome.id, 2026);
    expect(plan).toMatchObject({ versionNumber: 1, status: 'draft', isLatest: true, year: 2026 });

    const about = section('Om enheten').id;
    const written = await writeText(
      reporter,
      plan.id,
      about,
      '## Oppdrag\n\nVi gir **gode** tjenester.',
    );
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect(written.body.section.version).toBe(1);
    expect(written.body.section.updatedBy?.name).toBeTruthy();

    // Someone who opened the empty section before this write is told so, not overwritten.
    const stale = await writeText(reporter, plan.id, about, 'Annen tekst');
    expect(stale.status).toBe(409);
    expect((stale.body as unknown as ErrorReply).error.code).toBe('stale_write');

    const draft = await readPlan(reporter, plan.id);
    expect(draft.live).toBe(true);
    expect(draft.sections.map((s) => [s.title, s.text])).toEqual([
      ['Om enheten', '## Oppdrag\n\nVi gir **gode** tjenester.'],
      ['Hovedutfordringer', ''],
      ['Prioriteringer', ''],
    ]);
    expect(rowNamed(draft.scorecard, 'BT1').outcome).toMatchObject({
      status: 'green',
      result: { value: 87.5 },
    });
    // The unit's own actions for the year and those left open before it; not the finished one.
    expect(titles(draft)).toEqual(['Opplæring i journalføring', 'Kartlegge ventetid']);

    expect((await step(reporter, plan.id, 'submit')).status).toBe('submitted');
    const whileSubmitted = await writeText(reporter, plan.id, about, 'Endring', 1);
    expect(whileSubmitted.status).toBe(409);
    expect((whileSubmitted.body as unknown as ErrorReply).error.code).toBe('plan_locked');

    const approved = await step(planner, plan.id, 'approve');
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy?.name).toBeTruthy();
    expect(approved.approvedAt).not.toBeNull();

    for (const refused of [
      await writeText(reporter, plan.id, about, 'Etter godkjenning', 1),
      await writeText(planner, plan.id, about, 'Etter godkjenning', 1),
      await reporter.post(`/api/plans/${plan.id}/submit`),
      await planner.post(`/api/plans/${plan.id}/approve`),
      await planner.post(`/api/plans/${plan.id}/reopen`),
    ]) {
      expect(refused.status).toBe(409);
      expect((refused.body as unknown as ErrorReply).error.code).toBe('plan_locked');
    }
    const after = await readPlan(reporter, plan.id);
    expect(after.sections[0]?.text).toBe('## Oppdrag\n\nVi gir **gode** tjenester.');
  });

  it('keeps an approved version as it was after the register, targets and actions change, while the next version reads them live', async () => {
    const { reporter, planner } = world.users;
    const { satisfaction } = world.indicators;
    const [approved] = (
      await reporter.get<{ plans: PlanVersion[] }>(
        `/api/plans?orgUnitId=${world.units.nursingHome.id}&year=2026`,
      )
    ).body.plans;
    expect(approved?.status).toBe('approved');
    const before = await readPlan(reporter, approved?.id as string);

    const renamed = await world.admin.patch(`/api/indicators/${satisfaction.id}`, {
      name: 'Brukertilfredshet (ny måte)',
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const retargeted = await world.admin.send('PUT', '/api/targets', {
      validFrom: '2026',
      changes: [
        {
          indicatorId: satisfaction.id,
          orgUnitId: world.units.sector.id,
          values: valueTarget(90, 88),
        },
      ],
    });
    expect(retargeted.status, JSON.stringify(retargeted.body)).toBe(200);
    const retitled = await world.admin.patch(`/api/actions/${world.actions.thisYear.id}`, {
      title: 'Kartlegge ventetid og bemanning',
      version: world.actions.thisYear.version,
    });
    expect(retitled.status, JSON.stringify(retitled.body)).toBe(200);

    const still = await readPlan(reporter, approved?.id as string);
    expect(still.live).toBe(false);
    expect(still.asOf).toBe(before.asOf);
    expect(still.scorecard).toEqual(before.scorecard);
    expect(still.actions).toEqual(before.actions);
    const keptRow = rowNamed(still.scorecard, 'BT1');
    expect(keptRow.indicator.name).toBe('Brukertilfredshet');
    expect(keptRow.outcome.target?.values).toEqual(valueTarget(85, 80));
    expect(keptRow.outcome.status).toBe('green');
    expect(titles(still)).toContain('Kartlegge ventetid');

    // Only the leader starts a new version; it copies the texts and reads everything live.
    expect((await reporter.post(`/api/plans/${approved?.id}/new-version`)).status).toBe(403);
    const next = await step(planner, approved?.id as string, 'new-version', 201);
    expect(next).toMatchObject({
      versionNumber: 2,
      status: 'draft',
      isLatest: true,
      basedOn: { id: approved?.id, year: 2026, versionNumber: 1 },
    });
    const live = await readPlan(reporter, next.id);
    expect(live.live).toBe(true);
    expect(live.sections[0]?.text).toBe('## Oppdrag\n\nVi gir **gode** tjenester.');
    const liveRow = rowNamed(live.scorecard, 'BT1');
    expect(liveRow.indicator.name).toBe('Brukertilfredshet (ny måte)');
    expect(liveRow.outcome.target?.values).toEqual(valueTarget(90, 88));
    expect(liveRow.outcome.status).toBe('red');
    expect(titles(live)).toContain('Kartlegge ventetid og bemanning');

    const versions = await reporter.get<{ plans: PlanVersion[] }>(
      `/api/plans?orgUnitId=${world.units.nursingHome.id}&year=2026`,
    );
    expect(versions.body.plans.map((p) => [p.versionNumber, p.status, p.isLatest])).toEqual([
      [2, 'draft', true],
      [1, 'approved', false],
    ]);
    const again = await planner.post<ErrorReply>(`/api/plans/${approved?.id}/new-version`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('plan_not_latest');
  });

  it("starts a new year's plan from the texts of last year's newest version", async () => {
    const { reporterOfHomeCare: reporter } = world.users;
    const unit = world.units.homeCare.id;
    const lastYear = await createPlan(reporter, unit, 2025);
    expect(lastYear.basedOn).toBeNull();
    await writeText(reporter, lastYear.id, section('Om enheten').id, 'Heimetenesta gir hjelp.');
    await writeText(
      reporter,
      lastYear.id,
      section('Prioriteringer').id,
      '1. Rekruttering\n2. Velferdsteknologi',
    );

    const plan = await createPlan(reporter, unit, 2026);
    expect(plan.basedOn).toMatchObject({ id: lastYear.id, year: 2025, versionNumber: 1 });
    const detail = await readPlan(reporter, plan.id);
    expect(detail.sections.map((s) => [s.title, s.text, s.version])).toEqual([
      ['Om enheten', 'Heimetenesta gir hjelp.', 1],
      ['Hovedutfordringer', '', 0],
      ['Prioriteringer', '1. Rekruttering\n2. Velferdsteknologi', 1],
    ]);
    expect(titles(detail)).toEqual(['Tiltak i heimetenesta']);

    const twice = await reporter.post<ErrorReply>('/api/plans', { orgUnitId: unit, year: 2026 });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ code: 'plan_exists', field: 'year' });
  });

  it("starts a new year's plan from last year's approved version, not a later draft", async () => {
    const { admin } = world;
    const unit = world.units.sector.id;
    const about = section('Om enheten').id;
    const signed = await createPlan(admin, unit, 2028);
    await writeText(admin, signed.id, about, 'Slik det ble vedtatt.');
    await step(admin, signed.id, 'submit');
    await step(admin, signed.id, 'approve');
    const revision = await step(admin, signed.id, 'new-version', 201);
    await writeText(admin, revision.id, about, 'Et utkast ingen har godkjent.', 1);

    const next = await createPlan(admin, unit, 2029);
    expect(next.basedOn).toMatchObject({ id: signed.id, year: 2028, versionNumber: 1 });
    const detail = await readPlan(admin, next.id);
    expect(detail.sections.find((s) => s.title === 'Om enheten')?.text).toBe(
      'Slik det ble vedtatt.',
    );
  });

  it('refuses raw HTML and links that are not http(s) or mailto, and saves nothing', async () => {
    const { reporterOfHomeCare: reporter } = world.users;
    const plans = await reporter.get<{ plans: PlanVersion[] }>(
      `/api/plans?orgUnitId=${world.units.homeCare.id}&year=2026`,
    );
    const planId = plans.body.plans[0]?.id as string;
    const challenges = section('Hovedutfordringer').id;

    const refused: [string, string][] = [
      ['[Klikk her](javascript:alert(1))', 'unsafe_link'],
      ['Se <javascript:alert(1)>', 'unsafe_link'],
      ['[Skjema][1]\n\n[1]: data:text/html,<script>alert(1)</script>', 'unsafe_link'],
      ['[Relativ](/api/users)', 'unsafe_link'],
      ['![Bilde](file:///etc/passwd)', 'image_not_allowed'],
      ['![Sporingspiksel](https://example.com/pixel.gif)', 'image_not_allowed'],
      ['![Logo][logo]\n\n[logo]: https://example.com/logo.png', 'image_not_allowed'],
      ['<script>alert(1)</script>', 'html_not_allowed'],
      ['Tekst med <img src=x onerror=alert(1)> inni', 'html_not_allowed'],
      ['<!-- skjult -->', 'html_not_allowed'],
    ];
    for (const [text, code] of refused) {
      const response = await writeText(reporter, planId, challenges, text);
      expect(response.status, text).toBe(422);
      expect((response.body as unknown as ErrorReply).error, text).toMatchObject({
        code,
        field: 'text',
      });
    }
    const unchanged = await readPlan(reporter, planId);
    expect(unchanged.sections.find((s) => s.sectionId === challenges)).toMatchObject({
      text: '',
      version: 0,
    });

    const safe =
      'Se [kommunen](https://www.sande.kommune.no) eller skriv til [oss](mailto:post@sande.no).';
    const accepted = await writeText(reporter, planId, challenges, safe);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.section.text).toBe(safe);
  });

  it('lets readers read, reporters write and submit, and only planners approve', async () => {
    const { reader, reporter, planner, reporterOfHomeCare } = world.users;
    const unit = world.units.nursingHome.id;

    const byReader = await reader.post<ErrorReply>('/api/plans', { orgUnitId: unit, year: 2027 });
    expect(byReader.status).toBe(403);
    const plan = await createPlan(reporter, unit, 2027);
    expect((await reader.get(`/api/plans/${plan.id}`)).status).toBe(200);
    expect((await writeText(reader, plan.id, section('Om enheten').id, 'Leser')).status).toBe(403);
    expect((await reader.post(`/api/plans/${plan.id}/submit`)).status).toBe(403);

    // Out of reach: as if the plan did not exist.
    expect((await reporterOfHomeCare.get(`/api/plans/${plan.id}`)).status).toBe(404);
    expect((await reporterOfHomeCare.post(`/api/plans/${plan.id}/submit`)).status).toBe(404);
    expect((await reporterOfHomeCare.get(`/api/plans?orgUnitId=${unit}&year=2027`)).status).toBe(
      404,
    );

    const tooEarly = await planner.post<ErrorReply>(`/api/plans/${plan.id}/approve`);
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.code).toBe('plan_wrong_status');

    await step(reporter, plan.id, 'submit');
    expect((await reporter.post(`/api/plans/${plan.id}/approve`)).status).toBe(403);
    expect((await step(reporter, plan.id, 'reopen')).status).toBe('draft');
    // The plan started from this year's texts, so the section is at version 1.
    const about = (await readPlan(reporter, plan.id)).sections[0];
    expect(about).toMatchObject({ title: 'Om enheten', version: 1 });
    const rewritten = await writeText(reporter, plan.id, about?.sectionId as string, 'Ny', 1);
    expect(rewritten.status).toBe(200);
    await step(reporter, plan.id, 'submit');
    expect((await step(planner, plan.id, 'approve')).status).toBe('approved');

    const none = await reader.get<ErrorReply>(`/api/plans?orgUnitId=${unit}&year=2030`);
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('not_found');
  });

  it("shows its subunits' plans on a parent's plan: status, a summary and scorecard counts", async () => {
    const { admin } = world;
    const longText = `${'Sjukeheimen har mange oppgaver og mange tilsette. '.repeat(20)}Slutt.`;
    const sectorPlan = await createPlan(admin, world.units.sector.id, 2026);
    const versionsOf = async (unitId: string) =>
      (await admin.get<{ plans: PlanVersion[] }>(`/api/plans?orgUnitId=${unitId}&year=2026`)).body
        .plans;
    const aboutOf = async (planId: string) =>
      (await readPlan(admin, planId)).sections.find(
        (s) => s.title === 'Om enheten',
      ) as PlanDetail['sections'][number];
    const [draftV2, approvedV1] = await versionsOf(world.units.nursingHome.id);
    const draftAbout = await aboutOf(draftV2?.id as string);
    await writeText(
      admin,
      draftV2?.id as string,
      draftAbout.sectionId,
      'Ikke godkjent.',
      draftAbout.version,
    );
    const [homeCareDraft] = await versionsOf(world.units.homeCare.id);
    const homeCareAbout = await aboutOf(homeCareDraft?.id as string);
    await writeText(
      admin,
      homeCareDraft?.id as string,
      homeCareAbout.sectionId,
      longText,
      homeCareAbout.version,
    );

    const detail = await readPlan(admin, sectorPlan.id);
    expect(detail.subunits.map((s) => s.unit.name)).toEqual(['Heimetenesta', 'Sjukeheimen']);
    const [homeCare, nursing] = detail.subunits;
    // What the nursing home's leader signed, as signed, not the draft of its next version.
    expect(nursing?.plan).toMatchObject({
      id: approvedV1?.id,
      versionNumber: 1,
      status: 'approved',
    });
    expect(nursing?.summary).toEqual({
      sectionTitle: 'Om enheten',
      text: 'Oppdrag. Vi gir gode tjenester.',
      shortened: false,
    });
    const approved = await readPlan(admin, approvedV1?.id as string);
    expect(nursing?.counts).toEqual(approved.scorecard.counts);
    expect(homeCare?.plan).toMatchObject({ status: 'draft', versionNumber: 1 });
    expect(homeCare?.summary?.sectionTitle).toBe('Om enheten');
    expect(homeCare?.summary?.shortened).toBe(true);
    expect(homeCare?.summary?.text.length).toBeLessThanOrEqual(400);
    expect(homeCare?.summary?.text.endsWith('…')).toBe(true);
    const homeCareCard = await admin.get<Scorecard>(
      `/api/scorecard?orgUnitId=${world.units.homeCare.id}&period=2026`,
    );
    expect(homeCare?.counts).toEqual(homeCareCard.body.counts);

    // A tenant section called Sammendrag is shown whole instead.
    const created = await admin.post<{ section: PlanSection }>('/api/plan-sections', {
      title: 'Sammendrag',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const summary = '**Kort fortalt:** flere hender og kortere ventetid.';
    await writeText(admin, homeCareDraft?.id as string, created.body.section.id, summary);
    const withSummary = await readPlan(admin, sectorPlan.id);
    expect(withSummary.subunits[0]?.summary).toEqual({
      sectionTitle: 'Sammendrag',
      text: 'Kort fortalt: flere hender og kortere ventetid.',
      shortened: false,
    });
  });

  it('lets only planners of the top unit define sections, and archives instead of deleting', async () => {
    const { planner, reader } = world.users;
    expect((await planner.post('/api/plan-sections', { title: 'Økonomi' })).status).toBe(403);
    const taken = await world.admin.post<ErrorReply>('/api/plan-sections', { title: 'Om enheten' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('title_taken');

    const challenges = section('Hovedutfordringer');
    const archived = await world.admin.patch<{ section: PlanSection }>(
      `/api/plan-sections/${challenges.id}`,
      { archived: true },
    );
    expect(archived.body.section.archivedAt).not.toBeNull();
    const active = await sectionsOf(reader);
    expect(active.map((s) => s.title)).not.toContain('Hovedutfordringer');

    // A draft that has text in the archived section still shows it; one without does not.
    const homeCarePlans = await world.admin.get<{ plans: PlanVersion[] }>(
      `/api/plans?orgUnitId=${world.units.homeCare.id}&year=2026`,
    );
    expect(homeCarePlans.status).toBe(200);
    const withText = await readPlan(world.admin, homeCarePlans.body.plans[0]?.id as string);
    expect(withText.sections.find((s) => s.title === 'Hovedutfordringer')?.archived).toBe(true);
    const refused = await writeText(world.admin, withText.plan.id, challenges.id, 'Mer', 1);
    expect((refused.body as unknown as ErrorReply).error.code).toBe('archived');
    await world.admin.patch(`/api/plan-sections/${challenges.id}`, { archived: false });
  });

  it('reads a parent’s plan in the same number of queries however many subunits it has', async () => {
    const { admin, tenant, units } = world;
    const [sectorPlan] = (
      await admin.get<{ plans: PlanVersion[] }>(`/api/plans?orgUnitId=${units.sector.id}&year=2026`)
    ).body.plans;
    const counter = queryCounter();
    const read = async () => {
      const ctx = await serviceContext(
        test,
        { tenantId: tenant.tenantId, userId: tenant.admin.id },
        counter,
      );
      counter.reset();
      const detail = await getPlan(ctx, sectorPlan?.id as string);
      return { subunits: detail.subunits.length, queries: counter.count };
    };

    const before = await read();
    const emergency = await createUnit(admin, units.sector.id, 'Legevakta');
    await createPlan(admin, emergency.id, 2026);
    const after = await read();
    expect(after.subunits).toBe(before.subunits + 1);
    expect(after.queries).toBe(before.queries);
  });
});
