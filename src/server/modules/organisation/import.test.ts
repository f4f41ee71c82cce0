import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from '../../testing/harness.js';
import type { ImportPreview } from './import.js';
import type { OrgUnit } from './service.js';

interface SourceUnit {
  name: string;
  level: string;
  children?: SourceUnit[];
}

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data');
const sande = JSON.parse(
  readFileSync(path.join(dataDir, 'org_sande_kommune_more_og_romsdal.json'), 'utf8'),
) as { tree: SourceUnit };

/** Sande kommune's real organisation as the rows a municipality would export: code;name;parent;kind. */
function sandeRows(rootCode: string): string[][] {
  const rows: string[][] = [];
  const walk = (units: SourceUnit[], parentCode: string) =>
    units.forEach((unit, index) => {
      const code = `${parentCode}-${index + 1}`;
      const kind =
        unit.level === 'sektor' ? 'sektor' : unit.level.startsWith('stab') ? 'stab' : 'enhet';
      rows.push([code, unit.name, parentCode, kind]);
      walk(unit.children ?? [], code);
    });
  walk(sande.tree.children ?? [], rootCode);
  return rows;
}

const csvFile = (lines: string[][], encoding: BufferEncoding = 'utf8') => ({
  fileName: 'enheter.csv',
  contentBase64: Buffer.from(lines.map((line) => line.join(';')).join('\r\n'), encoding).toString(
    'base64',
  ),
});

describe.each(databaseKinds)('importing an organisation on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let admin: ApiClient;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db, 'Sande kommune');
    admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
  });
  afterAll(() => test.close());

  const unitCount = async () =>
    (await admin.get<{ units: OrgUnit[] }>('/api/org-units?includeClosed=true')).body.units.length;
  const rootUnitCode = async () =>
    (await admin.get<{ unit: OrgUnit }>(`/api/org-units/${tenant.rootUnitId}`)).body.unit.code;

  it('lists every bad row by line and reason, and a commit writes nothing', async () => {
    const root = await rootUnitCode();
    const file = csvFile([
      ['kode', 'navn', 'overordnet', 'type'],
      ['A', 'Gyldig sektor', root, 'sektor'],
      ['B', '', root, 'enhet'],
      ['C', 'Slott', root, 'slott'],
      ['D', 'Foreldreløs', 'FINNES-IKKE', 'enhet'],
      ['A', 'Samme kode', root, 'enhet'],
      ['E', 'Sirkel 1', 'F', 'enhet'],
      ['F', 'Sirkel 2', 'E', 'enhet'],
      ['G', 'Ny topp', '', 'kommune'],
    ]);
    const before = await unitCount();

    const preview = await admin.post<ImportPreview>('/api/org-units/import/preview', file);
    expect(preview.status).toBe(200);
    expect(preview.body.issues.map(({ line, field, code }) => [line, field, code])).toEqual([
      [3, 'name', 'required'],
      [4, 'kind', 'unknown_kind'],
      [5, 'parentCode', 'unknown_parent'],
      [6, 'code', 'duplicate'],
      [7, 'parentCode', 'cycle'],
      [8, 'parentCode', 'cycle'],
      [9, 'parentCode', 'second_root'],
    ]);
    expect(preview.body.issues[3]?.message).toContain('line 2');

    const commit = await admin.post('/api/org-units/import/commit', file);
    expect(commit.status).toBe(422);
    expect(commit.body.error.code).toBe('import_invalid');
    expect(await unitCount()).toBe(before);
  });

  it('names a missing column instead of guessing', async () => {
    const preview = await admin.post<ImportPreview>(
      '/api/org-units/import/preview',
      csvFile([
        ['kode', 'navn'],
        ['A', 'Sektor'],
      ]),
    );
    expect(preview.body.issues).toEqual([
      expect.objectContaining({ line: 1, field: 'parentCode', code: 'missing_column' }),
      expect.objectContaining({ line: 1, field: 'kind', code: 'missing_column' }),
    ]);
  });

  it('imports Sande kommune’s real organisation from an ISO-8859-1 CSV, parents before children', async () => {
    const root = await rootUnitCode();
    const rows = sandeRows(root);
    const file = csvFile([['Kode', 'Navn', 'Overordnet kode', 'Type'], ...rows], 'latin1');
    const before = await unitCount();

    const preview = await admin.post<ImportPreview>('/api/org-units/import/preview', file);
    expect(preview.body.issues).toEqual([]);
    expect(preview.body.rows.every((row) => row.action === 'create')).toBe(true);

    const commit = await admin.post<{ created: number }>('/api/org-units/import/commit', file);
    expect(commit.body).toEqual({ created: rows.length, updated: 0 });
    expect(await unitCount()).toBe(before + rows.length);

    const units = (await admin.get<{ units: OrgUnit[] }>('/api/org-units')).body.units;
    const kvamsoy = units.find((unit) => unit.name === 'Kvamsøy oppvekstsenter');
    const sector = units.find((unit) => unit.id === kvamsoy?.parentId);
    expect(sector?.name).toBe('Oppvekst og kultur');
    expect(sector?.kind).toBe('sector');
  });

  it('updates what changed when the same organisation comes back as an Excel file', async () => {
    const root = await rootUnitCode();
    const rows = sandeRows(root).map((row) =>
      row[1] === 'Sjukeheim' ? [row[0], 'Sande sjukeheim', row[2], row[3]] : row,
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Organisasjon');
    sheet.addRow(['code', 'name', 'parent code', 'kind']);
    for (const row of rows) sheet.addRow(row);
    const file = {
      fileName: 'organisasjon.xlsx',
      contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    };

    const preview = await admin.post<ImportPreview>('/api/org-units/import/preview', file);
    const actions = preview.body.rows.map((row) => row.action);
    expect(actions.filter((action) => action === 'update')).toHaveLength(1);
    expect(actions.filter((action) => action === 'unchanged')).toHaveLength(rows.length - 1);

    const commit = await admin.post('/api/org-units/import/commit', file);
    expect(commit.body).toEqual({ created: 0, updated: 1 });
    const units = (await admin.get<{ units: OrgUnit[] }>('/api/org-units')).body.units;
    expect(units.map((unit) => unit.name)).toContain('Sande sjukeheim');
  });

  it('refuses a file that is neither CSV nor Excel with a clear error', async () => {
    const response = await admin.post('/api/org-units/import/preview', {
      fileName: 'bilde.xlsx',
      contentBase64: Buffer.from('PK\u0003\u0004garbage').toString('base64'),
    });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'import_unreadable', field: 'file' });
  });
});
