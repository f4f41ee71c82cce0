import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations/index.js';

describe('migrations', () => {
  it('lists every migration file in the folder, named by its timestamp', () => {
    const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
    const files = readdirSync(folder)
      .filter((file) => file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''));
    expect(Object.keys(migrations).sort()).toEqual(files.sort());
    for (const name of files) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}_[a-z_]+$/);
  });
});
