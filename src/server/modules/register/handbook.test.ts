import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCriterion, createFocusArea, createIndicator } from '../../testing/factories.js';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from '../../testing/harness.js';
import type { Indicator } from './indicators.js';

interface Preview {
  rows: { line: number; code: string; action: string }[];
  issues: { line: number; field: string; code: string }[];
}

async function download(test: TestApp, client: ApiClient, locale: string): Promise<Buffer> {
  const response = await test.app.inject({
    method: 'GET',
    url: `/api/indicators/handbook.xlsx?locale=${locale}`,
    headers: { cookie: client.cookieHeader },
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  return response.rawPayload;
}

async function sheetRows(file: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cell.text));
    rows.push(cells);
  });
  return rows;
}

const asFile = (name: string, content: Buffer) => ({
  fileName: name,
  contentBase64: content.toString('base64'),
});

describe.each(databaseKinds)('the handbook in Excel on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let planner: ApiClient;
  let sickLeave: Indicator;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    planner = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    const area = await createFocusArea(planner, 'Medarbeidere');
    const criterion = await createCriterion(
      planner,
      area.id,
      tenant.rootUnitId,
      'Friske medarbeidere',
    );
    sickLeave = await createIndicator(planner, {
      focusAreaId: area.id,
      criterionIds: [criterion.id],
      code: 'MED-01',
      name: 'Sykefravær',
      definition: {
        definition: 'Tapte dagsverk delt på mulige dagsverk',
        valueType: 'ratio',
        unitAggregation: 'ratio_of_sums',
        direction: 'lower_is_better',
        basis: { kind: 'register', system: 'HR-systemet' },
      },
    });
    await createIndicator(planner, {
      focusAreaId: area.id,
      criterionIds: [criterion.id],
      code: 'MED-02',
      name: 'Medarbeidertilfredshet',
      definition: {
        unitOfMeasure: 'score',
        scaleMin: 1,
        scaleMax: 6,
        basis: {
          kind: 'question',
          questions: ['Jeg trives på jobben', 'Jeg får brukt mine evner'],
        },
      },
    });
  });
  afterAll(() => test.close());

  it('writes one readable row per indicator, with headings and values in words', async () => {
    const rows = await sheetRows(await download(test, planner, 'nb'));
    expect(rows[0]?.slice(0, 5)).toEqual([
      'Kode',
      'Navn',
      'Fokusområde',
      'Suksesskriterier',
      'Definisjon',
    ]);
    const row = rows.find((cells) => cells[0] === 'MED-01') as string[];
    const byHeading = new Map(rows[0]?.map((heading, index) => [heading, row[index]]));
    expect(byHeading.get('Navn')).toBe('Sykefravær');
    expect(byHeading.get('Suksesskriterier')).toBe('Friske medarbeidere');
    expect(byHeading.get('Retning')).toBe('Lavere er bedre');
    expect(byHeading.get('Verditype')).toBe('Brøk (teller/nevner)');
    expect(byHeading.get('Sammenstilling i organisasjonen')).toBe('Sum tellere / sum nevnere');
    expect(byHeading.get('Grunnlag i detalj')).toBe('HR-systemet');
  });

  it('is written in English on request', async () => {
    const rows = await sheetRows(await download(test, planner, 'en'));
    expect(rows[0]?.[0]).toBe('Code');
    expect(rows.find((cells) => cells[0] === 'MED-01')).toContain('Lower is better');
  });

  it('imports again unchanged, so a handbook can travel out and back', async () => {
    const file = asFile('handbok.xlsx', await download(test, planner, 'nb'));
    const preview = await planner.post<Preview>('/api/indicators/import/preview', file);
    expect(preview.body.issues).toEqual([]);
    expect(preview.body.rows.map((row) => row.action)).toEqual(['unchanged', 'unchanged']);
  });

  it('creates and updates indicators from an edited handbook, keeping a version', async () => {
    const rows = await sheetRows(await download(test, planner, 'en'));
    const header = rows[0] as string[];
    const edited = rows.map((cells) => [...cells]);
    const sick = edited.find((cells) => cells[0] === 'MED-01') as string[];
    sick[header.indexOf('Name')] = 'Sykefravær totalt';
    const newRow = [...sick];
    newRow[0] = 'MED-03';
    newRow[header.indexOf('Name')] = 'Sykefravær korttid';
    edited.push(newRow);
    const csv = edited
      .map((cells) => cells.map((cell) => `"${(cell ?? '').replaceAll('"', '""')}"`).join(';'))
      .join('\n');
    const file = asFile('handbook.csv', Buffer.from(csv, 'utf8'));

    const preview = await planner.post<Preview>('/api/indicators/import/preview', file);
    expect(preview.body.issues).toEqual([]);
    expect(preview.body.rows.map((row) => `${row.code}:${row.action}`)).toEqual([
      'MED-01:update',
      'MED-02:unchanged',
      'MED-03:create',
    ]);
    const commit = await planner.post('/api/indicators/import/commit', file);
    expect(commit.body).toEqual({ created: 1, updated: 1 });

    const read = await planner.get<{ indicator: Indicator; versions: unknown[] }>(
      `/api/indicators/${sickLeave.id}`,
    );
    expect(read.body.indicator.name).toBe('Sykefravær totalt');
    expect(read.body.versions).toHaveLength(2);
  });

  it('lists every bad row by line and reason, and a commit writes nothing', async () => {
    const csv = [
      'Kode;Navn;Fokusområde;Suksesskriterier;Måleenhet;Retning;Frekvens;Desimaler;Verditype;Sammenstilling i organisasjonen',
      'NY-1;Gyldig;Medarbeidere;Friske medarbeidere;Prosent;Høyere er bedre;Tertial;1;;',
      'NY-2;Ukjent område;Økonomi;Friske medarbeidere;Prosent;Høyere er bedre;Tertial;1;;',
      'NY-3;Ukjent kriterium;Medarbeidere;Glade ledere;Prosent;Høyere er bedre;Tertial;1;;',
      'NY-4;Ukjent retning;Medarbeidere;Friske medarbeidere;Prosent;Sidelengs;Tertial;1;;',
      'NY-5;Rare desimaler;Medarbeidere;Friske medarbeidere;Prosent;Høyere er bedre;Tertial;en;;',
      'NY-1;Samme kode;Medarbeidere;Friske medarbeidere;Prosent;Høyere er bedre;Tertial;1;;',
      'NY-6;Brøk i snitt;Medarbeidere;Friske medarbeidere;Prosent;Høyere er bedre;Tertial;1;Brøk (teller/nevner);Gjennomsnitt',
    ].join('\r\n');
    const file = asFile('nye.csv', Buffer.from(csv, 'latin1'));
    const before = await planner.get<{ indicators: Indicator[] }>('/api/indicators?archived=all');

    const preview = await planner.post<Preview>('/api/indicators/import/preview', file);
    expect(preview.body.issues.map(({ line, field, code }) => `${line} ${field} ${code}`)).toEqual([
      '3 focusArea unknown_focus_area',
      '4 criteria unknown_criterion',
      '5 direction unknown_value',
      '6 decimals not_a_number',
      '7 code duplicate',
      '8 unitAggregation custom',
    ]);
    const commit = await planner.post('/api/indicators/import/commit', file);
    expect(commit.status).toBe(422);
    const after = await planner.get<{ indicators: Indicator[] }>('/api/indicators?archived=all');
    expect(after.body.indicators).toHaveLength(before.body.indicators.length);
  });
});
