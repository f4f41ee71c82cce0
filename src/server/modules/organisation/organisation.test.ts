import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from '../../testing/harness.js';
import type { OrgUnit } from './service.js';

type UnitReply = { unit: OrgUnit };
type UnitsReply = { units: OrgUnit[] };

describe.each(databaseKinds)('organisation on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let admin: ApiClient;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db, 'Sande kommune');
    admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
  });
  afterAll(() => test.close());

  const create = async (parentId: string, code: string, name: string, kind = 'unit') => {
    const response = await admin.post<UnitReply>('/api/org-units', { parentId, code, name, kind });
    expect(response.status).toBe(201);
    return response.body.unit;
  };
  const listCodes = async (query = '') => {
    const response = await admin.get<UnitsReply>(`/api/org-units${query}`);
    return response.body.units.map((unit) => unit.code).sort();
  };

  it('creates units under a parent, with today as the default valid-from date', async () => {
    const sector = await create(tenant.rootUnitId, 'HO', 'Helse og omsorg', 'sector');
    expect(sector).toMatchObject({ parentId: tenant.rootUnitId, kind: 'sector', closed: false });
    expect(sector.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await listCodes()).toContain('HO');
  });

  it('refuses a code another unit of the tenant has, naming the field', async () => {
    await create(tenant.rootUnitId, 'DUP', 'Første');
    const response = await admin.post('/api/org-units', {
      parentId: tenant.rootUnitId,
      code: 'DUP',
      name: 'Andre',
      kind: 'unit',
    });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: 'code_taken', field: 'code' });
    expect((await listCodes()).filter((code) => code === 'DUP')).toHaveLength(1);
  });

  it('renames a unit and keeps the change with before and after in the history', async () => {
    const unit = await create(tenant.rootUnitId, 'REN', 'Gammelt navn');
    const response = await admin.patch<UnitReply>(`/api/org-units/${unit.id}`, {
      name: 'Nytt navn',
    });
    expect(response.body.unit.name).toBe('Nytt navn');

    const history = await admin.get<{
      events: { action: string; before: OrgUnit; after: OrgUnit }[];
    }>(`/api/audit?orgUnitId=${unit.id}`);
    const rename = history.body.events.find((event) => event.action === 'update');
    expect(rename?.before.name).toBe('Gammelt navn');
    expect(rename?.after.name).toBe('Nytt navn');
    expect(history.body.events.map((event) => event.action)).toEqual(['update', 'create']);
  });

  it('moves a unit together with its subtree', async () => {
    const from = await create(tenant.rootUnitId, 'FROM', 'Fra');
    const to = await create(tenant.rootUnitId, 'TO', 'Til');
    const moving = await create(from.id, 'MOV', 'Flyttes');
    const child = await create(moving.id, 'MOVC', 'Barn');

    const response = await admin.post<UnitReply>(`/api/org-units/${moving.id}/move`, {
      parentId: to.id,
    });
    expect(response.body.unit.parentId).toBe(to.id);
    const childNow = await admin.get<UnitReply>(`/api/org-units/${child.id}`);
    expect(childNow.body.unit.parentId).toBe(moving.id);
    const path = await admin.get<{ path: { id: string }[] }>(`/api/org-units/${child.id}`);
    expect(path.body.path.map((unit) => unit.id)).toEqual([tenant.rootUnitId, to.id, moving.id]);
  });

  it('refuses to move a unit under itself or its own descendant, and changes nothing', async () => {
    const top = await create(tenant.rootUnitId, 'LOOP', 'Løkke');
    const below = await create(top.id, 'LOOPC', 'Under løkke');
    for (const parentId of [top.id, below.id]) {
      const response = await admin.post(`/api/org-units/${top.id}/move`, { parentId });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('move_into_own_subtree');
    }
    const after = await admin.get<UnitReply>(`/api/org-units/${top.id}`);
    expect(after.body.unit.parentId).toBe(tenant.rootUnitId);
  });

  it('refuses to move or close the top unit', async () => {
    const other = await create(tenant.rootUnitId, 'OTHER', 'Annen');
    const move = await admin.post(`/api/org-units/${tenant.rootUnitId}/move`, {
      parentId: other.id,
    });
    expect(move.body.error.code).toBe('unit_is_root');
    const close = await admin.post(`/api/org-units/${tenant.rootUnitId}/close`, {});
    expect(close.body.error.code).toBe('unit_is_root');
  });

  it('closes a unit with its subtree, hides them by default and keeps them on request', async () => {
    const closing = await create(tenant.rootUnitId, 'CLOSE', 'Legges ned');
    await create(closing.id, 'CLOSEC', 'Legges ned også');
    const response = await admin.post<UnitReply>(`/api/org-units/${closing.id}/close`, {});
    expect(response.body.unit.closed).toBe(true);

    expect(await listCodes()).not.toContain('CLOSE');
    expect(await listCodes()).not.toContain('CLOSEC');
    expect(await listCodes('?includeClosed=true')).toEqual(
      expect.arrayContaining(['CLOSE', 'CLOSEC']),
    );
    const child = await admin.post('/api/org-units', {
      parentId: closing.id,
      code: 'NEWC',
      name: 'Ny under nedlagt',
      kind: 'unit',
    });
    expect(child.body.error.code).toBe('parent_closed');

    const reopened = await admin.post<UnitReply>(`/api/org-units/${closing.id}/reopen`, {});
    expect(reopened.body.unit).toMatchObject({ closed: false, validTo: null });
  });

  it('keeps a unit open until a closing date in the future', async () => {
    const unit = await create(tenant.rootUnitId, 'LATER', 'Legges ned senere');
    const response = await admin.post<UnitReply>(`/api/org-units/${unit.id}/close`, {
      validTo: '2999-12-31',
    });
    expect(response.body.unit).toMatchObject({ closed: false, validTo: '2999-12-31' });
    expect(await listCodes()).toContain('LATER');
  });

  describe('bad input gets a clear error and changes nothing', () => {
    const cases: [string, unknown, string, string][] = [
      [
        'an unknown field',
        { code: 'X1', name: 'X', kind: 'unit', colour: 'red' },
        'colour',
        'unrecognized_keys',
      ],
      ['a wrong type', { code: 42, name: 'X', kind: 'unit' }, 'code', 'invalid_type'],
      ['a missing field', { code: 'X2', kind: 'unit' }, 'name', 'invalid_type'],
      ['an unknown kind', { code: 'X3', name: 'X', kind: 'castle' }, 'kind', 'invalid_value'],
      ['a blank name', { code: 'X4', name: '   ', kind: 'unit' }, 'name', 'too_small'],
    ];
    it.each(cases)('%s', async (_label, body, field, code) => {
      const before = await listCodes('?includeClosed=true');
      const response = await admin.post('/api/org-units', {
        parentId: tenant.rootUnitId,
        ...(body as object),
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'validation_failed', field });
      expect(response.body.error.issues?.[0]?.code).toBe(code);
      expect(await listCodes('?includeClosed=true')).toEqual(before);
    });

    it('malformed JSON', async () => {
      const response = await test.app.inject({
        method: 'POST',
        url: '/api/org-units',
        headers: { cookie: admin.cookieHeader, 'content-type': 'application/json' },
        payload: '{"code": ',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('malformed_json');
    });

    it('an oversized body', async () => {
      const response = await admin.post('/api/org-units', {
        parentId: tenant.rootUnitId,
        code: 'BIG',
        name: 'x'.repeat(2 * 1024 * 1024),
        kind: 'unit',
      });
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe('payload_too_large');
      expect(await listCodes()).not.toContain('BIG');
    });

    it('a malformed id in the path', async () => {
      const response = await admin.get('/api/org-units/not-a-uuid');
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe('id');
    });
  });
});
