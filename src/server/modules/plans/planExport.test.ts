import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from '../../testing/harness.js';
import type { PlanVersion } from './schemas.js';
import {
  type PlanWorld,
  buildPlanWorld,
  createPlan,
  sectionsOf,
  step,
  writeText,
} from './testWorld.js';

const about = [
  '## Oppdrag',
  '',
  'Sjukeheimen gir **heldøgns omsorg** til *eldre* i kommunen.',
  '',
  '- Langtidsplasser',
  '- Korttidsplasser',
  '',
  '1. Rekruttere sykepleiere',
  '2. Ta i bruk velferdsteknologi',
  '',
  'Les mer på [kommunens nettsider](https://www.sande.kommune.no/sjukeheimen).',
].join('\n');

interface WordParagraph {
  style: string | null;
  text: string;
  xml: string;
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: textOf(paragraph),
    xml: paragraph,
  }));
}

/** Each table as its properties and its rows of cell texts. */
function tables(xml: string) {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([table]) => ({
    properties: /<w:tblPr>.*?<\/w:tblPr>/s.exec(table)?.[0] ?? '',
    rows: [...table.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map(([row]) => ({
      header: row.includes('<w:tblHeader/>'),
      cells: [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => textOf(cell)),
    })),
  }));
}

describe.each(databaseKinds)('the business plan in Word on %s', (kind) => {
  let test: TestApp;
  let world: PlanWorld;
  let plan: PlanVersion;
  let files: JSZip;
  let documentXml: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    world = await buildPlanWorld(test);
    const sections = await sectionsOf(world.admin);
    plan = await createPlan(world.admin, world.units.nursingHome.id, 2026);
    const written = await writeText(world.admin, plan.id, sections[0]?.id as string, about);
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    await step(world.admin, plan.id, 'submit');
    await step(world.admin, plan.id, 'approve');
    // After approval the register moves on; the approved plan's document does not.
    await world.admin.patch(`/api/indicators/${world.indicators.satisfaction.id}`, {
      name: 'Nytt navn etter godkjenning',
    });

    const response = await test.app.inject({
      method: 'GET',
      url: `/api/plans/${plan.id}/export.docx?locale=nb`,
      headers: { cookie: world.users.reader.cookieHeader },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml.document');
    expect(response.headers['content-disposition']).toMatch(/virksomhetsplan-2026-.*-v1\.docx/);
    files = await JSZip.loadAsync(response.rawPayload);
    documentXml = (await files.file('word/document.xml')?.async('string')) ?? '';
  });
  afterAll(() => test.close());

  it('has a title, a description and Norwegian as its language', async () => {
    const core = (await files.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dc:title>Virksomhetsplan 2026 for Sjukeheimen</dc:title>');
    expect(core).toMatch(/<dc:description>Virksomhetsplanen for Sjukeheimen for 2026/);
    const styles = (await files.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toMatch(/<w:rPrDefault>.*<w:lang w:val="nb-NO"\/>.*<\/w:rPrDefault>/s);
  });

  it('uses real heading styles for the title, the sections, the scorecard and focus areas', () => {
    const headings = paragraphs(documentXml)
      .filter((p) => p.style?.startsWith('Heading'))
      .map((p) => [p.style, p.text]);
    expect(headings).toEqual([
      ['Heading1', 'Virksomhetsplan 2026 for Sjukeheimen'],
      ['Heading2', 'Om enheten'],
      // The text's first heading level comes right below its section's, whatever its depth.
      ['Heading3', 'Oppdrag'],
      ['Heading2', 'Hovedutfordringer'],
      ['Heading2', 'Prioriteringer'],
      ['Heading2', 'Styringskort'],
      ['Heading3', 'Brukere'],
      ['Heading4', 'Fornøyde brukere'],
      ['Heading2', 'Tiltak'],
    ]);
  });

  it('turns the Markdown into bold and italic runs, Word lists and a real hyperlink', async () => {
    const all = paragraphs(documentXml);
    const mission = all.find((p) => p.text.startsWith('Sjukeheimen gir')) as WordParagraph;
    expect(mission.text).toBe('Sjukeheimen gir heldøgns omsorg til eldre i kommunen.');
    expect(mission.xml).toMatch(/<w:b\/>.*heldøgns omsorg/s);
    expect(mission.xml).toMatch(/<w:i\/>.*eldre/s);

    const listed = all.filter((p) => p.xml.includes('<w:numPr>')).map((p) => p.text);
    expect(listed).toEqual([
      'Langtidsplasser',
      'Korttidsplasser',
      'Rekruttere sykepleiere',
      'Ta i bruk velferdsteknologi',
    ]);

    const link = all.find((p) => p.xml.includes('<w:hyperlink')) as WordParagraph;
    expect(link.text).toBe('Les mer på kommunens nettsider.');
    const relations = (await files.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    expect(relations).toContain('Target="https://www.sande.kommune.no/sjukeheimen"');
    expect(relations).toContain('TargetMode="External"');
  });

  it('shows the scorecard as approved, in a table with a repeating header row and alt text', () => {
    const [scorecard] = tables(documentXml);
    expect(scorecard?.properties).toContain(
      '<w:tblCaption w:val="Indikatorer for suksesskriteriet «Fornøyde brukere» i fokusområdet Brukere"/>',
    );
    expect(scorecard?.properties).toMatch(/<w:tblDescription w:val="Én rad per indikator/);
    expect(scorecard?.rows[0]).toEqual({
      header: true,
      cells: ['Indikator', 'Mål', 'Resultat', 'Status'],
    });
    expect(scorecard?.rows.slice(1)).toEqual([
      { header: false, cells: ['Brukertilfredshet', 'minst 85,0 %', '87,5 %', 'Nådd'] },
      { header: false, cells: ['Sykefravær', 'høyst 6,0 %', '7,3 %', 'Nesten nådd'] },
    ]);
    expect(documentXml).not.toContain('Nytt navn etter godkjenning');

    // Each table is announced by a caption paragraph as well.
    const captions = paragraphs(documentXml).filter((p) => p.style === 'Caption');
    expect(captions.map((p) => p.text)).toEqual([
      'Indikatorer for suksesskriteriet «Fornøyde brukere» i fokusområdet Brukere',
      'Tiltak for 2026, med åpne tiltak fra tidligere år',
    ]);
  });

  it("lists the unit's actions for the year with responsible, due date, status and progress", () => {
    const [, actions] = tables(documentXml);
    expect(actions?.rows[0]).toEqual({
      header: true,
      cells: ['Tiltak', 'Ansvarlig', 'Frist', 'Status', 'Framdrift'],
    });
    expect(actions?.rows.slice(1).map((row) => row.cells)).toEqual([
      ['Opplæring i journalføring', '–', '01.05.2025', 'Forsinket', '0 %'],
      ['Kartlegge ventetid', 'Admin Sande', '–', 'Pågår', '40 %'],
    ]);
    expect(documentXml).not.toContain('Gammelt fullført tiltak');
    expect(documentXml).not.toContain('Tiltak i heimetenesta');
  });

  it('writes the same plan in English when asked', async () => {
    const response = await test.app.inject({
      method: 'GET',
      url: `/api/plans/${plan.id}/export.docx?locale=en`,
      headers: { cookie: world.users.reader.cookieHeader },
    });
    expect(response.statusCode).toBe(200);
    const english = await JSZip.loadAsync(response.rawPayload);
    const xml = (await english.file('word/document.xml')?.async('string')) ?? '';
    const [scorecard] = tables(xml);
    expect(scorecard?.rows[0]?.cells).toEqual(['Indicator', 'Target', 'Result', 'Status']);
    expect(scorecard?.rows[1]?.cells).toEqual([
      'Brukertilfredshet',
      'at least 85.0 %',
      '87.5 %',
      'Reached',
    ]);
    const styles = (await english.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
  });
});
