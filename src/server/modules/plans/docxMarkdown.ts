/**
 * A plan section's Markdown as Word content: headings become real heading styles, lists real
 * Word lists, links real hyperlinks and emphasis real bold and italics, walked from the same
 * syntax tree the text was checked with.
 */
import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { Definition, List, Nodes, PhrasingContent, RootContent } from 'mdast';
import { isSafeUrl, parsePlanText, walk } from './markdown.js';

/** The numbering definition ordered lists use; every list is an instance of its own. */
export const orderedListNumbering = {
  reference: 'plan-ordered-list',
  levels: Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  })),
};

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Word's heading style for a level, 1 to 6; deeper levels stay at 6. */
export const headingStyle = (level: number) =>
  headingLevels[Math.min(Math.max(level, 1), 6) - 1] ?? HeadingLevel.HEADING_6;

interface Marks {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
}

interface Walk {
  /** The Word heading level of each Markdown heading depth the text uses. */
  headingLevels: Map<number, number>;
  definitions: Map<string, Definition>;
  nextListInstance: () => number;
}

const run = (text: string, marks: Marks, style?: string) =>
  new TextRun({
    text,
    bold: marks.bold,
    italics: marks.italics,
    font: marks.code ? 'Courier New' : undefined,
    style,
  });

function link(url: string, children: PhrasingContent[], marks: Marks, state: Walk) {
  const runs = inline(children, marks, state, 'Hyperlink');
  if (!isSafeUrl(url)) return runs;
  return [new ExternalHyperlink({ link: url, children: runs })];
}

/** Phrasing content as runs; inside a link every run takes the hyperlink style. */
function inline(
  nodes: readonly PhrasingContent[],
  marks: Marks,
  state: Walk,
  style?: string,
): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [run(node.value, marks, style)];
      case 'strong':
        return inline(node.children, { ...marks, bold: true }, state, style);
      case 'emphasis':
      case 'delete':
        return inline(node.children, { ...marks, italics: true }, state, style);
      case 'inlineCode':
        return [run(node.value, { ...marks, code: true }, style)];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link':
        return style
          ? inline(node.children, marks, state, style)
          : link(node.url, node.children, marks, state);
      case 'linkReference': {
        const target = state.definitions.get(node.identifier);
        return target && !style
          ? link(target.url, node.children, marks, state)
          : inline(node.children, marks, state, style);
      }
      case 'image':
        return [run(node.alt ?? node.url, marks, style)];
      case 'imageReference':
        return [run(node.alt ?? '', marks, style)];
      case 'html':
        // Refused on write; text stored before that check is shown as text, never as markup.
        return [run(node.value, marks, style)];
      case 'footnoteReference':
        return [];
    }
  });
}

const indentOf = (depth: number) => (depth > 0 ? { left: 720 * depth } : undefined);

function listParagraphs(list: List, depth: number, state: Walk): Paragraph[] {
  const instance = list.ordered ? state.nextListInstance() : 0;
  return list.children.flatMap((item) =>
    item.children.flatMap((child, index): Paragraph[] => {
      if (child.type === 'list') return listParagraphs(child, depth + 1, state);
      // The item's first paragraph carries the bullet or number; the rest are indented under it.
      if (index > 0 || child.type !== 'paragraph') return blocks([child], state, depth + 1);
      const children = inline(child.children, {}, state);
      return [
        list.ordered
          ? new Paragraph({
              children,
              numbering: { reference: orderedListNumbering.reference, level: depth, instance },
            })
          : new Paragraph({ children, bullet: { level: depth } }),
      ];
    }),
  );
}

function blocks(nodes: readonly RootContent[], state: Walk, depth = 0): Paragraph[] {
  const indent = indentOf(depth);
  return nodes.flatMap((node): Paragraph[] => {
    switch (node.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: headingStyle(state.headingLevels.get(node.depth) ?? 6),
            children: inline(node.children, {}, state),
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ children: inline(node.children, {}, state), indent })];
      case 'list':
        return listParagraphs(node, depth, state);
      case 'blockquote':
        return blocks(node.children, state, depth + 1);
      case 'code':
        return [
          new Paragraph({
            indent,
            children: node.value
              .split('\n')
              .map(
                (line, index) =>
                  new TextRun({ text: line, font: 'Courier New', break: index > 0 ? 1 : 0 }),
              ),
          }),
        ];
      case 'thematicBreak':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
          }),
        ];
      case 'html':
        return [new Paragraph({ children: [run(node.value, {})], indent })];
      // Link definitions are read up front; the rest is not CommonMark, or is not a block.
      case 'definition':
      case 'footnoteDefinition':
      case 'table':
      case 'tableRow':
      case 'tableCell':
      case 'listItem':
      case 'yaml':
      case 'break':
      case 'delete':
      case 'emphasis':
      case 'footnoteReference':
      case 'image':
      case 'imageReference':
      case 'inlineCode':
      case 'link':
      case 'linkReference':
      case 'strong':
      case 'text':
        return [];
    }
  });
}

/**
 * The Markdown of one section as Word paragraphs. Its headings take the levels from `topHeading`
 * down, one level for each depth the text uses, so none is skipped whether the writer started
 * at `#` or `###`. `nextListInstance` numbers ordered lists across the document, each from 1.
 */
export function markdownToDocx(
  text: string,
  options: { topHeading: number; nextListInstance: () => number },
): Paragraph[] {
  const tree = parsePlanText(text);
  const definitions = new Map<string, Definition>();
  const depths = new Set<number>();
  walk(tree, (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    if (node.type === 'heading') depths.add(node.depth);
  });
  const headingLevels = new Map(
    [...depths]
      .sort((a, b) => a - b)
      .map((depth, index) => [depth, options.topHeading + index] as const),
  );
  return blocks(tree.children, {
    nextListInstance: options.nextListInstance,
    definitions,
    headingLevels,
  });
}
