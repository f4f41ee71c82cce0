/**
 * What the editor's toolbar does to the text: it writes Markdown syntax around the selection and
 * says what to select afterwards, so a person who does not know Markdown still gets it right.
 */

export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

export type MarkdownTool = 'heading' | 'bold' | 'list' | 'link';

/** The start of the line holding `index` and the end of the line holding `end`. */
function lineBounds(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  return [from, next === -1 ? text.length : next];
}

function replace(current: TextSelection, from: number, to: number, insert: string) {
  return current.text.slice(0, from) + insert + current.text.slice(to);
}

/** Puts `prefix` before every selected line, or takes it away when all lines have it already. */
function prefixLines(current: TextSelection, prefix: string): TextSelection {
  const [from, to] = lineBounds(current.text, current.start, current.end);
  const lines = current.text.slice(from, to).split('\n');
  const all = lines.every((line) => line.startsWith(prefix));
  const changed = lines
    .map((line) => (all ? line.slice(prefix.length) : line.replace(/^(#+ |- )?/, prefix)))
    .join('\n');
  return { text: replace(current, from, to, changed), start: from, end: from + changed.length };
}

/** Wraps the selection, or a placeholder selected for typing over when nothing is selected. */
function wrap(current: TextSelection, before: string, after: string, placeholder: string) {
  const inner = current.text.slice(current.start, current.end) || placeholder;
  const start = current.start + before.length;
  return {
    text: replace(current, current.start, current.end, `${before}${inner}${after}`),
    start,
    end: start + inner.length,
  };
}

/**
 * Applies one tool. A heading is a level-2 Markdown heading (the section's title is above it); a
 * link keeps the selection as its words and selects the address to type.
 */
export function applyTool(
  current: TextSelection,
  tool: MarkdownTool,
  placeholders: { bold: string; link: string },
): TextSelection {
  switch (tool) {
    case 'heading':
      return prefixLines(current, '## ');
    case 'list':
      return prefixLines(current, '- ');
    case 'bold':
      return wrap(current, '**', '**', placeholders.bold);
    case 'link': {
      const words = current.text.slice(current.start, current.end) || placeholders.link;
      const address = 'https://';
      const insert = `[${words}](${address})`;
      const start = current.start + words.length + 3;
      return {
        text: replace(current, current.start, current.end, insert),
        start,
        end: start + address.length,
      };
    }
  }
}
