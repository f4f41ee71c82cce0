/**
 * A plan's formatted text is CommonMark. It is parsed with a real parser (mdast) and refused on
 * write if it holds raw HTML, an image, or a link anywhere but the web or email, so nothing stored
 * could turn into script in a renderer that is less careful than ours, and reading a plan fetches
 * nothing from elsewhere.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { AppError } from '../../errors.js';

/** The longest text one section may hold. */
export const maxSectionLength = 50_000;

/** The plan text as a Markdown syntax tree. */
export const parsePlanText = (text: string): Root => fromMarkdown(text);

/** Web and email addresses only: no javascript:, data:, file: or relative links. */
const safeUrl = /^(?:https?:\/\/|mailto:)[^\s]/i;

export const isSafeUrl = (url: string) => safeUrl.test(url.trim());

/** Calls `visit` on the node and every node below it, in document order. */
export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

const lineOf = (node: Nodes) => node.position?.start.line;

/**
 * Refuses text holding raw HTML (`html_not_allowed`), an image (`image_not_allowed`: it would be
 * fetched from its address by every reader's browser, and a Word document could not show it), or
 * a link or link definition whose address is not http(s) or mailto (`unsafe_link`), naming
 * `field` and the line.
 */
export function checkPlanText(text: string, field: string): void {
  walk(parsePlanText(text), (node) => {
    if (node.type === 'html') {
      throw new AppError(
        'html_not_allowed',
        `HTML is not allowed in the text (line ${lineOf(node)}); use Markdown formatting`,
        field,
        { line: lineOf(node), html: node.value.slice(0, 200) },
      );
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      throw new AppError(
        'image_not_allowed',
        `Images are not allowed in the text (line ${lineOf(node)}); link to the image instead`,
        field,
        { line: lineOf(node) },
      );
    }
    if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
      throw new AppError(
        'unsafe_link',
        `Links must go to an http(s) or mailto address (line ${lineOf(node)})`,
        field,
        { line: lineOf(node), url: node.url.slice(0, 200) },
      );
    }
  });
}

const endsSentence = new Set(['heading', 'paragraph']);
const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'code', 'tableRow']);

/**
 * The words of Markdown text without its formatting, blocks separated by a space and each
 * heading, paragraph or list item ended with a full stop where it has no mark of its own, so it
 * does not run into the text after it.
 */
export function plainText(text: string): string {
  const parts: string[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      parts.push(node.value);
    } else if (node.type === 'break') {
      parts.push(' ');
    } else if ('children' in node) {
      for (const child of node.children) collect(child);
    }
    if (endsSentence.has(node.type) && !/[.!?:]\s*$/.test(parts.at(-1) ?? '')) parts.push('.');
    if (blockTypes.has(node.type)) parts.push(' ');
  };
  collect(parsePlanText(text));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
