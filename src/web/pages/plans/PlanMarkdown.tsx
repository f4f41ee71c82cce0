/**
 * A plan text in Markdown as HTML. react-markdown escapes raw HTML and drops unsafe link addresses
 * by default (no rehype-raw here, on purpose). Images, which the server refuses, show as their
 * alternative text. The text's headings start just below the heading
 * the text sits under, ranked as the Word export ranks them, so the page's heading order holds
 * whatever levels the writer chose.
 */
import type { Heading, Nodes, Root } from 'mdast';
import Markdown from 'react-markdown';

function headingsOf(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === 'heading') found.push(node);
  if ('children' in node) for (const child of node.children) headingsOf(child, found);
  return found;
}

/** A remark plugin: the shallowest heading depth used becomes `under + 1`, the next `under + 2`. */
function rankHeadings(under: number) {
  return () => (tree: Root) => {
    const headings = headingsOf(tree);
    const depths = [...new Set(headings.map((heading) => heading.depth))].sort((a, b) => a - b);
    for (const heading of headings) {
      const rank = depths.indexOf(heading.depth);
      heading.depth = Math.min(6, under + 1 + rank) as Heading['depth'];
    }
  };
}

const plugins = { 2: [rankHeadings(2)], 3: [rankHeadings(3)] };

/** An image is shown as its alternative text: reading a plan fetches nothing from elsewhere. */
const imageAsText = { img: ({ alt }: { alt?: string }) => alt ?? null };

/** `under` is the level of the heading the text sits below. */
export function PlanMarkdown({ text, under = 2 }: { text: string; under?: 2 | 3 }) {
  return (
    <div className="plan-markdown">
      <Markdown remarkPlugins={plugins[under]} components={imageAsText}>
        {text}
      </Markdown>
    </div>
  );
}
