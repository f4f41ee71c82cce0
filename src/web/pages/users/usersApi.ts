import { api } from '../../api.js';
import type { Locale, Role, RoleGrant, User } from '../../types.js';

export const listUsers = (includeDeactivated: boolean) =>
  api.get<{ users: User[] }>('/users', { includeDeactivated }).then((reply) => reply.users);

/** The active people with a role where the user can read: enough to name someone responsible. */
export const listPeople = () =>
  api.get<{ people: { id: string; name: string }[] }>('/people').then((reply) => reply.people);

export const getUser = (userId: string) =>
  api.get<{ user: User }>(`/users/${userId}`).then((reply) => reply.user);

export interface NewUser {
  email: string;
  name: string;
  password: string;
  locale: Locale;
}

export const createUser = (input: NewUser) =>
  api.post<{ user: User }>('/users', input).then((reply) => reply.user);

export interface UserChanges {
  email?: string;
  name?: string;
  locale?: Locale;
  password?: string;
}

export const updateUser = (userId: string, changes: UserChanges) =>
  api.patch<{ user: User }>(`/users/${userId}`, changes).then((reply) => reply.user);

export const setUserActive = (userId: string, active: boolean) =>
  api
    .post<{ user: User }>(`/users/${userId}/${active ? 'reactivate' : 'deactivate'}`)
    .then((reply) => reply.user);

export const grantRole = (userId: string, grant: { orgUnitId: string; role: Role }) =>
  api.post<{ grant: RoleGrant }>(`/users/${userId}/grants`, grant).then((reply) => reply.grant);

export const revokeGrant = (grantId: string) => api.delete(`/role-grants/${grantId}`);
