/**
 * Calling a module's service functions directly in an API test, as a given user, with a count of
 * the queries they make: how tests show a read takes a fixed number of queries.
 */
import type { KyselyPlugin } from 'kysely';
import { type RequestContext, createContext } from '../context.js';
import { grantsOf } from '../modules/access/service.js';
import { loadOrgTree } from '../modules/organisation/service.js';
import type { TestApp } from './harness.js';

export interface QueryCounter {
  plugin: KyselyPlugin;
  /** Queries made since the counter was made or last reset. */
  readonly count: number;
  reset(): void;
}

export function queryCounter(): QueryCounter {
  let count = 0;
  return {
    plugin: {
      transformQuery: (args) => {
        count++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    },
    get count() {
      return count;
    },
    reset: () => {
      count = 0;
    },
  };
}

/** A request context for the user, on the test's database, counted when a counter is given. */
export async function serviceContext(
  test: TestApp,
  user: { tenantId: string; userId: string },
  counter?: QueryCounter,
): Promise<RequestContext> {
  const db = counter ? test.db.withPlugin(counter.plugin) : test.db;
  const actor = {
    tenantId: user.tenantId,
    userId: user.userId,
    sessionId: null,
    grants: await grantsOf(test.db, user.tenantId, user.userId),
  };
  return createContext(db, actor, 'test', test.app.log, loadOrgTree);
}
