import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndicator } from '../../testing/factories.js';
import { databaseKinds, startTestApp, type TestApp } from '../../testing/harness.js';
import type { Action, ActionUpdate } from './schemas.js';
import { type World, buildWorld, createAction, futureDate, pastDate } from './testWorld.js';

type Detail = { action: Action; updates: ActionUpdate[] };

const missingId = '01900000-0000-7000-8000-000000000000';

describe.each(databaseKinds)('actions on %s', (kind) => {
  let test: TestApp;
  let world: World;

  beforeAll(async () => {
    test = await startTestApp(kind);
    world = await buildWorld(test);
  });
  afterAll(() => test.close());

  const newAction = (overrides: Record<string, unknown> = {}) => ({
    orgUnitId: world.units.unitA.id,
    title: 'Innføre tavlemøter',
    ...overrides,
  });

  describe('creating', () => {
    it('stands alone, not started, with nothing filled in but the title', async () => {
      const action = await createAction(world.admin, newAction());
      expect(action).toMatchObject({
        title: 'Innføre tavlemøter',
        description: '',
        orgUnit: { id: world.units.unitA.id, name: 'Sjukeheim' },
        responsible: null,
        startDate: null,
        dueDate: null,
        status: 'not_started',
        storedStatus: 'not_started',
        overdue: false,
        progress: 0,
        cost: null,
        link: null,
        updateCount: 0,
        version: 1,
      });
      expect(action.createdBy?.id).toBe(world.tenant.admin.id);
    });

    it('keeps every field given, the responsible person by name', async () => {
      const me = await world.users.reporterOfSector.get<{ user: { id: string; name: string } }>(
        '/api/auth/me',
      );
      const action = await createAction(
        world.users.reporterOfSector,
        newAction({
          description: 'Ukentlige møter ved tavla',
          responsibleUserId: me.body.user.id,
          startDate: '2026-01-15',
          dueDate: futureDate,
          status: 'in_progress',
          progress: 40,
          cost: 12500.5,
        }),
      );
      expect(action).toMatchObject({
        description: 'Ukentlige møter ved tavla',
        responsible: { id: me.body.user.id, name: me.body.user.name },
        startDate: '2026-01-15',
        dueDate: futureDate,
        status: 'in_progress',
        progress: 40,
        cost: 12500.5,
      });
    });

    it('is recorded in the unit’s change history', async () => {
      const action = await createAction(world.admin, newAction({ title: 'Spores' }));
      const history = await world.admin.get<{
        events: { entityType: string; entityId: string; action: string }[];
      }>(`/api/audit?orgUnitId=${world.units.unitA.id}`);
      expect(history.body.events).toContainEqual(
        expect.objectContaining({ entityType: 'action', entityId: action.id, action: 'create' }),
      );
    });

    it.each([
      ['a missing title', { title: '  ' }, 'title'],
      ['progress above 100', { progress: 101 }, 'progress'],
      ['progress in fractions', { progress: 50.5 }, 'progress'],
      ['a negative cost', { cost: -1 }, 'cost'],
      [
        'a due date before the start',
        { startDate: '2026-05-01', dueDate: '2026-04-30' },
        'dueDate',
      ],
      ['an unknown status', { status: 'paused' }, 'status'],
      ['a link of an unknown kind', { link: { kind: 'plan', id: missingId } }, 'link.kind'],
    ])('refuses %s', async (_what, overrides, field) => {
      const response = await world.admin.post('/api/actions', newAction(overrides));
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      if (field) expect(response.body.error.field).toBe(field);
    });

    it('refuses a responsible person from another municipality, or one deactivated', async () => {
      const response = await world.admin.post(
        '/api/actions',
        newAction({ responsibleUserId: world.foreign.tenant.admin.id }),
      );
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'validation_failed',
        field: 'responsibleUserId',
      });

      const leaver = await world.admin.post<{ user: { id: string } }>('/api/users', {
        email: `slutta-${kind}@example.no`,
        name: 'Slutta Person',
        password: 'et-godt-passord',
      });
      await world.admin.post(`/api/users/${leaver.body.user.id}/deactivate`, {});
      const deactivated = await world.admin.post(
        '/api/actions',
        newAction({ responsibleUserId: leaver.body.user.id }),
      );
      expect(deactivated.status).toBe(400);
      expect(deactivated.body.error.field).toBe('responsibleUserId');
    });

    it('refuses a closed unit', async () => {
      const closed = (
        await world.admin.post<{ unit: { id: string } }>('/api/org-units', {
          parentId: world.units.sector.id,
          code: 'LAGT-NED',
          name: 'Lagt ned',
          kind: 'unit',
        })
      ).body.unit;
      await world.admin.post(`/api/org-units/${closed.id}/close`, {});
      const response = await world.admin.post('/api/actions', newAction({ orgUnitId: closed.id }));
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: 'unit_closed', field: 'orgUnitId' });
    });
  });

  describe('links', () => {
    it('links to a focus area, named', async () => {
      const action = await createAction(
        world.admin,
        newAction({ link: { kind: 'focus_area', id: world.focusArea.id } }),
      );
      expect(action.link).toEqual({ kind: 'focus_area', id: world.focusArea.id, name: 'Brukere' });
    });

    it('links to a criterion of the unit’s own line, set above it', async () => {
      for (const criterion of [world.criteria.shared, world.criteria.sector]) {
        const action = await createAction(
          world.admin,
          newAction({ link: { kind: 'criterion', id: criterion.id } }),
        );
        expect(action.link).toEqual({ kind: 'criterion', id: criterion.id, name: criterion.name });
      }
    });

    it('links to an indicator that applies to the unit through its sector', async () => {
      const action = await createAction(
        world.admin,
        newAction({ link: { kind: 'indicator', id: world.indicators.sector.id } }),
      );
      expect(action.link).toEqual({
        kind: 'indicator',
        id: world.indicators.sector.id,
        name: 'Brukertilfredshet',
      });
    });

    it('links to a measurement of the unit or of a unit below it', async () => {
      for (const measurement of [
        world.measurements.sectorOfA,
        world.measurements.sectorOfDepartment,
      ]) {
        const action = await createAction(
          world.admin,
          newAction({ link: { kind: 'measurement', id: measurement.id } }),
        );
        expect(action.link).toEqual({
          kind: 'measurement',
          id: measurement.id,
          name: 'Brukertilfredshet',
          indicatorId: world.indicators.sector.id,
          periodKey: '2026',
          orgUnitId: measurement.orgUnitId,
        });
      }
    });

    it('refuses links to nothing, and to what belongs to another municipality', async () => {
      const links = [
        { kind: 'focus_area', id: missingId },
        { kind: 'criterion', id: missingId },
        { kind: 'indicator', id: missingId },
        { kind: 'measurement', id: missingId },
        { kind: 'focus_area', id: world.foreign.focusArea.id },
        { kind: 'criterion', id: world.foreign.criterion.id },
        { kind: 'indicator', id: world.foreign.indicator.id },
        { kind: 'measurement', id: world.foreign.measurement.id },
        // A real id of the wrong kind is nothing of the kind named.
        { kind: 'indicator', id: world.focusArea.id },
      ];
      for (const link of links) {
        const response = await world.admin.post('/api/actions', newAction({ link }));
        expect(response.status, JSON.stringify(link)).toBe(422);
        expect(response.body.error).toMatchObject({ code: 'link_not_found', field: 'link.id' });
      }
    });

    it('refuses what the unit does not see from where it stands', async () => {
      const links = [
        { kind: 'criterion', id: world.criteria.other.id },
        { kind: 'indicator', id: world.indicators.other.id },
        // The department's indicator does not apply to the unit above it.
        { kind: 'indicator', id: world.indicators.department.id },
        { kind: 'measurement', id: world.measurements.departmentOnly.id },
        // A sibling's measurement is outside the unit's subtree.
        { kind: 'measurement', id: world.measurements.sectorOfB.id },
      ];
      for (const link of links) {
        const response = await world.admin.post('/api/actions', newAction({ link }));
        expect(response.status, JSON.stringify(link)).toBe(422);
        expect(response.body.error).toMatchObject({ code: 'link_out_of_reach', field: 'link.id' });
      }
    });

    it('refuses a new link to an archived focus area', async () => {
      const response = await world.admin.post(
        '/api/actions',
        newAction({ link: { kind: 'focus_area', id: world.archivedArea.id } }),
      );
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: 'archived', field: 'link.id' });
    });

    it('is changed, removed, and checked again when the action moves', async () => {
      const action = await createAction(
        world.admin,
        newAction({ link: { kind: 'measurement', id: world.measurements.sectorOfA.id } }),
      );
      const moved = await world.admin.patch(`/api/actions/${action.id}`, {
        version: 1,
        orgUnitId: world.units.unitB.id,
      });
      expect(moved.status).toBe(422);
      expect(moved.body.error.code).toBe('link_out_of_reach');

      const relinked = await world.admin.patch<{ action: Action }>(`/api/actions/${action.id}`, {
        version: 1,
        orgUnitId: world.units.unitB.id,
        link: { kind: 'measurement', id: world.measurements.sectorOfB.id },
      });
      expect(relinked.status, JSON.stringify(relinked.body)).toBe(200);
      expect(relinked.body.action.orgUnit.id).toBe(world.units.unitB.id);
      expect(relinked.body.action.link?.id).toBe(world.measurements.sectorOfB.id);

      const alone = await world.admin.patch<{ action: Action }>(`/api/actions/${action.id}`, {
        version: 2,
        link: null,
      });
      expect(alone.body.action.link).toBeNull();
      const standing = await world.admin.get<{ actions: Action[] }>(
        `/api/actions?orgUnitId=${world.units.unitB.id}&linkKind=none`,
      );
      expect(standing.body.actions.map((listed) => listed.id)).toContain(action.id);
    });
  });

  describe('status and dates', () => {
    it('shows an action past due and not done as delayed, keeping what was set', async () => {
      const action = await createAction(
        world.admin,
        newAction({ status: 'in_progress', startDate: '2020-01-01', dueDate: pastDate }),
      );
      expect(action).toMatchObject({
        status: 'delayed',
        storedStatus: 'in_progress',
        overdue: true,
      });
    });

    it('shows a done or cancelled action as it is, however late', async () => {
      for (const status of ['done', 'cancelled'] as const) {
        const action = await createAction(world.admin, newAction({ status, dueDate: pastDate }));
        expect(action).toMatchObject({ status, storedStatus: status, overdue: false });
      }
    });

    it('shows an action due in the future as its owner set it', async () => {
      const action = await createAction(
        world.admin,
        newAction({ status: 'in_progress', dueDate: futureDate }),
      );
      expect(action).toMatchObject({ status: 'in_progress', overdue: false });
    });

    it('refuses a change that puts the due date before the stored start', async () => {
      const action = await createAction(
        world.admin,
        newAction({ startDate: '2026-06-01', dueDate: '2026-09-01' }),
      );
      const response = await world.admin.patch(`/api/actions/${action.id}`, {
        version: 1,
        dueDate: '2026-05-01',
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'validation_failed', field: 'dueDate' });
    });
  });

  describe('updates', () => {
    it('are dated, named and listed newest first, setting status and progress', async () => {
      const action = await createAction(world.users.reporterOfSector, newAction());
      const first = await world.users.reporterOfSector.post<{
        action: Action;
        update: ActionUpdate;
      }>(`/api/actions/${action.id}/updates`, { text: 'Startet opp', status: 'in_progress' });
      expect(first.status, JSON.stringify(first.body)).toBe(201);
      expect(first.body.action).toMatchObject({
        storedStatus: 'in_progress',
        version: 2,
        updateCount: 1,
      });
      expect(first.body.update).toMatchObject({ text: 'Startet opp', status: 'in_progress' });
      expect(first.body.update.writtenBy?.name).toBeTruthy();

      await world.admin.post(`/api/actions/${action.id}/updates`, {
        text: 'Halvveis',
        progress: 50,
      });
      await world.admin.post(`/api/actions/${action.id}/updates`, { text: 'Bare en merknad' });

      const detail = await world.users.readerOfSector.get<Detail>(`/api/actions/${action.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.updates.map((update) => update.text)).toEqual([
        'Bare en merknad',
        'Halvveis',
        'Startet opp',
      ]);
      expect(detail.body.updates[0]).toMatchObject({ status: null, progress: null });
      expect(detail.body.updates[1]?.writtenBy?.name).toBe(`Admin Sande`);
      expect(detail.body.action).toMatchObject({
        storedStatus: 'in_progress',
        progress: 50,
        version: 3,
        updateCount: 3,
      });
    });

    it('refuses an empty text', async () => {
      const action = await createAction(world.admin, newAction());
      const response = await world.admin.post(`/api/actions/${action.id}/updates`, { text: ' ' });
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe('text');
    });
  });

  describe('deleting and cancelling', () => {
    it('deletes an action without updates, on record', async () => {
      const action = await createAction(world.users.reporterOfSector, newAction());
      const deleted = await world.users.reporterOfSector.delete(`/api/actions/${action.id}`);
      expect(deleted.status).toBe(204);
      expect((await world.admin.get(`/api/actions/${action.id}`)).status).toBe(404);
      const history = await world.admin.get<{ events: { entityId: string; action: string }[] }>(
        `/api/audit?orgUnitId=${world.units.unitA.id}`,
      );
      expect(history.body.events).toContainEqual(
        expect.objectContaining({ entityId: action.id, action: 'delete' }),
      );
    });

    it('keeps an action with updates and asks for it to be cancelled instead', async () => {
      const action = await createAction(world.admin, newAction());
      await world.admin.post(`/api/actions/${action.id}/updates`, { text: 'Første møte holdt' });
      const refused = await world.admin.delete(`/api/actions/${action.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('action_has_updates');

      const cancelled = await world.admin.patch<{ action: Action }>(`/api/actions/${action.id}`, {
        version: 1,
        status: 'cancelled',
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.action.status).toBe('cancelled');
      const listed = await world.admin.get<{ actions: Action[] }>(
        `/api/actions?orgUnitId=${world.units.unitA.id}&status=cancelled`,
      );
      expect(listed.body.actions.map((listedAction) => listedAction.id)).toContain(action.id);
    });

    it('keeps an indicator that an action is linked to from being deleted', async () => {
      const unmeasured = await createIndicator(world.admin, {
        focusAreaId: world.focusArea.id,
        criterionIds: [world.criteria.shared.id],
        unitIds: [world.units.sector.id],
      });
      const action = await createAction(
        world.admin,
        newAction({ link: { kind: 'indicator', id: unmeasured.id }, status: 'cancelled' }),
      );

      const refused = await world.admin.delete(`/api/indicators/${unmeasured.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('indicator_in_use');
      expect(refused.body.error.details).toMatchObject({ actions: 1 });
      const kept = await world.admin.get<Detail>(`/api/actions/${action.id}`);
      expect(kept.body.action.link).toMatchObject({ kind: 'indicator', id: unmeasured.id });
    });
  });

  describe('concurrent changes', () => {
    it('refuses a change on top of a version someone else has replaced', async () => {
      const action = await createAction(world.admin, newAction());
      const mine = await world.admin.patch(`/api/actions/${action.id}`, {
        version: 1,
        title: 'Min tittel',
      });
      expect(mine.status).toBe(200);
      const theirs = await world.users.reporterOfSector.patch(`/api/actions/${action.id}`, {
        version: 1,
        title: 'Deres tittel',
      });
      expect(theirs.status).toBe(409);
      expect(theirs.body.error).toMatchObject({
        code: 'stale_write',
        field: 'version',
        details: { current: { title: 'Min tittel', version: 2 } },
      });
    });

    it('saves nothing of an update whose status change comes too late', async () => {
      const action = await createAction(world.admin, newAction());
      await world.admin.patch(`/api/actions/${action.id}`, { version: 1, progress: 10 });
      const late = await world.admin.post(`/api/actions/${action.id}/updates`, {
        text: 'Ferdig',
        status: 'done',
        version: 1,
      });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('stale_write');
      const detail = await world.admin.get<Detail>(`/api/actions/${action.id}`);
      expect(detail.body.updates).toEqual([]);
      expect(detail.body.action.storedStatus).toBe('not_started');
    });
  });

  describe('who may do what', () => {
    it('lets a reader read actions in reach but change none', async () => {
      const reader = world.users.readerOfSector;
      const action = await createAction(world.admin, newAction());
      expect((await reader.get(`/api/actions/${action.id}`)).status).toBe(200);
      expect((await reader.post('/api/actions', newAction())).status).toBe(403);
      expect(
        (await reader.patch(`/api/actions/${action.id}`, { version: 1, title: 'Nei' })).status,
      ).toBe(403);
      expect((await reader.post(`/api/actions/${action.id}/updates`, { text: 'Nei' })).status).toBe(
        403,
      );
      expect((await reader.delete(`/api/actions/${action.id}`)).status).toBe(403);
    });

    it('lets reporters and planners of the unit or above write', async () => {
      for (const client of [
        world.users.reporterOfSector,
        world.users.reporterOfA,
        world.users.plannerOfSector,
      ]) {
        const action = await createAction(client, newAction());
        const changed = await client.patch(`/api/actions/${action.id}`, {
          version: 1,
          progress: 20,
        });
        expect(changed.status).toBe(200);
      }
    });

    it('answers 404 for actions and units out of reach', async () => {
      const reporter = world.users.reporterOfA;
      const elsewhere = await createAction(
        world.admin,
        newAction({ orgUnitId: world.units.elsewhere.id }),
      );
      expect((await reporter.get(`/api/actions/${elsewhere.id}`)).status).toBe(404);
      expect(
        (await reporter.post('/api/actions', newAction({ orgUnitId: world.units.unitB.id })))
          .status,
      ).toBe(404);
      expect((await world.foreign.admin.get(`/api/actions/${elsewhere.id}`)).status).toBe(404);
    });

    it('moves an action only for someone who reports for both units', async () => {
      const action = await createAction(world.users.reporterOfA, newAction());
      const refused = await world.users.reporterOfA.patch(`/api/actions/${action.id}`, {
        version: 1,
        orgUnitId: world.units.unitB.id,
      });
      expect(refused.status).toBe(404);
      const moved = await world.users.reporterOfSector.patch<{ action: Action }>(
        `/api/actions/${action.id}`,
        { version: 1, orgUnitId: world.units.unitB.id },
      );
      expect(moved.status).toBe(200);
      expect(moved.body.action.orgUnit).toEqual({ id: world.units.unitB.id, name: 'Heimetenesta' });
      expect((await world.users.reporterOfA.get(`/api/actions/${action.id}`)).status).toBe(404);
    });
  });
});
