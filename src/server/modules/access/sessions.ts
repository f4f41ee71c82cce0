import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Grant, Role } from '#domain/access.js';
import type { Actor } from '../../context.js';
import type { Db } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import { nowIso } from '../../time.js';
import * as queries from './queries.js';

export const sessionCookie = 'balanse_session';

/** Sessions are extended on use, but at most once a minute, to spare the database a write. */
const extendAfterMs = 60 * 1000;

/** Argon2id with the library's default cost (19 MiB, two passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/** Verifying against this when the email is unknown keeps both failures equally slow. */
const unknownUserHash = hashPassword(randomBytes(16).toString('hex'));

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  token: string;
  userId: string;
  tenantId: string;
}

/** Checks the password and opens a session; only the token's hash is stored. */
export async function login(
  db: Db,
  credentials: { email: string; password: string },
  ttlMs: number,
): Promise<LoginResult> {
  const user = await queries.findUserByEmail(db, credentials.email.trim().toLowerCase());
  const passwordHash = user?.password_hash ?? (await unknownUserHash);
  const passwordMatches = await verifyPassword(passwordHash, credentials.password);
  if (!user || !passwordMatches) {
    throw new AppError('invalid_credentials', 'Wrong email or password');
  }
  if (user.deactivated_at) throw new AppError('user_deactivated', 'This user is deactivated');

  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await queries.insertSession(db, {
    id: sessionIdOf(token),
    tenant_id: user.tenant_id,
    user_id: user.id,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ttlMs).toISOString(),
  });
  return { token, userId: user.id, tenantId: user.tenant_id };
}

export async function logout(db: Db, token: string): Promise<void> {
  await queries.deleteSession(db, sessionIdOf(token));
}

/** The actor behind a session token, or null when it is unknown, expired or deactivated. */
export async function resolveSession(db: Db, token: string, ttlMs: number): Promise<Actor | null> {
  const now = new Date();
  const session = await queries.findLiveSession(db, sessionIdOf(token), now.toISOString());
  if (!session || session.deactivated_at) return null;

  if (now.getTime() - Date.parse(session.last_seen_at) > extendAfterMs) {
    const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
    await queries.extendSession(db, session.id, now.toISOString(), expiresAt);
  }
  const grants = await queries.listGrants(db, session.tenant_id, session.user_id);
  return {
    tenantId: session.tenant_id,
    userId: session.user_id,
    sessionId: session.id,
    grants: grants.map(toGrant),
  };
}

export function toGrant(row: { org_unit_id: string; role: string }): Grant {
  return { orgUnitId: row.org_unit_id, role: row.role as Role };
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await queries.deleteExpiredSessions(db, nowIso());
}
