import { describe, expect, it } from 'vitest';
import {
  isCarriedOver,
  isEditable,
  readsLive,
  shortenText,
  statusAfter,
  versionToFollow,
} from './plans.js';

describe('the steps of a business plan', () => {
  it('goes from draft to submitted to approved', () => {
    expect(statusAfter('draft', 'submit')).toBe('submitted');
    expect(statusAfter('submitted', 'approve')).toBe('approved');
  });

  it('takes a submitted plan back to draft, and starts a new draft beside an approved one', () => {
    expect(statusAfter('submitted', 'reopen')).toBe('draft');
    expect(statusAfter('approved', 'new_version')).toBe('draft');
  });

  it('allows no step from a status the step does not start from', () => {
    expect(statusAfter('draft', 'approve')).toBeNull();
    expect(statusAfter('approved', 'submit')).toBeNull();
    expect(statusAfter('approved', 'reopen')).toBeNull();
    expect(statusAfter('draft', 'new_version')).toBeNull();
  });

  it('lets only a draft change, and reads everything but an approved plan live', () => {
    expect([isEditable('draft'), isEditable('submitted'), isEditable('approved')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([readsLive('draft'), readsLive('submitted'), readsLive('approved')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('actions carried over into a year', () => {
  it('carries an action due before the year that is neither done nor cancelled', () => {
    expect(isCarriedOver({ storedStatus: 'in_progress', dueDate: '2025-12-31' }, 2026)).toBe(true);
    expect(isCarriedOver({ storedStatus: 'delayed', dueDate: '2024-05-01' }, 2026)).toBe(true);
  });

  it('leaves finished actions, and those due in the year or later, to the year filter', () => {
    expect(isCarriedOver({ storedStatus: 'done', dueDate: '2025-12-31' }, 2026)).toBe(false);
    expect(isCarriedOver({ storedStatus: 'cancelled', dueDate: '2025-01-01' }, 2026)).toBe(false);
    expect(isCarriedOver({ storedStatus: 'in_progress', dueDate: '2026-01-01' }, 2026)).toBe(false);
    expect(isCarriedOver({ storedStatus: 'not_started', dueDate: null }, 2026)).toBe(false);
  });
});

describe('the version others build on', () => {
  it('is the newest approved version, not a newer draft', () => {
    const versions = [
      { number: 3, status: 'draft' as const },
      { number: 2, status: 'approved' as const },
      { number: 1, status: 'approved' as const },
    ];
    expect(versionToFollow(versions)?.number).toBe(2);
  });

  it('is the newest version when none is approved, and none when there is none', () => {
    const versions = [
      { number: 1, status: 'submitted' as const },
      { number: 0, status: 'draft' as const },
    ];
    expect(versionToFollow(versions)?.number).toBe(1);
    expect(versionToFollow([])).toBeUndefined();
  });
});

describe('shortening a summary', () => {
  it('keeps a short text whole, with its white space tidied', () => {
    expect(shortenText('  Kort   tekst\n her ', 40)).toEqual({
      text: 'Kort tekst her',
      shortened: false,
    });
  });

  it('cuts a long text at a word and ends it with an ellipsis within the length', () => {
    const result = shortenText('Sjukeheimen gir heldøgns omsorg, og mye mer enn det.', 30);
    expect(result).toEqual({ text: 'Sjukeheimen gir heldøgns…', shortened: true });
    expect(result.text.length).toBeLessThanOrEqual(30);
  });

  it('cuts inside a word only when the first word alone is too long', () => {
    expect(shortenText('Velferdsteknologiutviklingsprosjekt er langt', 10)).toEqual({
      text: 'Velferdst…',
      shortened: true,
    });
  });
});
