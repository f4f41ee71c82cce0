import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { v7 as uuid } from 'uuid';
import type { Config } from './config.js';
import type { Db } from './db/connect.js';
import { handleError } from './http/errorHandler.js';
import { registerAuthentication } from './http/authentication.js';
import { accessRoutes } from './modules/access/routes.js';
import { actionRoutes } from './modules/actions/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { measurementRoutes } from './modules/measurement/routes.js';
import { organisationRoutes } from './modules/organisation/routes.js';
import { planRoutes } from './modules/plans/routes.js';
import { registerRoutes } from './modules/register/routes.js';
import { scorecardRoutes } from './modules/scorecard/routes.js';
import { tenantRoutes } from './modules/tenants/routes.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    sessionTtlMs: number;
    cookieSecure: boolean;
  }
}

export interface AppOptions {
  db: Db;
  config: Pick<Config, 'sessionSecret' | 'sessionTtlMs' | 'cookieSecure' | 'logLevel'>;
  /** The built web app to serve; omitted in API tests. */
  webRoot?: string;
  /** false silences the log; a stream receives it instead of stdout. */
  logger?: false | { level?: string; stream?: NodeJS.WritableStream };
}

const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
];

/** Builds the Fastify app: plugins, authentication, error handling and every module's routes. */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: options.config.logLevel, ...options.logger, redact: redactedPaths },
    genReqId: () => uuid(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie, { secret: options.config.sessionSecret });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Balanse API', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'balanse_session' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.decorate('db', options.db);
  app.decorate('sessionTtlMs', options.config.sessionTtlMs);
  app.decorate('cookieSecure', options.config.cookieSecure);
  registerAuthentication(app, options);

  await app.register(
    async (api) => {
      api.get('/health', { config: { public: true } }, async () => ({ status: 'ok' }));
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await api.register(accessRoutes);
      await api.register(organisationRoutes);
      await api.register(auditRoutes);
      await api.register(registerRoutes);
      await api.register(tenantRoutes);
      await api.register(measurementRoutes);
      await api.register(scorecardRoutes);
      await api.register(actionRoutes);
      await api.register(planRoutes);
    },
    { prefix: '/api' },
  );

  serveWebApp(app, options.webRoot);
  return app;
}

function serveWebApp(app: FastifyInstance, webRoot: string | undefined): void {
  const indexHtml = webRoot ? path.join(webRoot, 'index.html') : undefined;
  if (webRoot && indexHtml && existsSync(indexHtml)) {
    void app.register(fastifyStatic, { root: webRoot, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !isApiPath(request.url);
    if (wantsPage && indexHtml && existsSync(indexHtml)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({
      error: { code: 'not_found', message: 'No such route', requestId: request.id },
    });
  });
}

/** Whether a request's URL is under /api, as /api-tokens (a page of the web app) is not. */
const isApiPath = (url: string) => /^\/api(?:[/?#]|$)/.test(url);
