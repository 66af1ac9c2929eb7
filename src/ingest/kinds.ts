// Which files Tessera reads, by extension (files) or media type (URLs); everything else is skipped, not failed.

export type DocumentKind = 'text' | 'markdown' | 'html' | 'pdf';

export const MEDIA_TYPES: Record<DocumentKind, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
};

const BY_EXTENSION: Record<string, DocumentKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

export const isSidecar = (path: string) => path.toLowerCase().endsWith('.meta.json');

export function kindOfPath(path: string): DocumentKind | null {
  const m = /(\.[^./\\]+)$/.exec(path.toLowerCase());
  return (m && BY_EXTENSION[m[1]!]) || null;
}

export function kindOfMediaType(contentType: string | null, url: string): DocumentKind | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  if (!type || type === 'application/octet-stream') return kindOfPath(new URL(url).pathname);
  return null;
}
