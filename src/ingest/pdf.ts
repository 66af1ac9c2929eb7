// PDF to text through its text layer (unpdf wraps pdf.js); a scan without one is reported, not guessed at.
import { extractText, getDocumentProxy } from 'unpdf';
import { unreadableInput } from '../domain/errors.ts';

export interface PdfText {
  text: string;
  title: string | null;
  pages: number;
}

export async function pdfToText(bytes: Uint8Array, name: string): Promise<PdfText> {
  if (!startsWith(bytes, '%PDF-')) throw unreadableInput(name, 'not a PDF (no %PDF- header)');
  let text: string;
  let pages: number;
  let title: string | null = null;
  try {
    // pdf.js may detach the buffer it is given; the caller's bytes are still needed for storage.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined; // eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion
      if (typeof info?.Title === 'string' && info.Title.trim()) title = info.Title.trim();
      const result = await extractText(pdf, { mergePages: false });
      pages = result.totalPages;
      text = result.text.map((p) => p.trim()).join('\n\n');
    } finally {
      await pdf.destroy();
    }
  } catch (e) {
    throw unreadableInput(name, `a damaged PDF (${e instanceof Error ? e.message : String(e)})`, e);
  }
  if (!text.trim()) throw unreadableInput(name, 'a PDF without a text layer (a scan?)');
  return { text, title, pages };
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  // Some PDFs carry a few bytes of junk before the header; pdf.js tolerates up to 1 KB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes(magic);
}
