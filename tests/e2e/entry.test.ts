/**
 * Entering results in the browser. An administrator sets up a focus area, three indicators for
 * four of Oppvekst og kultur's units, targets and measurement points for 2025-T2 through the API;
 * a reporter on the sector then works through the inbox, pastes a block from a spreadsheet into
 * the entry grid, corrects with the keyboard alone, meets someone else's newer value and an
 * approved period. The import preview and the API tokens page are checked too.
 */
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type RunningServer,
  accessibilityViolations,
  adminEmail,
  adminPassword,
  launchBrowser,
  logIn,
  saveScreenshot,
  scrollsSideways,
  startServer,
} from './harness.js';

interface Unit {
  id: string;
  code: string;
  name: string;
}

interface Measurement {
  id: string;
  indicatorId: string;
  orgUnitId: string;
  version: number;
  current: { value: number; comment: string } | null;
}

const reporterEmail = 'rapportor@example.no';
const reporterPassword = 'et-godt-passord-123';
const period = '2025-T2';

let server: RunningServer;
let browser: Browser;
let admin: APIRequestContext;
let page: Page;
let sector: Unit;
let units: Unit[];
const indicatorIds: Record<'score' | 'share' | 'deviations', string> = {
  score: '',
  share: '',
  deviations: '',
};

async function send<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: object) {
  const response = await admin.fetch(path, { method, data });
  const body = (await response.json()) as T;
  expect(response.ok(), `${method} ${path}: ${JSON.stringify(body)}`).toBe(true);
  return body;
}

const definition = (overrides: object) => ({
  definition: 'Testindikator for registrering',
  basis: { kind: 'register', system: 'Fagsystem' },
  unitOfMeasure: 'percent',
  decimals: 1,
  valueType: 'number',
  direction: 'higher_is_better',
  unitAggregation: 'mean',
  periodAggregation: 'last',
  frequency: 'tertial',
  publication: 'internal',
  ...overrides,
});

/** The register, targets and measurement points a reporter needs, made as the demo admin. */
async function setUp() {
  admin = await request.newContext({ baseURL: server.baseUrl });
  await send('POST', '/api/auth/login', { email: adminEmail, password: adminPassword });
  const all = (
    await send<{ units: (Unit & { parentId: string | null })[] }>('GET', '/api/org-units')
  ).units;
  sector = all.find((unit) => unit.code === '1514-02') as Unit;
  const root = all.find((unit) => unit.parentId === null) as Unit;
  units = ['1514-02-01', '1514-02-02', '1514-02-03', '1514-02-04'].map(
    (code) => all.find((unit) => unit.code === code) as Unit,
  );

  const { focusArea } = await send<{ focusArea: { id: string } }>('POST', '/api/focus-areas', {
    name: 'Brukere',
  });
  const { successCriterion } = await send<{ successCriterion: { id: string } }>(
    'POST',
    '/api/success-criteria',
    { focusAreaId: focusArea.id, orgUnitId: root.id, name: 'Fornøyde brukere' },
  );
  const make = async (code: string, name: string, overrides: object) => {
    const { indicator } = await send<{ indicator: { id: string } }>('POST', '/api/indicators', {
      code,
      name,
      focusAreaId: focusArea.id,
      criterionIds: [successCriterion.id],
      unitIds: [sector.id],
      definition: definition(overrides),
    });
    return indicator.id;
  };
  indicatorIds.score = await make('E-1', 'Trivsel i barnehagen', {
    unitOfMeasure: 'score',
    scaleMin: 1,
    scaleMax: 6,
  });
  indicatorIds.share = await make('E-2', 'Andel fornøyde foresatte', {});
  indicatorIds.deviations = await make('E-3', 'Antall avvik', {
    unitOfMeasure: 'count',
    decimals: 0,
    direction: 'lower_is_better',
    unitAggregation: 'sum',
    periodAggregation: 'sum',
  });

  const target = (indicatorId: string, value: number, threshold: number) => ({
    indicatorId,
    orgUnitId: sector.id,
    values: { kind: 'value', target: value, threshold },
  });
  await send('PUT', '/api/targets', {
    validFrom: '2025',
    changes: [
      target(indicatorIds.score, 4.5, 4),
      target(indicatorIds.share, 90, 80),
      target(indicatorIds.deviations, 2, 5),
    ],
  });
  for (const indicatorId of Object.values(indicatorIds)) {
    await send('POST', '/api/measurement-points/series', {
      indicatorId,
      from: period,
      to: period,
      dueDaysAfterEnd: 15,
      unitIds: units.map((unit) => unit.id),
    });
  }

  const { user } = await send<{ user: { id: string } }>('POST', '/api/users', {
    email: reporterEmail,
    name: 'Rita Rapportør',
    password: reporterPassword,
  });
  await send('POST', `/api/users/${user.id}/grants`, { orgUnitId: sector.id, role: 'reporter' });
}

async function measurements(): Promise<Measurement[]> {
  const query = `orgUnitId=${sector.id}&periodKey=${period}&includeSubunits=true`;
  return (await send<{ measurements: Measurement[] }>('GET', `/api/measurements?${query}`))
    .measurements;
}

const cell = (indicator: string, unit: Unit) =>
  page.getByRole('textbox', { name: `${indicator}, ${unit.name}`, exact: true });
/** The grid's units from left to right: tree order, by name, before the sector's total. */
async function unitColumns(): Promise<Unit[]> {
  const headings = page
    .getByRole('table', { name: 'Resultater per indikator og enhet' })
    .locator('thead th');
  await headings.nth(5).waitFor();
  const texts = await headings.allTextContents();
  return texts.slice(1, 5).map((text) => units.find((unit) => text.startsWith(unit.name)) as Unit);
}

const status = (text: string) => page.getByRole('status').filter({ hasText: text });

async function expectNoViolations(name: string) {
  await saveScreenshot(page, name);
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The same page at 320 px: still no violations, and nothing but tables scrolls sideways. */
async function expectNarrowLayout(name: string) {
  await page.setViewportSize({ width: 320, height: 800 });
  await saveScreenshot(page, `${name}-320`);
  expect(await scrollsSideways(page)).toBe(false);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await setUp();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.baseUrl,
  });
  page = await context.newPage();
  await logIn(page, server.baseUrl, reporterEmail, reporterPassword);
});

afterAll(async () => {
  await admin?.dispose();
  await browser?.close();
  await server?.stop();
});

describe('a reporter entering results', () => {
  test('the inbox lists the twelve overdue results and leads into the grid for the period', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Resultater' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Til registrering' }).waitFor();
    await expect.poll(() => status('Du har 12 resultater som mangler.').count()).toBe(1);
    expect(await status('12 av dem har passert fristen.').count()).toBe(1);
    const rows = page
      .getByRole('table', { name: 'Resultater som skal registreres' })
      .locator('tbody tr');
    expect(await rows.count()).toBe(12);
    expect(await rows.first().textContent()).toContain('Forfalt');
    expect(await page.title()).toBe('Til registrering – Balanse');
    await expectNoViolations('results-inbox');
    await expectNarrowLayout('results-inbox');

    await page
      .getByRole('link', { name: /^Registrer 2\. tertial 2025 – Oppvekst og kultur/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Oppvekst og kultur – Registrer resultater' })
      .waitFor();
    expect(await page.getByLabel('Periode').inputValue()).toBe(period);
    await cell('Trivsel i barnehagen', units[0] as Unit).waitFor();
  });

  test('a pasted 3×4 block saves its eleven good values and marks the bad cell with its reason', async () => {
    const grid = page.getByRole('table', { name: 'Resultater per indikator og enhet' });
    const order = await unitColumns();
    expect(order.every(Boolean)).toBe(true);

    const block =
      ['4,5\t5\t7\t3,8', '87,5 %\t92\t78,25\t100', '2\t0\t1 234\t5'].join('\r\n') + '\r\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), block);
    const first = cell('Trivsel i barnehagen', order[0] as Unit);
    await first.focus();
    await page.keyboard.press('Control+V');

    const bad = cell('Trivsel i barnehagen', order[2] as Unit);
    await expect.poll(() => bad.getAttribute('aria-invalid')).toBe('true');
    const reason = page.getByText('Verdien kan ikke være over 6.');
    expect(await reason.isVisible()).toBe(true);
    const describedBy = (await bad.getAttribute('aria-describedby')) ?? '';
    expect(
      await reason.evaluate(
        (element, ids) => ids.split(' ').includes(element.closest('[id]')?.id ?? ''),
        describedBy,
      ),
    ).toBe(true);
    expect(await status('12 verdier er limt inn.').count()).toBe(1);
    expect(await cell('Antall avvik', order[2] as Unit).inputValue()).toBe('1 234');
    await expectNoViolations('results-grid-error');

    await page.getByRole('button', { name: 'Lagre resultatene' }).click();
    await expect.poll(() => status('11 resultater er lagret.').count()).toBe(1);
    expect(await status('1 celle har feil og er ikke lagret.').count()).toBe(1);
    // Focus lands on the cell that still needs the user.
    expect(await bad.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await reason.isVisible()).toBe(true);

    const saved = await measurements();
    expect(saved).toHaveLength(12);
    expect(saved.filter((m) => m.current !== null)).toHaveLength(11);
    const valueOf = (indicatorId: string, unit: Unit) =>
      saved.find((m) => m.indicatorId === indicatorId && m.orgUnitId === unit.id)?.current?.value;
    expect(valueOf(indicatorIds.score, order[2] as Unit)).toBeUndefined();
    expect(valueOf(indicatorIds.score, order[0] as Unit)).toBe(4.5);
    expect(valueOf(indicatorIds.share, order[0] as Unit)).toBe(87.5);
    expect(valueOf(indicatorIds.share, order[2] as Unit)).toBe(78.25);
    expect(valueOf(indicatorIds.deviations, order[2] as Unit)).toBe(1234);

    const total = grid.locator('tbody tr').nth(2).locator('td').last();
    await expect.poll(() => total.textContent()).toMatch(/1\s241/);
    expect(await total.textContent()).toContain('Beregnet');
    expect(await total.textContent()).toContain('4 av 4 enheter rapportert');
    await saveScreenshot(page, 'results-grid-saved');
    await expectNarrowLayout('results-grid');
  });

  test('with the keyboard alone the bad cell is corrected, commented and saved, and its history kept', async () => {
    const order = await unitColumns();
    const bad = cell('Trivsel i barnehagen', order[2] as Unit);
    await bad.focus();
    await page.keyboard.type('5,5');
    // Arrow keys move between cells: right, then back left.
    await page.keyboard.press('ArrowRight');
    expect(
      await cell('Trivsel i barnehagen', order[3] as Unit).evaluate(
        (i) => i === document.activeElement,
      ),
    ).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Enter');
    const comment = page.getByLabel('Kommentar');
    expect(await comment.evaluate((i) => i === document.activeElement)).toBe(true);
    await page.keyboard.type('Ny måling etter foreldremøtet');
    await page.keyboard.press('Escape');
    expect(await bad.evaluate((i) => i === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => status('1 resultat er lagret.').count()).toBe(1);

    // A correction of a saved value adds a version; the first stays in the history.
    const corrected = cell('Trivsel i barnehagen', order[0] as Unit);
    await corrected.focus();
    await page.keyboard.type('4,7');
    await page.keyboard.press('Enter');
    expect(
      await cell('Andel fornøyde foresatte', order[0] as Unit).evaluate(
        (i) => i === document.activeElement,
      ),
    ).toBe(true);
    await page.keyboard.press('Control+Enter');
    await page.getByText('Ingen endringer som ikke er lagret.').waitFor();
    await corrected.focus();
    await page.getByRole('button', { name: 'Vis historikk' }).click();
    const dialog = page.getByRole('dialog', { name: /^Historikk: Trivsel i barnehagen/ });
    await dialog.getByRole('table').waitFor();
    const versions = dialog.locator('tbody tr');
    await expect.poll(() => versions.count()).toBe(2);
    expect(await versions.nth(0).textContent()).toContain('4,7');
    expect(await versions.nth(1).textContent()).toContain('4,5');
    expect(await versions.nth(1).textContent()).toContain('Rita Rapportør');
    await saveScreenshot(page, 'results-history');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    const saved = await measurements();
    const fixed = saved.find(
      (m) => m.indicatorId === indicatorIds.score && m.orgUnitId === order[2]?.id,
    );
    expect(fixed?.current).toMatchObject({ value: 5.5, comment: 'Ny måling etter foreldremøtet' });
  });

  test("a save over someone else's newer value is refused with their value, and reload shows it", async () => {
    const order = await unitColumns();
    const target = (await measurements()).find(
      (m) => m.indicatorId === indicatorIds.share && m.orgUnitId === order[1]?.id,
    ) as Measurement;
    await send('POST', '/api/measurements/values', {
      entries: [{ measurementId: target.id, value: 95, expectedVersion: target.version }],
    });

    const field = cell('Andel fornøyde foresatte', order[1] as Unit);
    await field.fill('93');
    await page.getByRole('button', { name: 'Lagre resultatene' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Demo Administrator lagret 95,0' });
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('Ingenting er lagret.');
    await saveScreenshot(page, 'results-conflict');
    await conflict.getByRole('button', { name: 'Last inn på nytt' }).click();
    await expect.poll(() => field.inputValue()).toBe('95,0');
    expect(await status('Verdiene er lastet inn på nytt.').count()).toBe(1);
  });

  test('a red result without a comment is refused and named under its cell, and saved once explained', async () => {
    await send('PATCH', '/api/settings', { requireCommentWhenRed: true });
    await page.reload();
    const [first] = (await unitColumns()) as [Unit];
    const field = cell('Antall avvik', first);
    await field.fill('9');
    await page.getByRole('button', { name: 'Lagre resultatene' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'Ingenting er lagret: 1 celle ble avvist.' });
    await expect.poll(() => refusal.count()).toBe(1);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Et rødt resultat må forklares i en kommentar').count()).toBe(1);
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);

    await page.keyboard.press('Alt+Enter');
    await page.keyboard.type('Flere nye barn i høst');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => status('1 resultat er lagret.').count()).toBe(1);
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await send('PATCH', '/api/settings', { requireCommentWhenRed: false });
  });

  test('an approved unit is locked for the reporter until a planner opens it again with a reason', async () => {
    await send('PATCH', '/api/settings', { approvalRequired: true });
    const unit = units[0] as Unit;
    await send('POST', '/api/approvals', { orgUnitId: unit.id, periodKey: period });
    await page.reload();
    const locked = cell('Antall avvik', unit);
    await expect.poll(() => locked.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('thead').getByText('Godkjent').count()).toBe(1);
    const approvals = page.getByRole('region', { name: 'Godkjenning av 2. tertial 2025' });
    expect(await approvals.getByText(/^Godkjent/).count()).toBe(1);
    // A reporter may not approve or reopen.
    expect(await approvals.getByRole('button').count()).toBe(0);

    const planner = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(planner, server.baseUrl, adminEmail, adminPassword);
    await planner.goto(`${server.baseUrl}/results/entry?unit=${sector.id}&period=${period}`);
    const panel = planner.getByRole('region', { name: 'Godkjenning av 2. tertial 2025' });
    await panel.getByRole('button', { name: `Åpne igjen ${unit.name}` }).click();
    const dialog = planner.getByRole('dialog', { name: /^Åpne 2\. tertial 2025 igjen/ });
    await dialog.getByLabel('Begrunnelse').fill('Feil i antall avvik');
    await dialog.getByRole('button', { name: 'Åpne perioden' }).click();
    await expect
      .poll(() =>
        planner.getByRole('status').filter({ hasText: 'Perioden er åpnet igjen' }).count(),
      )
      .toBe(1);
    await planner.close();

    await page.reload();
    await expect.poll(() => cell('Antall avvik', unit).getAttribute('readonly')).toBeNull();
  });
});

describe('importing results from a file', () => {
  const file = (rows: string[]) => ({
    name: 'resultater.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['Kode;Skole;Tertial;Tall;Merknad', ...rows].join('\n'), 'utf8'),
  });

  test('columns are mapped by hand, every bad row is listed by line and reason, and a clean file commits', async () => {
    await page.goto(`${server.baseUrl}/results/import`);
    await page.getByRole('heading', { level: 1, name: 'Importer resultater' }).waitFor();
    await page
      .getByLabel('Fil med resultater')
      .setInputFiles(
        file([
          `E-3;${units[1]?.code};2025-T3;3;`,
          `E-3;FINNES-IKKE;2025-T3;4;`,
          `E-1;${units[1]?.code};2025-T3;9;`,
        ]),
      );
    const issues = page.getByRole('region', { name: 'Feil i filen' });
    await expect
      .poll(() =>
        issues.getByText('Filen har ingen kolonne for dette feltet.', { exact: false }).count(),
      )
      .toBeGreaterThan(0);

    await page.getByLabel('Indikatorkode').selectOption('Kode');
    await page.getByLabel('Enhetskode').selectOption('Skole');
    await page.getByLabel('Periode').selectOption('Tertial');
    await page.getByLabel('Verdi').selectOption('Tall');
    await page.getByLabel('Kommentar').selectOption('Merknad');
    await page.getByRole('button', { name: 'Forhåndsvis på nytt' }).click();

    await expect.poll(() => issues.locator('tbody tr').count()).toBe(2);
    const lines = await issues.locator('tbody tr').allTextContents();
    expect(lines[0]).toMatch(/^3.*Enhetskode.*Ingen enhet du har tilgang til/);
    expect(lines[1]).toMatch(/^4.*Verdi.*over skalaen/);
    expect(await page.getByRole('button', { name: 'Importer resultatene' }).isDisabled()).toBe(
      true,
    );
    await expectNoViolations('results-import-preview');
    await expectNarrowLayout('results-import-preview');

    // A corrected file keeps the columns chosen for the last one.
    await page
      .getByLabel('Fil med resultater')
      .setInputFiles(file([`E-3;${units[1]?.code};2025-T3;3;Fra fagsystemet`]));
    const commit = page.getByRole('button', { name: 'Importer resultatene' });
    await expect.poll(() => commit.isDisabled()).toBe(false);
    await commit.click();
    await expect.poll(() => status('Importen er fullført: 1 nye').count()).toBe(1);
  });
});

describe('a planner planning and following up', () => {
  test('a series of measurement points is planned in one step, and the missing results show as overdue', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await logIn(page, server.baseUrl, adminEmail, adminPassword);
    await page.goto(`${server.baseUrl}/results/points?indicator=${indicatorIds.deviations}`);
    await page.getByRole('heading', { level: 1, name: 'Målepunkter' }).waitFor();
    await page.getByLabel('Første periode').selectOption('2026-T1');
    await page.getByLabel('Siste periode').selectOption('2027-T3');
    await page.getByLabel('Frist, dager etter periodens slutt').fill('15');
    await page.getByRole('button', { name: 'Planlegg målepunktene' }).click();
    await expect.poll(() => status('6 målepunkter er planlagt.').count()).toBe(1);
    const planned = page.getByRole('region', { name: 'Planlagte målepunkter' });
    await expect.poll(() => planned.locator('tbody tr').count()).toBe(8);
    const rows = await planned.locator('tbody tr').allTextContents();
    expect(rows.some((row) => row.startsWith('1. tertial 2026') && row.includes('15.5.2026'))).toBe(
      true,
    );
    expect(rows.some((row) => row.startsWith('3. tertial 2027') && row.includes('15.1.2028'))).toBe(
      true,
    );
    await expectNoViolations('results-points');

    // Planning again over the same periods leaves them as they are.
    await page.getByRole('button', { name: 'Planlegg målepunktene' }).click();
    await expect
      .poll(() => status('Disse fantes fra før og er ikke endret: 1. tertial 2026').count())
      .toBe(1);

    await page.goto(`${server.baseUrl}/results/due?unit=${sector.id}`);
    const overdue = page.getByRole('region', { name: /^Over fristen/ });
    await overdue.getByRole('table').waitFor();
    expect(await overdue.locator('tbody').textContent()).toContain('Antall avvik');
    expect(await overdue.locator('tbody').textContent()).toContain('2. tertial 2026');
    await expectNoViolations('results-due');
    await context.close();
  });
});

describe('API tokens', () => {
  test('an administrator makes a token, sees it once, and revokes it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const adminPage = await context.newPage();
    page = adminPage;
    await logIn(page, server.baseUrl, adminEmail, adminPassword);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'API-nøkler' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'API-nøkler' }).waitFor();
    await page.getByText('Det er ikke laget noen API-nøkler.').waitFor();

    await page.getByRole('button', { name: 'Ny API-nøkkel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny API-nøkkel' });
    await dialog.getByLabel('Navn', { exact: true }).fill('Spørreundersøkelse oppvekst');
    const unitSelect = dialog.getByLabel('Enhet', { exact: true });
    await unitSelect.selectOption(sector.id);
    await dialog.getByRole('button', { name: 'Lag nøkkel' }).click();

    const token = page.getByLabel('API-nøkkel');
    await expect.poll(() => token.inputValue()).toMatch(/^bal_/);
    expect(await page.getByText('Den vises bare denne ene gangen').count()).toBe(1);
    const row = page.getByRole('row').filter({ hasText: 'Spørreundersøkelse oppvekst' });
    expect(await row.textContent()).toContain('Oppvekst og kultur');
    expect(await row.textContent()).toContain('Aktiv');
    await expectNoViolations('api-tokens');
    await expectNarrowLayout('api-tokens');

    await row.getByRole('button', { name: 'Trekk tilbake Spørreundersøkelse oppvekst' }).click();
    const revoke = page.getByRole('dialog', {
      name: 'Trekk tilbake «Spørreundersøkelse oppvekst»',
    });
    await revoke.getByRole('button', { name: 'Trekk tilbake' }).click();
    await expect.poll(() => status('er trukket tilbake').count()).toBe(1);
    await expect.poll(() => row.textContent()).toContain('Trukket tilbake');
    // The token was shown once; after the page is left it is gone for good.
    expect(await page.getByLabel('API-nøkkel').count()).toBe(0);
    await context.close();
  });
});
