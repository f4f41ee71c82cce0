import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from '../../testing/harness.js';
import type { OrgUnit } from '../organisation/service.js';
import type { GrantView, Me, UserView } from './service.js';

type UserReply = { user: UserView };

describe.each(databaseKinds)('logging in and users on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let admin: ApiClient;
  let helse: OrgUnit;
  let oppvekst: OrgUnit;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    const unit = async (code: string, name: string) =>
      (
        await admin.post<{ unit: OrgUnit }>('/api/org-units', {
          parentId: tenant.rootUnitId,
          code,
          name,
          kind: 'sector',
        })
      ).body.unit;
    helse = await unit('HO', 'Helse og omsorg');
    oppvekst = await unit('OK', 'Oppvekst og kultur');
  });
  afterAll(() => test.close());

  let userCounter = 0;
  const createUser = async (password = 'et-godt-passord') => {
    userCounter++;
    const response = await admin.post<UserReply>('/api/users', {
      email: `Bruker${userCounter}@Example.no`,
      name: `Bruker ${userCounter}`,
      password,
    });
    expect(response.status).toBe(201);
    return { ...response.body.user, password };
  };
  const grant = (userId: string, orgUnitId: string, role: string) =>
    admin.post<{ grant: GrantView }>(`/api/users/${userId}/grants`, { orgUnitId, role });

  describe('a session', () => {
    it('is opened by the right password and sent as an httpOnly, SameSite cookie', async () => {
      const anonymous = new ApiClient(test.app);
      const response = await test.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: tenant.admin.email.toUpperCase(), password: tenant.admin.password },
      });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((candidate) => candidate.name === 'balanse_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect((await anonymous.get('/api/auth/me')).status).toBe(401);
    });

    it('tells who is logged in, with their roles and tenant', async () => {
      const me = await admin.get<Me>('/api/auth/me');
      expect(me.body.user.email).toBe(tenant.admin.email);
      expect(me.body.tenant.name).toBe('Testkommune');
      expect(me.body.user.grants).toEqual([
        expect.objectContaining({ orgUnitId: tenant.rootUnitId, role: 'administrator' }),
      ]);
    });

    it('is refused with the same answer for a wrong password and an unknown email', async () => {
      const wrong = await new ApiClient(test.app).post('/api/auth/login', {
        email: tenant.admin.email,
        password: 'feil-passord',
      });
      const unknown = await new ApiClient(test.app).post('/api/auth/login', {
        email: 'ingen@example.no',
        password: 'feil-passord',
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.error.code).toBe('invalid_credentials');
      expect(unknown.body.error.code).toBe('invalid_credentials');
    });

    it('ends at logout', async () => {
      const client = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
      expect((await client.get('/api/auth/me')).status).toBe(200);
      expect((await client.post('/api/auth/logout')).status).toBe(204);
      expect((await client.get('/api/auth/me')).status).toBe(401);
    });

    it('is refused with a cookie that was tampered with', async () => {
      const response = await test.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: 'balanse_session=forged-token.forged-signature' },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('not_authenticated');
    });

    it('answers 401 before reading the body of an anonymous write', async () => {
      const response = await new ApiClient(test.app).post('/api/org-units', { nonsense: true });
      expect(response.status).toBe(401);
    });

    it('stops too many login attempts for one account from one address', async () => {
      const user = await createUser();
      const attempt = () =>
        new ApiClient(test.app).post('/api/auth/login', { email: user.email, password: 'gjett' });
      const statuses: number[] = [];
      for (let index = 0; index < 11; index++) statuses.push((await attempt()).status);
      expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
      expect((await attempt()).body.error.code).toBe('rate_limited');
    });
  });

  describe('passwords', () => {
    it('are stored as argon2id hashes, never as given', async () => {
      const user = await createUser('mitt-hemmelige-passord');
      const row = await test.db
        .selectFrom('app_user')
        .select('password_hash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain('mitt-hemmelige-passord');
    });

    it('are changed with the current one, which ends the user’s other sessions', async () => {
      const user = await createUser();
      const first = await ApiClient.login(test.app, user.email, user.password);
      const second = await ApiClient.login(test.app, user.email, user.password);

      const wrong = await first.post('/api/auth/password', {
        currentPassword: 'ikke-dette',
        newPassword: 'et-nytt-passord',
      });
      expect(wrong.body.error).toMatchObject({ code: 'wrong_password', field: 'currentPassword' });

      const changed = await first.post('/api/auth/password', {
        currentPassword: user.password,
        newPassword: 'et-nytt-passord',
      });
      expect(changed.status).toBe(204);
      expect((await first.get('/api/auth/me')).status).toBe(200);
      expect((await second.get('/api/auth/me')).status).toBe(401);
      await ApiClient.login(test.app, user.email, 'et-nytt-passord');
    });

    it('must be at least ten characters', async () => {
      const response = await admin.post('/api/users', {
        email: 'kort@example.no',
        name: 'Kort',
        password: 'kort',
      });
      expect(response.body.error).toMatchObject({ code: 'validation_failed', field: 'password' });
    });
  });

  describe('users', () => {
    it('are created with a lower-case email and refused when the email is taken', async () => {
      const user = await createUser();
      expect(user.email).toBe(user.email.toLowerCase());
      const again = await admin.post('/api/users', {
        email: user.email.toUpperCase(),
        name: 'Kopi',
        password: 'et-godt-passord',
      });
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: 'email_taken', field: 'email' });
    });

    it('once deactivated cannot log in and lose their sessions, until reactivated', async () => {
      const user = await createUser();
      const session = await ApiClient.login(test.app, user.email, user.password);
      const deactivated = await admin.post<UserReply>(`/api/users/${user.id}/deactivate`, {});
      expect(deactivated.body.user.deactivatedAt).not.toBeNull();
      expect((await session.get('/api/auth/me')).status).toBe(401);

      const refused = await new ApiClient(test.app).post('/api/auth/login', {
        email: user.email,
        password: user.password,
      });
      expect(refused.body.error.code).toBe('user_deactivated');
      const listed = await admin.get<{ users: UserView[] }>('/api/users');
      expect(listed.body.users.map((listedUser) => listedUser.id)).not.toContain(user.id);

      await admin.post(`/api/users/${user.id}/reactivate`, {});
      await ApiClient.login(test.app, user.email, user.password);
    });

    it('cannot be deactivated by themselves', async () => {
      const response = await admin.post(`/api/users/${tenant.admin.id}/deactivate`, {});
      expect(response.body.error.code).toBe('cannot_deactivate_self');
    });

    it('are edited, and a password reset by an administrator ends their sessions', async () => {
      const user = await createUser();
      const session = await ApiClient.login(test.app, user.email, user.password);
      const response = await admin.patch<UserReply>(`/api/users/${user.id}`, {
        name: 'Nytt Navn',
        locale: 'en',
        password: 'nullstilt-passord',
      });
      expect(response.body.user).toMatchObject({ name: 'Nytt Navn', locale: 'en' });
      expect((await session.get('/api/auth/me')).status).toBe(401);
      await ApiClient.login(test.app, user.email, 'nullstilt-passord');
    });

    it('keep their own name and language on the profile', async () => {
      const user = await createUser();
      const session = await ApiClient.login(test.app, user.email, user.password);
      const response = await session.patch<Me>('/api/auth/me', {
        name: 'Selv Valgt',
        locale: 'en',
      });
      expect(response.body.user).toMatchObject({ name: 'Selv Valgt', locale: 'en' });
      const forbidden = await session.patch('/api/auth/me', { email: 'ny@example.no' });
      expect(forbidden.body.error).toMatchObject({ code: 'validation_failed', field: 'email' });
    });
  });

  describe('roles', () => {
    it('are granted on a unit, refused twice, and revoked', async () => {
      const user = await createUser();
      const granted = await grant(user.id, helse.id, 'reporter');
      expect(granted.status).toBe(201);
      expect(granted.body.grant).toMatchObject({
        orgUnitName: 'Helse og omsorg',
        role: 'reporter',
      });

      const twice = await admin.post(`/api/users/${user.id}/grants`, {
        orgUnitId: helse.id,
        role: 'reporter',
      });
      expect(twice.body.error.code).toBe('grant_exists');

      const revoked = await admin.delete(`/api/role-grants/${granted.body.grant.id}`);
      expect(revoked.status).toBe(204);
      const after = await admin.get<UserReply>(`/api/users/${user.id}`);
      expect(after.body.user.grants).toEqual([]);
    });

    it('reach the granted unit’s subtree and nothing else', async () => {
      const user = await createUser();
      await grant(user.id, helse.id, 'reader');
      const child = await admin.post<{ unit: OrgUnit }>('/api/org-units', {
        parentId: helse.id,
        code: 'SJH',
        name: 'Sjukeheim',
        kind: 'unit',
      });
      const session = await ApiClient.login(test.app, user.email, user.password);
      const units = await session.get<{ units: OrgUnit[] }>('/api/org-units');
      expect(units.body.units.map((unit) => unit.code).sort()).toEqual(['HO', 'SJH']);
      expect((await session.get(`/api/org-units/${child.body.unit.id}`)).status).toBe(200);
      expect((await session.get(`/api/org-units/${oppvekst.id}`)).status).toBe(404);
      expect((await session.get(`/api/org-units/${tenant.rootUnitId}`)).status).toBe(404);
    });

    it('let a sector administrator manage users inside the sector only', async () => {
      const sectorAdmin = await createUser();
      await grant(sectorAdmin.id, helse.id, 'administrator');
      const insider = await createUser();
      await grant(insider.id, helse.id, 'reporter');
      const outsider = await createUser();
      await grant(outsider.id, oppvekst.id, 'reporter');
      const session = await ApiClient.login(test.app, sectorAdmin.email, sectorAdmin.password);

      const listed = await session.get<{ users: UserView[] }>('/api/users');
      const ids = listed.body.users.map((user) => user.id);
      expect(ids).toContain(insider.id);
      expect(ids).not.toContain(outsider.id);
      expect(ids).not.toContain(tenant.admin.id);

      expect((await session.patch(`/api/users/${insider.id}`, { name: 'Ok' })).status).toBe(200);
      expect((await session.patch(`/api/users/${outsider.id}`, { name: 'Nei' })).status).toBe(404);
      expect(
        (
          await session.post(`/api/users/${insider.id}/grants`, {
            orgUnitId: oppvekst.id,
            role: 'reader',
          })
        ).status,
      ).toBe(404);
      expect((await session.post(`/api/users/${tenant.admin.id}/deactivate`, {})).status).toBe(404);
    });

    it('let anyone name the active people with a role where they can read, and no others', async () => {
      const reporter = await createUser();
      await grant(reporter.id, helse.id, 'reporter');
      const colleague = await createUser();
      await grant(colleague.id, helse.id, 'reader');
      const gone = await createUser();
      await grant(gone.id, helse.id, 'reporter');
      await admin.post(`/api/users/${gone.id}/deactivate`, {});
      const elsewhere = await createUser();
      await grant(elsewhere.id, oppvekst.id, 'reporter');
      const session = await ApiClient.login(test.app, reporter.email, reporter.password);

      const listed = await session.get<{ people: { id: string; name: string }[] }>('/api/people');
      expect(listed.status).toBe(200);
      expect(listed.body.people).toContainEqual({ id: colleague.id, name: colleague.name });
      const ids = listed.body.people.map((person) => person.id);
      expect(ids).toContain(reporter.id);
      expect(ids).not.toContain(gone.id);
      expect(ids).not.toContain(elsewhere.id);
      expect(ids).not.toContain(tenant.admin.id);
      expect(Object.keys(listed.body.people[0] ?? {})).toEqual(['id', 'name']);
    });

    it('cannot take away one’s own administrator role', async () => {
      const me = await admin.get<Me>('/api/auth/me');
      const own = me.body.user.grants[0] as GrantView;
      const response = await admin.delete(`/api/role-grants/${own.id}`);
      expect(response.body.error.code).toBe('own_administrator_role');
    });

    it('are kept in the user’s history with who granted them', async () => {
      const user = await createUser();
      await grant(user.id, oppvekst.id, 'planner');
      const history = await admin.get<{ events: { action: string; actor: { id: string } }[] }>(
        `/api/audit?userId=${user.id}`,
      );
      expect(history.body.events.map((event) => event.action)).toEqual(['grant', 'create']);
      expect(history.body.events[0]?.actor.id).toBe(tenant.admin.id);
    });
  });
});

describe.each(databaseKinds)('session expiry on %s', (kind) => {
  let test: TestApp;
  afterAll(() => test.close());

  it('ends a session that has not been used within its lifetime', async () => {
    test = await startTestApp(kind, { sessionTtlMs: 300 });
    const tenant = await seedTenant(test.db);
    const client = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});
