// Totals ("in total", "since 2019") versus single events ("this week", "on Thursday") versus stocks
// (how many are somewhere at a time: "remain", "are still held"): a total of returnees, one flight's
// returnees and those still in the camps are all right together and must not be read as a conflict.
// The markers are data; they are matched on folded text (see fold.ts), so write them folded.

import { foldText } from './fold.ts';
import { CONTEXT_CHARS, contextAround, sentenceAround } from '../text/sentence.ts';

import type { Claim, Scope } from '../domain/claim.ts';

import type { ScopeReading } from '../domain/analysis-claim.ts';

export type { Scope, ScopeReading };

type MarkerLanguage = 'en' | 'fr' | 'ru' | 'ar';

/** Regular-expression sources, lower case, Arabic folded (ة → ه, أ → ا), ё → е, no accents. */
export const SCOPE_MARKERS: Record<Exclude<Scope, 'unmarked'>, Record<MarkerLanguage, string[]>> = {
  total: {
    en: [
      'in total',
      'a total of',
      'total of',
      'the total',
      'totall?ing',
      'altogether',
      'all told',
      'in all',
      'overall',
      'cumulative(?:ly)?',
      'since (?:\\d{4}|the start|the beginning)',
      'so far',
      'to date',
      'up to now',
      'over the (?:past|last) (?:\\w+ )?(?:years|decade)',
    ],
    fr: [
      'au total',
      'en tout',
      'en somme',
      'cumul\\w*',
      'depuis (?:\\d{4}|le debut)',
      "jusqu'a present",
      "jusqu'ici",
      'a ce jour',
      "dans l'ensemble",
      'globalement',
    ],
    ru: [
      'всего',
      'в общей сложности',
      'в целом',
      'итого',
      'общей численностью',
      'с \\d{4} (?:года|г)',
      'за все время',
      'на сегодняшний день',
      'к настоящему времени',
      'на данный момент',
      'до сих пор',
      'за последние (?:\\S+ )?(?:лет|года|годы)',
    ],
    ar: [
      'في المجموع',
      'في المجمل',
      'بالمجمل',
      'اجمالي',
      'اجمالا',
      'بالاجمال',
      'مجموع',
      'منذ (?:عام )?\\d{4}',
      'حتى الان',
      'حتى اليوم',
      'الى الان',
    ],
  },
  event: {
    en: [
      'this week',
      'last week',
      '(?:this|last|over the) weekend',
      'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
      'yesterday',
      'today',
      'tonight',
      'last night',
      'overnight',
      'this morning',
      'a new group of',
      'another group of',
      'the latest group',
      '(?:first|second|third|fourth|fifth|sixth|seventh|next|latest) (?:stage|phase|operation|flight|batch|group)',
      'special flight',
    ],
    fr: [
      'cette semaine',
      'la semaine derniere',
      '(?:ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)',
      'hier',
      "aujourd'hui",
      'nouveau groupe',
      'vol special',
      '(?:premiere|deuxieme|troisieme|quatrieme|cinquieme|nouvelle) (?:etape|phase|operation|vague)',
    ],
    ru: [
      'на этой неделе',
      'на прошлой неделе',
      'в (?:понедельник|среду|пятницу|субботу)',
      'во вторник',
      'в четверг',
      'в воскресенье',
      'вчера',
      'сегодня',
      'очередн\\S*',
      'нов(?:ую|ая) групп\\S*',
      'спецрейс\\S*',
      'этап\\S*',
    ],
    ar: [
      'هذا الاسبوع',
      'الاسبوع الماضي',
      'يوم (?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)',
      'امس',
      'اليوم',
      'الليله الماضيه',
      'دفعه',
      'المرحله',
      'على متنها',
    ],
  },
  stock: {
    en: [
      'remain(?:s|ed|ing)?',
      'still (?:held|detained|in|living|trapped|stranded|being held)',
      '(?:are|were) (?:being )?(?:held|detained|housed|living)',
      'currently',
      'as of',
      'at present',
    ],
    fr: [
      'rest(?:e|ent|aient|aient encore)',
      'toujours (?:detenu|retenu|present|bloque)\\w*',
      'se trouv(?:e|ent|aient)',
      'sont (?:detenu|retenu)\\w*',
      'actuellement',
      "a l'heure actuelle",
    ],
    ru: [
      'оста(?:ются|ется|вались|валось)',
      'наход(?:ятся|ится|ились)',
      'содерж(?:атся|ится|ались)',
      'по-прежнему',
      'в настоящее время',
    ],
    ar: ['لا يزال', 'لا تزال', 'ما زال', 'ما زالت', 'ما يزال', 'يتواجد', 'يقبع', 'حاليا'],
  },
};

// Arabic attaches و ف ب ل to the next word and inflects its end, so Arabic markers match as
// prefixes of a word; the others need a word boundary on both sides.
const compile = (byLanguage: Record<MarkerLanguage, string[]>): RegExp =>
  // The word-start check is shared by every marker, so it is tested once per position, not once per
  // marker; Arabic markers may carry a prefixed conjunction or preposition and no end check.
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${Object.entries(byLanguage)
      .flatMap(([lang, markers]) =>
        markers.map((m) => (lang === 'ar' ? `[وفبل]?${m}` : `${m}(?![\\p{L}\\p{N}])`)),
      )
      .join('|')})`,
    'u',
  );

const TOTAL = compile(SCOPE_MARKERS.total);
const EVENT = compile(SCOPE_MARKERS.event);
const STOCK = compile(SCOPE_MARKERS.stock);

/**
 * Reads the scope from the quote (and sentence, when given): a total marker outweighs an event one,
 * and an event one a stock one ("7 returned on Thursday while 300 remain": the sentence is an event's).
 */
export function classifyScope(...texts: (string | null | undefined)[]): ScopeReading {
  const text = foldText(texts.filter(Boolean).join(' ')).replace(/[’ʼ`]/g, "'");
  const total = TOTAL.exec(text);
  // "this week, bringing the total to 600": the number is the running total.
  if (total) return { scope: 'total', marker: total[0] };
  const event = EVENT.exec(text);
  if (event) return { scope: 'event', marker: event[0] };
  const stock = STOCK.exec(text);
  if (stock) return { scope: 'stock', marker: stock[0] };
  return { scope: 'unmarked', marker: null };
}

/**
 * Whether a claim counts a total or a single event, read from its sentence when it is stored, so
 * series need not read the document's text again.
 */
export function claimScope(
  text: string,
  claim: Pick<Claim, 'quote' | 'span'>,
): { scope: Scope; scopeMarker: string | null } {
  const at = Math.max(0, claim.span.start - CONTEXT_CHARS);
  const sentence = sentenceAround(
    contextAround(text, claim.span),
    claim.span.start - at,
    claim.span.end - at,
  );
  const { scope, marker } = classifyScope(claim.quote, sentence);
  return { scope, scopeMarker: marker };
}
