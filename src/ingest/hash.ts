// SHA-256 of the bytes as collected (Berkeley Protocol): the document's identity in the store.
import { createHash } from 'node:crypto';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
