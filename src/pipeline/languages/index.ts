// The registry of language packs: adding a language is adding its folder and one line here.
import type { LanguagePack } from '../language-pack.ts';
import { ar } from './ar/index.ts';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';
import { ru } from './ru/index.ts';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, ar, ru, fr];

export const packFor = (code: string): LanguagePack | undefined =>
  LANGUAGE_PACKS.find((p) => p.code === code);
