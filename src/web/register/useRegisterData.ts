/**
 * What register pages need to name things: focus areas, the success criteria a unit sees, and the
 * people who can own an indicator or an action. Administrators see the users they manage, others
 * the people with a role where they can read.
 */
import { useCallback } from 'react';
import { useLoad } from '../components/useLoad.js';
import { listPeople, listUsers } from '../pages/users/usersApi.js';
import { isAdministrator, useMe } from '../session/SessionProvider.js';
import { listCriteria, listFocusAreas } from './registerApi.js';
import type { FocusArea, SuccessCriterion } from './types.js';

export interface Person {
  id: string;
  name: string;
}

export interface RegisterData {
  focusAreas: FocusArea[];
  criteria: SuccessCriterion[];
  people: Person[];
}

/** Pass the unit whose criteria to load (its own and those above it), once it is known. */
export function useRegisterData(criteriaUnitId: string | undefined) {
  const me = useMe();
  const administrator = isAdministrator(me);
  const myself = me.user;
  const load = useCallback(async (): Promise<RegisterData> => {
    const [focusAreas, criteria, users] = await Promise.all([
      listFocusAreas(true),
      criteriaUnitId ? listCriteria(criteriaUnitId, true) : Promise.resolve([]),
      administrator ? listUsers(true) : listPeople(),
    ]);
    const people = users.map((user) => ({ id: user.id, name: user.name }));
    if (!people.some((person) => person.id === myself.id)) {
      people.push({ id: myself.id, name: myself.name });
    }
    people.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    return { focusAreas, criteria, people };
  }, [criteriaUnitId, administrator, myself]);
  return useLoad(load);
}
