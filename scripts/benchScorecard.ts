/**
 * The scorecard's speed, measured: a sector with 10 units and 40 indicators (tertial, yearly and
 * monthly) with three years of results in a SQLite file, read through the HTTP API as a browser
 * would. Prints the time per request and the number of queries each one makes, and exits 1 when
 * the scorecard's median is over the 100 ms the issue sets. Run with `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../src/server/app.js';
import { connectDatabase } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { ApiClient, seedTenant } from '../src/server/testing/harness.js';

const unitCount = 10;
const indicatorKinds = [
  ...Array.from({ length: 32 }, () => ({ frequency: 'tertial', from: '2024-T1', to: '2026-T3' })),
  ...Array.from({ length: 4 }, () => ({ frequency: 'year', from: '2023', to: '2025' })),
  ...Array.from({ length: 4 }, () => ({ frequency: 'month', from: '2025-01', to: '2026-12' })),
];
const period = '2026-T2';
const runs = 60;
const targetMs = 100;

const directory = mkdtempSync(path.join(tmpdir(), 'balanse-bench-'));
let queries = 0;
const db = connectDatabase(
  { kind: 'sqlite', file: path.join(directory, 'bench.sqlite') },
  { log: () => void queries++ },
);

try {
  await migrateToLatest(db);
  const app = await buildApp({
    db,
    config: {
      sessionSecret: randomBytes(32).toString('hex'),
      sessionTtlMs: 60 * 60 * 1000,
      cookieSecure: false,
      logLevel: 'silent',
    },
    logger: false,
  });
  await app.ready();
  const tenant = await seedTenant(db, 'Benchkommune');
  const api = await ApiClient.login(app, tenant.admin.email, tenant.admin.password);
  const sector = await seed(api, tenant.rootUnitId);

  const report: string[] = [];
  const measure = async (label: string, url: string) => {
    for (let i = 0; i < 5; i++) await expectOk(api.get(url));
    const times: number[] = [];
    let perRequest = 0;
    for (let i = 0; i < runs; i++) {
      const before = queries;
      const started = performance.now();
      await expectOk(api.get(url));
      times.push(performance.now() - started);
      perRequest = queries - before;
    }
    times.sort((a, b) => a - b);
    const at = (share: number) =>
      times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
    report.push(
      `${label.padEnd(34)} median ${at(0.5).toFixed(1).padStart(6)} ms   p95 ${at(0.95)
        .toFixed(1)
        .padStart(6)} ms   ${perRequest} queries`,
    );
    return at(0.5);
  };

  const median = await measure(
    'scorecard, sector (40 × 10)',
    `/api/scorecard?orgUnitId=${sector.id}&period=${period}`,
  );
  await measure(
    'scorecard, one unit',
    `/api/scorecard?orgUnitId=${sector.childIds[0]}&period=${period}`,
  );
  await measure('scorecard, latest period', `/api/scorecard?orgUnitId=${sector.id}`);
  await measure('subunit matrix', `/api/scorecard/matrix?orgUnitId=${sector.id}&period=${period}`);
  await measure(
    'indicator over time',
    `/api/scorecard/indicator?orgUnitId=${sector.id}&indicatorId=${sector.indicatorIds[0]}&period=${period}`,
  );
  await measure(
    'Excel export',
    `/api/scorecard/export.xlsx?orgUnitId=${sector.id}&period=${period}`,
  );
  await app.close();

  const verdict = median <= targetMs ? 'within' : 'OVER';
  process.stdout.write(
    [
      `\n${sector.valueCount} results, ${runs} requests each, SQLite file, ${process.version}\n`,
      ...report,
      `\nThe sector scorecard's median is ${verdict} the ${targetMs} ms target.\n`,
    ].join('\n'),
  );
  process.exitCode = median <= targetMs ? 0 : 1;
} finally {
  await db.destroy();
  rmSync(directory, { recursive: true, force: true });
}

async function expectOk<T>(request: Promise<{ status: number; body: T }>) {
  const response = await request;
  if (response.status !== 200)
    throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The sector, its units, 40 indicators with targets, and every unit's results. */
async function seed(api: ApiClient, rootUnitId: string) {
  const created = <T>(request: Promise<{ status: number; body: unknown }>) =>
    request.then((response) => {
      if (response.status >= 300) throw new Error(JSON.stringify(response.body));
      return response.body as T;
    });
  const unit = (parentId: string, code: string, name: string, kind: string) =>
    created<{ unit: { id: string } }>(
      api.post('/api/org-units', { parentId, code, name, kind }),
    ).then((body) => body.unit.id);

  const sectorId = await unit(rootUnitId, 'S1', 'Helse og omsorg', 'sector');
  const childIds: string[] = [];
  for (let i = 1; i <= unitCount; i++)
    childIds.push(await unit(sectorId, `E${i}`, `Eining ${i}`, 'unit'));

  const criteria: { focusAreaId: string; criterionId: string }[] = [];
  for (let a = 1; a <= 4; a++) {
    const area = await created<{ focusArea: { id: string } }>(
      api.post('/api/focus-areas', { name: `Fokusområde ${a}` }),
    );
    for (let c = 1; c <= 2; c++) {
      const criterion = await created<{ successCriterion: { id: string } }>(
        api.post('/api/success-criteria', {
          focusAreaId: area.focusArea.id,
          orgUnitId: rootUnitId,
          name: `Suksesskriterium ${a}.${c}`,
        }),
      );
      criteria.push({ focusAreaId: area.focusArea.id, criterionId: criterion.successCriterion.id });
    }
  }

  const indicatorIds: string[] = [];
  let valueCount = 0;
  for (const [index, plan] of indicatorKinds.entries()) {
    const place = criteria[index % criteria.length] as (typeof criteria)[number];
    const ratio = index % 2 === 0;
    const { indicator } = await created<{ indicator: { id: string } }>(
      api.post('/api/indicators', {
        code: `B${index + 1}`,
        name: `Indikator ${index + 1}`,
        focusAreaId: place.focusAreaId,
        criterionIds: [place.criterionId],
        unitIds: [sectorId],
        definition: {
          basis: { kind: 'register', system: 'Fagsystem' },
          unitOfMeasure: 'percent',
          decimals: 1,
          valueType: ratio ? 'ratio' : 'number',
          direction: index % 3 === 0 ? 'lower_is_better' : 'higher_is_better',
          unitAggregation: ratio ? 'ratio_of_sums' : 'mean',
          periodAggregation: plan.frequency === 'month' ? 'mean' : 'last',
          frequency: plan.frequency,
          publication: 'public',
        },
      }),
    );
    indicatorIds.push(indicator.id);
    await created(
      api.send('PUT', '/api/targets', {
        validFrom: '2023',
        changes: [
          {
            indicatorId: indicator.id,
            orgUnitId: sectorId,
            values: { kind: 'value', target: 50, threshold: index % 3 === 0 ? 60 : 40 },
          },
        ],
      }),
    );
    await created(
      api.post('/api/measurement-points/series', {
        indicatorId: indicator.id,
        from: plan.from,
        to: plan.to,
        dueDaysAfterEnd: 20,
        unitIds: childIds,
      }),
    );
  }

  const { measurements } = await created<{
    measurements: { id: string; indicatorId: string; periodKey: string }[];
  }>(api.get(`/api/measurements?orgUnitId=${sectorId}&includeSubunits=true`));
  for (const [index, plan] of indicatorKinds.entries()) {
    const ratio = index % 2 === 0;
    const last = plan.frequency === 'month' ? '2026-08' : period;
    const entries = measurements
      .filter((m) => m.indicatorId === indicatorIds[index] && m.periodKey <= last)
      .map((m, n) => {
        const share = 30 + ((n * 7 + index * 3) % 40);
        return ratio
          ? { measurementId: m.id, expectedVersion: 0, numerator: share, denominator: 100 }
          : { measurementId: m.id, expectedVersion: 0, value: share };
      });
    valueCount += entries.length;
    await created(api.post('/api/measurements/values', { entries }));
  }
  return { id: sectorId, childIds, indicatorIds, valueCount };
}
