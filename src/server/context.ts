import type { FastifyBaseLogger } from 'fastify';
import type { Grant } from '#domain/access.js';
import type { OrgTree } from '#domain/orgTree.js';
import type { Db } from './db/connect.js';

/** The person behind a request, as their session says. */
export interface Actor {
  tenantId: string;
  userId: string;
  sessionId: string | null;
  grants: Grant[];
}

export interface TreeUnitRow {
  id: string;
  parentId: string | null;
  validTo: string | null;
}

/** What a service needs to act for one request: the database, who asks, and the unit tree. */
export interface RequestContext {
  db: Db;
  actor: Actor;
  requestId: string;
  log: FastifyBaseLogger;
  /** The tenant's unit tree, read once per request on first use. */
  tree(): Promise<OrgTree<TreeUnitRow>>;
}

/** A context for one actor, with the unit tree read on first use. */
export function createContext(
  db: Db,
  actor: Actor,
  requestId: string,
  log: FastifyBaseLogger,
  loadTree: (db: Db, tenantId: string) => Promise<OrgTree<TreeUnitRow>>,
): RequestContext {
  let tree: Promise<OrgTree<TreeUnitRow>> | undefined;
  return {
    db,
    actor,
    requestId,
    log: log.child({ tenant: actor.tenantId, user: actor.userId }),
    tree: () => (tree ??= loadTree(db, actor.tenantId)),
  };
}
