import ReactMarkdown, { type Components } from 'react-markdown';

/**
 * Module text written in Markdown: paragraphs, lists, emphasis, headings. Raw HTML is never
 * rendered (react-markdown skips it), images show only their description, and links show their
 * address as text: the app is offline and never opens the web.
 */
const components: Components = {
  a: ({ children, href }) => (
    <span className="markdown-link">
      {children}
      {href && href !== String(children) ? ` (${href})` : null}
    </span>
  ),
  img: ({ alt }) => (alt ? <span>{alt}</span> : null),
  h1: ({ children }) => <p className="markdown-heading">{children}</p>,
  h2: ({ children }) => <p className="markdown-heading">{children}</p>,
  h3: ({ children }) => <p className="markdown-heading">{children}</p>,
};

export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown components={components} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
