/**
 * A planner builds the scorecard in the browser: focus areas and success criteria in the
 * målekart, four indicators in the register, targets for the whole municipality in the target
 * grid, and an override on a sector that the målekart marks as its own until it is reverted.
 * The steps run in order as the demo administrator, who plans the whole municipality.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const year = new Date().getFullYear();

beforeAll(async () => {
  server = await startServer({ demo: 'organisation' });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await logIn(page, server.baseUrl, adminEmail, adminPassword);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** The field with exactly this label; descriptions add to a group's name, so be exact. */
const labelled = (name: string, within: Page | Locator = page) =>
  within.getByLabel(name, { exact: true });
const mainHeading = (name: string) => page.getByRole('heading', { level: 1, name });
const status = (text: string) => page.getByRole('status').filter({ hasText: text });
const dialog = (name: string) => page.getByRole('dialog', { name });

async function openFromMenu(name: string) {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name }).click();
}

async function expectNoViolations(name: string) {
  await saveScreenshot(page, name);
  expect(await accessibilityViolations(page)).toEqual([]);
}

async function unitId(code: string): Promise<string> {
  const response = await page.request.get(`${server.baseUrl}/api/org-units`);
  const { units } = (await response.json()) as { units: { id: string; code: string }[] };
  const unit = units.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`No unit with code ${code}`);
  return unit.id;
}

async function openScorecard(code: string, name: string) {
  await page.goto(`${server.baseUrl}/structure?unit=${await unitId(code)}&year=${year}`);
  await mainHeading('Målekart').waitFor();
  await page.getByText(`Målekartet for ${name} har`).waitFor();
}

/** The focus areas of the målekart, in the order shown. */
const focusAreaNames = () => page.getByRole('main').getByRole('heading', { level: 2 });

const expectFocusAreas = (names: string[]) =>
  expect.poll(() => focusAreaNames().allTextContents()).toEqual(names);

function focusArea(name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

async function createFocusArea(name: string) {
  await page.getByRole('button', { name: 'Nytt fokusområde' }).click();
  const form = dialog('Nytt fokusområde');
  await labelled('Navn', form).fill(name);
  await form.getByRole('button', { name: 'Opprett fokusområde' }).click();
  await status(`Fokusområdet «${name}» er opprettet.`).waitFor();
}

async function createCriterion(area: string, name: string) {
  await focusArea(area)
    .getByRole('button', { name: `Nytt suksesskriterium i ${area}` })
    .click();
  const form = dialog(`Nytt suksesskriterium i ${area}`);
  await labelled('Navn', form).fill(name);
  await form.getByRole('button', { name: 'Opprett suksesskriterium' }).click();
  await status(`Suksesskriteriet «${name}» er opprettet.`).waitFor();
}

/** Presses Tab until the focused element reads `text`; fails after `limit` presses. */
async function tabTo(text: string, limit = 6) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === text) return;
  }
  throw new Error(`Tab never reached «${text}»`);
}

async function chooseFromMenu(menu: string, action: string) {
  await page.getByRole('button', { name: menu }).click();
  await page.getByRole('button', { name: action, exact: true }).click();
}

interface IndicatorSpec {
  code: string;
  name: string;
  focusArea: string;
  criterion: string;
  basis: (form: Page) => Promise<void>;
  unitOfMeasure: string;
  decimals: string;
  direction: string;
  valueType?: string;
}

async function fillIndicator(spec: IndicatorSpec) {
  await labelled('Kode').fill(spec.code);
  await labelled('Navn').fill(spec.name);
  await labelled('Fokusområde').selectOption({ label: spec.focusArea });
  await page.getByRole('checkbox', { name: spec.criterion }).check();
  await labelled('Definisjon').fill(`Definisjon av ${spec.name.toLowerCase()}`);
  await labelled('Formål').fill('Viser om kommunen når målene sine');
  await spec.basis(page);
  await labelled('Måleenhet').selectOption({ label: spec.unitOfMeasure });
  await labelled('Desimaler').selectOption(spec.decimals);
  if (spec.valueType) await page.getByRole('radio', { name: spec.valueType }).check();
  await page.getByRole('radio', { name: spec.direction }).check();
}

async function createIndicator(spec: IndicatorSpec) {
  await page.goto(`${server.baseUrl}/indicators/new`);
  await mainHeading('Ny indikator').waitFor();
  await page.getByRole('checkbox').first().waitFor();
  await fillIndicator(spec);
  await page.getByRole('button', { name: 'Opprett indikator' }).click();
  await mainHeading(spec.name).waitFor();
}

const indicators = {
  satisfaction: 'Brukertilfredshet',
  waiting: 'Ventetid på sykehjemsplass',
  budget: 'Budsjettavvik',
  result: 'Netto driftsresultat',
};

/** One indicator's row in the målekart. */
const indicatorRow = (name: string) =>
  page.locator('.sc-indicator').filter({ has: page.getByRole('link', { name, exact: true }) });

describe('a planner builds the scorecard', () => {
  test('focus areas and success criteria are created, reordered and archived in the målekart', async () => {
    await openFromMenu('Målekart');
    await mainHeading('Målekart').waitFor();
    expect(await page.title()).toBe('Målekart – Balanse');
    await page.getByText('Det finnes ingen fokusområder ennå.').waitFor();

    await createFocusArea('Økonomi');
    await createFocusArea('Brukere');
    await expectFocusAreas(['Økonomi', 'Brukere']);
    // By keyboard alone: open the focus area's menu, Tab to «Flytt opp», press Enter.
    await page.getByRole('button', { name: 'Endre fokusområdet Brukere' }).focus();
    await page.keyboard.press('Enter');
    await tabTo('Flytt opp');
    await page.keyboard.press('Enter');
    await status('«Brukere» er flyttet.').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toContain('fokusområdet Brukere');
    await expectFocusAreas(['Brukere', 'Økonomi']);

    await createCriterion('Brukere', 'Fornøyde brukere');
    await createCriterion('Brukere', 'Trygge tjenester');
    await createCriterion('Økonomi', 'Sunn økonomi');
    const users = focusArea('Brukere');
    const criteria = users.getByRole('heading', { level: 3 });
    await expect
      .poll(() => criteria.allTextContents())
      .toEqual(['Fornøyde brukere', 'Trygge tjenester']);
    expect(await users.getByText('Felles for kommunen').count()).toBe(2);

    // Archiving takes a focus area out of the målekart; it can be brought back.
    await createFocusArea('Samfunn');
    await chooseFromMenu('Endre fokusområdet Samfunn', 'Arkiver');
    await status('Fokusområdet «Samfunn» er arkivert.').waitFor();
    await expectFocusAreas(['Brukere', 'Økonomi']);
    await page.getByText('Arkivert (1)').click();
    await page.getByRole('button', { name: 'Gjenopprett Samfunn' }).click();
    await status('Fokusområdet «Samfunn» er gjenopprettet.').waitFor();
    await expectFocusAreas(['Brukere', 'Økonomi', 'Samfunn']);
    await chooseFromMenu('Endre fokusområdet Samfunn', 'Arkiver');
    await status('Fokusområdet «Samfunn» er arkivert.').waitFor();
  });

  test('the indicator form takes the whole definition and shows a refusal on the field at fault', async () => {
    await openFromMenu('Indikatorer');
    await mainHeading('Indikatorregister').waitFor();
    await page.getByRole('link', { name: 'Ny indikator' }).click();
    await mainHeading('Ny indikator').waitFor();
    expect(await page.title()).toBe('Ny indikator – Balanse');
    await page.getByRole('checkbox', { name: 'Fornøyde brukere' }).waitFor();

    await fillIndicator({
      code: 'BRU-01',
      name: indicators.satisfaction,
      focusArea: 'Brukere',
      criterion: 'Fornøyde brukere',
      basis: async (form) => {
        await form.getByRole('radio', { name: 'Spørsmålsgrunnlag' }).check();
        await form
          .getByLabel('Spørsmål', { exact: true })
          .fill('Hvor fornøyd er du med tjenesten?\nFår du hjelp når du trenger det?');
      },
      unitOfMeasure: 'Skår på skala',
      decimals: '1',
      direction: 'Høyere er bedre',
    });
    await labelled('Kjente svakheter').fill('Lav svarprosent i små enheter');
    await labelled('Frekvens').selectOption({ label: 'År' });
    await labelled('Datafangst').fill('Brukerundersøkelse hver høst');
    await labelled('Ansvarlig person').selectOption({ label: 'Demo Administrator' });
    await labelled('Publisering').selectOption({ label: 'Offentlig' });
    await expectNoViolations('indicator-form');

    // A score without its scale is refused by the server, on the scale field, which gets focus.
    await page.getByRole('button', { name: 'Opprett indikator' }).click();
    const scaleFrom = labelled('Skala fra');
    await page.getByText('En skår trenger laveste og høyeste verdi på skalaen.').waitFor();
    await expect
      .poll(() => scaleFrom.evaluate((input) => input === document.activeElement))
      .toBe(true);
    expect(await scaleFrom.getAttribute('aria-invalid')).toBe('true');
    await scaleFrom.fill('1');
    await labelled('Skala til').fill('6');
    await page.getByRole('button', { name: 'Opprett indikator' }).click();
    await mainHeading(indicators.satisfaction).waitFor();
    await page.getByText(`Indikatoren «${indicators.satisfaction}» er opprettet.`).waitFor();
    expect(await page.getByText('Skår på skala (fra 1 til 6)').count()).toBe(1);
    expect(await page.getByText('Får du hjelp når du trenger det?').count()).toBe(1);
    await saveScreenshot(page, 'indicator-details');
  });

  test('three more indicators: lower is better, a range, and a ratio', async () => {
    await createIndicator({
      code: 'BRU-02',
      name: indicators.waiting,
      focusArea: 'Brukere',
      criterion: 'Trygge tjenester',
      basis: async (form) => {
        await form.getByRole('radio', { name: 'Register eller fagsystem' }).check();
        await form.getByRole('textbox', { name: 'Register eller fagsystem' }).fill('Gerica');
      },
      unitOfMeasure: 'Dager',
      decimals: '0',
      direction: 'Lavere er bedre',
    });
    await createIndicator({
      code: 'OKO-01',
      name: indicators.budget,
      focusArea: 'Økonomi',
      criterion: 'Sunn økonomi',
      basis: async (form) => {
        await form.getByRole('radio', { name: 'Ekstern statistikk' }).check();
        await labelled('Kilde', form).fill('SSB/KOSTRA');
        await labelled('Tabell', form).fill('12134');
        await labelled('Tall i tabellen', form).fill('Avvik fra budsjett i prosent');
      },
      unitOfMeasure: 'Prosent',
      decimals: '1',
      direction: 'Innenfor et intervall',
    });
    await createIndicator({
      code: 'OKO-02',
      name: indicators.result,
      focusArea: 'Økonomi',
      criterion: 'Sunn økonomi',
      basis: async (form) => {
        await form.getByRole('radio', { name: 'Annet (fritekst)' }).check();
        await labelled('Beskrivelse av grunnlaget', form).fill('Regnskapet, netto over brutto');
      },
      unitOfMeasure: 'Prosent',
      decimals: '2',
      valueType: 'Brøk (teller/nevner)',
      direction: 'Høyere er bedre',
    });
    // A ratio combines as the sum of numerators over the sum of denominators.
    expect(await page.getByText('Sum tellere / sum nevnere').count()).toBe(1);
  });

  test('the register lists, searches and filters the indicators and offers the Excel handbook', async () => {
    await openFromMenu('Indikatorer');
    await mainHeading('Indikatorregister').waitFor();
    await status('Viser 4 indikatorer.').waitFor();
    await expectNoViolations('register-list');

    await labelled('Søk').fill('vente');
    await status('Viser 1 indikator.').waitFor();
    expect(await page.getByRole('link', { name: indicators.waiting }).count()).toBe(1);
    await labelled('Søk').fill('');
    await status('Viser 4 indikatorer.').waitFor();
    await labelled('Fokusområde').selectOption({ label: 'Økonomi' });
    await status('Viser 2 indikatorer.').waitFor();
    await labelled('Målegrunnlag').selectOption({ label: 'Ekstern statistikk' });
    await status('Viser 1 indikator.').waitFor();
    expect(await page.getByRole('link', { name: indicators.budget }).count()).toBe(1);
    expect(page.url()).toContain('basis=external_statistic');

    const download = page.getByRole('link', { name: 'Last ned som Excel' });
    expect(await download.getAttribute('href')).toBe('/api/indicators/handbook.xlsx?locale=nb');
    const file = await page.request.get(`${server.baseUrl}/api/indicators/handbook.xlsx?locale=nb`);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
  });

  test('an edit is kept as a new version that says who changed what', async () => {
    await page.goto(`${server.baseUrl}/indicators`);
    await page.getByRole('link', { name: indicators.satisfaction }).click();
    await mainHeading(indicators.satisfaction).waitFor();
    await page.getByRole('link', { name: 'Endre', exact: true }).click();
    await mainHeading(`Endre ${indicators.satisfaction}`).waitFor();
    await labelled('Desimaler').selectOption('2');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText(`Endringene i «${indicators.satisfaction}» er lagret.`).waitFor();

    const history = page.getByRole('region', { name: 'Versjoner' });
    const rows = history.getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    const latest = await rows.nth(1).textContent();
    expect(latest).toContain('Demo Administrator');
    expect(latest).toContain('Desimaler: 1');
    expect(latest).toContain('2');
    expect(await rows.nth(2).textContent()).toContain('Opprettet');
  });

  test('the target grid saves many targets at once and puts a refusal on its cell', async () => {
    await openFromMenu('Mål per enhet');
    await mainHeading('Mål per enhet').waitFor();
    const field = (label: string, indicator: string) =>
      page.getByRole('textbox', { name: `${label} for ${indicator}, Sande kommune`, exact: true });
    await field('Mål', indicators.satisfaction).waitFor();

    await field('Mål', indicators.satisfaction).fill('4,5');
    await field('Grense', indicators.satisfaction).fill('4');
    // Lower is better, so a threshold below the target is on the wrong side.
    await field('Mål', indicators.waiting).fill('14');
    await field('Grense', indicators.waiting).fill('10');
    await field('Fra', indicators.budget).fill('-1');
    await field('Til', indicators.budget).fill('1');
    await field('Toleranse', indicators.budget).fill('0,5');
    await field('Mål', indicators.result).fill('1,75');
    await field('Grense', indicators.result).fill('1');
    await page.getByText('4 endringer er ikke lagret.').waitFor();
    await page.getByRole('button', { name: 'Lagre målene' }).click();

    const refused = field('Grense', indicators.waiting);
    await page
      .getByText('Lavere er bedre, så grenseverdien må være lik eller høyere enn målverdien.')
      .waitFor();
    expect(await refused.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => refused.evaluate((input) => input === document.activeElement))
      .toBe(true);
    await page.getByRole('alert').filter({ hasText: 'Ingenting ble lagret' }).waitFor();
    await saveScreenshot(page, 'target-grid-refused');

    await refused.fill('21');
    await page.getByRole('button', { name: 'Lagre målene' }).click();
    await status('4 mål er lagret.').waitFor();
    await expect.poll(() => page.getByText('Eget mål').count()).toBe(4);
    expect(await page.getByText('Arvet fra Sande kommune').count()).toBeGreaterThanOrEqual(4);
    await expectNoViolations('target-grid');
  });

  test('a sector inherits the targets, overrides one, and reverts it in one click', async () => {
    await openScorecard('1514-01', 'Helse og omsorg');
    for (const name of Object.values(indicators)) {
      const row = indicatorRow(name);
      expect(await row.getByText('Arvet fra Sande kommune').count(), name).toBe(1);
    }
    expect(await indicatorRow(indicators.waiting).textContent()).toContain('Mål 14 · grense 21');
    expect(await indicatorRow(indicators.budget).textContent()).toContain(
      '−1,0 til 1,0 · toleranse 0,5',
    );
    expect(await indicatorRow(indicators.result).textContent()).toContain('Mål 1,75 · grense 1,00');

    await indicatorRow(indicators.waiting).getByRole('button', { name: 'Overstyr' }).click();
    const override = dialog(`Overstyr målet for ${indicators.waiting}`);
    expect(await labelled('Målverdi', override).inputValue()).toBe('14');
    expect(await labelled('Grenseverdi', override).inputValue()).toBe('21');
    await labelled('Målverdi', override).fill('10');
    await labelled('Grenseverdi', override).fill('14');
    await override.getByRole('button', { name: 'Lagre målet' }).click();
    await status(`Målet for ${indicators.waiting} er lagret som eget mål`).waitFor();

    const waiting = indicatorRow(indicators.waiting);
    await waiting.getByText('Eget mål').waitFor();
    expect(await waiting.textContent()).toContain('Mål 10 · grense 14');
    for (const name of [indicators.satisfaction, indicators.budget, indicators.result]) {
      expect(await indicatorRow(name).getByText('Arvet fra Sande kommune').count(), name).toBe(1);
    }
    await expectNoViolations('scorecard-override');

    await waiting.getByRole('button', { name: 'Tilbakestill til arvet' }).click();
    await status(`${indicators.waiting} bruker igjen målet som er arvet`).waitFor();
    await waiting.getByText('Arvet fra Sande kommune').waitFor();
    expect(await waiting.textContent()).toContain('Mål 14 · grense 21');
    expect(await waiting.getByText('Eget mål').count()).toBe(0);
    // The revert button is gone with the own target, so focus moves to the notice.
    const focusedNotice = () =>
      page.evaluate(() => document.activeElement?.textContent?.includes('bruker igjen') ?? false);
    await expect.poll(focusedNotice).toBe(true);
  });

  test('an override that breaks the direction is refused on the threshold field', async () => {
    await indicatorRow(indicators.satisfaction).getByRole('button', { name: 'Overstyr' }).click();
    const override = dialog(`Overstyr målet for ${indicators.satisfaction}`);
    await labelled('Grenseverdi', override).fill('5');
    await override.getByRole('button', { name: 'Lagre målet' }).click();
    await override
      .getByText('Høyere er bedre, så grenseverdien må være lik eller lavere enn målverdien.')
      .waitFor();
    const threshold = labelled('Grenseverdi', override);
    expect(await threshold.getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations('scorecard-override-refused');
    await override.getByRole('button', { name: 'Avbryt' }).click();
  });

  test('an indicator with targets cannot be deleted; an unused one can', async () => {
    await page.goto(`${server.baseUrl}/indicators`);
    await page.getByRole('link', { name: indicators.budget }).click();
    await mainHeading(indicators.budget).waitFor();
    await page.getByRole('button', { name: 'Slett' }).click();
    const confirm = dialog(`Slett ${indicators.budget}`);
    await confirm.getByRole('button', { name: 'Slett indikatoren' }).click();
    await confirm
      .getByRole('alert')
      .filter({ hasText: 'Indikatoren er tatt i bruk med mål, resultater eller tiltak' })
      .waitFor();
    await confirm.getByRole('button', { name: 'Avbryt' }).click();

    await page.getByRole('button', { name: 'Arkiver' }).click();
    await status(`«${indicators.budget}» er arkivert.`).waitFor();
    await page.getByRole('button', { name: 'Gjenopprett' }).click();
    await status(`«${indicators.budget}» er gjenopprettet.`).waitFor();

    await createIndicator({
      code: 'TMP-01',
      name: 'Prøveindikator',
      focusArea: 'Økonomi',
      criterion: 'Sunn økonomi',
      basis: async (form) => {
        await form.getByRole('radio', { name: 'Annet (fritekst)' }).check();
        await labelled('Beskrivelse av grunnlaget', form).fill('Bare en prøve');
      },
      unitOfMeasure: 'Antall',
      decimals: '0',
      direction: 'Høyere er bedre',
    });
    await page.getByRole('button', { name: 'Slett' }).click();
    await dialog('Slett Prøveindikator').getByRole('button', { name: 'Slett indikatoren' }).click();
    await mainHeading('Indikatorregister').waitFor();
    await status('Viser 4 indikatorer.').waitFor();
    expect(await page.getByRole('link', { name: 'Prøveindikator' }).count()).toBe(0);
  });

  test("a year's own targets are copied to the next year", async () => {
    await page.goto(`${server.baseUrl}/targets?unit=${await unitId('1514')}&year=${year}`);
    await page.getByRole('button', { name: 'Kopier mål til neste år' }).click();
    const copy = dialog(`Kopier mål fra ${year} til ${year + 1}`);
    await copy.getByRole('button', { name: 'Kopier målene' }).click();
    await status(`4 mål er kopiert til ${year + 1}.`).waitFor();
  });

  test('the målekart warns gently when it has more indicators than the settings recommend', async () => {
    await openScorecard('1514', 'Sande kommune');
    expect(await page.getByText('Færre indikatorer gir et tydeligere målekart').count()).toBe(0);

    await openFromMenu('Innstillinger');
    await mainHeading('Innstillinger').waitFor();
    const max = labelled('Største anbefalte antall indikatorer i et målekart');
    expect(await max.inputValue()).toBe('25');
    await max.fill('3');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await status('Innstillingene er lagret.').waitFor();
    await expectNoViolations('settings');

    await openScorecard('1514', 'Sande kommune');
    const warning = page.getByText('Målekartet har 4 indikatorer, og kommunen anbefaler høyst 3.');
    await warning.waitFor();
    await expectNoViolations('scorecard');
  });

  test('an indicator file is previewed with every bad row and imports only when clean', async () => {
    await page.goto(`${server.baseUrl}/indicators`);
    await page.getByRole('link', { name: 'Importer fra fil' }).click();
    await mainHeading('Importer indikatorer').waitFor();
    const header = 'Kode;Navn;Fokusområde;Suksesskriterier;Måleenhet;Retning;Frekvens';
    const good = 'BRU-03;Klager på tjenestene;Brukere;Fornøyde brukere;Antall;Lavere er bedre;År';
    const faulty = [
      header,
      good,
      'BRU-04;Svartid;Finnes ikke;Fornøyde brukere;Dager;Lavere er bedre;År',
      'BRU-05;Trivsel;Brukere;Fornøyde brukere;Skår på skala;Høyere er bedre;År',
    ].join('\n');
    const choose = (name: string, content: string) =>
      labelled('Fil med indikatorer').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(content, 'utf8'),
      });

    await choose('indikatorer-med-feil.csv', faulty);
    const problems = page.getByRole('region', { name: 'Feil i filen' });
    await problems.waitFor();
    const problemRows = problems.getByRole('row');
    expect(await problemRows.count()).toBe(3);
    expect(await problemRows.nth(1).textContent()).toContain('Det finnes ikke noe aktivt');
    expect(await problemRows.nth(2).textContent()).toContain('Skala fra');
    const importButton = page.getByRole('button', { name: 'Importer', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await expectNoViolations('indicator-import-preview');

    await choose('indikatorer.csv', [header, good].join('\n'));
    await expect.poll(() => problems.count()).toBe(0);
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    await status('Importen er fullført: 1 nye og 0 endrede indikatorer.').waitFor();
  });

  test('in English the målekart speaks English and writes numbers the English way', async () => {
    await openScorecard('1514-01', 'Helse og omsorg');
    await page.getByRole('button', { name: 'English' }).click();
    await mainHeading('Scorecard structure').waitFor();
    expect(await page.title()).toBe('Scorecard structure – Balanse');
    const satisfaction = indicatorRow(indicators.satisfaction);
    expect(await satisfaction.textContent()).toContain('Target 4.50 · threshold 4.00');
    expect(await satisfaction.getByText('Inherited from Sande kommune').count()).toBe(1);
    await expectNoViolations('scorecard-en');
    await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
    await mainHeading('Målekart').waitFor();
  });

  test('at 320 px the målekart and the target grid reflow without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openScorecard('1514-01', 'Helse og omsorg');
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'scorecard-320');

    await page.goto(`${server.baseUrl}/targets?unit=${await unitId('1514-01')}&year=${year}`);
    await page.getByRole('region', { name: 'Mål per indikator og enhet' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'target-grid-320');

    await page.goto(`${server.baseUrl}/indicators`);
    await status('Viser 5 indikatorer.').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
