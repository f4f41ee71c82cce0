import { describe, expect, test } from 'vitest';
import { changesFrom, draftFrom, emptyDraft, readDraft, readProgress } from './actionDraft.js';
import type { Action } from './actionsApi.js';

const unitId = '0190a1b2-0000-7000-8000-000000000001';
const indicatorId = '0190a1b2-0000-7000-8000-000000000002';

const stored: Action = {
  id: 'a1',
  title: 'Kartlegge lekkasjer',
  description: '',
  orgUnit: { id: unitId, name: 'Plan og utvikling' },
  responsible: null,
  startDate: '2026-03-01',
  dueDate: '2026-06-30',
  status: 'in_progress',
  storedStatus: 'in_progress',
  overdue: false,
  progress: 40,
  cost: 12500.5,
  link: { kind: 'indicator', id: indicatorId, name: 'Vannforsyning' },
  updateCount: 0,
  version: 3,
  createdBy: null,
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
};

const issuesOf = (result: ReturnType<typeof readDraft>) =>
  result.ok ? [] : result.issues.map((issue) => `${issue.field}:${issue.code}`);

describe('the action form’s draft', () => {
  test('a title and a unit are all a new action needs', () => {
    const result = readDraft({ ...emptyDraft(unitId, ''), title: '  Ny rutine  ' });
    expect(result).toEqual({
      ok: true,
      input: {
        orgUnitId: unitId,
        title: 'Ny rutine',
        description: '',
        responsibleUserId: null,
        startDate: null,
        dueDate: null,
        status: 'not_started',
        progress: 0,
        cost: null,
        link: null,
      },
    });
  });

  test('a blank title, a due date before the start and a bad cost fail on their fields', () => {
    const draft = {
      ...emptyDraft(unitId, ''),
      startDate: '2026-05-01',
      dueDate: '2026-04-01',
      cost: '12,5,0',
    };
    expect(issuesOf(readDraft(draft))).toEqual([
      'title:too_small',
      'dueDate:custom',
      'cost:not_a_number',
    ]);
  });

  test('a link needs something chosen to link to', () => {
    const draft = { ...emptyDraft(unitId, ''), title: 'T', linkKind: 'indicator' as const };
    expect(issuesOf(readDraft(draft))).toEqual(['link.id:required']);
  });

  test('progress is a whole percent from 0 to 100', () => {
    expect(readProgress('45')).toBe(45);
    expect(readProgress('45,5')).toBe('not_whole');
    expect(readProgress('101')).toBe('too_big');
    expect(readProgress('')).toBe('required');
  });

  test('a cost is read as Norwegians type it', () => {
    const result = readDraft({ ...emptyDraft(unitId, ''), title: 'T', cost: 'kr 12 500,50' });
    expect(result.ok && result.input.cost).toBe(12500.5);
  });

  test('editing sends only what changed, so someone else’s newer fields are kept', () => {
    const draft = { ...draftFrom(stored, 'nb'), progress: '60' };
    expect(draft.cost).toBe('12500,5');
    const result = readDraft(draft);
    expect(result.ok && changesFrom(result.input, stored)).toEqual({ progress: 60 });
  });

  test('changing or removing the link sends the link', () => {
    const result = readDraft({ ...draftFrom(stored, 'nb'), linkKind: '', linkId: '' });
    expect(result.ok && changesFrom(result.input, stored)).toEqual({ link: null });
  });
});
