import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCriterion,
  createFocusArea,
  createIndicator,
  createUnit,
  loginWithRole,
} from '../../testing/factories.js';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from '../../testing/harness.js';
import type { OrgUnit } from '../organisation/service.js';
import type { Measurement } from './entry.js';
import type { ImportedResult } from './resultsImport.js';

interface Preview {
  columns: string[];
  mapping: Record<string, string>;
  rows: ImportedResult[];
  issues: { line: number; field: string; code: string }[];
}

const csv = (lines: string[], encoding: BufferEncoding = 'utf8') => ({
  fileName: 'resultater.csv',
  contentBase64: Buffer.from(lines.join('\r\n'), encoding).toString('base64'),
});

describe.each(databaseKinds)('importing results on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let admin: ApiClient;
  let school: OrgUnit;
  let kindergarten: OrgUnit;

  beforeAll(async () => {
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    school = await createUnit(admin, tenant.rootUnitId, 'Haugelia skole');
    kindergarten = await createUnit(admin, tenant.rootUnitId, 'Haugelia barnehage');
    const areaId = (await createFocusArea(admin, 'Brukere')).id;
    const criterionId = (await createCriterion(admin, areaId, tenant.rootUnitId, 'Trivsel')).id;
    await createIndicator(admin, {
      focusAreaId: areaId,
      criterionIds: [criterionId],
      code: 'TRIV',
      definition: { unitOfMeasure: 'score', scaleMin: 1, scaleMax: 5, frequency: 'school_year' },
    });
    await createIndicator(admin, {
      focusAreaId: areaId,
      criterionIds: [criterionId],
      code: 'FRAV',
      definition: {
        valueType: 'ratio',
        unitAggregation: 'ratio_of_sums',
        direction: 'lower_is_better',
      },
    });
  });
  afterAll(() => test.close());

  const results = async (unit: OrgUnit, periodKey: string) =>
    (
      await admin.get<{ measurements: Measurement[] }>(
        `/api/measurements?orgUnitId=${unit.id}&periodKey=${encodeURIComponent(periodKey)}`,
      )
    ).body.measurements;

  it('lists every bad row by line and reason, and a commit writes nothing', async () => {
    const file = csv([
      'Indikator;Enhet;Periode;Verdi;Teller;Nevner;Kommentar',
      `TRIV;${school.code};2024/25;4,2;;;Bra`,
      `UKJENT;${school.code};2024/25;4;;;`,
      `TRIV;FINNES-IKKE;2024/25;4;;;`,
      `TRIV;${school.code};2025-T4;4;;;`,
      `TRIV;${kindergarten.code};2024/25;fire;;;`,
      `TRIV;${kindergarten.code};2024/25;5,5;;;`,
      `FRAV;${school.code};2025-T1;;120;100;`,
      `TRIV;${school.code};2024/25;4,0;;;`,
    ]);
    const preview = await admin.post<Preview>('/api/results/import/preview', file);
    expect(preview.body.issues.map(({ line, field, code }) => `${line} ${field} ${code}`)).toEqual([
      '3 indicatorCode unknown_indicator',
      '4 unitCode unknown_unit',
      '5 periodKey invalid_period',
      '6 value not_a_number',
      '7 value above_scale',
      '8 numerator numerator_above_denominator',
      '9 periodKey duplicate',
    ]);
    const commit = await admin.post('/api/results/import/commit', file);
    expect(commit.status).toBe(422);
    expect(await results(school, '2024/25')).toEqual([]);
  });

  it('imports a clean ISO-8859-1 file, planning the measurements it needs', async () => {
    const file = csv(
      [
        'Indikator;Enhet;Periode;Verdi;Teller;Nevner;Kommentar',
        `TRIV;${school.code};2024/25;4,2;;;Økt trivsel etter tiltak`,
        `TRIV;${kindergarten.code};2024/25;3,9;;;`,
        `FRAV;${school.code};2025-T1;;7;100;`,
      ],
      'latin1',
    );
    const preview = await admin.post<Preview>('/api/results/import/preview', file);
    expect(preview.body.issues).toEqual([]);
    expect(preview.body.rows.map((row) => row.action)).toEqual(['enter', 'enter', 'enter']);
    const commit = await admin.post('/api/results/import/commit', file);
    expect(commit.body).toEqual({ entered: 3, corrected: 0, unchanged: 0 });

    const [schoolResult] = await results(school, '2024/25');
    expect(schoolResult?.current).toMatchObject({
      value: 4.2,
      comment: 'Økt trivsel etter tiltak',
    });
    const [sick] = await results(school, '2025-T1');
    expect(sick?.current).toMatchObject({ value: 7, numerator: 7, denominator: 100 });
  });

  it('corrects what changed on a second import and leaves the rest, keeping history', async () => {
    const file = csv([
      'Indikator;Enhet;Periode;Verdi;Teller;Nevner;Kommentar',
      `TRIV;${school.code};2024/25;4,4;;;Rettet tall`,
      `TRIV;${kindergarten.code};2024/25;3,9;;;`,
    ]);
    const preview = await admin.post<Preview>('/api/results/import/preview', file);
    expect(preview.body.rows.map((row) => row.action)).toEqual(['correct', 'unchanged']);
    const commit = await admin.post('/api/results/import/commit', file);
    expect(commit.body).toEqual({ entered: 0, corrected: 1, unchanged: 1 });
    const [schoolResult] = await results(school, '2024/25');
    expect(schoolResult?.version).toBe(2);
    const history = await admin.get<{ history: { value: number; source: string }[] }>(
      `/api/measurements/${schoolResult?.id}/history`,
    );
    expect(history.body.history.map((entry) => entry.value)).toEqual([4.4, 4.2]);
    expect(history.body.history.every((entry) => entry.source === 'import')).toBe(true);
  });

  it('reads columns the user mapped when the headings are unusual', async () => {
    const file = csv(['KPI;Sted;Når;Tall', `TRIV;${school.code};2023/24;3,5`]);
    const unmapped = await admin.post<Preview>('/api/results/import/preview', file);
    expect(unmapped.body.issues.map((issue) => issue.code)).toContain('missing_column');
    expect(unmapped.body.columns).toEqual(['KPI', 'Sted', 'Når', 'Tall']);

    const mapped = await admin.post<Preview>('/api/results/import/preview', {
      ...file,
      mapping: { indicatorCode: 'KPI', unitCode: 'Sted', periodKey: 'Når', value: 'Tall' },
    });
    expect(mapped.body.issues).toEqual([]);
    expect(mapped.body.rows[0]).toMatchObject({ value: 3.5, periodKey: '2023/24' });
  });

  it('refuses rows for units the reporter does not report for', async () => {
    const reporter = await loginWithRole(admin, test.app, {
      orgUnitId: school.id,
      role: 'reporter',
    });
    const preview = await reporter.post<Preview>(
      '/api/results/import/preview',
      csv(['Indikator;Enhet;Periode;Verdi', `TRIV;${kindergarten.code};2022/23;3`]),
    );
    expect(preview.body.issues).toEqual([
      expect.objectContaining({ line: 2, code: 'unknown_unit' }),
    ]);
  });
});
