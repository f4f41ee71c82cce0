/** The shapes the API answers with, named with the domain's words. */
import type { Role } from '#domain/access.js';

export type { Role };

export const unitKinds = ['municipality', 'sector', 'unit', 'department', 'staff'] as const;
export type UnitKind = (typeof unitKinds)[number];

export const locales = ['nb', 'en'] as const;
export type Locale = (typeof locales)[number];

export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  validFrom: string;
  validTo: string | null;
  closed: boolean;
}

export interface UnitDetails {
  unit: OrgUnit;
  path: { id: string; name: string }[];
  role: Role;
}

export interface RoleGrant {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  role: Role;
}

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  deactivatedAt: string | null;
  grants: RoleGrant[];
}

export interface Me {
  user: User;
  tenant: { id: string; name: string };
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface ImportRow {
  line: number;
  code: string;
  name: string;
  parentCode: string | null;
  kind: string;
  action: 'create' | 'update' | 'unchanged';
}

export interface ImportIssue {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportPreview {
  rows: ImportRow[];
  issues: ImportIssue[];
}
