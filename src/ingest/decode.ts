// Bytes to text: UTF-8 when valid (BOM stripped), else the encoding chardet detects; binaries refused.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { unreadableInput } from '../domain/errors.ts';

export interface DecodedText {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), enc), encoding: enc };
  }
  if (looksBinary(bytes)) throw unreadableInput(name, 'a binary file, not text');
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, encoding: 'utf-8' };
  } catch {
    const guess = chardet.detect(bytes);
    if (!guess || !iconv.encodingExists(guess)) throw unreadableInput(name, 'text in an unknown encoding');
    return { text: iconv.decode(Buffer.from(bytes), guess), encoding: guess.toLowerCase() };
  }
}
