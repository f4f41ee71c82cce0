import { z } from 'zod';
import { roles } from '#domain/access.js';
import type { App } from '../../app.js';
import { contextOf, sessionToken } from '../../http/authentication.js';
import { idParams, queryFlag, trimmed } from '../../http/schemas.js';
import * as access from './service.js';
import { login, logout, sessionCookie } from './sessions.js';

const password = z.string().min(10).max(200);
const email = z.email().max(254);
const locale = z.enum(access.locales);

const grant = z.object({
  id: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  role: z.enum(roles),
});

const user = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale,
  deactivatedAt: z.string().nullable(),
  grants: z.array(grant),
});

const me = z.object({ user, tenant: z.object({ id: z.string(), name: z.string() }) });
const userReply = z.object({ user });

export async function accessRoutes(app: App): Promise<void> {
  app.post(
    '/auth/login',
    {
      config: {
        public: true,
        // Per address and account: slows guessing without locking a whole town hall's NAT out.
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) => {
            const body = request.body as { email?: string } | undefined;
            return `${request.ip}|${(body?.email ?? '').toLowerCase()}`;
          },
        },
      },
      schema: {
        tags: ['access'],
        security: [],
        body: z.strictObject({
          email: z.string().trim().min(1).max(254),
          password: z.string().min(1).max(200),
        }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const ttlMs = app.sessionTtlMs;
      const session = await login(app.db, request.body, ttlMs);
      request.log.info({ user: session.userId, tenant: session.tenantId }, 'logged in');
      return reply
        .setCookie(sessionCookie, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: app.cookieSecure,
          signed: true,
          maxAge: Math.floor(ttlMs / 1000),
        })
        .send({ ok: true });
    },
  );

  app.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags: ['access'], response: { 204: z.null() } } },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token) await logout(app.db, token);
      return reply.clearCookie(sessionCookie, { path: '/' }).code(204).send(null);
    },
  );

  app.get('/auth/me', { schema: { tags: ['access'], response: { 200: me } } }, async (request) =>
    access.getMe(contextOf(request)),
  );

  app.patch(
    '/auth/me',
    {
      schema: {
        tags: ['access'],
        body: z.strictObject({ name: trimmed(200).optional(), locale: locale.optional() }),
        response: { 200: me },
      },
    },
    async (request) => access.updateMe(contextOf(request), request.body),
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['access'],
        body: z.strictObject({
          currentPassword: z.string().min(1).max(200),
          newPassword: password,
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await access.changePassword(contextOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['access'],
        querystring: z.strictObject({ includeDeactivated: queryFlag }),
        response: { 200: z.object({ users: z.array(user) }) },
      },
    },
    async (request) => ({ users: await access.listUsers(contextOf(request), request.query) }),
  );

  app.get(
    '/people',
    {
      schema: {
        tags: ['access'],
        response: {
          200: z.object({ people: z.array(z.object({ id: z.string(), name: z.string() })) }),
        },
      },
    },
    async (request) => ({ people: await access.listPeople(contextOf(request)) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['access'],
        body: z.strictObject({ email, name: trimmed(200), password, locale: locale.optional() }),
        response: { 201: userReply },
      },
    },
    async (request, reply) => {
      const created = await access.createUser(contextOf(request), request.body);
      return reply.code(201).send({ user: created });
    },
  );

  app.get(
    '/users/:id',
    { schema: { tags: ['access'], params: idParams, response: { 200: userReply } } },
    async (request) => ({ user: await access.getUser(contextOf(request), request.params.id) }),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['access'],
        params: idParams,
        body: z.strictObject({
          email: email.optional(),
          name: trimmed(200).optional(),
          locale: locale.optional(),
          password: password.optional(),
        }),
        response: { 200: userReply },
      },
    },
    async (request) => ({
      user: await access.updateUser(contextOf(request), request.params.id, request.body),
    }),
  );

  for (const [path, active] of [
    ['/users/:id/deactivate', false],
    ['/users/:id/reactivate', true],
  ] as const) {
    app.post(
      path,
      {
        schema: {
          tags: ['access'],
          params: idParams,
          body: z.strictObject({}).optional(),
          response: { 200: userReply },
        },
      },
      async (request) => ({
        user: await access.setUserActive(contextOf(request), request.params.id, active),
      }),
    );
  }

  app.post(
    '/users/:id/grants',
    {
      schema: {
        tags: ['access'],
        params: idParams,
        body: z.strictObject({ orgUnitId: z.uuid(), role: z.enum(roles) }),
        response: { 201: z.object({ grant }) },
      },
    },
    async (request, reply) => {
      const created = await access.grantRole(contextOf(request), request.params.id, request.body);
      return reply.code(201).send({ grant: created });
    },
  );

  app.delete(
    '/role-grants/:id',
    { schema: { tags: ['access'], params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await access.revokeGrant(contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
