import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type RequestContext, createContext } from '../context.js';
import type { Db } from '../db/connect.js';
import { AppError } from '../errors.js';
import { resolveSession, sessionCookie } from '../modules/access/sessions.js';
import { loadOrgTree } from '../modules/organisation/service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes that answer without a session: health, the API description, login. */
    public?: boolean;
  }
  interface FastifyRequest {
    context: RequestContext | null;
  }
}

/** Reads the signed session cookie; null when absent or tampered with. */
export function sessionToken(request: FastifyRequest): string | null {
  const raw = request.cookies[sessionCookie];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}

/**
 * Every API route needs a live session unless it says it is public. This runs before the body is
 * read, so an anonymous caller learns nothing from validation errors.
 */
export function registerAuthentication(
  app: FastifyInstance,
  options: { db: Db; config: { sessionTtlMs: number } },
): void {
  app.decorateRequest('context', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.routeOptions.config.public) return;
    if (!request.routeOptions.url) return;

    const token = sessionToken(request);
    const actor = token ? await resolveSession(options.db, token, options.config.sessionTtlMs) : null;
    if (!actor) throw new AppError('not_authenticated', 'Log in to continue');

    request.context = createContext(options.db, actor, request.id, request.log, loadOrgTree);
  });
}

/** The context of an authenticated request; routes that are not public always have one. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.context) throw new AppError('not_authenticated', 'Log in to continue');
  return request.context;
}
