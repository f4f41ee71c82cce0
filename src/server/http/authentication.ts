import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Actor, type RequestContext, createContext } from '../context.js';
import { resolveApiToken } from '../modules/measurement/tokens.js';
import type { Db } from '../db/connect.js';
import { AppError } from '../errors.js';
import { resolveSession, sessionCookie } from '../modules/access/sessions.js';
import { loadOrgTree } from '../modules/organisation/service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes that answer without a session: health, the API description, login. */
    public?: boolean;
    /** Routes another system may call with an API token instead of a session. */
    apiToken?: boolean;
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

    const actor = await authenticate(request, options);
    if (!actor) throw new AppError('not_authenticated', 'Log in to continue');

    request.context = createContext(options.db, actor, request.id, request.log, loadOrgTree);
  });
}

/** A session cookie, or on the routes that allow it, a bearer API token. */
async function authenticate(
  request: FastifyRequest,
  options: { db: Db; config: { sessionTtlMs: number } },
): Promise<Actor | null> {
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    if (!request.routeOptions.config.apiToken) {
      throw new AppError('forbidden', 'An API token may only enter results');
    }
    return resolveApiToken(options.db, bearer);
  }
  const token = sessionToken(request);
  return token ? resolveSession(options.db, token, options.config.sessionTtlMs) : null;
}

/** The context of an authenticated request; routes that are not public always have one. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.context) throw new AppError('not_authenticated', 'Log in to continue');
  return request.context;
}
