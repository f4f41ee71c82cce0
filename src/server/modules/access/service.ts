import { v7 as uuid } from 'uuid';
import { type Grant, type Role, unitsInReach } from '#domain/access.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import type { AppUserRow } from '../../db/schema.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { nowIso } from '../../time.js';
import { recordChange } from '../audit/service.js';
import { reachOf, requireAdministratorSomewhere, requireRole } from './permissions.js';
import * as queries from './queries.js';
import { hashPassword, toGrant, verifyPassword } from './sessions.js';

export const locales = ['nb', 'en'] as const;
export type Locale = (typeof locales)[number];

export interface GrantView {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  role: Role;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  deactivatedAt: string | null;
  grants: GrantView[];
}

type GrantRow = Awaited<ReturnType<typeof queries.listGrants>>[number];

function toUserView(user: AppUserRow, grants: GrantRow[]): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale as Locale,
    deactivatedAt: user.deactivated_at,
    grants: grants
      .filter((grant) => grant.user_id === user.id)
      .map((grant) => ({
        id: grant.id,
        orgUnitId: grant.org_unit_id,
        orgUnitName: grant.org_unit_name,
        role: grant.role as Role,
      })),
  };
}

/** An administrator sees users with a role inside their reach, and users with no role yet. */
async function administeredUnits(ctx: RequestContext): Promise<Set<string>> {
  requireAdministratorSomewhere(ctx);
  return unitsInReach(await ctx.tree(), ctx.actor.grants, 'administrator');
}

const visibleTo = (reach: Set<string>, grants: GrantView[]) =>
  grants.length === 0 || grants.some((grant) => reach.has(grant.orgUnitId));

/** Changing a user's login or status needs administration over every unit where they hold a role. */
const manageableBy = (reach: Set<string>, grants: GrantView[]) =>
  grants.every((grant) => reach.has(grant.orgUnitId));

export async function listUsers(
  ctx: RequestContext,
  options: { includeDeactivated: boolean },
): Promise<UserView[]> {
  const reach = await administeredUnits(ctx);
  const [users, grants] = await Promise.all([
    queries.listUsers(ctx.db, ctx.actor.tenantId),
    queries.listGrants(ctx.db, ctx.actor.tenantId),
  ]);
  return users
    .map((user) => toUserView(user, grants))
    .filter((user) => options.includeDeactivated || user.deactivatedAt === null)
    .filter((user) => visibleTo(reach, user.grants));
}

export interface Person {
  id: string;
  name: string;
}

/**
 * The people a user may name, for instance as responsible for an action: the active users with a
 * role on a unit the user can read, and the user. Names only, so a reporter learns no more than
 * who works where they already look.
 */
export async function listPeople(ctx: RequestContext): Promise<Person[]> {
  const reach = await reachOf(ctx, 'reader');
  const [users, grants] = await Promise.all([
    queries.listUsers(ctx.db, ctx.actor.tenantId),
    queries.listGrants(ctx.db, ctx.actor.tenantId),
  ]);
  const seen = new Set(
    grants.filter((grant) => reach.has(grant.org_unit_id)).map((grant) => grant.user_id),
  );
  seen.add(ctx.actor.userId);
  return users
    .filter((user) => user.deactivated_at === null && seen.has(user.id))
    .map((user) => ({ id: user.id, name: user.name }));
}

async function loadUser(db: Db, tenantId: string, userId: string): Promise<UserView> {
  const user = await queries.findUser(db, tenantId, userId);
  if (!user) throw notFound('User');
  return toUserView(user, await queries.listGrants(db, tenantId, userId));
}

/** Whether the user exists in the tenant and may log in. */
export async function isActiveUser(db: Db, tenantId: string, userId: string): Promise<boolean> {
  const user = await queries.findUser(db, tenantId, userId);
  return user !== undefined && user.deactivated_at === null;
}

/** The roles a user holds, for checks made without a session. */
export async function grantsOf(db: Db, tenantId: string, userId: string): Promise<Grant[]> {
  return (await queries.listGrants(db, tenantId, userId)).map(toGrant);
}

/** Whether the user exists in the tenant, for other modules that point at users. */
export async function userBelongsToTenant(db: Db, tenantId: string, userId: string) {
  return (await queries.findUser(db, tenantId, userId)) !== undefined;
}

export async function getUser(ctx: RequestContext, userId: string): Promise<UserView> {
  const reach = await administeredUnits(ctx);
  const user = await loadUser(ctx.db, ctx.actor.tenantId, userId);
  if (!visibleTo(reach, user.grants)) throw notFound('User');
  return user;
}

/** Refuses unless the actor administers every unit where the user holds a role. */
export async function requireManageableUser(ctx: RequestContext, userId: string) {
  const reach = await administeredUnits(ctx);
  const user = await loadUser(ctx.db, ctx.actor.tenantId, userId);
  if (!visibleTo(reach, user.grants)) throw notFound('User');
  if (!manageableBy(reach, user.grants)) throw forbidden();
  return user;
}

export interface NewUserInput {
  email: string;
  name: string;
  password: string;
  locale?: Locale;
}

export async function createUser(ctx: RequestContext, input: NewUserInput): Promise<UserView> {
  requireAdministratorSomewhere(ctx);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);

  return ctx.db.transaction().execute(async (trx) => {
    if (await queries.findUserByEmail(trx, email)) {
      throw new AppError('email_taken', 'Another user already has this email', 'email');
    }
    const now = nowIso();
    const row: AppUserRow = {
      id: uuid(),
      tenant_id: ctx.actor.tenantId,
      email,
      name: input.name,
      password_hash: passwordHash,
      locale: input.locale ?? 'nb',
      deactivated_at: null,
      created_at: now,
      updated_at: now,
    };
    await queries.insertUser(trx, row);
    const user = toUserView(row, []);
    await recordChange(trx, ctx, userChange(user.id, 'create', undefined, user));
    return user;
  });
}

export interface UserChanges {
  email?: string;
  name?: string;
  locale?: Locale;
  password?: string;
}

export async function updateUser(
  ctx: RequestContext,
  userId: string,
  changes: UserChanges,
): Promise<UserView> {
  const before = await requireManageableUser(ctx, userId);
  const email = changes.email?.trim().toLowerCase();
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;

  return ctx.db.transaction().execute(async (trx) => {
    if (email && email !== before.email && (await queries.findUserByEmail(trx, email))) {
      throw new AppError('email_taken', 'Another user already has this email', 'email');
    }
    await queries.updateUser(trx, ctx.actor.tenantId, userId, {
      email,
      name: changes.name,
      locale: changes.locale,
      password_hash: passwordHash,
      updated_at: nowIso(),
    });
    if (passwordHash && userId !== ctx.actor.userId) {
      await queries.deleteSessionsOfUser(trx, userId);
    }
    const after = await loadUser(trx, ctx.actor.tenantId, userId);
    const audited = passwordHash ? { ...after, passwordChanged: true } : after;
    await recordChange(trx, ctx, userChange(userId, 'update', before, audited));
    return after;
  });
}

/** Deactivated users cannot log in and lose their sessions; their history and roles stay. */
export async function setUserActive(
  ctx: RequestContext,
  userId: string,
  active: boolean,
): Promise<UserView> {
  if (!active && userId === ctx.actor.userId) {
    throw new AppError('cannot_deactivate_self', 'You cannot deactivate yourself');
  }
  const before = await requireManageableUser(ctx, userId);

  return ctx.db.transaction().execute(async (trx) => {
    await queries.updateUser(trx, ctx.actor.tenantId, userId, {
      deactivated_at: active ? null : nowIso(),
      updated_at: nowIso(),
    });
    if (!active) await queries.deleteSessionsOfUser(trx, userId);
    const after = await loadUser(trx, ctx.actor.tenantId, userId);
    const action = active ? 'reactivate' : 'deactivate';
    await recordChange(trx, ctx, userChange(userId, action, before, after));
    return after;
  });
}

export async function grantRole(
  ctx: RequestContext,
  userId: string,
  grant: { orgUnitId: string; role: Role },
): Promise<GrantView> {
  await requireRole(ctx, grant.orgUnitId, 'administrator');
  const user = await loadUser(ctx.db, ctx.actor.tenantId, userId);
  const duplicate = user.grants.some(
    (held) => held.orgUnitId === grant.orgUnitId && held.role === grant.role,
  );
  if (duplicate) {
    throw new AppError('grant_exists', 'The user already has this role on this unit', 'role');
  }

  return ctx.db.transaction().execute(async (trx) => {
    const id = uuid();
    await queries.insertGrant(trx, {
      id,
      tenant_id: ctx.actor.tenantId,
      user_id: userId,
      org_unit_id: grant.orgUnitId,
      role: grant.role,
      created_at: nowIso(),
    });
    const after = (await loadUser(trx, ctx.actor.tenantId, userId)).grants.find(
      (held) => held.id === id,
    ) as GrantView;
    await recordChange(trx, ctx, {
      entityType: 'role_grant',
      entityId: id,
      orgUnitId: grant.orgUnitId,
      subjectUserId: userId,
      action: 'grant',
      after,
    });
    return after;
  });
}

export async function revokeGrant(ctx: RequestContext, grantId: string): Promise<void> {
  const grant = await queries.findGrant(ctx.db, ctx.actor.tenantId, grantId);
  if (!grant) throw notFound('Role');
  await requireRole(ctx, grant.org_unit_id, 'administrator');
  if (grant.user_id === ctx.actor.userId && grant.role === 'administrator') {
    throw new AppError('own_administrator_role', 'You cannot remove your own administrator role');
  }

  await ctx.db.transaction().execute(async (trx) => {
    await queries.deleteGrant(trx, grantId);
    await recordChange(trx, ctx, {
      entityType: 'role_grant',
      entityId: grantId,
      orgUnitId: grant.org_unit_id,
      subjectUserId: grant.user_id,
      action: 'revoke',
      before: { orgUnitId: grant.org_unit_id, role: grant.role },
    });
  });
}

export interface Me {
  user: UserView;
  tenant: { id: string; name: string };
}

export async function getMe(ctx: RequestContext): Promise<Me> {
  const user = await loadUser(ctx.db, ctx.actor.tenantId, ctx.actor.userId);
  const tenant = await queries.findTenant(ctx.db, ctx.actor.tenantId);
  return { user, tenant: { id: ctx.actor.tenantId, name: tenant?.name ?? '' } };
}

export async function updateMe(
  ctx: RequestContext,
  changes: { name?: string; locale?: Locale },
): Promise<Me> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadUser(trx, ctx.actor.tenantId, ctx.actor.userId);
    await queries.updateUser(trx, ctx.actor.tenantId, ctx.actor.userId, {
      ...changes,
      updated_at: nowIso(),
    });
    const after = await loadUser(trx, ctx.actor.tenantId, ctx.actor.userId);
    await recordChange(trx, ctx, userChange(ctx.actor.userId, 'update', before, after));
  });
  return getMe(ctx);
}

/** Changes one's own password; every other session of the user is ended. */
export async function changePassword(
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await queries.findUser(ctx.db, ctx.actor.tenantId, ctx.actor.userId);
  if (!user) throw notFound('User');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('wrong_password', 'The current password is wrong', 'currentPassword');
  }
  const passwordHash = await hashPassword(input.newPassword);

  await ctx.db.transaction().execute(async (trx) => {
    await queries.updateUser(trx, ctx.actor.tenantId, user.id, {
      password_hash: passwordHash,
      updated_at: nowIso(),
    });
    await queries.deleteSessionsOfUser(trx, user.id, ctx.actor.sessionId ?? undefined);
    await recordChange(trx, ctx, userChange(user.id, 'change_password'));
  });
}

function userChange(userId: string, action: string, before?: unknown, after?: unknown) {
  return { entityType: 'user', entityId: userId, subjectUserId: userId, action, before, after };
}

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  /** Units where the user holds a role of at least reporter (each with its subtree). */
  reporterUnitIds: string[];
}

/** Active users of a tenant with where they report, for reminders sent without a request. */
export async function listRecipients(db: Db, tenantId: string): Promise<Recipient[]> {
  const [users, grants] = await Promise.all([
    queries.listUsers(db, tenantId),
    queries.listGrants(db, tenantId),
  ]);
  return users
    .filter((user) => user.deactivated_at === null)
    .map((user) => ({
      userId: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale as Locale,
      reporterUnitIds: grants
        .filter((grant) => grant.user_id === user.id && grant.role === 'reporter')
        .map((grant) => grant.org_unit_id),
    }));
}
