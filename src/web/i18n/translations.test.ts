import { describe, expect, test } from 'vitest';
import en from './en.json';
import nb from './nb.json';

type Tree = { [key: string]: string | Tree };

function entriesOf(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entriesOf(value, `${prefix}${key}.`),
  );
}

const keysOf = (tree: Tree) => entriesOf(tree).map(([key]) => key);

describe('the translations', () => {
  test('English and bokmål have exactly the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nb).sort());
  });

  test('no text is left empty', () => {
    const empty = (tree: Tree) =>
      entriesOf(tree)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
    expect(empty(nb)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  test('every API error code the web app may meet has a message in both languages', () => {
    const codes = [
      'validation_failed', 'not_authenticated', 'invalid_credentials', 'wrong_password',
      'user_deactivated', 'forbidden', 'not_found', 'rate_limited', 'code_taken', 'email_taken',
      'move_into_own_subtree', 'unit_is_root', 'unit_closed', 'parent_closed', 'grant_exists',
      'own_administrator_role', 'cannot_deactivate_self', 'import_invalid', 'import_unreadable',
      'internal_error', 'network_error', 'stale_write', 'plan_locked', 'plan_wrong_status',
      'plan_not_latest', 'plan_exists', 'title_taken', 'unsafe_link', 'html_not_allowed',
    ];
    for (const code of codes) {
      expect(nb.errors, code).toHaveProperty(code);
      expect(en.errors, code).toHaveProperty(code);
    }
  });
});
