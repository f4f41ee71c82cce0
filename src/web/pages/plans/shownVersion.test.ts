import { describe, expect, test } from 'vitest';
import { shownVersion } from './shownVersion.js';

const draft = { id: 'v3', status: 'draft' };
const approved = { id: 'v2', status: 'approved' };
const older = { id: 'v1', status: 'approved' };
const versions = [draft, approved, older];

describe('the plan version a page opens on', () => {
  test('is the one the address names, for anyone', () => {
    expect(shownVersion(versions, 'v1', true)).toBe(older);
    expect(shownVersion(versions, 'v3', false)).toBe(draft);
  });

  test('is the newest for someone who writes the plan', () => {
    expect(shownVersion(versions, null, true)).toBe(draft);
  });

  test('is the newest approved one for a reader, while a new version is being written', () => {
    expect(shownVersion(versions, null, false)).toBe(approved);
    expect(shownVersion(versions, 'no-such-version', false)).toBe(approved);
  });

  test('is the newest for a reader when none is approved yet, and nothing without versions', () => {
    expect(shownVersion([draft], null, false)).toBe(draft);
    expect(shownVersion([], null, false)).toBeUndefined();
  });
});
