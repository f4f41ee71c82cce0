/**
 * A business plan as a Word document a public body can publish: its title, description and
 * language set, real heading styles, tables with a repeating header row and a title and
 * description of their own, statuses in words, and numbers as the plan shows them.
 */
import {
  BuilderElement,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableProperties,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatNumber } from '#domain/numbers.js';
import type { CardRow, StatusCounts } from '#domain/scorecardView.js';
import { statuses } from '#domain/status.js';
import type { RequestContext } from '../../context.js';
import { exportStatusLabel } from '../scorecard/export.js';
import { markdownToDocx, orderedListNumbering } from './docxMarkdown.js';
import { type Locale, planWords } from './docxWords.js';
import type { PlanDetail } from './schemas.js';
import { getPlan } from './service.js';

/**
 * A table that carries its title and description (w:tblCaption, w:tblDescription): Word shows
 * them as the table's alternative text. The docx library has no option for them, so they are
 * added to the table's properties, after everything else there as the schema orders it.
 */
class DescribedTable extends Table {
  constructor(
    options: ConstructorParameters<typeof Table>[0],
    alt: { title: string; description: string },
  ) {
    super(options);
    const properties = (this.root as unknown[]).find(
      (child): child is TableProperties => child instanceof TableProperties,
    );
    for (const [name, value] of [
      ['w:tblCaption', alt.title],
      ['w:tblDescription', alt.description],
    ] as const) {
      properties?.addChildElement(
        new BuilderElement({ name, attributes: { val: { key: 'w:val', value } } }),
      );
    }
  }
}

const cell = (children: ParagraphChild[] | string, header = false) =>
  new TableCell({
    children: [
      new Paragraph({
        children:
          typeof children === 'string' ? [new TextRun({ text: children, bold: header })] : children,
      }),
    ],
  });

/** A table preceded by its caption, with the header row repeated on every page. */
function describedTable(
  caption: string,
  description: string,
  headings: readonly string[],
  rows: string[][],
  widths: readonly number[],
): (Paragraph | Table)[] {
  return [
    new Paragraph({ style: 'Caption', children: [new TextRun(caption)], keepNext: true }),
    new DescribedTable(
      {
        width: { size: 100, type: WidthType.PERCENTAGE },
        columnWidths: widths.map((share) => Math.round(share * 90)),
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: headings.map((heading) => cell(heading, true)),
          }),
          ...rows.map(
            (values) => new TableRow({ cantSplit: true, children: values.map((v) => cell(v)) }),
          ),
        ],
      },
      { title: caption, description },
    ),
  ];
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [new TextRun(text)] });

const plain = (text: string, italics = false) =>
  new Paragraph({ children: [new TextRun({ text, italics })] });

/** The plan as a .docx file, in bokmål or English. */
export async function planDocument(detail: PlanDetail, locale: Locale): Promise<Buffer> {
  const words = planWords(locale);
  const { plan } = detail;
  let listInstance = 0;
  const nextListInstance = () => ++listInstance;

  const body: (Paragraph | Table)[] = [
    heading(words.title(plan.year, plan.orgUnit.name), HeadingLevel.HEADING_1),
    plain(words.versionLine(plan, detail.asOf)),
  ];
  for (const section of detail.sections) {
    body.push(heading(section.title, HeadingLevel.HEADING_2));
    body.push(
      ...(section.text.trim()
        ? markdownToDocx(section.text, { topHeading: 3, nextListInstance })
        : [plain(words.notWritten, true)]),
    );
  }
  body.push(...scorecardPart(detail, locale));
  body.push(...actionsPart(detail, locale));
  if (detail.subunits.length > 0) body.push(...subunitsPart(detail, locale));

  const document = new Document({
    title: words.title(plan.year, plan.orgUnit.name),
    description: words.description(plan),
    subject: words.subject,
    creator: 'Balanse',
    styles: {
      default: {
        document: {
          run: { language: { value: words.language } },
          paragraph: { spacing: { after: 120 } },
        },
      },
    },
    numbering: { config: [orderedListNumbering] },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(document);
}

/** The file of one version for someone who may read it, with a name to save it under. */
export async function exportPlan(
  ctx: RequestContext,
  id: string,
  locale: Locale,
): Promise<{ file: Buffer; fileName: string }> {
  const detail = await getPlan(ctx, id);
  const { plan } = detail;
  const unit = (plan.orgUnit.code || 'enhet').replace(/[^A-Za-z0-9_-]+/g, '-');
  return {
    file: await planDocument(detail, locale),
    fileName: `${planWords(locale).fileStem}-${plan.year}-${unit}-v${plan.versionNumber}.docx`,
  };
}

function scorecardPart(detail: PlanDetail, locale: Locale): (Paragraph | Table)[] {
  const words = planWords(locale);
  const card = detail.scorecard;
  const parts: (Paragraph | Table)[] = [
    heading(words.scorecard, HeadingLevel.HEADING_2),
    plain(words.scorecardIntro(card.period.key)),
  ];
  if (card.focusAreas.length === 0) parts.push(plain(words.noIndicators, true));

  const table = (caption: string, rows: CardRow[]) =>
    describedTable(
      caption,
      words.scorecardTableDescription,
      words.scorecardColumns,
      rows.map((row) => scorecardCells(row, locale)),
      [40, 20, 20, 20],
    );
  for (const area of card.focusAreas) {
    parts.push(heading(area.name, HeadingLevel.HEADING_3));
    for (const criterion of area.criteria) {
      parts.push(heading(criterion.name, HeadingLevel.HEADING_4));
      parts.push(...table(words.criterionCaption(criterion.name, area.name), criterion.rows));
    }
    if (area.otherRows.length > 0) {
      parts.push(heading(words.otherIndicators, HeadingLevel.HEADING_4));
      parts.push(...table(words.otherCaption(area.name), area.otherRows));
    }
  }
  return parts;
}

/** Indicator, target, result and status in words, numbers as displayed. */
function scorecardCells(row: CardRow, locale: Locale): string[] {
  const words = planWords(locale);
  const { indicator, outcome } = row;
  const number = (value: number) =>
    words.withUnit(formatNumber(value, indicator.decimals, locale), indicator.unitOfMeasure);
  const target = outcome.target?.values;
  const targetText = !target
    ? '–'
    : target.kind === 'range'
      ? words.withUnit(
          `${formatNumber(target.low, indicator.decimals, locale)}–${formatNumber(target.high, indicator.decimals, locale)}`,
          indicator.unitOfMeasure,
        )
      : words.atLeastOrMost(indicator.direction, number(target.target));
  const result = outcome.result
    ? number(outcome.result.value) + (row.latestAvailable ? ` (${outcome.periodKey})` : '')
    : '–';
  return [indicator.name, targetText, result, exportStatusLabel(locale, outcome.status)];
}

function actionsPart(detail: PlanDetail, locale: Locale): (Paragraph | Table)[] {
  const words = planWords(locale);
  const parts: (Paragraph | Table)[] = [heading(words.actions, HeadingLevel.HEADING_2)];
  if (detail.actions.length === 0) return [...parts, plain(words.noActions, true)];
  const rows = detail.actions.map((action) => [
    action.title,
    action.responsible?.name ?? '–',
    action.dueDate ? words.date(action.dueDate) : '–',
    words.actionStatus[action.status],
    `${action.progress} %`,
  ]);
  return [
    ...parts,
    ...describedTable(
      words.actionsCaption(detail.plan.year),
      words.actionsTableDescription,
      words.actionColumns,
      rows,
      [40, 20, 14, 14, 12],
    ),
  ];
}

function subunitsPart(detail: PlanDetail, locale: Locale): Paragraph[] {
  const words = planWords(locale);
  const parts = [heading(words.subunits, HeadingLevel.HEADING_2)];
  for (const subunit of detail.subunits) {
    parts.push(heading(subunit.unit.name, HeadingLevel.HEADING_3));
    parts.push(plain(subunit.plan ? words.subunitPlan(subunit.plan) : words.noSubunitPlan));
    parts.push(plain(`${words.scorecard}: ${countsText(subunit.counts, locale)}`));
    if (subunit.summary) {
      parts.push(plain(`${subunit.summary.sectionTitle}: ${subunit.summary.text}`));
    }
  }
  return parts;
}

function countsText(counts: StatusCounts, locale: Locale): string {
  const shown = statuses.filter((status) => counts[status] > 0);
  if (shown.length === 0) return planWords(locale).noIndicators;
  return shown
    .map((status) => `${counts[status]} ${exportStatusLabel(locale, status).toLowerCase()}`)
    .join(', ');
}
