// A Markdown report shown with its structure (headings, paragraphs, lists, quotes, emphasis, code) and
// its claims highlighted. The structure comes from mdast-util-from-markdown's syntax tree; every piece
// of text is the report's own characters at the tree's offsets, so highlights keep their spans (and,
// with `sourceRuns`, a selection made in the rendered text maps back to offsets in it). Nothing
// of the report becomes HTML: raw HTML shows as text, links as text with their address in a tooltip,
// images as their description.
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { useMemo, type ReactNode } from 'react';
import { highlightRange, type Mark } from './Highlighted.tsx';

export function MarkdownText({
  text,
  marks,
  onSelect,
  sourceRuns = false,
}: {
  text: string;
  marks: Mark[];
  onSelect?: (id: string) => void;
  /** Each run of the report's text in an element carrying its offset in `text` (data-src). */
  sourceRuns?: boolean;
}) {
  const tree = useMemo(() => fromMarkdown(text), [text]);
  const seen = new Set<string>();
  const range = (node: Nodes) => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0] as const;
  const leaf = (node: Nodes) => {
    const [from, to] = range(node);
    return highlightRange(text, from, to, marks, seen, onSelect, sourceRuns);
  };
  const children = (node: Parents): ReactNode[] => node.children.map((child, i) => render(child, i));

  function render(node: Nodes, key: number): ReactNode {
    switch (node.type) {
      case 'root':
        return <>{children(node)}</>;
      case 'heading': {
        // The page has its h1: a report's headings start one level below it.
        const Tag = `h${Math.min(6, node.depth + 1)}` as 'h2';
        return (
          <Tag key={key} dir="auto">
            {children(node)}
          </Tag>
        );
      }
      case 'paragraph':
        return (
          <p key={key} dir="auto">
            {children(node)}
          </p>
        );
      case 'blockquote':
        return <blockquote key={key}>{children(node)}</blockquote>;
      case 'list':
        return node.ordered ? (
          <ol key={key} start={node.start ?? undefined}>
            {children(node)}
          </ol>
        ) : (
          <ul key={key}>{children(node)}</ul>
        );
      case 'listItem':
        return <li key={key}>{children(node)}</li>;
      case 'emphasis':
        return <em key={key}>{children(node)}</em>;
      case 'strong':
        return <strong key={key}>{children(node)}</strong>;
      case 'delete':
        return <del key={key}>{children(node)}</del>;
      case 'link':
      case 'linkReference':
        return (
          <span key={key} className="md-link" title={node.type === 'link' ? node.url : undefined}>
            {children(node)}
          </span>
        );
      case 'thematicBreak':
        return <hr key={key} />;
      case 'break':
        return <br key={key} />;
      case 'code':
        return (
          <pre key={key}>
            <code>{leaf(node)}</code>
          </pre>
        );
      case 'inlineCode':
        return <code key={key}>{leaf(node)}</code>;
      case 'image':
      case 'imageReference':
        return <span key={key}>[{node.alt ?? ''}]</span>;
      case 'definition':
        return null;
      case 'text':
      case 'html':
        return <span key={key}>{leaf(node)}</span>;
      // Plain Markdown parses no tables, footnotes or front matter: were one there, its own text shows.
      case 'table':
      case 'tableRow':
      case 'tableCell':
      case 'footnoteDefinition':
      case 'footnoteReference':
      case 'yaml':
        return <span key={key}>{leaf(node)}</span>;
    }
  }

  return <div className="markdown">{render(tree, 0)}</div>;
}
