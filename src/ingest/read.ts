// Bytes of a known kind to the document's working text; refusals name the input and the reason.
import { unreadableInput } from '../domain/errors.ts';
import { decodeText } from './decode.ts';
import { htmlToText } from './html.ts';
import type { DocumentKind } from './kinds.ts';
import { pdfToText } from './pdf.ts';

export interface ReadText {
  text: string;
  encoding: string | null;
  title: string | null;
}

export async function readText(bytes: Uint8Array, kind: DocumentKind, name: string): Promise<ReadText> {
  if (bytes.length === 0) throw unreadableInput(name, 'an empty file');
  let result: ReadText;
  switch (kind) {
    case 'pdf': {
      const pdf = await pdfToText(bytes, name);
      result = { text: pdf.text, encoding: null, title: pdf.title };
      break;
    }
    case 'html': {
      const { text, encoding } = decodeText(bytes, name);
      const html = htmlToText(text);
      result = { text: html.text, encoding, title: html.title };
      break;
    }
    case 'text':
    case 'markdown': {
      const { text, encoding } = decodeText(bytes, name);
      result = { text, encoding, title: null };
      break;
    }
  }
  // PostgreSQL text cannot hold NUL; spans are taken on this cleaned text, so nothing shifts later.
  const text = result.text.replaceAll('\u0000', '');
  if (!text.trim()) throw unreadableInput(name, 'no text in it');
  return { ...result, text };
}
