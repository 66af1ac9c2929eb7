// Propaganda releases a report describes: media, title in the report's own script, date,
// duration, languages and producer. Metadata only; a release is found where the report names it.
//
// A title is read (1) in quotes after a title marker ("titled", بعنوان, под названием), a few words
// apart at most; (2) bare after a title marker, up to a comma or a clause word; (3) in quotes right
// after or before a media noun; (4) as a capitalised apposition ("a magazine, Dar al-Islam,");
// (5) as a known magazine series next to a magazine noun; (6) as a quoted caption under a still.
// Names of groups, places, outlets and people, possessors ("a video of "X""), producers ("by X"),
// sources ("according to the newspaper X"), scare quotes ("officiel") and titles of a release's
// parts (an article, a dossier) are not titles. A magazine issue is one release, titled with its
// own title when the report gives one, else with its series and number (GUIDELINES.md).
import type { MediaType, Release } from '../domain/claim.ts';
import { CHAR_KIND, SPACE, WORD } from './chars.ts';
import type { ClaimContext } from './claims.ts';
import { numericDate, quickDate, resolveDate } from './dates.ts';
import { fold } from './normalize.ts';
import { findNumbers } from './numbers.ts';
import type { LexiconMatch } from './lexicon.ts';
import type { Segment } from './segment.ts';

type MediaMatch = LexiconMatch<MediaType | null>;

interface Quote {
  /** Normalised offsets of the opening and closing quote marks. */
  open: number;
  close: number;
}

interface Candidate {
  titleStart: number;
  titleEnd: number;
  /** Where the evidence starts (marker or media noun); the quote runs from here. */
  anchor: number;
  /** The media noun the title belongs to, when one is tied to it. */
  noun: MediaMatch | null;
  /** Read after a marker with no quotes, or as an apposition: checked harder. */
  bare: boolean;
  /** A magazine series found by name; its issue number is sought around it. */
  series?: boolean;
  /** Media forced by the evidence (a caption under a still is a video). */
  media?: MediaType;
  /** Named so by a title marker right after its media noun ("a video titled X"): may be a group's name. */
  named?: boolean;
  /** Where the title marker that introduced it starts, when one did. */
  marker?: number;
  /** Quoted right after its media noun ("a video, "X","): the report names the media so. */
  adjacent?: boolean;
  /** Quoted before its media noun as the subject it is said of (""X" and "Y" are two videos"). */
  beforeNoun?: boolean;
  /** Quoted in apposition right after an issue's series ("Issue 14 of Dabiq, "X","): the issue's own title. */
  ownIssue?: boolean;
}

const MAX_TITLE = 120;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CASED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

// A name in capitals, as titles are written in Latin and Cyrillic scripts: Dar al-Islam, Istok, Dabiq 5.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[\s-](?:\p{Lu}[\p{L}\p{M}'’-]*|\d{1,3}(?![\p{L}\d])|al|el|ad|ud|ul|of|the|de|du|des|la|le|wa))*`;
// A title before its media noun may be followed by a comma and a short lower-case word ("the", "de").
const SHORT_LOWERCASE_GAP = /^\s*(?:,\s*)?(?:\p{Ll}{1,4}\s+)?$/u;
const NAME_AFTER = new RegExp(String.raw`^(?:\s+[\p{Ll}\p{L}-]+){0,4},\s+(${NAME})\s*(?=,|\.|;|\)|$)`, 'u');
const NAME_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(${NAME}),\s+(?:a|an|the|un|une|le|la)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$`,
  'u',
);
/** The small words a NAME holds inside it: one before a name in capitals makes it the end of a longer phrase. */
const NAME_LINK = /^(?:al|el|ad|ud|ul|of|the|de|du|des|la|le|wa)$/u;
/** Determiners and pronouns that open a sentence in capitals but never a title. */
const NOT_A_NAME =
  /^(?:the|this|that|these|its|their|his|her|our|a|an|le|la|les|l'|ce|cette|son|sa|ses|leur|un|une|этот|эта|это|его|ее|их)$/iu;

export function findReleases(ctx: ClaimContext, published: string | null): Release[] {
  const { text, original, toOriginal, cp, sentences } = ctx;
  const out: Release[] = [];
  const seen = new Map<string, number>();
  // Where the next quote mark of the text is, at or after the sentence read (-1 >>> 0: none).
  let nextQuote = -1;
  // The series last named, where, and whether another was named in the sentences it was named in.
  let lastSeries: LastSeries | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const seg = sentences[si]!;
    const media = capitalCutMedia(ctx, cp.media.scanRange(text, seg.start, seg.end));
    const markers = cp.titleMarkers.scanRange(text, seg.start, seg.end);
    const series = cp.release.series.scanRange(text, seg.start, seg.end);
    const caption = captionTitle(ctx, si);
    // A sentence with a quote may name a release by its verb alone ("Al-Hayat released "X"").
    if (nextQuote < seg.start) nextQuote = text.indexOf('"', seg.start) >>> 0;
    const quoted = nextQuote < seg.end;
    if (!media.length && !markers.length && !series.length && !caption && !quoted) {
      if (lastSeries && si - lastSeries.sentence <= 2)
        orphanIssues(ctx, seg, si, [], lastSeries, seen, out, published);
      continue;
    }
    const quotes = quotesIn(text, seg, original, toOriginal);
    const candidates: Candidate[] = [];
    if (caption) addCandidate(candidates, caption);
    for (const mk of markers) {
      // "a camp named X", "канал под названием «X»": the marker names the thing right before it.
      // "un enregistrement de son porte-parole, intitulé « X »": a marker of works only goes back to the
      // media noun before the person it is of.
      if (
        namesOtherThing(ctx, seg, mk.start) &&
        !(
          cp.release.titleOnlyMarkers.anyIn(text, mk.start, mk.end) &&
          nounBefore(media, mk.start, Math.max(seg.start, mk.start - 60))
        ) &&
        !propagandaNoun(ctx, media, seg, mk.start)
      )
        continue;
      // "под названием Путь воина распространил «Амак»": a bare title ended by a clause word or a verb
      // of releasing stands between the marker and a later quote, which is not the marker's.
      const q = quotes.find(
        (q) =>
          q.open >= mk.end &&
          gapWords(ctx, mk.end, q.open, 3) &&
          !cp.release.bareTitleStops.anyIn(text, mk.end, q.open) &&
          !cp.release.releaseVerbs.anyIn(text, mk.end, q.open),
      );
      // The noun after a title is its own only close behind it: "Titrée « X », la vidéo"; a media word
      // inside the quoted title is the title's word ("Titled "A Message to the Mothers", the video").
      // "The offensive, called "X", was announced in a video": a noun after a preposition of place is
      // where the name is heard, not the named media.
      const after = nounAfter(media, q ? q.close + 1 : mk.end, Math.min(seg.end, mk.end + 160));
      const noun =
        nounBefore(media, mk.start, seg.start) ?? (after && !placeLedNoun(ctx, seg, after) ? after : null);
      // "a video of a boy named X", "posted by a user called X": the marker names someone in it;
      // after a comma it goes back to the media noun ("une vidéo d'une durée de 12 minutes, baptisée X").
      if (
        noun &&
        noun.end <= mk.start &&
        mk.start - noun.end <= 60 &&
        !/,\s*$|\d/.test(text.slice(noun.end, mk.start)) &&
        !describesMedia(ctx, noun.end, mk.start) &&
        !propagandaGenre(ctx, noun, mk.start) &&
        possessorBetween(ctx, noun.end, mk.start) &&
        !(q && nameAfterPossessor(ctx, noun.end, mk.start)) &&
        !groupAfterPossessor(ctx, noun.end, mk.start) &&
        !peopleBeforeMarker(ctx, noun.end, mk.start) &&
        !cp.release.coverWords.anyIn(text, seg.start, mk.start) &&
        !cp.release.titleOnlyMarkers.anyIn(text, mk.start, mk.end)
      )
        continue;
      const named = noun !== null && noun.end <= mk.start && mk.start - noun.end <= 40;
      if (q) addQuoted(candidates, q, mk.start, noun, { named, marker: mk.start });
      else {
        // A bare title needs its media noun close before the marker: "a film it called X", "تسجيل بعنوان X".
        const near = nounBefore(media, mk.start, Math.max(seg.start, mk.start - 60));
        const bare = near ? bareTitle(ctx, seg, mk.end) : null;
        // "two videos titled Lions of the Lake and Sons of the Sahel": two media name two titles.
        for (const part of bare ? (countedTwo(ctx, seg, near!) ? splitTwo(ctx, bare) : [bare]) : [])
          addCandidate(candidates, {
            ...part,
            anchor: near!.start,
            noun: near,
            bare: true,
            named,
            marker: mk.start,
          });
      }
    }
    for (const md of media) {
      // "New video message from The Islamic State: “X”", "Новое видео от «Аль-Хаята»: «X»": the quote
      // after the colon that ends the noun's phrase heads the release, as monitoring notes write it.
      const headline = quotes.length ? colonQuote(ctx, seg, md, quotes) : null;
      if (headline) addQuoted(candidates, headline, md.start, md);
      // "видео «Аль-Хаята» «X»", "la vidéo d'Amaq « X »": past its named owner, the quote is the title.
      const owned = quotes.find((q) => q.open >= md.end && namedOwnerBefore(ctx, md.end, q));
      const q = headline
        ? null
        : (owned ??
          quotes.find(
            (q) =>
              q.open >= md.end &&
              // "وصور فيلم "X"" (filmed, or pictures of, a film "X"): where the noun leads (Arabic), a media
              // noun right before the quote is the one it names; "a video statement "X"" keeps its format.
              !(
                cp.pack.release?.nounLeadsTitle &&
                media.some(
                  (m) => m.start >= md.end && m.end <= q.open && /^\s*$/u.test(text.slice(m.end, q.open)),
                )
              ) &&
              (gapWords(ctx, md.end, q.open, 2) ||
                // "видео на английском языке «X»", "a video in Arabic "X"": what language it is in.
                (gapWords(ctx, md.end, q.open, 4) && describesMedia(ctx, md.end, q.open)) ||
                bracketedAfter(text, md.end, q) ||
                glossBetween(ctx, md.end, q.open) ||
                // "a chant (nasheed) "X"": the noun in the brackets glosses the word before them.
                (text[md.start - 1] === '(' && /^\)\s*$/u.test(text.slice(md.end, q.open))) ||
                (!moreWordsThan(text, md.end, q.open, 5) && peopleOwnTitle(ctx, md.end, q))),
          ));
      // "كلمة صوتية «لمن وصف بأنه إمام»": a quote opening with "of" describes whose the media is;
      // "fighters in the video chant "X"", "في الفيديو شعار "X"": the quote is said in it, not its title.
      if (
        q &&
        (!(possessorBetween(ctx, md.end, q.open) || possessorOpens(ctx, q)) ||
          q === owned ||
          peopleOwnTitle(ctx, md.end, q) ||
          definiteOwnerBefore(ctx, md.end, q)) &&
        !cp.release.utteranceWords.anyIn(text, md.end, q.open) &&
        !quotedSpeech(ctx, seg, md, q)
      )
        addQuoted(candidates, q, md.start, md, {
          adjacent: /^[\s,]*$/.test(text.slice(md.end, q.open)) || bracketedAfter(text, md.end, q),
        });
      else if (!q && !headline) {
        // "a video published by Amaq in October 2017, "X",", "un film de 35 minutes, « X »": the title
        // set off by commas after the phrase that tells who released the media, when or how long it is.
        const a = apposedQuote(ctx, seg, md, quotes);
        if (a) addQuoted(candidates, a, md.start, md);
        else {
          const u = unquotedApposedTitle(ctx, seg, md);
          if (u) addCandidate(candidates, { ...u, anchor: md.start, noun: md, bare: true });
        }
      } else if (q && /,\s*$/u.test(text.slice(md.end, q.open))) {
        // "a propaganda video of al-Shabaab, “X”": a possessor set off before the quote is whose the
        // media is; the quote after the comma may still be its title.
        const a = apposedQuote(ctx, seg, md, quotes);
        if (a) addQuoted(candidates, a, md.start, md);
      }
      // The "Race Towards Good" video: the title before its noun (not where the noun leads, as in Arabic).
      if (!cp.pack.release?.nounLeadsTitle) {
        const b = quotes.find(
          (q) =>
            q.close < md.start &&
            // ""Salil al-Sawarim" (The Clanging of the Swords), a nasheed": past its translation in brackets.
            (SHORT_LOWERCASE_GAP.test(text.slice(asideEnd(text, q.close + 1), md.start)) ||
              apposedNounAfter(ctx, seg, q.close + 1, md)) &&
            !namedByNounBefore(ctx, seg, q) &&
            // "He shouted "Allahu Akbar", a video shows": what is shouted or said right before is speech.
            !(
              cp.release.utteranceWords
                .scanRange(text, Math.max(seg.start, q.open - 24), q.open)
                .some((u) => /^\s*$/u.test(text.slice(u.end, q.open))) ||
              cp.attributionVerbs
                .scanRange(text, Math.max(seg.start, q.open - 24), q.open)
                .some((u) => /^[\s:,]*$/u.test(text.slice(u.end, q.open)))
            ),
        );
        if (b) addQuoted(candidates, b, b.open, md);
      }
      // ""X" and "Y" are two videos al-Hayat released", "«X» и «Y» — два видео", "و"X" و"Y" إصداران مرئيان".
      const subject = predicateQuote(ctx, seg, md, quotes);
      if (subject) addQuoted(candidates, subject, subject.open, md, { beforeNoun: true, named: true });
      // "the al-Hayat videos Winter coded were "X" (2014), "Y" and "Z"", "Среди роликов «Аль-Хаят» — «X» и
      // «Y»": a catalogue's list after the noun's phrase; coordinatedTitles reads the rest of it.
      const list = quotes.length > 1 ? catalogueList(ctx, seg, md, quotes) : null;
      if (list) addQuoted(candidates, list, md.start, md);
      if (md.value !== 'statement') {
        const named =
          appositiveTitle(ctx, seg, md) ??
          openingApposedTitle(ctx, seg, md) ??
          magazineName(ctx, seg, md) ??
          ownedMediaName(ctx, seg, md) ??
          setOffReleasedTitle(ctx, seg, md);
        if (named) addCandidate(candidates, { ...named, anchor: md.start, noun: md, bare: true });
      }
    }
    for (const s of series) {
      if (seriesHeadsLongerName(ctx, seg, s) || !seriesInContext(ctx, seg, s, media)) continue;
      // "الرسالة الصوتية" (the audio message): a series' name that heads a longer media noun is that noun.
      if (media.some((m) => m.start <= s.start && m.end > s.end)) continue;
      // "Dabiq 5": the issue number written with the series belongs to the title.
      const num = /^\s+#?\d{1,3}(?![\p{L}\d])/u.exec(text.slice(s.end, seg.end));
      const end = num ? s.end + num[0].length : s.end;
      const quoted = text[s.start - 1] === '"' && text[end] === '"';
      const noun = nounBefore(media, s.start, Math.max(seg.start, s.start - 40));
      // "Issue 14 of Dabiq, "The Murtadd Brotherhood",", "le numéro 12 de Dabiq, « Just Terror »": a quote
      // set off right after the series of an issue named before it is that issue's own title.
      const own = issueApposedQuote(ctx, seg, si, s.start, end, quotes);
      if (own) addQuoted(candidates, own, own.open, null, { ownIssue: true });
      addCandidate(candidates, {
        titleStart: s.start,
        titleEnd: end,
        anchor: s.start,
        noun,
        bare: !quoted,
        series: true,
      });
    }
    if (quoted && quotes.length) releasedTitles(ctx, seg, si, quotes, candidates);
    if (quoted && media.length && cp.release.nameNouns.size) boreName(ctx, seg, media, quotes, candidates);
    coordinatedTitles(ctx, quotes, candidates);
    const kept = candidates.filter((c) => !rejected(ctx, seg, c));
    // An issue titled on its cover is one release: its series named beside it is not another.
    const ownTitled = kept.some((c) => !c.series && issueOwnTitle(ctx, seg, c));
    const usedIssues: number[] = [];
    const seriesHere: Array<{ name: string; end: number; numbered: boolean }> = [];
    for (const c of kept) {
      const isSeries = namesSeries(ctx, c);
      if (ownTitled && isSeries) continue;
      // A known series is a magazine with or without a media noun ("the 120th issue of its weekly al-Naba").
      const mediaType = isSeries ? 'magazine' : (c.media ?? mediaOf(ctx, si, c, media));
      if (!mediaType) continue;
      let title = citedSeries(
        ctx,
        cleanTitle(original.slice(toOriginal[c.titleStart], originalEnd(ctx, c.titleEnd))),
      );
      if (!title) continue;
      let issue: Issue | null = null;
      if (mediaType === 'magazine' && !/\d$/.test(title) && !issueOwnTitle(ctx, seg, c)) {
        issue = issueNumber(ctx, si, c);
        if (issue) {
          title = `${title} ${issue.n}`;
          if (issue.sentence === si) usedIssues.push(issue.start);
        }
      }
      const key = title
        .toLowerCase()
        .replace(/[\p{P}\p{S}\s]+/gu, ' ')
        .trim();
      const known = seen.get(key);
      if (known !== undefined) {
        // One release mentioned twice: keep the first, with the more specific media.
        if (out[known]!.media === 'other' && mediaType !== 'other') out[known]!.media = mediaType;
        continue;
      }
      seen.set(key, out.length);
      if (isSeries)
        seriesHere.push({
          name: title.replace(/\s+#?\d{1,3}$/u, ''),
          end: c.titleEnd,
          numbered: /\d$/u.test(title),
        });
      const { start: spanStart, end: spanEnd } = quoteSpan(
        ctx,
        seg,
        c,
        issue?.sentence === si ? issue : null,
      );
      out.push({
        media: mediaType,
        title,
        date: releaseDate(ctx, seg, sentenceText(ctx, seg), published, c.series ? undefined : c),
        duration_min: duration(ctx, seg),
        ...languages(ctx, seg, c),
        producer: producer(ctx, si, c),
        quote: original.slice(spanStart, spanEnd),
        span: { start: spanStart, end: spanEnd },
      });
    }
    // "Dabiq … Issue 12 featured", "في العدد الثالث من مجلة رومية …، وفي العدد الخامس": an issue named
    // by its number alone is of the one series named last, before it in its sentence or in the two before.
    const names = new Set(seriesHere.map((s) => s.name.toLowerCase()));
    const lastHere = seriesHere[seriesHere.length - 1];
    if (lastHere) lastSeries = { ...lastHere, sentence: si, alone: names.size === 1 };
    if (lastSeries && si - lastSeries.sentence <= 2)
      orphanIssues(ctx, seg, si, usedIssues, lastSeries, seen, out, published, kept);
  }
  return out;
}

/**
 * In a cased script, a media noun of several words written in lower case ends before a word in capitals
 * inside it: "the ISWAP video Message to the Nigerian Army" is a video whose title opens with "Message",
 * not a "video message"; "a Video Message from the Caliph" (capitals throughout) stays one noun.
 */
function capitalCutMedia(ctx: ClaimContext, media: MediaMatch[]): MediaMatch[] {
  const { text, original, toOriginal, cp } = ctx;
  let out: MediaMatch[] | null = null;
  for (let k = 0; k < media.length; k++) {
    const md = media[k]!;
    const raw = original.slice(toOriginal[md.start], toOriginal[md.end - 1]! + 1);
    const capital = CASED_SCRIPT.test(raw[0] ?? '') && LOWER.test(raw[0]!) ? /\s\p{Lu}/u.exec(raw) : null;
    if (!capital) {
      out?.push(md);
      continue;
    }
    const cut = normalisedIndex(ctx, toOriginal[md.start]! + capital.index);
    // The document's matches hold the whole noun: its head is looked up in its own words.
    const head = cp.media.scanRange(text.slice(md.start, cut), 0, cut - md.start).find((m) => m.start === 0);
    out ??= media.slice(0, k);
    if (head) out.push({ ...head, start: md.start, end: md.start + head.end });
  }
  return out ?? media;
}

/**
 * Issues of a sentence named by their number alone ("Issue 12 featured", "Son numéro 10", "В первом
 * номере журнала", "وفي العدد الخامس"): no title of the sentence is theirs (none used them, none stands
 * right after them: "the 15th issue of Dabiq, titled X"), and one series alone was named last, earlier
 * in this sentence or in the two before; each is that series with its number.
 */
interface LastSeries {
  name: string;
  sentence: number;
  end: number;
  /** Whether its release has its number. */
  numbered: boolean;
  /** No other series was named in its sentence. */
  alone: boolean;
}

function orphanIssues(
  ctx: ClaimContext,
  seg: Segment,
  si: number,
  used: readonly number[],
  last: LastSeries,
  seen: Map<string, number>,
  out: Release[],
  published: string | null,
  kept: readonly Candidate[] = [],
): void {
  const { text, original, toOriginal, cp } = ctx;
  if (!last.alone) return;
  for (const issue of issuesIn(ctx, seg, si)) {
    if (issue.weak || used.includes(issue.start)) continue;
    // In the series' own sentence only after an issue of it ("في العدد الثالث من مجلة رومية …، وفي العدد
    // الخامس"): "Dabiq, which is now in its ninth edition" tells of the series, no issue of it.
    if (last.sentence === si && (last.end > issue.start || !last.numbered)) continue;
    // "The magazine is now in its ninth edition": a copula before it tells how far the series has come.
    if (cp.copulas.anyIn(text, Math.max(seg.start, issue.start - 30), issue.start)) continue;
    // A title or a series right after the issue is its own ("the 15th issue of Dabiq, titled X").
    if (kept.some((c) => c.titleStart >= issue.start && c.titleStart - issue.end <= 80)) continue;
    // Another medium named with it ("the third issue of its new magazine Istok") is not the series'.
    if (cp.release.series.anyIn(text, issue.end, Math.min(seg.end, issue.end + 40))) continue;
    const title = `${last.name} ${issue.n}`;
    const key = title
      .toLowerCase()
      .replace(/[\p{P}\p{S}\s]+/gu, ' ')
      .trim();
    if (seen.has(key)) continue;
    seen.set(key, out.length);
    const start = toOriginal[issue.start]!;
    const end = toOriginal[issue.end - 1]! + 1;
    out.push({
      media: 'magazine',
      title,
      date: releaseDate(ctx, seg, sentenceText(ctx, seg), published),
      duration_min: null,
      spoken: [],
      subtitles: [],
      producer: null,
      quote: original.slice(start, end),
      span: { start, end },
    });
  }
}

/**
 * Quoted titles joined to a quoted title by "and", "et", "и", "و" or a comma ("two videos, "X" and
 * "Y""): each is a title of the same media, named the same way.
 */
function coordinatedTitles(ctx: ClaimContext, quotes: Quote[], candidates: Candidate[]): void {
  const { text } = ctx;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.bare || c.series || (text[c.titleEnd] !== '"' && text[c.titleEnd] !== "'")) continue;
    const next = quotes.find((q) => q.open > c.titleEnd);
    // ""X" (September 2014), "Y"": a bracketed aside (a date, a translation) stays with the title before it.
    const from = asideEnd(text, c.titleEnd + 1);
    // ""X" (2014); "It was terrifying," he said": a quote a verb of saying follows is speech.
    const said = (q: Quote) =>
      ctx.cp.attributionVerbs.anyIn(text, q.close + 1, Math.min(text.length, q.close + 24));
    if (
      next &&
      next.open - from <= 12 &&
      joinedBy(ctx, from, next.open, from > c.titleEnd + 1) &&
      !said(next)
    )
      addCandidate(candidates, { ...c, titleStart: next.open + 1, titleEnd: next.close });
    // ""X" and "Y" are two videos": the title read last, before its noun, has the others before it.
    if (c.beforeNoun && text[c.titleStart - 1] === '"') {
      const prev = quotes.findLast((q) => q.close < c.titleStart - 1);
      if (prev && c.titleStart - 1 - prev.close <= 12 && joinedBy(ctx, prev.close + 1, c.titleStart - 1))
        addCandidate(candidates, { ...c, titleStart: prev.open + 1, titleEnd: prev.close });
    }
  }
}

/** A short aside in brackets right after a title, with no quote: "(September 2014)", "(Arabic for "Y")" is none. */
const ASIDE = /^\s*\([^()"\n]{1,40}\)/u;

/** Where a bracketed aside that opens text[from…] ends, or FROM when none does. */
function asideEnd(text: string, from: number): number {
  const a = ASIDE.exec(text.slice(from, from + 48));
  return a ? from + a[0].length : from;
}

/**
 * Whether text[from, to) between two quotes is a conjunction or a comma: "X" and "Y", « X », « Y »; or a
 * semicolon after a bracketed aside (CATALOGUE), as dated lists write it.
 */
function joinedBy(ctx: ClaimContext, from: number, to: number, catalogue = false): boolean {
  const { text, cp } = ctx;
  const gap = text.slice(from, to);
  // ""Flames of War," "Healing of the Chests,"": American style sets the list's comma inside the quote.
  if (!/[\p{L},،;؛]/u.test(gap)) return /^\s+$/u.test(gap) && text[from - 2] === ',';
  const joins = cp.conjunctions.scanRange(text, from, to);
  let rest = gap;
  for (const j of joins.sort((a, b) => b.start - a.start))
    rest = rest.slice(0, j.start - from) + rest.slice(j.end - from);
  // Arabic glues "و" to the quote it joins: "و"حصاد الغزاة""; a catalogue sets its dated titles off by
  // semicolons: ""X" (2014); "Y" (2015)" (a semicolon alone may open a quoted sentence).
  return /^[\s,،]*(?:و)?$/u.test(rest) || (catalogue && /^\s*[;؛]\s*(?:و)?$/u.test(gap));
}

/** Whether the candidate is a known magazine series, found as one or quoted after a media noun. */
function namesSeries(ctx: ClaimContext, c: Candidate): boolean {
  if (c.series === true) return true;
  // "فيلم "الرسالة"", "the film "Dabiq"": a name quoted after a video or audio noun names that media.
  if (
    !c.bare &&
    c.noun &&
    (c.noun.value === 'video' || c.noun.value === 'audio') &&
    c.noun.end <= c.titleStart
  )
    return false;
  // "“al-Naba #215”": the series with its issue's number.
  return ctx.cp.release.series
    .scanRange(ctx.text, c.titleStart, c.titleEnd)
    .some(
      (m) =>
        coversTitle(m, c.titleStart, c.titleEnd) ||
        (m.start <= c.titleStart + 1 && ISSUE_NUMBER_TAIL.test(ctx.text.slice(m.end, c.titleEnd))),
    );
}

/** A producer marker that is a verb with its "by" ("released by", "diffusée par"), not an outlet noun. */
function endsWithBy(ctx: ClaimContext, m: { start: number; end: number }): boolean {
  return ctx.cp.release.producerBefore.scanRange(ctx.text, m.start, m.end).some((p) => p.end === m.end);
}

const COMBINING_MARK = /\p{M}/u;

/**
 * Where text[.., end) ends in the original: past the marks the normalised text drops after its last
 * letter, so a title keeps its final tanwin or vowel ("قريباً قريباً", not "قريباً قريبا").
 */
function originalEnd(ctx: ClaimContext, end: number): number {
  const { original, toOriginal } = ctx;
  let k = toOriginal[end - 1]! + 1;
  const limit = end < toOriginal.length ? toOriginal[end]! : original.length;
  while (k < limit && COMBINING_MARK.test(original[k]!)) k++;
  return k;
}

function cleanTitle(s: string): string {
  return s
    .replace(/^[\s"'«»“”„‘’‹›‛]+|[\s"'«»“”„‘’‹›‛]+$/gu, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/** From the media noun or the title, whichever comes first, to the end of both (closing quote included). */
function quoteSpan(
  ctx: ClaimContext,
  seg: Segment,
  c: Candidate,
  issue: Issue | null,
): { start: number; end: number } {
  const { text, toOriginal } = ctx;
  const nounStart = c.noun ? c.noun.start : c.anchor;
  const start = Math.max(seg.start, Math.min(c.anchor, c.titleStart, nounStart, issue?.start ?? seg.end));
  const titleEnd = text[c.titleEnd] === '"' || text[c.titleEnd] === "'" ? c.titleEnd + 1 : c.titleEnd;
  const end = Math.min(
    seg.end,
    Math.max(titleEnd, c.noun && c.noun.start >= c.titleEnd ? c.noun.end : 0, issue?.end ?? 0),
  );
  return { start: toOriginal[start]!, end: toOriginal[end - 1]! + 1 };
}

const isWordChar = (code: number) => CHAR_KIND[code] === WORD || (code >= 48 && code <= 57);

/**
 * Quoted spans of a sentence. Double quotes of every style fold to '"' and pair in order; single
 * quotes ('…', ‘…’, ‹…›) open before a word and close after one, so apostrophes (l'Est, group's,
 * fighters') are not taken for them; single guillemets may stand apart from their words.
 */
function quotesIn(text: string, seg: Segment, original: string, toOriginal: ArrayLike<number>): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  for (let i = seg.start; i < seg.end; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      if (i - open > 2 && i - open <= MAX_TITLE) out.push({ open, close: i });
      open = -1;
    }
  }
  let single = -1;
  for (let i = seg.start; i < seg.end; i++) {
    if (text[i] !== "'") continue;
    const before = i > seg.start ? text.charCodeAt(i - 1) : 32;
    const after = i + 1 < seg.end ? text.charCodeAt(i + 1) : 32;
    // "‹ Les lionceaux ›": single guillemets are no apostrophes, and may hold spaces inside.
    const guillemet = original.charCodeAt(toOriginal[i]!);
    if (single < 0) {
      if (!isWordChar(before) && (isWordChar(after) || guillemet === 0x2039)) single = i;
    } else if ((CHAR_KIND[before] !== SPACE || guillemet === 0x203a) && !isWordChar(after)) {
      // "‘Healing of the Believers’ Chests’": a plural's apostrophe before a capital, with the quote's own
      // close a word or two further on (no other quote mark nor punctuation between), is no close.
      if (
        text[i - 1] === 's' &&
        CHAR_KIND[after] === SPACE &&
        UPPER.test(original[toOriginal[i + 2]!] ?? '')
      ) {
        const j = text.indexOf("'", i + 1);
        if (
          j > 0 &&
          j < seg.end &&
          j - i <= 30 &&
          !/[,.;:"]/u.test(text.slice(i + 1, j)) &&
          CHAR_KIND[text.charCodeAt(j - 1)] !== SPACE &&
          !isWordChar(j + 1 < seg.end ? text.charCodeAt(j + 1) : 32)
        )
          continue;
      }
      const inner = text.slice(single + 1, i);
      if (i - single > 2 && i - single <= MAX_TITLE && !inner.includes('"') && !inner.includes('\n'))
        out.push({ open: single, close: i });
      single = -1;
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

/** After a copula or a dash, a number or an article and one more word at most before the media noun. */
/**
 * The first title of a catalogue's list after a media noun's phrase: "the al-Hayat videos Winter coded
 * were "X" (September 2014), "Y" and "Z"", "Parmi les vidéos d'al-Hayat figurent « X » et « Y »",
 * "Среди роликов «Аль-Хаят» — «X» и «Y»", "ومن الأفلام التي أصدرتها مؤسسة الحياة: "X" و"Y"". The phrase,
 * eight words at most with no verb of saying, showing or chanting and no other media noun (its quotes
 * only names of groups or outlets), ends with a colon, a dash or a word that opens a list (the pack's
 * listLeads); two quotes follow it at least, joined by a comma or a conjunction past a bracketed aside,
 * each opening with a capital in a cased script ("the videos were "brutal" and "slick"" lists none).
 */
function catalogueList(ctx: ClaimContext, seg: Segment, md: MediaMatch, quotes: Quote[]): Quote | null {
  const { text, original, toOriginal, cp } = ctx;
  let k = quotes.findIndex((q) => q.open >= md.end);
  if (k < 0) return null;
  // "роликов «Аль-Хаят» — «X»": an owner's quoted name is part of the noun's phrase.
  const isName = (q: Quote) =>
    [
      ...cp.groups.scanRange(text, q.open, q.close + 1),
      ...cp.release.outlets.scanRange(text, q.open, q.close + 1),
    ].some((m) => coversTitle(m, q.open + 1, q.close));
  while (k < quotes.length && isName(quotes[k]!)) k++;
  const q = quotes[k];
  const next = quotes[k + 1];
  if (!q || !next || q.open - md.end > 100) return null;
  const gap = text
    .slice(md.end, q.open)
    .split('')
    .map((ch, i) => (quotes.some((x) => x.open <= md.end + i && md.end + i <= x.close) ? ' ' : ch))
    .join('');
  if (/[.;()!?،؛]/u.test(gap) || moreWordsThan(gap, 0, gap.length, 8)) return null;
  const lead =
    /[:—–-]\s*$/u.test(gap) ||
    cp.release.listLeads
      .scanRange(text, md.end, q.open)
      .some((m) => /^\s*$/u.test(text.slice(m.end, q.open)));
  if (!lead) return null;
  if (
    cp.media.anyIn(text, md.end, q.open) ||
    cp.attributionVerbs.anyIn(text, md.end, q.open) ||
    cp.release.contentVerbs.anyIn(text, md.end, q.open) ||
    cp.release.titleSubjectVerbs.anyIn(text, md.end, q.open) ||
    cp.release.utteranceWords.anyIn(text, md.end, q.open)
  )
    return null;
  const from = asideEnd(text, q.close + 1);
  if (next.open - from > 12 || !joinedBy(ctx, from, next.open, from > q.close + 1)) return null;
  for (const x of [q, next]) {
    const first = /[\p{L}\p{N}]/u.exec(original.slice(toOriginal[x.open + 1], toOriginal[x.close]))?.[0];
    if (!first || (CASED_SCRIPT.test(first) && LOWER.test(first))) return null;
  }
  return q;
}

const PREDICATE_LEAD = /^(?:\s+[\p{L}\p{N}'’-]+){0,2}\s+$/u;

/**
 * A quoted subject that a media noun is said of: ""X" and "Y" are two videos", "« X » est une vidéo",
 * "«X» и «Y» — два видео", "و"X" و"Y" إصداران مرئيان" (Arabic says it with no copula). The quotes open
 * the sentence (with "and" or a comma between them); a copula or a dash, then two words at most, stand
 * before the noun.
 */
function predicateQuote(ctx: ClaimContext, seg: Segment, md: MediaMatch, quotes: Quote[]): Quote | null {
  const { text, cp } = ctx;
  const q = quotes.findLast((x) => x.close < md.start);
  if (!q || md.start - q.close > 40) return null;
  // Only quotes, conjunctions and commas before it: the quotes are the sentence's subject.
  // Blanked in place, so offsets hold: the quotes before it, then the conjunctions between them.
  const lead = text.slice(seg.start, q.open).split('');
  const spans = [
    ...quotes.filter((x) => x.close < q.open).map((x) => ({ start: x.open, end: x.close + 1 })),
    ...cp.conjunctions.scanRange(text, seg.start, q.open),
  ];
  for (const x of spans) for (let k = x.start; k < x.end; k++) lead[k - seg.start] = ' ';
  if (!/^[\s,،و]*$/u.test(lead.join(''))) return null;
  // ""We will come back," was the message": a comma closing the quote marks speech.
  if (/[,،]\s*$/u.test(text.slice(q.open + 1, q.close))) return null;
  if (!predicateEnds(ctx, seg, md)) return null;
  const gap = text.slice(q.close + 1, md.start);
  if (cp.pack.release?.nounLeadsTitle) return /^\s+$/u.test(gap) ? q : null;
  const copula = cp.copulas.firstIn(text, q.close + 1, md.start);
  const at = copula && /^\s*$/u.test(text.slice(q.close + 1, copula.start)) ? copula.end : -1;
  const dash = /^\s*[—–-](?:\s*это)?/u.exec(gap);
  const from = at >= 0 ? at : dash ? q.close + 1 + dash[0].length : -1;
  if (from < 0 || cp.prepositions.anyIn(text, from, md.start)) return null;
  // ""Allahu Akbar" — the video shows": after a dash, a determiner opens a new clause about the media.
  if (at < 0 && /^\s*(\p{L}+)/u.test(text.slice(from, md.start))) {
    const first = /^\s*(\p{L}+)/u.exec(text.slice(from, md.start))![1]!;
    if (NOT_A_NAME.test(first)) return null;
  }
  return PREDICATE_LEAD.test(text.slice(from, md.start)) || from === md.start ? q : null;
}

/**
 * Whether the media noun of a predicate ends its phrase: the sentence or a comma, a relative clause
 * ("that al-Hayat released"), a verb of releasing ("publiées par"), or its producer; not another noun
 * ("the video slogan", "the message of the video").
 */
function predicateEnds(ctx: ClaimContext, seg: Segment, md: MediaMatch): boolean {
  const { text, cp } = ctx;
  const rest = text.slice(md.end, Math.min(seg.end, md.end + 40));
  if (/^\s*(?:[,.;:)—–]|$)/u.test(rest)) return true;
  const k = md.end + (/^\s*/u.exec(rest)?.[0].length ?? 0);
  const at = (m: { start: number }) => m.start === k;
  const to = Math.min(seg.end, k + 30);
  if (cp.media.scanRange(text, k, to).some(at)) return false;
  if (
    cp.clauseOpeners.scanRange(text, k, to).some(at) ||
    cp.release.releaseVerbs.scanRange(text, k, to).some(at) ||
    cp.producerMarkers.scanRange(text, k, to).some(at)
  )
    return true;
  // "une vidéo d'al-Hayat", "видео ИГ", "إصداران مرئيان نشرتهما": whose it is, or a verb after it.
  const owner = groupMarks(ctx, k, to)[0];
  if (owner && owner.start - k <= 4) return true;
  return cp.release.producerBefore.scanRange(text, k, to).some(at) && !cp.media.anyIn(text, k, to);
}

/** A quote in brackets right after its media noun: 'the video ("X")', 'la vidéo (« X »)'. */
function bracketedAfter(text: string, from: number, q: Quote): boolean {
  return q.open - from <= 3 && /^\s*\($/u.test(text.slice(from, q.open)) && text[q.close + 1] === ')';
}

/**
 * A short aside in brackets between a media noun and its quote, three words at most with no quote nor
 * digit: the noun's other name or its language ("a chant (nasheed) "X"", "песнопение (нашид) «X»",
 * "أنشودة (نشيد) "X"").
 */
function glossBetween(ctx: ClaimContext, from: number, to: number): boolean {
  const gap = /^\s*\(([^()"\d]{2,30})\)\s*$/u.exec(ctx.text.slice(from, to));
  return gap !== null && !moreWordsThan(gap[1]!, 0, gap[1]!.length, 3);
}

/** Whether text[from, to) holds only spaces, commas, colons and at most n words, none a verb of saying. */
function gapWords(ctx: ClaimContext, from: number, to: number, n: number): boolean {
  if (moreWordsThan(ctx.text, from, to, n)) return false;
  const gap = ctx.text.slice(from, to);
  if (/[^\p{L}\p{M}\p{N}\s,:'-]/u.test(gap)) return false;
  const words = gap.match(/[\p{L}\p{M}\p{N}'-]+/gu) ?? [];
  if (words.length > n) return false;
  if (ctx.cp.attributionVerbs.anyIn(ctx.text, from, to)) return false;
  // "called the attack "X"": the marker names something else than the release.
  return !words.some((w) => NOT_A_NAME.test(w));
}

/**
 * Whether text[from, to) holds more than n runs of characters other than spaces, commas and colons:
 * then it holds more than n words, or a character no word has. Stops at the (n+1)th run, so a quote
 * far from a media noun costs no scan of all that lies between.
 */
function moreWordsThan(text: string, from: number, to: number, n: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const separator = CHAR_KIND[c] === SPACE || c === 0x2c || c === 0x3a;
    if (!separator && !inRun && ++runs > n) return true;
    inRun = !separator;
  }
  return false;
}

function nounBefore(media: MediaMatch[], at: number, from: number): MediaMatch | null {
  let best: MediaMatch | null = null;
  for (const m of media) if (m.end <= at && m.start >= from) best = m;
  return best;
}

/** Between a preposition of place and its media noun: an article or a determiner at most ("in a", "dans la"). */
const PLACE_LEAD_GAP = /^\s+(?:\p{L}{1,4}\s+|\p{L}['’]\s*)?$/u;

/** Whether a preposition of place leads the media noun ("in a video", "dans la vidéo", "في فيديو"). */
function placeLedNoun(ctx: ClaimContext, seg: Segment, m: MediaMatch): boolean {
  const { text, cp } = ctx;
  return cp.prepositions
    .scanRange(text, Math.max(seg.start, m.start - 16), m.start)
    .some(
      (p) => PLACE_LEAD_GAP.test(text.slice(p.end, m.start)) || (p.end === m.start && p.end - p.start <= 2),
    );
}

function nounAfter(media: MediaMatch[], at: number, to: number): MediaMatch | null {
  for (const m of media) if (m.start >= at && m.end <= to) return m;
  return null;
}

/**
 * Whether a noun of another thing than a release (camp, channel, spokesman) or of a person ("a boy
 * named X", "un combattant surnommé X") stands right before a marker.
 */
function namesOtherThing(ctx: ClaimContext, seg: Segment, marker: number): boolean {
  const { text, cp } = ctx;
  const from = Math.max(seg.start, marker - 40);
  const nouns = cp.release.namedNouns.scanRange(text, from, marker);
  const last = nouns[nouns.length - 1];
  if (last === undefined || !/^[\s,]*$/.test(text.slice(last.end, marker))) return false;
  // "a video, which the group named 'X'": after a relative word the noun is the naming verb's subject.
  const lead = cp.release.namingSubjectLeads
    .scanRange(text, Math.max(seg.start, last.start - 16), last.start)
    .pop();
  return !(lead && /^\s+(?:\p{L}{1,5}\s+)?$/u.test(text.slice(lead.end, last.start)));
}

/**
 * Whether the word right after `at` opens the subject of the verb before it: people or a number ("В
 * ролике «Сыны Кавказа» выступают дети": the children perform, the name is the video's).
 */
function subjectAfterVerb(ctx: ClaimContext, at: number, end: number): boolean {
  const { text, cp } = ctx;
  let k = at;
  while (k < end && CHAR_KIND[text.charCodeAt(k)] === SPACE) k++;
  if (k >= end) return false;
  if (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) return true;
  const people = cp.population.firstIn(text, k, Math.min(end, k + 40));
  return people !== undefined && people.start === k;
}

/**
 * Names of armed groups, outlets and propaganda in text[from, to): the groups and outlets the
 * gazetteer knows (an outlet that is also a common word only beside its outlet noun), the pack's
 * nouns for a group not named ("the group", "التنظيم") and its words of propaganda.
 */
function groupMarks(ctx: ClaimContext, from: number, to: number): Array<{ start: number; end: number }> {
  const { text, cp } = ctx;
  const out: Array<{ start: number; end: number }> = [...cp.groups.scanRange(text, from, to)];
  for (const o of cp.release.outlets.scanRange(text, from, to))
    if (
      !o.value ||
      (text[o.start - 1] === '"' && text[o.end] === '"') ||
      cp.producerMarkers.anyIn(text, Math.max(from, o.start - 16), Math.min(to, o.end + 16))
    )
      out.push(o);
  out.push(
    ...cp.release.ownerGroupNouns.scanRange(text, from, to),
    ...cp.release.propagandaWords.scanRange(text, from, to),
    ...provinceOffices(ctx, from, to),
  );
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A province of a group by its media office: a province word (provinceWords) with an outlet's noun or a
 * word of issuing next to it, no punctuation between ("the media office of Wilayat Nineveh", "Wilayat
 * Khurasan media office", "le bureau médiatique de la wilaya de Raqqa", "المكتب الإعلامي لولاية الرقة",
 * "информационный офис вилаята Ракка"). A province alone may be a state's ("la wilaya d'Alger").
 */
function provinceOffices(ctx: ClaimContext, from: number, to: number): Array<{ start: number; end: number }> {
  const { text, cp } = ctx;
  const out: Array<{ start: number; end: number }> = [];
  for (const p of cp.release.provinceWords.scanRange(text, from, to)) {
    const before = cp.producerMarkers
      .scanRange(text, Math.max(from, p.start - 30), p.start)
      .some((m) => !/[,.;:()"«»،]/u.test(text.slice(m.end, p.start)));
    const after =
      !before &&
      cp.producerMarkers
        .scanRange(text, p.end, Math.min(to, p.end + 30))
        .some((m) => !/[,.;:()"«»،]/u.test(text.slice(p.end, m.start)));
    if (before || after) out.push(p);
  }
  return out;
}

/** Around a media office between "by" and its group: spaces and two short words ("the … of", "le … de la"). */
const OFFICE_GAP = /^\s*(?:\p{Ll}{1,3}\s+){0,2}$/u;

/**
 * Whether a group, an outlet or a propaganda word (or one of MARKS) belongs to the candidate's media noun: inside its
 * phrase ("фильм ИГ «X»", "a film by al-Hayat titled X"); before it in its clause with no other media
 * noun between ("IS propaganda film", "ونشرت مؤسسة الحياة فيلم"); or right after its title as its
 * producer or what it shows ("produced by al-Hayat", "film de propagande", "shows IS fighters").
 */
function tiedToGroup(
  ctx: ClaimContext,
  seg: Segment,
  c: Candidate,
  marks: ReadonlyArray<{ start: number; end: number }> = groupMarks(ctx, seg.start, seg.end),
): boolean {
  const { text, cp } = ctx;
  const noun = c.noun!;
  const start = Math.min(noun.start, c.titleStart);
  const end = Math.max(noun.end, text[c.titleEnd] === '"' ? c.titleEnd + 1 : c.titleEnd);
  for (const m of marks) {
    if (m.start < c.titleEnd && m.end > c.titleStart) continue;
    if (m.start >= start && m.end <= end) return true;
    if (m.end <= start) {
      if (
        start - m.end <= 60 &&
        !/[;:]/u.test(text.slice(m.end, start)) &&
        !cp.media.scanRange(text, m.end, start).some((o) => o.start !== noun.start)
      )
        return true;
      continue;
    }
    // "Le film « X », troisième volet de la série, a été publié par al-Furqan": its producer, named
    // after "by" further on in the clause, with no other media noun nor quote between.
    // "опубликовал информационный офис вилаята": the group's media office stands between "by" and it.
    const office = cp.producerMarkers
      .scanRange(text, Math.max(end, m.start - 30), m.start)
      .find((p) => OFFICE_GAP.test(text.slice(p.end, m.start)));
    const before = (owner: number, gap: RegExp) =>
      cp.release.producerBefore.scanRange(text, end, owner).some((p) => gap.test(text.slice(p.end, owner)));
    if (
      m.start - end <= 90 &&
      (before(m.start, /^\s*$/u) || (office !== undefined && before(office.start, OFFICE_GAP))) &&
      !/[;:"«»]/u.test(text.slice(end, m.start)) &&
      !cp.media.anyIn(text, end, m.start)
    )
      return true;
    if (m.start - end > 30) break;
    const gap = text.slice(end, m.start);
    if (gap.split(/\s+/u).filter(Boolean).length > 4) continue;
    if (aboutGroup(ctx, end, m)) continue;
    // "IS videos": a group before its own media noun is that media's.
    if (cp.media.scanRange(text, m.end, Math.min(seg.end, m.end + 3)).length) continue;
    if (
      /^[\s,(«»"]*$/u.test(gap) ||
      cp.producerMarkers.anyIn(text, end, m.start) ||
      cp.release.producerBefore.anyIn(text, end, m.start) ||
      // "shows IS fighters"; not past a comma, where the next clause begins ("shows 12 children, the
      // ministry said": the ministry speaks of the video).
      cp.release.possessors
        .scanRange(text, end, m.start)
        .some((p) => !/[,;،]/u.test(text.slice(p.end, m.start)))
    )
      return true;
  }
  return false;
}

/**
 * Whether a group named after a title is what its media is about: "a film "X" about children of ISIS",
 * "фильм «X» о детях боевиков", "فيلما بعنوان "X" عن أطفال داعش"; a word of the topic stands between,
 * no platform nor media noun ("sur les chaînes de l'EI" is where it was posted), four words at most.
 */
function aboutGroup(ctx: ClaimContext, end: number, m: { start: number; end: number }): boolean {
  const { text, cp } = ctx;
  if (m.start < end || m.start - end > 40) return false;
  if (text.slice(end, m.start).split(/\s+/u).filter(Boolean).length > 4) return false;
  return (
    cp.release.topicWords.anyIn(text, end, m.start) &&
    !cp.release.platformWords.anyIn(text, end, m.start) &&
    !cp.media.anyIn(text, end, m.start)
  );
}

/**
 * A plain film is a group's release when a group, an outlet or a propaganda word belongs to it; not
 * when such a word in its sentence belongs to something else ("the film "X" was mocked in IS videos",
 * "n'a rien à voir avec la propagande du groupe"), nor when the sentence tells of cinema or television.
 * A film whose sentence says nothing of either is read as the report's subject, propaganda.
 */
function filmIsGroups(ctx: ClaimContext, seg: Segment, c: Candidate): boolean {
  const { text, cp } = ctx;
  if (tiedToGroup(ctx, seg, c)) return true;
  if (groupMarks(ctx, seg.start, seg.end).some((m) => m.end <= c.titleStart || m.start >= c.titleEnd))
    return false;
  return !cp.release.cinemaWords.anyIn(text, seg.start, seg.end);
}

/** Between a maker and the media noun after it: a possessive and one word at most ("journalist's new film"). */
const MAKER_GAP = /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+)?$/u;

/**
 * Whether a maker of media of their own (the pack's makerNouns) stands by the candidate: just before
 * its noun ("a BBC journalist's film") or after its title in the same clause, right after it or after
 * a word of making (makerLeads: "снял британский журналист"), with no other media noun between.
 */
function madeByMaker(ctx: ClaimContext, seg: Segment, c: Candidate): boolean {
  const { text, cp } = ctx;
  const noun = c.noun!;
  const start = Math.min(noun.start, c.titleStart);
  const end = Math.max(noun.end, text[c.titleEnd] === '"' ? c.titleEnd + 1 : c.titleEnd);
  const before = cp.release.makerNouns.scanRange(text, Math.max(seg.start, start - 60), start).pop();
  if (before && start - before.end <= 30 && MAKER_GAP.test(text.slice(before.end, start))) return true;
  // "Журналист РИА Новости снял фильм «X»", "a BBC journalist made a film": the maker is the subject of
  // a word of making right before the media, six words at most between, in one clause.
  if (
    before &&
    !moreWordsThan(text, before.end, start, 6) &&
    !/[,;:.()"]/u.test(text.slice(before.end, start)) &&
    cp.release.makerLeads.anyIn(text, before.end, start) &&
    clauseClear(ctx, noun, before.end, start)
  )
    return true;
  // After the title, the maker stands right there ("фильм «X» журналиста") or after a word of making
  // ("снял британский журналист", "made by a reporter"), not as one the media shows ("the beheading of
  // the journalist").
  const after = cp.release.makerNouns.scanRange(text, end, Math.min(seg.end, end + 70))[0];
  return (
    after !== undefined &&
    clauseClear(ctx, noun, end, after.start) &&
    (/^[\s,»"]*$/u.test(text.slice(end, after.start)) || cp.release.makerLeads.anyIn(text, end, after.start))
  );
}

/** Whether text[from, to) holds no colon or semicolon and no media noun other than NOUN. */
function clauseClear(ctx: ClaimContext, noun: MediaMatch, from: number, to: number): boolean {
  const { text, cp } = ctx;
  if (/[;:]/u.test(text.slice(from, to))) return false;
  for (const o of cp.media.scanRange(text, from, to)) if (o.start !== noun.start) return false;
  return true;
}

/**
 * Whether an institution the pack names (institutionWords) or a news agency named after its noun
 * (namedAgencies) issues the candidate's media, and no group.
 */
function institutionIssues(ctx: ClaimContext, seg: Segment, c: Candidate): boolean {
  const marks = [
    ...ctx.cp.release.institutionWords.scanRange(ctx.text, seg.start, seg.end),
    ...namedAgencies(ctx, seg),
  ].filter((m) => m.end <= c.titleStart || m.start >= c.titleEnd);
  return marks.length > 0 && tiedToGroup(ctx, seg, c, marks) && !tiedToGroup(ctx, seg, c);
}

/**
 * Whether a news agency named alone (wireServices) is the subject of a verb of releasing whose object is
 * the media noun: "AP published a video", "L'AFP a publié une vidéo", "ТАСС опубликовал материал", "نشرت
 * رويترز مقطعاً": the verb stands between them (or before both, in Arabic's order), four words at most in
 * all, in one clause.
 */
function wireIssues(ctx: ClaimContext, seg: Segment, noun: MediaMatch): boolean {
  const { text, cp } = ctx;
  if (!cp.release.wireServices.size) return false;
  const from = Math.max(seg.start, noun.start - 60);
  const wire = cp.release.wireServices.scanRange(text, from, noun.start).pop();
  if (!wire || /[,;:.()"]/u.test(text.slice(wire.end, noun.start))) return false;
  if (moreWordsThan(text, wire.end, noun.start, 4)) return false;
  if (cp.release.releaseVerbs.anyIn(text, wire.end, noun.start)) return true;
  // Verb first: "نشرت رويترز مقطعاً".
  const verb = cp.release.releaseVerbs
    .scanRange(text, Math.max(seg.start, wire.start - 16), wire.start)
    .pop();
  return (
    verb !== undefined &&
    /^\s+$/u.test(text.slice(verb.end, wire.start)) &&
    /^\s+$/u.test(text.slice(wire.end, noun.start))
  );
}

/**
 * The news agencies of the sentence: a word for an agency (agencyNouns) and the name right after it
 * (quotes may open it), in capitals where the script has them, and no outlet of a group ("l'agence Amaq",
 * "وكالة أعماق"), media noun nor group: "L'agence Anadolu", "Агентство «РИА Новости»", "وكالة الأناضول";
 * not "l'agence a diffusé", the agency told before. Each spans the word for the agency.
 */
function namedAgencies(ctx: ClaimContext, seg: Segment): Array<{ start: number; end: number }> {
  const { text, original, toOriginal, cp } = ctx;
  if (!cp.release.agencyNouns.size) return [];
  return cp.release.agencyNouns.scanRange(text, seg.start, seg.end).filter((n) => {
    let k = n.end;
    while (k < seg.end && (CHAR_KIND[text.charCodeAt(k)] === SPACE || OPENING_QUOTE.test(text[k]!))) k++;
    if (k >= seg.end || k === n.end || CHAR_KIND[text.charCodeAt(k)] !== WORD) return false;
    const first = original[toOriginal[k]!] ?? '';
    if (CASED_SCRIPT.test(first) && !UPPER.test(first)) return false;
    const next = (m: { start: number }) => m.start === k;
    return (
      !cp.release.outlets.scanRange(text, k, Math.min(seg.end, k + 40)).some(next) &&
      !cp.media.scanRange(text, k, Math.min(seg.end, k + 30)).some(next) &&
      !cp.groups.scanRange(text, k, Math.min(seg.end, k + 40)).some(next)
    );
  });
}

/**
 * A TV channel known by its letters after a word for a channel: "канал НТВ", "la chaîne BFMTV", "the
 * channel CNN", "канала РЕН ТВ" (a Telegram channel goes by a name, not by capitals); in Arabic, which
 * has no capitals, the news channels by name ("قناة الجزيرة").
 */
const TV_CHANNEL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:канал[ауеомы]{0,2}|chaîne|chaine|channel)\s+[«"]?` +
    String.raw`(?<name>\p{Lu}[\p{Lu}\d+]+(?![\p{Ll}\d])|\p{Lu}\p{L}*\s?(?:TV|ТВ)(?![\p{L}\d]))` +
    String.raw`|[وبل]?(?:لل|ال)?قناة\s+"?(?:ال)?(?:جزيرة|عربية|حدث|ميادين|منار|حرة|إخبارية|سكاي نيوز|بي بي سي|فرانس 24|روسيا اليوم)(?!\p{L}))`,
  'u',
);

/** A quote mark that may open a channel's name: "قناة \"الغد\"", "телеканал «Россия 24»". */
const OPENING_QUOTE = /["«„“]/u;

/**
 * Whether the sentence names a TV channel: by its letters or as a news channel (TV_CHANNEL), or, in a
 * script without capitals, by a word for a channel and the name after it ("وبثت قناة الغد"); not a
 * channel on a social network or a canal (the pack's notTvWords), one whose name is an outlet of a
 * group ("قناة المسيرة"), nor "قناة" before a media noun.
 */
function tvChannel(ctx: ClaimContext, seg: Segment): boolean {
  const { text, cp } = ctx;
  const tv = TV_CHANNEL.exec(sentenceText(ctx, seg));
  if (tv) {
    // "каналы ИГИЛ", "les chaînes de l'EI": the letters of an armed group are its channels, not television.
    const name = tv.groups?.name;
    if (name === undefined) return true;
    const k = normalisedIndex(ctx, ctx.toOriginal[seg.start]! + tv.index + tv[0].length - name.length);
    if (!cp.groups.scanRange(text, k, Math.min(seg.end, k + 40)).some((g) => g.start === k)) return true;
  }
  const nouns = cp.release.channelNouns.scanRange(text, seg.start, seg.end);
  if (!nouns.length || cp.release.notTvWords.anyIn(text, seg.start, seg.end)) return false;
  return nouns.some((n) => {
    let k = n.end;
    while (k < seg.end && (CHAR_KIND[text.charCodeAt(k)] === SPACE || OPENING_QUOTE.test(text[k]!))) k++;
    if (k >= seg.end || CHAR_KIND[text.charCodeAt(k)] !== WORD) return false;
    const next = (m: { start: number }) => m.start === k;
    return (
      !cp.release.outlets.scanRange(text, k, Math.min(seg.end, k + 40)).some(next) &&
      !cp.media.scanRange(text, k, Math.min(seg.end, k + 30)).some(next) &&
      !cp.groups.scanRange(text, k, Math.min(seg.end, k + 40)).some(next)
    );
  });
}

/** The sentence as written, with its capitals. */
function sentenceText(ctx: ClaimContext, seg: Segment): string {
  const { original, toOriginal } = ctx;
  if (seg.end <= seg.start) return '';
  return original.slice(toOriginal[seg.start], toOriginal[seg.end - 1]! + 1);
}

/** A verb, its auxiliary and an article between a magazine's name and what it published. */
const PRESS_VERB_GAP = /^["\s,»”]*(?:\p{L}{1,4}\s+)?[\p{L}\p{M}-]+\s+(?:\p{L}{1,3}\s+)?$/u;

/**
 * Whether a magazine named by the candidate speaks: a reporting verb right after its name ("The
 * magazine, Time, reported", "Журнал «Огонек» сообщил") or right before its noun ("وذكرت مجلة "X"",
 * "rapporte le magazine X").
 */
function outletSpeaks(ctx: ClaimContext, seg: Segment, c: Candidate): boolean {
  const { text, cp } = ctx;
  const noun = c.noun!;
  const after = cp.attributionVerbs.firstIn(text, c.titleEnd, Math.min(seg.end, c.titleEnd + 30));
  if (after && /^["\s,»”]*$/u.test(text.slice(c.titleEnd, after.start))) return true;
  // "Журнал «Огонек» опубликовал репортаж", "le magazine « X » a publié une enquête": one verb (with
  // its auxiliary), then what only the press publishes.
  const genre = cp.release.pressGenres.firstIn(text, c.titleEnd, Math.min(seg.end, c.titleEnd + 40));
  if (genre && PRESS_VERB_GAP.test(text.slice(c.titleEnd, genre.start))) return true;
  const before = cp.attributionVerbs.scanRange(text, Math.max(seg.start, noun.start - 24), noun.start).pop();
  return before !== undefined && /^\s*(?:\p{L}{1,3}\s+)?$/u.test(text.slice(before.end, noun.start));
}

/**
 * Whether the quote opening before `from` is a message or slogan a media carries: "carries the
 * message "We are coming"", "porte le message « X »", "содержит послание «X»", "حمل الفيديو رسالة "X"".
 */
function carriedMessage(ctx: ClaimContext, seg: Segment, from: number): boolean {
  const { text, cp } = ctx;
  const open = from - 1;
  if (text[open] !== '"') return false;
  const message = cp.release.messageNouns.scanRange(text, Math.max(seg.start, open - 30), open).pop();
  if (!message || !/^[\s:,]*$/u.test(text.slice(message.end, open))) return false;
  const verb = cp.release.contentVerbs
    .scanRange(text, Math.max(seg.start, message.start - 30), message.start)
    .pop();
  if (!verb) return false;
  const between = text.slice(verb.end, message.start).split(/\s+/u).filter(Boolean);
  return between.length <= 3 && !cp.titleMarkers.anyIn(text, verb.start, open);
}

/**
 * A quoted name right after a verb of releasing whose subject is an outlet or a group: before the
 * verb ("Al-Hayat released "X""), or between the verb and the name ("ونشرت مؤسسة الحياة "X"").
 */
function releasedTitles(
  ctx: ClaimContext,
  seg: Segment,
  si: number,
  quotes: Quote[],
  candidates: Candidate[],
): void {
  const { text, cp } = ctx;
  for (const v of cp.release.releaseVerbs.scanRange(text, seg.start, seg.end)) {
    const q = quotes.find((q) => q.open >= v.end);
    if (!q || q.open - v.end > 60) continue;
    // "«X» выпустила группировка «Аш-Шабааб»": a group's name quoted after its noun is who released it
    // ("Al-Hayat released "Cubs of the Caliphate"" names the video so).
    const owner = cp.release.ownerGroupNouns.scanRange(text, v.end, q.open).pop();
    if (
      owner &&
      /^\s*$/u.test(text.slice(owner.end, q.open)) &&
      cp.groups.scanRange(text, q.open, q.close + 1).some((g) => coversTitle(g, q.open + 1, q.close))
    )
      continue;
    const marks = groupMarks(ctx, Math.max(seg.start, v.start - 60), q.open);
    let rest = text.slice(v.end, q.open);
    const inside = [
      ...marks.filter((m) => m.start >= v.end),
      ...cp.producerMarkers.scanRange(text, v.end, q.open),
    ];
    for (const m of inside.sort((a, b) => b.start - a.start))
      rest = rest.slice(0, Math.max(0, m.start - v.end)) + rest.slice(m.end - v.end);
    if (!/^[\s,"]*$/u.test(rest)) continue;
    const subject =
      marks.some((m) => m.start >= v.end) ||
      marks.some(
        (m) =>
          m.end <= v.start &&
          !/[;:,]/u.test(text.slice(m.end, v.start)) &&
          !cp.media.anyIn(text, m.end, v.start),
      );
    if (!subject) continue;
    addQuoted(candidates, q, v.start, null, { named: true, media: mediaNearby(ctx, si) ?? 'other' });
  }
  // 'In "The End of Sykes-Picot", released by al-Hayat in 2014, …', « Dans « X », diffusé par al-Hayat »:
  // a quote set off by its comma before a participle of releasing whose agent, past "by" and nothing
  // else, is a group or an outlet.
  for (const v of cp.release.releaseVerbs.scanRange(text, seg.start, seg.end)) {
    const q = quotes.findLast((q) => q.close < v.start);
    if (!q || !/^\s*,\s*$/u.test(text.slice(q.close + 1, v.start))) continue;
    // The agent right after the participle, past "by" or an outlet noun ("выпущенном медиацентром «X»").
    const to = Math.min(seg.end, v.end + 60);
    const agent = groupMarks(ctx, v.end, to).find((m) => {
      let gap = text.slice(v.end, m.start);
      const lead = [
        ...cp.release.producerBefore.scanRange(text, v.end, m.start),
        ...cp.producerMarkers.scanRange(text, v.end, m.start),
      ].sort((x, y) => y.start - x.start);
      for (const w of lead) gap = gap.slice(0, w.start - v.end) + ' ' + gap.slice(w.end - v.end);
      return lead.length > 0 && /^[\s"]*$/u.test(gap);
    });
    if (!agent) continue;
    // "le slogan « X », repris par l'EI", 'He shouted "X", published by Amaq': a message, a slogan or
    // words said, quoted after their noun or verb, are no title.
    const lead = Math.max(seg.start, q.open - 24);
    const said = [
      ...cp.release.messageNouns.scanRange(text, lead, q.open),
      ...cp.release.utteranceWords.scanRange(text, lead, q.open),
      ...cp.attributionVerbs.scanRange(text, lead, q.open),
    ];
    if (said.some((m) => /^[\s:,]*$/u.test(text.slice(m.end, q.open)))) continue;
    addQuoted(candidates, q, q.open, null, { named: true, media: mediaNearby(ctx, si) ?? 'other' });
  }
}

/**
 * A quote set off by a comma after the phrase that follows its media noun, when that phrase tells who
 * released the media, that it was released, or its length, language or subtitles: "a video published by
 * the Amaq agency in October 2017, "X",", "un film de 35 minutes, « X »", "ролик, выпущенный в 2015
 * году, «X»". The quote closes its apposition (a comma, a full stop or the end follows); no other media
 * noun, quote or verb of saying stands in the phrase.
 */
function apposedQuote(ctx: ClaimContext, seg: Segment, md: MediaMatch, quotes: Quote[]): Quote | null {
  const { text, cp } = ctx;
  const q = quotes.find((q) => q.open >= md.end);
  if (!q || q.open - md.end > 90 || !/,\s*$/u.test(text.slice(md.end, q.open))) return null;
  if (!/^\s*(?:[,.;:)—–]|$)/u.test(text.slice(q.close + 1, seg.end))) return null;
  let from = md.end;
  while (from < q.open && (CHAR_KIND[text.charCodeAt(from)] === SPACE || text[from] === ',')) from++;
  const to = text.lastIndexOf(',', q.open);
  if (to <= from || /[;:"()]/u.test(text.slice(from, to)) || moreWordsThan(text, from, to, 12)) return null;
  if (cp.media.anyIn(text, from, to) || cp.attributionVerbs.anyIn(text, from, to)) return null;
  return cp.release.producerBefore.scanRange(text, from, to).some((m) => m.start === from) ||
    cp.producerMarkers.anyIn(text, from, to) ||
    cp.release.releaseVerbs.anyIn(text, from, to) ||
    describesMedia(ctx, from, to) ||
    // "une vidéo de propagande de Boko Haram, « X »": what kind of media it is and whose.
    (cp.release.propagandaWords.anyIn(text, md.start, to) && cp.groups.anyIn(text, from, to))
    ? q
    : null;
}

/**
 * The quote after a colon that ends the phrase of a media noun, as monitoring notes head a release:
 * "New video message from The Islamic State: “X”", "New issue of the Islamic State's newsletter: “X”",
 * "Nouvelle vidéo de l'État islamique : « X »". Between the noun and the colon: another media noun
 * right after it ("video message") and a phrase of whose it is, led by a possessor or "by", ten words at
 * most, with no verb of saying, showing or chanting ("a video from Raqqa shows boys chanting: "X"").
 */
function colonQuote(ctx: ClaimContext, seg: Segment, md: MediaMatch, quotes: Quote[]): Quote | null {
  const { text, cp } = ctx;
  // The first quote right after a colon ("от «Аль-Хаята»: «X»": the outlet's quotes come before).
  const q = quotes.find(
    (q) => q.open >= md.end && q.open - md.end <= 100 && /:\s*$/u.test(text.slice(md.end, q.open)),
  );
  if (!q) return null;
  const colon = text.lastIndexOf(':', q.open);
  if (colon < md.end) return null;
  let from = md.end;
  // "video message", "audio message": a second media noun in the same phrase.
  for (const m of cp.media.scanRange(text, md.end, colon)) {
    if (!/^\s*$/u.test(text.slice(from, m.start))) return null;
    from = m.end;
  }
  while (from < colon && CHAR_KIND[text.charCodeAt(from)] === SPACE) from++;
  const to = colon;
  if (to <= from || /[;,()]/u.test(text.slice(from, to)) || moreWordsThan(text, from, to, 10)) return null;
  const lead = [
    ...cp.release.possessors.scanRange(text, from, to),
    ...cp.release.producerBefore.scanRange(text, from, to),
  ].find((m) => m.start === from);
  if (
    !lead ||
    // "A video from Raqqa: "X"": where it was filmed, and the quote may be what is said in it.
    cp.places.scanRange(text, lead.end, to).some((m) => coversTitle(m, lead.end + 1, to)) ||
    cp.attributionVerbs.anyIn(text, from, to) ||
    cp.release.contentVerbs.anyIn(text, from, to) ||
    cp.release.titleSubjectVerbs.anyIn(text, from, to) ||
    cp.release.utteranceWords.anyIn(text, from, to) ||
    quotedSpeech(ctx, seg, md, q) ||
    // "В видео от «Амака»: «Мы придем» кричат дети": what is chanted in it.
    cp.release.utteranceWords.anyIn(text, q.close + 1, Math.min(seg.end, q.close + 30))
  )
    return null;
  return q;
}

/**
 * A title written without quotes right after its media noun, up to the verb that tells who released it
 * or when, with its auxiliaries or a comma before it: "la vidéo Les enfants du djihad, publiée par
 * al-Hayat", "la vidéo Les fils du désert a été diffusée", "ролик Путь чести был опубликован". Sentence case, as French and Russian write titles: a capital,
 * then words up to the comma (at most eight, no digit, quote or bracket).
 */
function unquotedApposedTitle(
  ctx: ClaimContext,
  seg: Segment,
  md: MediaMatch,
): { titleStart: number; titleEnd: number } | null {
  const { text, original, toOriginal, cp } = ctx;
  if (md.value === 'statement' || md.end >= seg.end || CHAR_KIND[text.charCodeAt(md.end)] !== SPACE)
    return null;
  const start = md.end + 1;
  const limit = Math.min(seg.end, start + 90);
  // The first verb of releasing past the title's first word: "publiée par", "a été diffusée", "был опубликован".
  let verb = cp.release.releaseVerbs.scanRange(text, start + 1, limit)[0];
  const by = cp.producerMarkers.scanRange(text, start + 1, limit).find((m) => endsWithBy(ctx, m));
  if (by && (!verb || by.start < verb.start)) verb = by;
  if (!verb) return titleCaseToClauseEnd(ctx, seg, start) ?? translatedTitle(ctx, seg, start);
  if (CHAR_KIND[text.charCodeAt(verb.start - 1)] !== SPACE) return null;
  // Back over its auxiliaries ("a été", "был") and the comma that sets the title off.
  let end = verb.start;
  const aux = [...cp.auxiliaries.scanRange(text, start, end), ...cp.copulas.scanRange(text, start, end)];
  for (;;) {
    while (end > start && (CHAR_KIND[text.charCodeAt(end - 1)] === SPACE || text[end - 1] === ',')) end--;
    const a = aux.find((m) => m.end === end && m.start > start);
    if (!a) break;
    end = a.start;
  }
  if (end <= start) return null;
  // "The nasheed Qariban Qariban (Soon, Soon) was released": the title's translation in brackets
  // before the verb is no part of it.
  const translated = translatedTitle(ctx, seg, start);
  if (translated && translated.bracketEnd === end) end = translated.titleEnd;
  // "Журнал Rumiyah в девятом номере опубликовал": a series named there is read as the series, with its
  // issue; a title keeps to one script.
  if (cp.release.series.scanRange(text, start, end).some((m) => m.start === start)) return null;
  const raw = original.slice(toOriginal[start], toOriginal[end - 1]! + 1);
  if (!UPPER.test(raw[0] ?? '') || !CASED_SCRIPT.test(raw[0]!) || /[\d"«»“”„()[\]:;.,]/u.test(raw))
    return null;
  if (/\p{Script=Latin}/u.test(raw) && /\p{Script=Cyrillic}/u.test(raw)) return null;
  const words = raw.split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 8) return null;
  // Where titles capitalise their words, a lower-case word other than a title's small words is a
  // clause's ("The video John Cantlie narrated was released": a relative clause, no title).
  if (
    cp.pack.release?.titleCase &&
    words.some((w) => !TITLE_CASE_LINK.test(w) && !UPPER.test(w[0]!) && !ARTICLE_NAME.test(w))
  )
    return null;
  return { titleStart: start, titleEnd: end };
}

/** A run of words, then a bracket: what the bracket holds (no digits, no brackets nor quotes inside). */
const RUN_THEN_BRACKET = /^([^,.;:!?()[\]"«»“”„\d]{2,80}?)\s*\(([^()[\]\d]{2,80})\)/u;

/**
 * A bare title right after its media noun, with its translation (or its original) in brackets behind
 * it: "the nasheed Salil al-Sawarim (The Clanging of the Swords)", "le nachid Qariban Qariban (Bientôt,
 * bientôt)", "the video Rise of the Cubs (Nuhud al-Ashbal)". Both sides are names in capitals of up to
 * eight words; where titles capitalise their words, the run does too. A name the gazetteer knows, a
 * person's, is left to rejected(). Also gives where the bracket closes.
 */
function translatedTitle(
  ctx: ClaimContext,
  seg: Segment,
  start: number,
): { titleStart: number; titleEnd: number; bracketEnd: number } | null {
  const { original, toOriginal, cp } = ctx;
  if (start >= seg.end) return null;
  const base = toOriginal[start]!;
  const m = RUN_THEN_BRACKET.exec(original.slice(base, toOriginal[seg.end - 1]! + 1));
  if (!m) return null;
  const run = m[1]!.trim();
  // 'Qariban Qariban ("Soon, Soon")': the translation may stand in quotes of any style in the brackets.
  const inside = m[2]!.trim().replace(/^['‘’"“”«»„‹›\s]+|['‘’"“”«»„‹›\s]+$/gu, '');
  if (!UPPER.test(run[0]!) || !CASED_SCRIPT.test(run[0]!) || !UPPER.test(inside[0] ?? '')) return null;
  const words = run.split(/\s+/u);
  if (words.length > 8 || inside.split(/\s+/u).length > 8) return null;
  if (
    cp.pack.release?.titleCase &&
    words.some((w) => !TITLE_CASE_LINK.test(w) && !UPPER.test(w[0]!) && !ARTICLE_NAME.test(w))
  )
    return null;
  return {
    titleStart: start,
    titleEnd: normalisedIndex(ctx, base + run.length),
    bracketEnd: normalisedIndex(ctx, base + m[0].length),
  };
}

/** The small words a title in title case leaves in lower case ("Lions of the Desert", "Return to Dabiq"). */
const TITLE_CASE_LINK = /^(?:of|the|to|for|and|a|an|in|on|from|at|by|with)$/u;

/**
 * With no verb after it: "Boys appear in the video Lions of Tomorrow.", "the nasheed Dawn of Victory, sung
 * in Russian". Where titles capitalise their words, a title in title case that runs from the media noun
 * to the end of its clause, with a small lower-case word between capitalised ones (no person's name
 * is written so), is the media's title.
 */
function titleCaseToClauseEnd(
  ctx: ClaimContext,
  seg: Segment,
  start: number,
): { titleStart: number; titleEnd: number } | null {
  const { text, original, toOriginal, cp } = ctx;
  if (!cp.pack.release?.titleCase) return null;
  const stop = /[,.;:!?()"]/u.exec(text.slice(start, Math.min(seg.end, start + 80)));
  let end = stop ? start + stop.index : seg.end;
  if (!stop && seg.end > start + 80) return null;
  while (end > start && CHAR_KIND[text.charCodeAt(end - 1)] === SPACE) end--;
  if (end <= start) return null;
  // "the magazine Voice of Khurasan in Pashto and English", "the video Lions of Tomorrow in Raqqa", "on a
  // Telegram channel": a small word (and an article) before a language, a place or a platform the gazetteer
  // knows says how or where, past the title.
  const span = text.slice(start, end);
  const link = /\s(?:in|on|from|and|at)\s(?:(?:a|an|the|its|their)\s)?/gu;
  for (let m = link.exec(span); m; m = link.exec(span)) {
    const word = start + m.index + m[0].length;
    const near = (x: { start: number }) => x.start === word;
    const limit = Math.min(end, word + 40);
    if (
      cp.languageNames.scanRange(text, word, limit).some(near) ||
      cp.places.scanRange(text, word, limit).some(near) ||
      cp.release.platformWords.scanRange(text, word, limit).some(near)
    ) {
      end = start + m.index;
      break;
    }
  }
  const tokens = [...original.slice(toOriginal[start], toOriginal[end - 1]! + 1).matchAll(/\S+/gu)];
  // "saw the video Flames of War in a mosque": the run of capitals ends at a small word that lower-case
  // words follow, which tell where or how; a lower-case word right after a capital is no title's.
  let n = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]![0];
    if (!TITLE_CASE_LINK.test(w) && (!UPPER.test(w[0]!) || !CASED_SCRIPT.test(w[0]!) || /\d/u.test(w))) {
      n = k;
      break;
    }
  }
  if (n < tokens.length) {
    if (n === 0 || !TITLE_CASE_LINK.test(tokens[n - 1]![0])) return null;
    while (n > 0 && TITLE_CASE_LINK.test(tokens[n - 1]![0])) n--;
  }
  const words = tokens.slice(0, n).map((t) => t[0]);
  if (words.length < 3 || words.length > 8 || !UPPER.test(words[words.length - 1]![0]!)) return null;
  const links = words.filter((w) => TITLE_CASE_LINK.test(w)).length;
  if (!links || !UPPER.test(words[0]![0]!)) return null;
  const last = tokens[n - 1]!;
  return {
    titleStart: start,
    titleEnd: normalisedIndex(ctx, toOriginal[start]! + last.index + last[0].length),
  };
}

// ", a 2015 al-Hayat", ", the group's latest": a determiner and up to three words before a media noun
// (an outlet's or a group's name of several words counts as one: ", a 2016 al-Hayat Media Center video").
const APPOSED_BEFORE =
  /^\s*,\s*(?:a|an|the|this|its|un|une|le|la|l'|cette|ce|son|sa)\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}$/u;

/** Words of text[from, to) outside the outlets and groups named there, a name counting as one word. */
function wordsOutsideNames(ctx: ClaimContext, from: number, to: number): number {
  const { text, cp } = ctx;
  const names = [...cp.release.outlets.scanRange(text, from, to), ...cp.groups.scanRange(text, from, to)];
  let n = 0;
  for (const w of text.slice(from, to).matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const at = from + w.index;
    const inside = names.find((m) => m.start <= at && m.end >= at + w[0].length);
    if (!inside || inside.start === at) n++;
  }
  return n;
}

/**
 * A media noun in apposition after a quote: ""X", a 2015 al-Hayat production,", "« X », la dernière vidéo
 * de l'EIGS". The words before the noun hold no preposition nor verb of saying, and the apposition ends
 * at the noun or goes on with whose the media is ("a 2015 video by al-Hayat").
 */
function apposedNounAfter(ctx: ClaimContext, seg: Segment, from: number, md: MediaMatch): boolean {
  const { text, cp } = ctx;
  if (md.start - from > 50 || !APPOSED_BEFORE.test(text.slice(from, md.start))) return false;
  const words = text.indexOf(' ', text.indexOf(',', from) + 2);
  if (wordsOutsideNames(ctx, words, md.start) > 3) return false;
  if (
    cp.prepositions.anyIn(text, words, md.start) ||
    cp.attributionVerbs.anyIn(text, words, md.start) ||
    cp.release.possessors.anyIn(text, words, md.start)
  )
    return false;
  if (/^\s*(?:[,.;)]|$)/u.test(text.slice(md.end, seg.end))) return true;
  // ""X", a 25-minute video in Somali with English subtitles,": what language it is in, up to its comma.
  const close = /[,.;)]/u.exec(text.slice(md.end, Math.min(seg.end, md.end + 60)));
  const to = close ? md.end + close.index : -1;
  if (to > md.end && !moreWordsThan(text, md.end, to, 6) && describesMedia(ctx, md.end, to)) return true;
  // ""X", a 15-minute al-Hayat video released in November 2014,": a participle of releasing goes on with
  // the apposition up to its comma.
  const verb = cp.release.releaseVerbs.firstIn(text, md.end, Math.min(seg.end, md.end + 16));
  if (verb && /^\s+$/u.test(text.slice(md.end, verb.start)) && to > verb.end && text[to] === ',') return true;
  const next = cp.release.possessors.firstIn(text, md.end, Math.min(seg.end, md.end + 6));
  return next !== undefined && /^\s*$/u.test(text.slice(md.end, next.start));
}

/**
 * "قال طفل في الفيديو: "X"", "a boy says in the video: "X"": a colon before the quote and a verb of saying
 * before the media noun in its clause: the quote is what someone says in the media.
 */
function quotedSpeech(ctx: ClaimContext, seg: Segment, md: MediaMatch, q: Quote): boolean {
  const { text, cp } = ctx;
  // "وقال البغدادي في تسجيل صوتي "اصبروا".", "he said in an audio message "Be patient"": with no colon, a
  // quote that ends the sentence right after a media noun a preposition of place leads is said in it
  // ("he said in the video "X" that …" names the video).
  const colon = text.slice(md.end, q.open).includes(':');
  if (
    !colon &&
    !(
      /^\s*$/u.test(text.slice(md.end, q.open)) &&
      /^\s*[.!?…]?\s*$/u.test(text.slice(q.close + 1, seg.end)) &&
      placeLedNoun(ctx, seg, md)
    )
  )
    return false;
  const verb = cp.attributionVerbs.scanRange(text, Math.max(seg.start, md.start - 40), md.start).pop();
  return verb !== undefined && !/[,;،]/u.test(text.slice(verb.end, md.start));
}

/**
 * "وحمل الإصدار الذي بثته الولاية اسم "X"": a verb by which a media carries a name opens the clause, a
 * media noun right after it is its subject, and a noun of a name with the quote right after it is its
 * object, the media's relative clause between them.
 */
function boreName(
  ctx: ClaimContext,
  seg: Segment,
  media: MediaMatch[],
  quotes: Quote[],
  candidates: Candidate[],
): void {
  const { text, cp } = ctx;
  for (const v of cp.release.contentVerbs.scanRange(text, seg.start, seg.end)) {
    const noun = media.find(
      (m) => m.start >= v.end && /^\s+(?:\p{L}{1,2}\s+)?$/u.test(text.slice(v.end, m.start)),
    );
    if (!noun) continue;
    const name = cp.release.nameNouns
      .scanRange(text, noun.end, Math.min(seg.end, noun.end + 80))
      .find((n) => text[n.end] === '"' || text[n.end + 1] === '"');
    if (!name || /[.;:،,]/u.test(text.slice(noun.end, name.start))) continue;
    const q = quotes.find((q) => q.open >= name.end && q.open - name.end <= 1);
    if (q) addQuoted(candidates, q, noun.start, noun, { named: true, marker: name.start });
  }
}

/** Its length, language or subtitles: words between a media noun and its marker that describe it. */
function describesMedia(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  return (
    cp.minuteWords.anyIn(text, from, to) ||
    cp.languageNames.anyIn(text, from, to) ||
    cp.subtitleMarkers.anyIn(text, from, to)
  );
}

/**
 * "un film de propagande appelé X", "une vidéo de propagande djihadiste baptisée X": up to three words
 * right before the marker, one of them a word of propaganda that names no people, ending in a word of
 * propaganda, say what kind of media it is, not whom the marker names ("une vidéo d'un djihadiste
 * appelé Abou Talha" names the man).
 */
function propagandaGenre(ctx: ClaimContext, noun: MediaMatch, to: number): boolean {
  const { text, cp } = ctx;
  const from = noun.end;
  if (to - from > 40 || moreWordsThan(text, from, to, 3)) return false;
  // The noun may hold one itself: "vidéo de propagande" + "djihadiste".
  const words = cp.release.propagandaWords.scanRange(text, noun.start, to);
  const last = words[words.length - 1];
  if (last === undefined || !/^\s*$/u.test(text.slice(last.end, to))) return false;
  // Nothing else between: no article of a person ("une vidéo de propagande montrant un djihadiste appelé").
  let rest = text.slice(from, to);
  for (const w of [...words, ...cp.release.possessors.scanRange(text, from, to)].sort(
    (a, b) => b.start - a.start,
  ))
    if (w.start >= from) rest = rest.slice(0, w.start - from) + ' ' + rest.slice(w.end - from);
  return /^\s*$/u.test(rest) && words.some((w) => !cp.population.anyIn(text, w.start, w.end));
}

/** "une vidéo de propagande djihadiste baptisée X": the marker's noun is a media noun of propaganda. */
function propagandaNoun(ctx: ClaimContext, media: MediaMatch[], seg: Segment, marker: number): boolean {
  const near = nounBefore(media, marker, Math.max(seg.start, marker - 60));
  return near !== null && propagandaGenre(ctx, near, marker);
}

/** "a video of "X"", "видеозапись группировки «X»", "شريطا لوكالة "X"": X owns the video or is in it. */
function possessorBetween(ctx: ClaimContext, from: number, to: number): boolean {
  return ctx.cp.release.possessors.anyIn(ctx.text, from, to);
}

/**
 * "كلمة صوتية «لمن وصف بأنه إمام»", "a video "of the brothers"": a quote opening with a possessor tells
 * whose the media is; in a cased script a capital makes it a title's first word ("“From Hypocrisy to
 * Apostasy”", "« De Raqqa à Paris »").
 */
function possessorOpens(ctx: ClaimContext, q: Quote): boolean {
  const { text, original, toOriginal } = ctx;
  const first = original[toOriginal[q.open + 1]!] ?? '';
  if (CASED_SCRIPT.test(first) && UPPER.test(first)) return false;
  return possessorBetween(ctx, q.open, q.open + 1 + firstWordLength(text, q.open + 1));
}

/**
 * "видео боевиков «X»", "a video of the militants "X"", "une vidéo des djihadistes « X »": the people
 * who own a media, named by a plural noun right before the quote, have no one name, so the quote is
 * the media's title; not a group's name in quotes ("видео боевиков «Исламского государства»").
 */
function peopleOwnTitle(ctx: ClaimContext, from: number, q: Quote): boolean {
  const { text, cp } = ctx;
  // A group named after them ends where the quote opens: "видео боевиков ИГ «X»".
  const group = cp.groups.scanRange(text, from, q.open).pop();
  const to = group && /^\s*$/u.test(text.slice(group.end, q.open)) ? group.start : q.open;
  const owners = cp.release.ownerGroupNouns.scanRange(text, from, to);
  const last = owners[owners.length - 1];
  // The longest of the owners that end there: "the militants", not "militants".
  const owner = last && owners.find((o) => o.end === last.end);
  if (!owner || !/^\s*$/u.test(text.slice(owner.end, to))) return false;
  const people = cp.population.scanRange(text, owner.start, owner.end).pop();
  if (!people || people.end !== owner.end) return false;
  // Nothing but a possessor before the owner: "a video of the militants", not "a video of a boy and the militants".
  const p = cp.release.possessors.scanRange(text, from, owner.start).pop();
  const lead = p && p.end <= owner.start ? p.end : from;
  if (!/^\s*$/u.test(text.slice(lead, owner.start)) || (p && !/^\s*$/u.test(text.slice(from, p.start))))
    return false;
  return !cp.groups.scanRange(text, q.open, q.close + 1).some((g) => coversTitle(g, q.open + 1, q.close));
}

/**
 * "الإصدار المرئي للتنظيم "جيل الملاحم"": an owner noun in its definite form (the pack's
 * definiteOwnerNouns) right before the quote is named already, so the quote is the media's title, where
 * "لتنظيم "جند الخلافة"" (of a group, "X") names the group.
 */
function definiteOwnerBefore(ctx: ClaimContext, from: number, q: Quote): boolean {
  const { text, cp } = ctx;
  const owner = cp.release.definiteOwnerNouns.scanRange(text, from, q.open).pop();
  return owner !== undefined && /^\s*$/u.test(text.slice(owner.end, q.open));
}

/**
 * Whether only the media's owner stands between its media noun and the quote: an armed group or an
 * outlet the gazetteer knows (an outlet that is also a common word in quotes), after one possessor and
 * an article at most ("видео «Аль-Хаята» «X»", "la vidéo d'Amaq « X »", "a video by "Amaq", "X""). Not when the
 * quote names a group or an outlet itself.
 */
function namedOwnerBefore(ctx: ClaimContext, from: number, q: Quote): boolean {
  const { text, cp } = ctx;
  if (q.open - from > 60 || q.open - from < 2) return false;
  let start = from;
  const p = cp.release.possessors.firstIn(text, from, q.open);
  if (p && /^\s*$/u.test(text.slice(from, p.start))) start = p.end;
  const owner = (m: LexiconMatch<unknown>, quotedOnly: boolean) => {
    const quoted = text[m.start - 1] === '"' && text[m.end] === '"';
    return (
      (quoted || !quotedOnly) &&
      OWNER_LEAD.test(text.slice(start, m.start)) &&
      /^["\s,]*$/u.test(text.slice(m.end, q.open))
    );
  };
  if (
    !cp.groups.scanRange(text, start, q.open).some((m) => owner(m, false)) &&
    !cp.release.outlets.scanRange(text, start, q.open).some((m) => owner(m, m.value))
  )
    return false;
  const inside = (m: { start: number; end: number }) => coversTitle(m, q.open + 1, q.close);
  return (
    !cp.groups.scanRange(text, q.open, q.close + 1).some(inside) &&
    !cp.release.outlets.scanRange(text, q.open, q.close + 1).some(inside)
  );
}

/** Before an owner's name: quote marks, and an article ("the", "l'") at most. */
const OWNER_LEAD = /^[\s"]*(?:\p{Ll}{1,3}(?:\s+|['’])[\s"]*)?$/u;

/** Capitalised words and the particles of Arabic names: "Hamza bin Laden", "Abu Bakr al-Baghdadi". */
const PROPER_NAME =
  /^(?:\p{Lu}[\p{L}\p{M}'’-]*|(?:al|el|ad|ar|as|ash|bin|ibn|ben|ould|de|la)(?:-\p{Lu}[\p{L}\p{M}'’-]*)?)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|(?:al|el|ad|ar|as|ash|bin|ibn|ben|ould|de|la)(?:-\p{Lu}[\p{L}\p{M}'’-]*)?))*$/u;

/**
 * Whether a person's proper name, or an armed group the gazetteer knows, alone follows the last
 * possessor before a marker: "an audio message by Hamza bin Laden called "X"". A name needs no
 * "called", so the marker and its quote name the media; "a video of a boy named X" names the boy.
 */
function nameAfterPossessor(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, original, toOriginal, cp } = ctx;
  const p = cp.release.possessors.scanRange(text, from, to).pop();
  if (!p) return false;
  let end = to;
  while (end > p.end && (CHAR_KIND[text.charCodeAt(end - 1)] === SPACE || text[end - 1] === ',')) end--;
  let start = p.end;
  while (start < end && CHAR_KIND[text.charCodeAt(start)] === SPACE) start++;
  // A group in quotes is named as well: "ролик боевиков «Боко Харам» под названием «X»".
  if (end - start > 2 && text[start] === '"' && text[end - 1] === '"') {
    start++;
    end--;
  }
  if (end <= start) return false;
  // "ролик боевиков Исламского государства под названием «X»": a group the gazetteer knows needs no naming.
  if (cp.groups.scanRange(text, start, end).some((g) => g.start === start && g.end >= end)) return true;
  const name = original.slice(toOriginal[start], toOriginal[end - 1]! + 1);
  return CASED_SCRIPT.test(name[0]!) && UPPER.test(name[0]!) && PROPER_NAME.test(name);
}

/**
 * "на сайте «Имарат» видео «X»", "the channel "Nashir" video": a quote right after a noun of a thing with
 * a name of its own (a site, a channel, a camp: the pack's namedNouns) is that thing's name.
 */
function namedByNounBefore(ctx: ClaimContext, seg: Segment, q: Quote): boolean {
  const { text, cp } = ctx;
  const noun = cp.release.namedNouns.scanRange(text, Math.max(seg.start, q.open - 24), q.open).pop();
  return noun !== undefined && /^\s*$/u.test(text.slice(noun.end, q.open));
}

/**
 * "une vidéo de l'ISWAP appelée Les fils du Sahel", "a video by al-Hayat called X": a group or an outlet
 * the gazetteer knows, whole after the possessor, is named already; the marker names the media.
 */
function groupAfterPossessor(ctx: ClaimContext, from: number, to: number): boolean {
  const { text, cp } = ctx;
  const p = cp.release.possessors.scanRange(text, from, to).pop();
  if (!p) return false;
  let end = to;
  while (end > p.end && (CHAR_KIND[text.charCodeAt(end - 1)] === SPACE || text[end - 1] === ',')) end--;
  const names = [...cp.groups.scanRange(text, p.end, end), ...cp.release.outlets.scanRange(text, p.end, end)];
  // Up to an article or an elided one before the name: "de l'ISWAP", "by the Amaq agency".
  return names.some(
    (g) => g.end >= end && /^\s*(?:\p{L}{1,3}['’]\s*|\p{L}{1,3}\s+)?$/u.test(text.slice(p.end, g.start)),
  );
}

/**
 * Whether a noun for people that names no one person (not a namedNoun such as "мальчик", "a boy") ends
 * right before the marker: "видео с детьми под названием «X»" names the video, as people are not named so.
 */
function peopleBeforeMarker(ctx: ClaimContext, from: number, marker: number): boolean {
  const { text, cp } = ctx;
  const people = cp.population.scanRange(text, Math.max(from, marker - 40), marker).pop();
  if (!people || !/^[\s,]*$/u.test(text.slice(people.end, marker))) return false;
  return !cp.release.namedNouns.scanRange(text, people.start, people.end).some((n) => n.end === people.end);
}

function firstWordLength(text: string, at: number): number {
  let k = at;
  while (k < text.length && CHAR_KIND[text.charCodeAt(k)] === WORD) k++;
  return k - at;
}

/**
 * A title written without quotes after its marker: up to a comma, full stop, bracket or a word
 * that opens a clause; in cased scripts it starts with a capital, and a title-case run stops at
 * its first lower-case word that no capital follows.
 */
function bareTitle(
  ctx: ClaimContext,
  seg: Segment,
  from: number,
): { titleStart: number; titleEnd: number } | null {
  const { text, original, toOriginal, cp } = ctx;
  let start = from;
  while (start < seg.end && CHAR_KIND[text.charCodeAt(start)] === SPACE) start++;
  // "بعنوان: رسالة إلى الأمة", "titled: X": a colon after the marker opens the title; so does a comma
  // when another closes it ("the video's title, Lions of Tomorrow, echoes").
  if (
    text[start] === ':' ||
    (text[start] === ',' && /^,[^,.;:!?]{2,80},/u.test(text.slice(start, seg.end)))
  ) {
    start++;
    while (start < seg.end && CHAR_KIND[text.charCodeAt(start)] === SPACE) start++;
  }
  if (start >= seg.end) return null;
  let end = seg.end;
  const punct = BARE_TITLE_PUNCT.exec(text.slice(start, seg.end));
  if (punct) end = start + punct.index;
  const address = punct && (punct[0] === ',' || punct[0] === '،') ? addressEnd(ctx, seg, start, end) : null;
  if (address !== null) end = address;
  // "called My Ummah, Dawn Has Appeared spread": past a comma, title-case words that hold a stop word
  // in capitals go on with the title.
  else if (punct?.[0] === ',' && cp.pack.release?.titleCase) end = titleCaseAfterComma(ctx, seg, end) ?? end;
  // "под названием Дорога в рай дети читают Коран": the next clause's subject ends the title.
  const subject = subjectStart(ctx, start + 1, end);
  if (subject > 0) end = subject;
  const locutions = cp.release.titleLocutions.scanRange(text, start, end);
  const stop = cp.release.bareTitleStops
    .scanRange(text, start, end)
    .find(
      (m) =>
        m.start > start &&
        CHAR_KIND[text.charCodeAt(m.start - 1)] === SPACE &&
        !locutions.some((l) => l.start < m.start && l.end >= m.end) &&
        !titleGoesOn(ctx, seg, m.start, m.end, end),
    );
  if (stop) end = stop.start;
  // "intitulé Appel à la jeunesse": "à" folds to the auxiliary "a", a stop; the preposition is none.
  if (stop && stop.end - stop.start === 1 && original[toOriginal[stop.start]!] === 'à') {
    const later = cp.release.bareTitleStops
      .scanRange(text, stop.end, punct ? start + punct.index : seg.end)
      .find(
        (m) => CHAR_KIND[text.charCodeAt(m.start - 1)] === SPACE && original[toOriginal[m.start]!] !== 'à',
      );
    end = later ? later.start : punct ? start + punct.index : seg.end;
  }
  // "بعنوان يا شهيد في الإصدار", "intitulé Ya Shahid dans la vidéo", "под названием Я шахид в видео": a
  // short preposition (and its article) before a media noun says where the title is heard or seen; a
  // possessor leads a noun of the title ("Les lettres de la vidéo").
  const where = cp.media
    .scanRange(text, start, end)
    .map((m) => (m.start > start ? cp.release.mediaPlaceLead.exec(text.slice(start, m.start)) : null))
    .find(
      (m) =>
        m !== null &&
        m.index > 0 &&
        !cp.release.possessors.anyIn(text, start + m.index + 1, start + m.index + 1 + m[1]!.length),
    );
  if (where) end = start + where.index;
  // "intitulée Bilan d'une année de califat": a number word glued to an elided word ("d'une", "l'un") is
  // its article, inside the title; one after a space ends it.
  const number = cp.numberWords
    .scanRange(text, start, end)
    .find((m) => m.start > start && CHAR_KIND[text.charCodeAt(m.start - 1)] === SPACE);
  if (number) end = number.start;
  // "intitulée X le 4 mars 2017", "под названием X 4 марта 2017 года", "بعنوان X في أيار 2020": a month
  // with its day before it or its year after it is the release's date, and ends the title with the
  // short preposition that leads it.
  const dated = dateInTitle(ctx, start, end);
  if (dated !== null) end = dated;
  // "بعنوان صليل الصوارم الجزء الرابع عام 2014", "titled X 2015": a year, with a short word of time before
  // it, says when the release came out.
  const year = /\s(?:[\p{L}]{1,4}\s+)?(?:19|20)\d\d(?!\d)/u.exec(text.slice(start, end));
  if (year) end = start + year.index;
  // "تحت عنوان X منذ عام 2013", "بعنوان X في مطلع عام 2015": words of years (the pack's yearWordsBefore)
  // that lead to the year, and a short preposition before them, are the date's too.
  const yearWords = cp.yearWordsBefore;
  const consumed = year ? /^\s(\p{L}{1,4})\s/u.exec(year[0]) : null;
  // Whether what was cut last is the year or a word of years.
  let yearLed = consumed === null || (yearWords !== null && yearWords.test(` ${consumed[1]!}`));
  for (let k = 0; year && yearWords && yearLed && k < 2; k++) {
    const prev = /\s(\p{L}{1,4})\s*$/u.exec(text.slice(start, end));
    if (!prev || prev.index === 0) break;
    yearLed = yearWords.test(text.slice(start + prev.index, end));
    if (!yearLed && (prev[1]!.length > 2 || (consumed === null && k === 0))) break;
    end = start + prev.index;
  }
  if (cp.pack.release?.vagueQuantityEndsTitle) {
    const vague = cp.vague.scanRange(text, start, end).find((m) => m.start > start);
    if (vague) end = vague.start;
  }
  // "بعنوان X يوم الجمعة", "под названием X в пятницу": a day said relative to the publication, in a
  // phrase of its own or after a short preposition, ends it ("بعنوان الخلافة اليوم" keeps its last word).
  if (cp.relativeDates && end > start) {
    const raw = original.slice(toOriginal[start], toOriginal[end - 1]! + 1);
    const day = cp.relativeDates.exec(raw);
    // "intitulée Bilan de la semaine": a day after "of" and its article is a noun of the title.
    if (day && day.index > 0 && !genitiveDay(ctx, start, raw, day.index)) {
      const prep = DAY_PREPOSITION.exec(raw.slice(0, day.index));
      const lead = TITLE_CASE_LEAD.exec(raw.slice(0, day.index));
      if (/\s/u.test(day[0])) end = normalisedIndex(ctx, toOriginal[start]! + day.index);
      else if (prep && prep.index > 0) end = normalisedIndex(ctx, toOriginal[start]! + prep.index);
      // "named The Sons of the Prophet last Tuesday": where titles capitalise their words, a lower-case
      // word (no small word of titles) before the day is the date's.
      else if (
        cp.pack.release?.titleCase &&
        lead &&
        lead.index > 0 &&
        !TITLE_CASE_LINK.test(lead[0].trim()) &&
        UPPER.test(day[0][0]!)
      )
        end = normalisedIndex(ctx, toOriginal[start]! + lead.index);
      // "intitulée Sur les traces des pères jeudi": a weekday in lower case that ends the run is its date.
      else if (
        day.index + day[0].length === raw.length &&
        /\s$/u.test(raw.slice(0, day.index)) &&
        CASED_SCRIPT.test(day[0]) &&
        LOWER.test(day[0][0]!)
      )
        end = normalisedIndex(ctx, toOriginal[start]! + day.index);
    }
  }
  while (end > start && CHAR_KIND[text.charCodeAt(end - 1)] === SPACE) end--;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10) return null;
  const first = original.slice(toOriginal[start], toOriginal[end - 1]! + 1);
  if (CASED_SCRIPT.test(first)) {
    if (!UPPER.test(first[0]!) && !/\d/.test(first[0]!)) return null;
    // Where titles capitalise their words, "Echoes of the Battle was posted" stops before "was".
    if (cp.pack.release?.titleCase) {
      const tokens = [...first.matchAll(/\S+/g)];
      let last = 0;
      for (let k = 0; k < tokens.length; k++)
        if (UPPER.test(tokens[k]![0][0]!) || /^\d/.test(tokens[k]![0]) || ARTICLE_NAME.test(tokens[k]![0]))
          last = k;
      const cut = tokens[last]!;
      end = normalisedIndex(ctx, toOriginal[start]! + cut.index + cut[0].length);
    }
  }
  return end > start ? { titleStart: start, titleEnd: end } : null;
}

/** Whether the number two, in digits or in words, stands right before the media noun: "two videos", "два ролика". */
function countedTwo(ctx: ClaimContext, seg: Segment, noun: MediaMatch): boolean {
  const { text, cp } = ctx;
  if (/(?:^|\s)2\s+$/u.test(text.slice(Math.max(seg.start, noun.start - 4), noun.start))) return true;
  return cp.numberWords
    .scanRange(text, Math.max(seg.start, noun.start - 12), noun.start)
    .some(
      (n) => n.value.value === 2 && n.value.kind === 'unit' && /^\s+$/u.test(text.slice(n.end, noun.start)),
    );
}

/**
 * A bare title of two media split at its one conjunction when a capital opens the word after it, in a
 * cased script: "Lions of the Lake and Sons of the Sahel" is two titles; with no such conjunction, one.
 */
function splitTwo(
  ctx: ClaimContext,
  t: { titleStart: number; titleEnd: number },
): Array<{ titleStart: number; titleEnd: number }> {
  const { text, original, toOriginal, cp } = ctx;
  const joins = cp.conjunctions
    .scanRange(text, t.titleStart, t.titleEnd)
    .filter((j) => j.start > t.titleStart && /^\s\S/u.test(text.slice(j.end, j.end + 2)));
  if (joins.length !== 1) return [t];
  const j = joins[0]!;
  const next = original[toOriginal[j.end + 1]!] ?? '';
  if (!CASED_SCRIPT.test(next) || !UPPER.test(next) || CHAR_KIND[text.charCodeAt(j.start - 1)] !== SPACE)
    return [t];
  let end = j.start;
  while (end > t.titleStart && CHAR_KIND[text.charCodeAt(end - 1)] === SPACE) end--;
  return [
    { titleStart: t.titleStart, titleEnd: end },
    { titleStart: j.end + 1, titleEnd: t.titleEnd },
  ];
}

/** What ends a bare title: punctuation, a bracket or a dash set off by spaces. */
const BARE_TITLE_PUNCT = /[,.;:()[\]!?؟،؛\n—–]|\s-\s/u;

/**
 * Where a bare title from START opens with an address ("O Our People", "Ô soldats de l'État", "يا
 * قومنا") that the comma at COMMA closes, the end of the clause the title goes on with ("O Our People,
 * Respond to the Caller"): the next punctuation. Null when no address opens it or a stop word opens
 * what follows the comma ("called O Mujahid, released in 2015").
 */
function addressEnd(ctx: ClaimContext, seg: Segment, start: number, comma: number): number | null {
  const { text, original, toOriginal, cp } = ctx;
  const vocatives = cp.release.vocatives.scanRange(text, start, comma, original, toOriginal);
  if (!vocatives.some((m) => m.start === start)) return null;
  let next = comma + 1;
  while (next < seg.end && CHAR_KIND[text.charCodeAt(next)] === SPACE) next++;
  if (next >= seg.end || !LETTER_OR_DIGIT.test(text[next]!)) return null;
  // "بعنوان يا جنود الخلافة، وظهر فيها": a conjunction glued to the next word opens another clause.
  if (cp.gluedConjunctionEnd?.test(original[toOriginal[next]!]!)) return null;
  // "intitulée Ô lions, Abou Omar menace": where titles are in sentence case, a capital after the comma
  // is a name, the next clause's subject; so is a person's word, a place, group or outlet anywhere.
  if (!cp.pack.release?.titleCase && UPPER.test(original[toOriginal[next]!]!)) return null;
  const opens = (m: { start: number }) => m.start === next;
  const after = BARE_TITLE_PUNCT.exec(text.slice(next, seg.end));
  const end = after ? next + after.index : seg.end;
  if (
    cp.release.bareTitleStops.scanRange(text, next, end).some(opens) ||
    cp.release.personWords.scanRange(text, next, end).some(opens) ||
    cp.places.scanRange(text, next, end).some(opens) ||
    cp.groups.scanRange(text, next, end).some(opens) ||
    cp.release.outlets.scanRange(text, next, end).some(opens) ||
    // "intitulée Ô lions, des enfants menacent": people, alone or after a short determiner, are the
    // next clause's subject.
    cp.population
      .scanRange(text, next, end)
      .some((p) => p.start === next || ADDRESS_SUBJECT_LEAD.test(text.slice(next, p.start)))
  )
    return null;
  return end;
}

/** A short word before a people noun that opens a clause after an address: "des", "the", "a". */
const ADDRESS_SUBJECT_LEAD = /^\p{L}{1,4}\s+$/u;

/** The word or two before a day, "de la", "du", "of the": where a possessor leads them, the day is a noun. */
const WORDS_BEFORE_DAY = /(?:^|\s)([\p{L}'’]+)(?:\s+(\p{Ll}{1,3}))?\s+$/u;

/**
 * Whether the day word at DAY in RAW (the original text of a bare title from START) follows a possessor
 * and its article ("Bilan de la semaine", "Les héros du vendredi"): a noun of the title, not its date.
 */
function genitiveDay(ctx: ClaimContext, start: number, raw: string, day: number): boolean {
  const m = WORDS_BEFORE_DAY.exec(raw.slice(0, day));
  if (!m) return false;
  const base = ctx.toOriginal[start]! + m.index;
  const possessor = (word: string, from: number) => {
    const at = normalisedIndex(ctx, base + m[0].indexOf(word, from));
    return ctx.cp.release.possessors.anyIn(ctx.text, at, at + word.length);
  };
  return possessor(m[1]!, 0) || (m[2] !== undefined && possessor(m[2], m[0].indexOf(m[1]!) + m[1]!.length));
}

/** A word of a title in title case: capitalised, a small word of titles or a name after "al-". */
const TITLE_CASE_TOKEN = /\s+([\p{L}\p{M}'’-]+)/uy;

/**
 * Where titles capitalise their words, the end of a bare title that goes on past the comma at COMMA:
 * two or more title-case words follow it, one of them a stop word written with a capital, which no
 * name holds ("called My Ummah, Dawn Has Appeared spread"); "called Lions of Tomorrow, Abu Omar said"
 * ends at the comma. Null when it ends there.
 */
function titleCaseAfterComma(ctx: ClaimContext, seg: Segment, comma: number): number | null {
  const { text, original, toOriginal, cp } = ctx;
  const base = toOriginal[comma]! + 1;
  const rest = original.slice(base, toOriginal[seg.end - 1]! + 1);
  let capitals = 0;
  let stop = false;
  let runEnd = 0;
  TITLE_CASE_TOKEN.lastIndex = 0;
  for (let m = TITLE_CASE_TOKEN.exec(rest); m; m = TITLE_CASE_TOKEN.exec(rest)) {
    const word = m[1]!;
    if (UPPER.test(word[0]!)) {
      capitals++;
      runEnd = m.index + m[0].length;
      const at = normalisedIndex(ctx, base + runEnd - word.length);
      if (
        capitals > 1 &&
        cp.release.bareTitleStops.scanRange(text, at, at + word.length).some((s) => s.start === at)
      )
        stop = true;
    } else if (!TITLE_CASE_LINK.test(word)) break;
  }
  if (capitals < 2 || !stop) return null;
  // No place, outlet or group the gazetteer knows stands among them ("Lions, The Guardian Has said").
  const first = normalisedIndex(ctx, base + (/^\s+/u.exec(rest)?.[0].length ?? 0));
  const last = normalisedIndex(ctx, base + runEnd);
  if (
    cp.places.anyIn(text, first, last) ||
    cp.release.outlets.anyIn(text, first, last) ||
    cp.groups.anyIn(text, first, last)
  )
    return null;
  return last;
}

/** A name after a transliterated Arabic article, capitalised after it: "al-Mu'minin", "ad-Dawla". */
const ARTICLE_NAME = /^\p{Ll}{1,2}-\p{Lu}/u;

/** A day in digits right before a month: "le 4 mars", "4 марта", "في 12 آذار". */
const DAY_BEFORE_MONTH = /(?:^|\s)\d{1,2}(?:er|st|nd|rd|th|-?го)?\s+$/u;
/** A year right after a month: "mars 2017", "марта 2017", "May 5, 2017". */
const YEAR_AFTER_MONTH = /^\s*(?:\d{1,2},?\s+)?(?:19|20)\d\d(?!\d)/u;
/**
 * A short word right before a date, a preposition: in lower case of one or two letters ("le", "on", "в";
 * "дня" is a noun), or uncased of up to three ("في", "يوم").
 */
const DATE_PREPOSITION = /\s(\p{Ll}{1,2}|\p{Lo}{1,3})\s*$/u;

/**
 * Where a date inside a bare title starts, its preposition with it: a month (never the title's first
 * word) with a day in digits before it or a year after it ("titled X on 4 March 2017", "intitulée X
 * le 4 mars", "под названием X 4 марта 2017 года", "بعنوان X في أيار 2020"). Null when there is none.
 */
function dateInTitle(ctx: ClaimContext, start: number, end: number): number | null {
  const { text, original, toOriginal, cp } = ctx;
  for (const m of cp.months.scanRange(text, start, end)) {
    if (m.start <= start || CHAR_KIND[text.charCodeAt(m.start - 1)] !== SPACE) continue;
    const lead = text.slice(start, m.start);
    const day = DAY_BEFORE_MONTH.exec(lead);
    if (!day && !YEAR_AFTER_MONTH.test(text.slice(m.end, Math.min(ctx.text.length, m.end + 12)))) continue;
    let cut = day ? start + day.index : m.start;
    const raw = original.slice(toOriginal[start], toOriginal[cut]);
    const prep = DATE_PREPOSITION.exec(` ${raw}`);
    // The preposition is read in the report's own letters: "le", "on", "в", "في", never "Of" in capitals.
    if (prep && prep.index > 0) cut = normalisedIndex(ctx, toOriginal[start]! + prep.index - 1);
    while (cut > start && CHAR_KIND[text.charCodeAt(cut - 1)] === SPACE) cut--;
    return cut > start ? cut : null;
  }
  return null;
}

/** A preposition of one or two letters right before a day: "в пятницу", "le dimanche", "on Sunday". */
const DAY_PREPOSITION = /\s\p{L}{1,2}\s+$/u;
/** A lower-case word right before a day: "last Tuesday", "this Friday". */
const TITLE_CASE_LEAD = /\s\p{Ll}+\s+$/u;

/** A small word of a title in title case that also ends a bare title ("in", "from", "and"). */
const TITLE_LINK_STOP = /^(?:in|on|from|with|and|to|for|at)$/u;
/** After it, the title goes on: an article and a capital, or a possessive in capitals ("in the Sahel", "in Your Homes"). */
const TITLE_GOES_ON = /^\s+(?:(?:the|a|an)\s+\p{Lu}|(?:Your|Our|My|His|Their|Thy|Thine)\s+\p{Lu})/u;
/** A capital in a cased script right after a preposition, where titles are in sentence case. */
const SENTENCE_CASE_NAME = /^\s+[\p{Lu}](?=[\p{Ll}])/u;
/** "Blood and Fire": after "and", a capital alone goes on. */
const TITLE_AND_GOES_ON = /^\s+\p{Lu}/u;

/**
 * Whether a stop word inside a bare title is one of the title's small words: where titles capitalise
 * their words, "Patience in the Sahel", "Soon in Your Homes", "A Letter from the Front" go on past
 * "in" and "from" when an article and a capital follow, up to the end of the clause, and no place,
 * outlet or platform the gazetteer knows stands there ("titled X, posted on the Internet" ends at the comma).
 */
function titleGoesOn(ctx: ClaimContext, seg: Segment, from: number, to: number, end: number): boolean {
  const { text, original, toOriginal, cp } = ctx;
  if (to >= seg.end) return false;
  if (
    !cp.pack.release?.titleCase &&
    cp.release.titleConjunctions.scanRange(text, from, to).some((m) => m.start === from && m.end === to)
  )
    return conjunctionGoesOn(ctx, seg, to, end);
  const after = original.slice(toOriginal[to], toOriginal[Math.min(seg.end, to + 40) - 1]! + 1);
  let next: RegExpExecArray | null = null;
  if (cp.pack.release?.titleCase) {
    // "titled Fight Them Until There Is No Fitna": a stop word written with a capital, a capital after
    // it, is one of the title's words.
    if (UPPER.test(original[toOriginal[from]!] ?? '')) {
      next = TITLE_AND_GOES_ON.exec(after);
      // "called Dawn Has Appeared spread": a stop in capitals, no small word, may end the title too.
      if (!next && !TITLE_LINK_STOP.test(text.slice(from, to)) && /^(?:\s+\p{Ll}|\s*[,.;:!?]|$)/u.test(after))
        return true;
    } else if (!TITLE_LINK_STOP.test(text.slice(from, to))) return false;
    else
      next =
        TITLE_GOES_ON.exec(after) ?? (text.slice(from, to) === 'and' ? TITLE_AND_GOES_ON.exec(after) : null);
  } else if (
    cp.release.titleLinkStops.scanRange(text, from, to).some((m) => m.start === from && m.end === to)
  ) {
    // Sentence case: a proper name right after the preposition ("Дорога в Джаннат").
    next = SENTENCE_CASE_NAME.exec(after);
    if (!next) return lowerRunGoesOn(ctx, seg, from, to, end);
  }
  if (!next) return false;
  const word = normalisedIndex(ctx, toOriginal[to]! + next[0].length - 1);
  const near = (m: { start: number }) => m.start === word;
  const limit = Math.min(end, word + 40);
  return (
    !cp.places.scanRange(text, word, limit).some(near) &&
    !cp.release.outlets.scanRange(text, word, limit).some(near) &&
    !cp.groups.scanRange(text, word, limit).some(near) &&
    !cp.languageNames.scanRange(text, word, limit).some(near) &&
    !cp.release.platformWords.scanRange(text, word, limit).some(near)
  );
}

/**
 * Whether a sentence-case title goes on past its preposition with words in lower case ("под названием
 * Возвращение на родину, в котором"): one or two of them end the clause or run up to a stop ("Дети на
 * войне вышел"), and none tells where, when, on what platform, in what language or with what subtitles the release came out
 * ("Путь воина в сети,", "X в понедельник.", "X с субтитрами").
 */
function lowerRunGoesOn(ctx: ClaimContext, seg: Segment, prep: number, to: number, end: number): boolean {
  const { text, original, toOriginal, cp } = ctx;
  // "Дети на войне вышел в 2016 году": the run may also end at the verb that stops the title.
  const stop = cp.release.bareTitleStops
    .scanRange(text, to, end)
    .find((m) => m.start > to && CHAR_KIND[text.charCodeAt(m.start - 1)] === SPACE);
  if (stop) end = stop.start;
  else if (end < seg.end && !/[,.;:!?؟،؛]/u.test(text[end] ?? '') && subjectStart(ctx, end, end + 1) !== end)
    return false;
  while (end > to && CHAR_KIND[text.charCodeAt(end - 1)] === SPACE) end--;
  if (end <= to) return false;
  const run = original.slice(toOriginal[to], toOriginal[end - 1]! + 1);
  const words = run.split(/\s+/u).filter(Boolean);
  if (!words.length || words.length > 2 || !words.every((w) => /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u.test(w)))
    return false;
  if (cp.relativeDates?.test(run)) return false;
  // From the preposition on: a phrase may take it in ("с субтитрами").
  return !(
    cp.months.anyIn(text, prep, end) ||
    cp.population.anyIn(text, prep, end) ||
    cp.places.anyIn(text, prep, end) ||
    cp.release.platformWords.anyIn(text, prep, end) ||
    describesMedia(ctx, prep, end) ||
    cp.groups.anyIn(text, prep, end) ||
    cp.release.outlets.anyIn(text, prep, end)
  );
}

/**
 * Whether a sentence-case title goes on past its conjunction ("Patience et victoire,", "Кровь и огонь
 * показывает"): one to three words, none a place, group or outlet, follow it up to the next stop, the
 * clause's punctuation or the sentence's end.
 */
function conjunctionGoesOn(ctx: ClaimContext, seg: Segment, to: number, end: number): boolean {
  const { text, cp } = ctx;
  let limit = end;
  for (const m of cp.release.bareTitleStops.scanRange(text, to, end))
    if (CHAR_KIND[text.charCodeAt(m.start - 1)] === SPACE && m.start > to) {
      limit = m.start;
      break;
    }
  if (
    limit === end &&
    end < seg.end &&
    !/[,.;:!?؟،؛]/u.test(text[end] ?? '') &&
    subjectStart(ctx, end, end + 1) !== end
  )
    return false;
  const words = text.slice(to, limit).split(/\s+/u).filter(Boolean);
  if (!words.length || words.length > 3 || !LETTER_OR_DIGIT.test(words[0]![0]!)) return false;
  return (
    !cp.places.anyIn(text, to, limit) &&
    !cp.groups.anyIn(text, to, limit) &&
    !cp.release.outlets.anyIn(text, to, limit)
  );
}

/**
 * Where a people noun opens the next clause inside FROM..TO, with the word after it, as the pack's
 * subjectAfterTitle reads them ("дети читают"); -1 if none does.
 */
function subjectStart(ctx: ClaimContext, from: number, to: number): number {
  const { text, original, toOriginal, cp } = ctx;
  const re = cp.release.subjectAfterTitle;
  if (!re || to <= from) return -1;
  for (const p of cp.population.scanRange(text, from, Math.min(text.length, to + 40))) {
    if (p.start >= to) break;
    if (p.start < from || CHAR_KIND[text.charCodeAt(p.start - 1)] !== SPACE) continue;
    const at = toOriginal[p.start]!;
    if (!re.test(original.slice(at, at + 40))) continue;
    // "под названием Львята и их отцы было опубликовано": a verb that ends a title is the release's.
    let k = p.end;
    while (k < text.length && CHAR_KIND[text.charCodeAt(k)] === SPACE) k++;
    if (
      !cp.release.bareTitleStops.scanRange(text, k, Math.min(text.length, k + 30)).some((m) => m.start === k)
    )
      return p.start;
  }
  return -1;
}

/** The first normalised index at or after an original offset. */
function normalisedIndex(ctx: ClaimContext, origOffset: number): number {
  const { toOriginal, text } = ctx;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toOriginal[mid]! < origOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A series named in one of its cases is titled as cited: "номер «Истока»" → "Исток", "Дабика 12" → "Дабик 12". */
function citedSeries(ctx: ClaimContext, title: string): string {
  const { seriesBase } = ctx.cp.release;
  if (!seriesBase.size) return title;
  const m = /^(.*?)((?:\s+\d{1,3})?)$/u.exec(title)!;
  const name = fold(m[1]!);
  const base = seriesBase.get(name);
  return base === undefined || fold(base) === name ? title : base + m[2];
}

/** A quoted title: the text inside the quote marks, read from `anchor` (its marker or media noun). */
function addQuoted(
  candidates: Candidate[],
  q: Quote,
  anchor: number,
  noun: MediaMatch | null,
  extra?: Partial<Candidate>,
): void {
  addCandidate(candidates, {
    titleStart: q.open + 1,
    titleEnd: q.close,
    anchor,
    noun,
    bare: false,
    ...extra,
  });
}

/** Adds a title candidate unless it overlaps one found before. */
function addCandidate(candidates: Candidate[], c: Candidate): void {
  if (candidates.some((o) => o.titleStart < c.titleEnd && c.titleStart < o.titleEnd)) return;
  candidates.push(c);
}

/** "a magazine in French, Dar al-Islam, …" or "published Istok, a Russian-language magazine". */
function appositiveTitle(
  ctx: ClaimContext,
  seg: Segment,
  md: MediaMatch,
): { titleStart: number; titleEnd: number } | null {
  const { original, toOriginal } = ctx;
  const after = original.slice(toOriginal[md.end - 1]! + 1, toOriginal[seg.end - 1]! + 1);
  const a = NAME_AFTER.exec(after);
  const base = toOriginal[md.end - 1]! + 1;
  let start: number;
  let end: number;
  if (a) {
    start = base + a[0].length - a[1]!.length;
    end = start + a[1]!.length;
  } else {
    const before = original.slice(toOriginal[seg.start], toOriginal[md.start]);
    const b = NAME_BEFORE.exec(before);
    if (!b) return null;
    start = toOriginal[seg.start]! + b.index + b[0].indexOf(b[1]!);
    end = start + b[1]!.length;
    // A name opening the sentence is its subject more often than a title.
    if (start === toOriginal[seg.start]!) return null;
    // "Les fils du Tawhid, la vidéo": after a small word of names, the capitals end a longer phrase.
    const prev = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(before.slice(0, start - toOriginal[seg.start]!));
    if (prev && NAME_LINK.test(prev[1]!)) return null;
    // "Ayman al-Zawahiri, a diffusé un message audio": the French auxiliary "a" is no article; the
    // name is the subject of its verb.
    const comma = normalisedIndex(ctx, end) + 1;
    const aux = ctx.cp.auxiliaries.firstIn(ctx.text, comma, Math.min(seg.end, comma + 12));
    if (aux && /^\s*$/u.test(ctx.text.slice(comma, aux.start))) return null;
    // "On the Telegram channel Voice of Khorasan, an infographic": the name is the channel's (a camp's,
    // a person's), right after its noun.
    if (namedRightBefore(ctx, seg, normalisedIndex(ctx, start))) return null;
  }
  const name = original.slice(start, end);
  const firstWord = /^[\p{L}\p{M}'’-]+/u.exec(name)?.[0] ?? '';
  // "Another film, The Best Ummah, shows": set off after its noun, a capitalised article opens a title
  // of several words; a determiner alone, or opening the sentence, is none.
  if (NOT_A_NAME.test(firstWord) && !(a && /^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(name))) return null;
  return { titleStart: normalisedIndex(ctx, start), titleEnd: normalisedIndex(ctx, end) };
}

/**
 * The words that open a sentence before an apposition of a media noun ("Sons of Tawhid, the video",
 * "Les fils du Tawhid, la vidéo"): the title, then its article and up to two words before the noun.
 */
const OPENING_APPOSITION =
  /^(?<title>[^,;:()"«»“”„\d]{2,80}?)\s*,\s+(?:a|an|the|un|une|le|la|l['’])\s*(?<mods>(?:[\p{L}\p{N}'’-]+\s+){0,2})$/iu;

/**
 * A title that opens its sentence, set off by an apposition of its media noun which a release word
 * leads and a comma closes before the main verb: "Sons of Tawhid, the video released by Wilayat Raqqa,
 * shows", "Les fils du Tawhid, la vidéo diffusée par la wilaya de Raqqa, montre". A name opening the
 * sentence before any other apposition ("Abu Omar, the boy in the video released by Amaq, said") is its
 * subject: the apposition's head must be the media noun, its words no people nor possessor.
 */
function openingApposedTitle(
  ctx: ClaimContext,
  seg: Segment,
  md: MediaMatch,
): { titleStart: number; titleEnd: number } | null {
  const { text, original, toOriginal, cp } = ctx;
  if (md.start - seg.start > 120 || text[md.start - 1] === '-') return null;
  const segStart = toOriginal[seg.start]!;
  const m = OPENING_APPOSITION.exec(original.slice(segStart, toOriginal[md.start]));
  if (!m) return null;
  let title = m.groups!.title!.trimEnd();
  let titleStart = seg.start;
  // "In Flames of War, the film released by al-Hayat, children fight": the preposition is the clause's.
  const prep = cp.prepositions.firstIn(text, seg.start, Math.min(seg.end, seg.start + 8));
  if (prep && prep.start === seg.start) {
    titleStart = prep.end;
    while (titleStart < md.start && CHAR_KIND[text.charCodeAt(titleStart)] === SPACE) titleStart++;
    title = title.slice(toOriginal[titleStart]! - segStart);
  }
  const words = title.split(/\s+/u);
  if (!title || words.length > 8 || !UPPER.test(title[0]!)) return null;
  // Where titles capitalise their words, every word but a small one is capitalised.
  if (
    cp.pack.release?.titleCase &&
    words.some((w, k) => k > 0 && !UPPER.test(w[0]!) && !TITLE_CASE_LINK.test(w) && !ARTICLE_NAME.test(w))
  )
    return null;
  const modsStart = normalisedIndex(ctx, segStart + m[0].length - m.groups!.mods!.length);
  if (
    cp.release.possessors.anyIn(text, modsStart, md.start) ||
    cp.population.anyIn(text, modsStart, md.start) ||
    cp.release.personWords.anyIn(text, modsStart, md.start)
  )
    return null;
  // Right after the noun, the word that says who released it ("released by", "diffusée par", "from").
  let at = md.end;
  while (at < seg.end && CHAR_KIND[text.charCodeAt(at)] === SPACE) at++;
  // "produced by", "réalisée par": a participle before the word of a producer.
  const participle = /^[\p{L}-]+\s+/u.exec(text.slice(at, Math.min(seg.end, at + 30)));
  const by = participle
    ? cp.release.producerBefore.firstIn(text, at + participle[0].length, Math.min(seg.end, at + 40))
    : null;
  const lead =
    cp.release.releaseVerbs.firstIn(text, at, Math.min(seg.end, at + 40)) ??
    cp.release.producerBefore.firstIn(text, at, Math.min(seg.end, at + 12)) ??
    cp.release.possessors.firstIn(text, at, Math.min(seg.end, at + 12));
  if (!(lead && lead.start === at) && !(by && by.start === at + participle![0].length)) return null;
  const leadEnd = lead && lead.start === at ? lead.end : by!.end;
  // The apposition closes with a comma before a word in lower case, the main verb's clause.
  if (
    !/^[^,;:.]*,\s+\p{Ll}/u.test(original.slice(toOriginal[leadEnd - 1]! + 1, toOriginal[seg.end - 1]! + 1))
  )
    return null;
  const titleEnd = normalisedIndex(ctx, toOriginal[titleStart]! + title.length);
  // A clause opener, an adverb or a source opens no title ("However, the video", "Selon l'ONU, la vidéo").
  if (
    cp.clauseOpeners.anyIn(text, seg.start, titleEnd) ||
    cp.speakerEdges.firstIn(text, seg.start, titleEnd)?.start === seg.start ||
    cp.attributionBefore.anyIn(text, seg.start, titleEnd) ||
    cp.months.anyIn(text, seg.start, titleEnd)
  )
    return null;
  return { titleStart, titleEnd };
}

const NAME_RIGHT_AFTER = new RegExp(String.raw`^\s(${NAME})(?=\s+\p{Ll}|\s*[,.;)]|$)`, 'u');

/**
 * A magazine's name in capitals right after its noun, unquoted ("the Pashto magazine Khurasan Ghag
 * urged"): a release when an issue is spoken of before it or a group, an outlet or propaganda owns it
 * (a news magazine named so is a source, "told the magazine Der Spiegel").
 */
function magazineName(
  ctx: ClaimContext,
  seg: Segment,
  md: MediaMatch,
): { titleStart: number; titleEnd: number } | null {
  const { text, original, toOriginal, cp } = ctx;
  if (md.value !== 'magazine') return null;
  const base = toOriginal[md.end - 1]! + 1;
  const m = NAME_RIGHT_AFTER.exec(original.slice(base, toOriginal[seg.end - 1]! + 1));
  if (!m || NOT_A_NAME.test(/^[\p{L}\p{M}'’-]+/u.exec(m[1]!)?.[0] ?? '')) return null;
  const span = {
    titleStart: normalisedIndex(ctx, base + 1),
    titleEnd: normalisedIndex(ctx, base + 1 + m[1]!.length),
  };
  // "The magazine Time reported", "told the magazine X that": a news magazine speaks or is spoken to.
  const next = text.slice(span.titleEnd, Math.min(seg.end, span.titleEnd + 30));
  const verb = cp.attributionVerbs.firstIn(text, span.titleEnd, Math.min(seg.end, span.titleEnd + 30));
  if (verb && /^[\s,]*$/u.test(text.slice(span.titleEnd, verb.start))) return null;
  const opener = cp.clauseOpeners.firstIn(text, span.titleEnd, Math.min(seg.end, span.titleEnd + 12));
  if (opener && /^\s*$/u.test(next.slice(0, opener.start - span.titleEnd))) return null;
  // An issue spoken of before it, or a group, an outlet or propaganda before it in its clause.
  const from = Math.max(seg.start, md.start - 60);
  const issue = cp.release.issueWords.anyIn(text, from, md.start);
  const owned = groupMarks(ctx, from, md.start).some(
    (m) => !/[;:.]/u.test(text.slice(m.end, md.start)) && !cp.media.anyIn(text, m.end, md.start),
  );
  return issue || owned ? span : null;
}

/** A verb of releasing, then up to two words (an article, an adjective) before the media noun it releases. */
const RELEASED_NOUN_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u;

/**
 * Where titles are written in sentence case, a bare title set off by commas right after the media noun
 * a verb of releasing has for its object: "Al-Kataib a publié un film, Voici les soldats de Dieu, en
 * 2016". The verb's object is complete, so the set-off words name it; they hold a word in lower case
 * that no name holds ("un film, Abou Omar, en 2016" sets off a name, not a title), and bareTitle()
 * reads them to the closing comma with no clause word nor date ending them sooner.
 */
function setOffReleasedTitle(
  ctx: ClaimContext,
  seg: Segment,
  md: MediaMatch,
): { titleStart: number; titleEnd: number } | null {
  const { text, original, toOriginal, cp } = ctx;
  if (cp.pack.release?.titleCase || !/^\s*,/u.test(text.slice(md.end, md.end + 2))) return null;
  const verb = cp.release.releaseVerbs
    .scanRange(text, Math.max(seg.start, md.start - 40), md.start)
    .find((v) => RELEASED_NOUN_GAP.test(text.slice(v.end, md.start)));
  if (!verb) return null;
  const bare = bareTitle(ctx, seg, md.end);
  if (!bare || !/^\s*,/u.test(text.slice(bare.titleEnd, seg.end))) return null;
  const raw = original.slice(toOriginal[bare.titleStart], originalEnd(ctx, bare.titleEnd));
  if (!CASED_SCRIPT.test(raw[0]!)) return null;
  const words = raw.split(/\s+/u);
  const lower = words.some(
    (w, k) => k > 0 && LOWER.test(w[0]!) && !NAME_LINK.test(w) && !ARTICLE_NAME.test(w),
  );
  return lower ? bare : null;
}

/** Before a media noun that opens its sentence as the subject: a determiner and up to three words. */
const SUBJECT_NOUN_LEAD = /^\s*(?:(?:the|a|an|its|their|this|another)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
/** A possessive pronoun that opens the sentence before a media noun: "Its 2014 film", "Their latest video". */
const POSSESSIVE_OPENER = /^\s*(?:its|their)\s/iu;
/** Prepositions that make the words before a media noun no subject of the sentence. */
const LEAD_PREPOSITION = /(?:^|\s)(?:in|on|at|from|of|by|with|for|into|to)\s/iu;

/**
 * A name in title case right after a video or audio noun that opens the sentence and that a group or an
 * outlet owns, with no quotes nor marker, as the subject of a verb of showing (the pack's
 * titleSubjectVerbs) or set off by a comma: "The al-Kataib video Mujahideen Moments featured boys",
 * "An Amaq video Lions of Tomorrow, released in 2017, shows". Not after a preposition ("In the al-Kataib
 * video John Smith says"), nor a name followed by another verb ("The ISIS video John Cantlie narrated").
 */
function ownedMediaName(
  ctx: ClaimContext,
  seg: Segment,
  md: MediaMatch,
): { titleStart: number; titleEnd: number } | null {
  const { text, original, toOriginal, cp } = ctx;
  if (!cp.pack.release?.titleCase || (md.value !== 'video' && md.value !== 'audio')) return null;
  const lead = original.slice(toOriginal[seg.start], toOriginal[md.start]);
  if (!SUBJECT_NOUN_LEAD.test(lead) || LEAD_PREPOSITION.test(` ${lead}`)) return null;
  const base = toOriginal[md.end - 1]! + 1;
  const m = NAME_RIGHT_AFTER.exec(original.slice(base, toOriginal[seg.end - 1]! + 1));
  if (!m || NOT_A_NAME.test(/^[\p{L}\p{M}'’-]+/u.exec(m[1]!)?.[0] ?? '')) return null;
  if (m[1]!.split(/\s+/u).length < 2) return null;
  const span = {
    titleStart: normalisedIndex(ctx, base + 1),
    titleEnd: normalisedIndex(ctx, base + 1 + m[1]!.length),
  };
  const next = /^\s*(?:[,;)]|\s)/u.exec(text.slice(span.titleEnd, seg.end));
  if (!next) return null;
  if (!/^\s*,/u.test(next[0])) {
    const verb = cp.release.titleSubjectVerbs.firstIn(
      text,
      span.titleEnd,
      Math.min(seg.end, span.titleEnd + 16),
    );
    if (!verb || !/^\s+$/u.test(text.slice(span.titleEnd, verb.start))) return null;
  }
  // "Its 2014 film Flames of War showed": a possessive pronoun opening the sentence stands for the
  // owner the report spoke of, as a group named there would.
  const owned = groupMarks(ctx, seg.start, md.start).length > 0 || POSSESSIVE_OPENER.test(lead);
  return owned ? span : null;
}

const SERIES_NUMBER =
  /^\s\d{1,3}(?![\p{L}\d])(?!\s*(?:km|kilom|mile|metre|meter|км|килом|метр|миль|كم|كيلو|متر|ميل|%))/u;

/** Between a series and a word for a periodical after it: "al-Masra newspaper", "al-Masra, AQAP's weekly". */
const SERIES_EPITHET_GAP = /^(?:\s+|,\s+(?:[\p{L}\p{N}'’-]+\s+){0,2})$/u;

/** Glued clitics before an Arabic article (و ف ب ك ل) and the article's alif: "وبالرسالة", "للرسالة". */
const CLITIC_LETTERS = /^[وفبكلا]*$/u;

/**
 * A series listed with its article (الرسالة), written here without it and followed by a definite word
 * that does not describe the series: the head of another name's construct ("مجلة رسالة الأمة").
 */
function seriesHeadsLongerName(ctx: ClaimContext, seg: Segment, s: LexiconMatch<boolean>): boolean {
  const { text, cp } = ctx;
  const article = cp.pack.release?.seriesArticle;
  if (!article || text[s.end] !== ' ' || !text.startsWith(article, s.end + 1)) return false;
  if (!cp.release.articleSeries.has(s.pattern)) return false;
  // The series written with its article, after glued clitics ("والرسالة", "للرسالة"), is itself definite.
  const at = text.indexOf(article.slice(1), s.start);
  if (at >= s.start && at <= s.start + 3 && CLITIC_LETTERS.test(text.slice(s.start, at))) return false;
  // What describes the series or numbers its issue follows it as well: "رسالة الأسبوعية", "رسالة العدد 4".
  const next = Math.min(seg.end, s.end + 40);
  if (cp.release.seriesEpithets.firstIn(text, s.end, next)?.start === s.end + 1) return false;
  return cp.release.issueWords.firstIn(text, s.end, next)?.start !== s.end + 1;
}

/** Whether a noun of a thing named otherwise (a channel, a camp, a person) stands right before AT. */
function namedRightBefore(ctx: ClaimContext, seg: Segment, at: number): boolean {
  const named = ctx.cp.release.namedNouns.scanRange(ctx.text, Math.max(seg.start, at - 30), at).pop();
  return named !== undefined && /^[\s"]*$/u.test(ctx.text.slice(named.end, at));
}

/** A series counts next to a magazine noun, an issue or a cover, or with its number; or in quotes. */
function seriesInContext(
  ctx: ClaimContext,
  seg: Segment,
  s: LexiconMatch<boolean>,
  media: MediaMatch[],
): boolean {
  const { text, cp } = ctx;
  // "the Telegram channel Voice of Khorasan", "в Telegram-канале «Голос Хорасана»": the name of a channel,
  // a camp or a person right after its noun is no series.
  if (namedRightBefore(ctx, seg, s.start)) return false;
  if (text[s.start - 1] === '"' && !s.value) return true;
  // "Rumiyah 9 appeared in May": a number written with the series is its issue.
  // Not a distance from the town ("near Dabiq 3 km from the border").
  // Nor a count ("near Dabiq 12 fighters were killed").
  const num = SERIES_NUMBER.exec(text.slice(s.end, Math.min(seg.end, s.end + 16)));
  if (num) {
    const after = s.end + num[0].length;
    const people = cp.population.firstIn(text, after, Math.min(seg.end, after + 24));
    if (!people || !/^\s*(?:\S+\s+){0,2}$/u.test(text.slice(after, people.start))) return true;
  }
  // "AQAP's newspaper al-Masra", "al-Masra, AQAP's weekly": a word for a periodical set right beside
  // the series (a newspaper is not a magazine noun, since most newspapers are the press); not for a
  // name that is also a common word ("местная газета Исток").
  const before = cp.release.seriesEpithets.scanRange(text, Math.max(seg.start, s.start - 24), s.start).pop();
  if (before && !s.value && /^\s+$/u.test(text.slice(before.end, s.start))) return true;
  // "The group's newspaper, al-Naba, reported": the series set off by commas right after the word.
  if (
    before &&
    !s.value &&
    /^\s*[,،]\s*$/u.test(text.slice(before.end, s.start)) &&
    /^\s*(?:[,،.;)]|$)/u.test(text.slice(s.end, seg.end))
  )
    return true;
  // "According to al-Naba", "selon al-Naba", "по данным «ан-Наба»": the report cites the series, a name
  // no common word nor place shares.
  const cited = cp.attributionBefore.scanRange(text, Math.max(seg.start, s.start - 30), s.start).pop();
  if (
    cited &&
    !s.value &&
    /^[\s"]*$/u.test(text.slice(cited.end, s.start)) &&
    !cp.places.scanRange(text, s.start, s.end).some((m) => coversTitle(m, s.start, s.end))
  )
    return true;
  const after = cp.release.seriesEpithets.firstIn(text, s.end, Math.min(seg.end, s.end + 40));
  if (after && !s.value && SERIES_EPITHET_GAP.test(text.slice(s.end, after.start))) return true;
  // "An article on knife attacks appeared in Rumiyah", « un article paru dans Rumiyah »: a part of a
  // periodical (partNouns) came out in it, the words of its place (issuePlaceWords) right before it.
  const placed = cp.release.issuePlaceWords.scanRange(text, Math.max(seg.start, s.start - 24), s.start).pop();
  if (
    placed &&
    !s.value &&
    /^[\s"]*$/u.test(text.slice(placed.end, s.start)) &&
    cp.release.partNouns.anyIn(text, Math.max(seg.start, placed.start - 80), placed.start) &&
    !/[.;:]/u.test(text.slice(Math.max(seg.start, placed.start - 80), placed.start))
  )
    return true;
  return (
    media.some((m) => m.value === 'magazine') ||
    cp.release.issueWords.scanRange(text, seg.start, seg.end).some((w) => Math.abs(w.start - s.start) < 40) ||
    cp.release.coverWords.anyIn(text, seg.start, seg.end)
  );
}

/** A quoted sentence alone, with a caption under it that names a still ("Screenshot", "Кадр"). */
function captionTitle(ctx: ClaimContext, si: number): Candidate | null {
  const { text, cp, sentences } = ctx;
  const seg = sentences[si]!;
  const next = sentences[si + 1];
  if (!next) return null;
  let first = seg.start;
  while (first < seg.end && CHAR_KIND[text.charCodeAt(first)] === SPACE) first++;
  if (text[first] !== '"') return null;
  const own = text.slice(first, seg.end).trim();
  if (!/^"[^"]{3,120}"[.!]?$/u.test(own)) return null;
  let k = next.start;
  while (k < next.end && CHAR_KIND[text.charCodeAt(k)] === SPACE) k++;
  const cap = cp.release.captionWords.firstIn(text, k, next.end);
  if (!cap || cap.start !== k) return null;
  const open = text.indexOf('"', seg.start);
  const close = text.indexOf('"', open + 1);
  return { titleStart: open + 1, titleEnd: close, anchor: open, noun: null, bare: false, media: 'video' };
}

/** Whether a match spans the whole title, give or take one character at either edge. */
/** An issue's number after its series' name: " 215", " #215", " No. 215". */
const ISSUE_NUMBER_TAIL = /^\s*(?:#|no\.?|n°|№)?\s*\d{1,3}\s*$/u;

function coversTitle(m: { start: number; end: number }, from: number, to: number): boolean {
  return m.start <= from + 1 && m.end >= to - 1;
}

function rejected(ctx: ClaimContext, seg: Segment, c: Candidate): boolean {
  const { text, original, toOriginal, cp } = ctx;
  const raw = original.slice(toOriginal[c.titleStart], originalEnd(ctx, c.titleEnd));
  const title = cleanTitle(raw);
  if (!title || !LETTER_OR_DIGIT.test(title)) return true;
  if (title.length > MAX_TITLE || title.split(/\s+/).length > 14) return true;
  // Scare quotes: a title in a cased script starts with a capital or a digit ("officiel" is not one);
  // a known series is a name however the report spells it ("al-Naba").
  const firstLetter = /[\p{L}\p{N}]/u.exec(title)![0];
  const series = namesSeries(ctx, c);
  if (!series && CASED_SCRIPT.test(firstLetter) && LOWER.test(firstLetter)) return true;
  // A name the gazetteer knows: a group, a place, an outlet, a language; or a person.
  const from = c.titleStart;
  const to = c.titleEnd;
  if (!c.series) {
    // A name of several words headed by a people noun, quoted right after its media noun ("a video,
    // "Cubs of the Caliphate",", "فيديو "أشبال الخلافة""): the report names the video so; one people
    // noun ("فيديو "الجهاديين"") says who is in it.
    const peopleNamed =
      c.adjacent === true &&
      /\s/u.test(title) &&
      cp.population.scanRange(text, from, to).some((m) => m.start <= from + 1);
    // "a video titled "Cubs of the Caliphate"": the report names the video so (GUIDELINES.md); a group's
    // own name is none, even after a marker ("The video, titled Al-Shabaab", "Видео под названием «ИГИЛ»").
    if (
      cp.groups.scanRange(text, from, to).some((m) => coversTitle(m, from, to)) &&
      ((!c.named && !peopleNamed) ||
        !cp.population.scanRange(text, from, to).some((m) => m.start <= from + 1))
    )
      return true;
    if (cp.places.scanRange(text, from, to).some((m) => coversTitle(m, from, to))) return true;
    if (cp.release.outlets.scanRange(text, from, to).some((m) => coversTitle(m, from, to))) return true;
    if (cp.languageNames.scanRange(text, from, to).some((m) => coversTitle(m, from, to))) return true;
    // "in issue No. 301": a word that numbers an issue is none of its titles.
    if (cp.release.issueWords.scanRange(text, from, to).some((m) => coversTitle(m, from, to))) return true;
    // "Released by Amaq on Sunday, the video": a day or a month set off before the noun is no title.
    if (c.bare) {
      if (cp.months.scanRange(text, from, to).some((m) => coversTitle(m, from, to))) return true;
      const day = cp.relativeDates?.exec(title);
      if (day && day[0].length >= title.length - 1) return true;
    }
    // A term for people ("الجهاديين", "the cubs") is not a title unless the report names the media so:
    // a marker ("a video titled "Cubs of the Caliphate"") or the quote right after its noun.
    if (
      !c.named &&
      !peopleNamed &&
      cp.population.scanRange(text, from, to).some((m) => coversTitle(m, from, to))
    )
      return true;
  }
  // "На видео «Юные львы» демонстрируют ...": the quoted name is the subject of the next verb; a
  // known series stays a release as a subject too ("в номере журнала «Румия» опубликована статья").
  const verb = cp.release.subjectVerbAfter;
  const verbAfter =
    verb && !c.named && !series && text[to] === '"'
      ? verb.exec(text.slice(to + 1, Math.min(seg.end, to + 40)))
      : null;
  // "В ролике «Сыны Кавказа» выступают дети": people named right after the verb are its subject.
  if (verbAfter && !subjectAfterVerb(ctx, to + 1 + verbAfter[0].length, seg.end)) return true;
  // "Al Jazeera aired a documentary titled "X"", "the Hollywood film "X"": a film of journalists or a
  // studio is a release only when the sentence names an armed group or a propaganda outlet.
  if (
    c.noun &&
    !c.series &&
    cp.release.journalismNouns.anyIn(
      text,
      Math.max(seg.start, c.noun.start - 16),
      Math.min(seg.end, c.noun.end + 16),
    ) &&
    // A group named inside the title ("Les enfants du califat") is the film's subject, not its owner, and
    // so is one the film is about ("a documentary titled "X" about children of ISIS").
    !cp.groups
      .scanRange(text, seg.start, seg.end)
      .some((m) => (m.end <= from || m.start >= to) && !aboutGroup(ctx, text[to] === '"' ? to + 1 : to, m)) &&
    !cp.release.outlets.scanRange(text, seg.start, seg.end).some((m) => m.end <= from || m.start >= to) &&
    !provinceOffices(ctx, seg.start, seg.end).some((m) => m.end <= from || m.start >= to)
  )
    return true;
  // "Фильм «X» снял британский журналист", "un documentaire réalisé par un cinéaste": a media that a
  // journalist or a film-maker made is theirs, unless a group, an outlet or a propaganda word belongs to it.
  if (c.noun && !c.series && !series && madeByMaker(ctx, seg, c) && !tiedToGroup(ctx, seg, c)) return true;
  // "the war film "X" shown on television", "the film "X" was mocked in IS videos": a plain film is a
  // group's when a group, an outlet or a propaganda word belongs to it.
  if (
    c.noun &&
    !series &&
    cp.release.filmNouns.anyIn(text, c.noun.start, c.noun.end) &&
    !filmIsGroups(ctx, seg, c)
  )
    return true;
  // "La chanson « X » a été chantée par les élèves": a plain song is a release only when a group, an
  // outlet or a propaganda word belongs to it ("a jihadist song", "a song released by al-Hayat").
  if (
    c.noun &&
    !series &&
    cp.release.songNouns.anyIn(text, c.noun.start, c.noun.end) &&
    !tiedToGroup(ctx, seg, c)
  )
    return true;
  // "Сюжет «X» показал канал НТВ", "diffusé par la chaîne BFMTV": a media that a TV channel known by its
  // letters shows is television's, unless a group, an outlet or a propaganda word belongs to it.
  if (c.noun && !series && tvChannel(ctx, seg) && !tiedToGroup(ctx, seg, c)) return true;
  // "A UN statement titled "X"", "Заявление МИД под названием «X»", "بيان مجلس الأمن": a media that an
  // institution (the UN, a ministry, a council) issues is no armed group's, unless one belongs to it too.
  if (c.noun && !series && institutionIssues(ctx, seg, c)) return true;
  if (c.noun && !series && wireIssues(ctx, seg, c.noun) && !tiedToGroup(ctx, seg, c)) return true;
  // "The magazine, Time, reported", "Журнал «Огонек» сообщил", "وذكرت مجلة "X"": a news outlet speaks;
  // not the title of a series' issue ("The new issue of Dabiq, titled "Just Terror", claimed").
  if (
    c.noun &&
    !series &&
    c.noun.value === 'magazine' &&
    outletSpeaks(ctx, seg, c) &&
    !tiedToGroup(ctx, seg, c) &&
    !issueOwnTitle(ctx, seg, c)
  )
    return true;
  // "carries the message "We are coming"", "حمل الفيديو رسالة "X"": the message is said in the media.
  if (c.marker === undefined && carriedMessage(ctx, seg, from)) return true;
  // "صحيفة «الرأي»", "le journal « Le Courrier »": a newspaper is a source unless a known series.
  if (c.noun && !c.series && cp.release.pressNouns.anyIn(text, c.noun.start, c.noun.end)) {
    // "newsletter: “al-Naba #215”": a known series with its issue's number is as much one.
    const series = cp.release.series.scanRange(text, from, to);
    if (
      !series.some(
        (m) =>
          coversTitle(m, from, to) || (m.start <= from + 1 && ISSUE_NUMBER_TAIL.test(text.slice(m.end, to))),
      )
    )
      return true;
  }
  const person = cp.release.personWords.firstIn(text, from, to);
  if (person && person.start <= from + 1 && title.split(/\s+/).length <= 5) return true;
  // A name followed by "media centre" is the producer, not a title ("X, released by" is the title).
  if (
    cp.producerMarkers
      .scanRange(text, to, Math.min(seg.end, to + 30))
      .some((p) => p.start - to <= 3 && !endsWithBy(ctx, p))
  )
    return true;
  const lead = Math.max(seg.start, from - 40);
  // "Diffusée par Al-Furqan, la vidéo": a name after "by" produced the release; a known series is a
  // release as the report's source too ("interviewed by Dabiq magazine", "selon al-Naba"): GUIDELINES.md
  // makes a series named without any issue a release.
  if (
    c.bare &&
    !series &&
    cp.release.producerBefore
      .scanRange(text, lead, from)
      // "dont le titre se traduit par X": a word of the marker itself leads no producer.
      .some((p) => from - p.end <= 2 && !(c.marker !== undefined && p.start > c.marker))
  )
    return true;
  // "according to the newspaper X": the report's source, not a release; "selon une infographie
  // intitulée « X »" names its media by a marker of titles: a release the report cites. The source
  // ends at its comma: "Selon Le Figaro, la revue Dabiq appelait" names the release in the main clause.
  const anchor = Math.min(from, c.noun?.start ?? from);
  const according = cp.attributionBefore.scanRange(text, Math.max(seg.start, anchor - 60), anchor).pop();
  if (
    according !== undefined &&
    !series &&
    !/[,;:]/u.test(text.slice(according.end, anchor)) &&
    !(c.marker !== undefined && cp.release.titleOnlyMarkers.anyIn(text, c.marker, from))
  )
    return true;
  // The title of a part (an article, a dossier): the part noun stands between the media noun and it.
  const parts = cp.release.partNouns.scanRange(text, seg.start, from);
  const lastPart = parts[parts.length - 1];
  if (!c.series && lastPart && (!c.noun || c.noun.end <= lastPart.start || c.noun.start > from)) return true;
  // "An article in the magazine Rumiyah titled "X"", "В статье журнала Rumiyah под названием «X»", "مقال في
  // مجلة رومية بعنوان": the part noun just before a magazine named by its series is what the title names;
  // an issue spoken of between them would own it.
  if (
    !c.series &&
    lastPart &&
    c.noun?.value === 'magazine' &&
    lastPart.end <= c.noun.start &&
    c.noun.start - lastPart.end <= 16 &&
    cp.release.series.anyIn(text, c.noun.end, from) &&
    !cp.release.issueWords.anyIn(text, lastPart.end, from)
  )
    return true;
  return false;
}

/** The release's media: the cover says magazine; a generic noun takes its media from the context. */
function mediaOf(ctx: ClaimContext, si: number, c: Candidate, media: MediaMatch[]): MediaType | null {
  const { text, cp, sentences } = ctx;
  const seg = sentences[si]!;
  if (cp.release.coverWords.anyIn(text, seg.start, c.titleStart)) return 'magazine';
  // "В третьем номере «Истока» под названием «Клятва»": a title the issue is named by, with no media
  // noun of its own, is the magazine issue's.
  if (!c.noun && !c.series && issueOwnTitle(ctx, seg, c)) return 'magazine';
  let noun = c.noun;
  // "The offensive, called "X", was announced in a video": a name a marker gives, with no media noun of
  // its own, is not a media's that a preposition of place leads (there the name is only heard).
  const own = c.marker !== undefined && !c.noun ? media.filter((m) => !placeLedNoun(ctx, seg, m)) : media;
  if (c.marker !== undefined && !c.noun && media.length && !own.length) return null;
  if (!noun && own.length)
    noun = [...own].sort((a, b) => Math.abs(a.start - c.anchor) - Math.abs(b.start - c.anchor))[0]!;
  if (noun && noun.value) return noun.value;
  if (noun) return mediaFromContext(ctx, si) ?? 'other';
  return mediaNearby(ctx, si);
}

/** A generic "release" is a video, audio or magazine when the report says so around it. */
function mediaFromContext(ctx: ClaimContext, si: number): MediaType | null {
  // The sentences before first: "another release" follows the one the report just described.
  for (const j of [si, si - 1, si - 2, si + 1]) {
    const seg = ctx.sentences[j];
    if (!seg) continue;
    const m = ctx.cp.media
      .scanRange(ctx.text, seg.start, seg.end)
      .find((m) => m.value === 'video' || m.value === 'audio' || m.value === 'magazine');
    if (m) return m.value;
  }
  return null;
}

/** The media word of the sentences around, when the title's own sentence has none. */
function mediaNearby(ctx: ClaimContext, si: number): MediaType | null {
  for (const j of [si - 1, si + 1, si - 2]) {
    const seg = ctx.sentences[j];
    if (!seg) continue;
    const m = ctx.cp.media.scanRange(ctx.text, seg.start, seg.end).find((m) => m.value);
    if (m) return m.value;
  }
  return null;
}

/** A series' issue number and the comma before a marker: "Dabiq 12, titled". */
const ISSUE_NUMBER_BEFORE_MARKER = /^\s+\d{1,3}\s*[,،]\s*$/u;

/** The issue's own title: read on its cover, or given to the issue itself ("the issue, titled X"). */
function issueOwnTitle(ctx: ClaimContext, seg: Segment, c: Candidate): boolean {
  const { text, cp } = ctx;
  // A series' name is never an issue's own title: "Первый номер журнала под названием «Исток»" is Исток 1.
  if (c.series || namesSeries(ctx, c)) return false;
  if (c.ownIssue) return true;
  // "issue 15, "Break the Cross",", "le numéro 12, « Just Terror »": a quote set off right after an
  // issue and its number is that issue's own title; so is one set off right after the issue's series
  // ("третий номер журнала «Исток», «Клятва»,").
  if (!c.bare && text[c.titleStart - 1] === '"') {
    if (
      issuesIn(ctx, seg, -1).some(
        (i) => i.end < c.titleStart && /^\s*[,،:]\s*$/u.test(text.slice(i.end, c.titleStart - 1)),
      )
    )
      return true;
    const s = cp.release.series
      .scanRange(text, Math.max(seg.start, c.titleStart - 60), c.titleStart - 1)
      .pop();
    const quotes = [{ open: c.titleStart - 1, close: c.titleEnd }];
    if (s && issueApposedQuote(ctx, seg, -1, s.start, s.end, quotes)) return true;
  }
  if (cp.release.coverWords.anyIn(text, seg.start, c.titleStart)) return true;
  // "the 15th issue of Dabiq magazine, titled X", "العدد الخامس عشر من مجلة دابق بعنوان X": the series is
  // named between the issue and the marker, so the marker names the issue.
  if (c.marker !== undefined) {
    const issue = cp.release.issueWords.firstIn(text, seg.start, c.marker);
    const named = issue ? cp.release.series.scanRange(text, issue.end, c.marker).pop() : undefined;
    // Not when another medium stands between ("خصص العدد الثامن من مجلة دابق …، كما نشر نشيدا بعنوان X").
    if (named && !cp.media.scanRange(text, named.end, c.marker).some((m) => m.value !== 'magazine'))
      return true;
    // "the magazine's fourth issue, titled X", "في عددها الخامس عشر بعنوان X": the marker right after the
    // issue's number names the issue.
    if (
      issue &&
      issuesIn(ctx, seg, -1).some((i) => i.end <= c.marker! && /^[\s,،]*$/u.test(text.slice(i.end, c.marker)))
    )
      return true;
    // "In Dabiq 12, titled "Just Terror"": the marker right after a series and its number names the issue.
    const numbered = cp.release.series.scanRange(text, Math.max(seg.start, c.marker - 40), c.marker).pop();
    if (numbered && ISSUE_NUMBER_BEFORE_MARKER.test(text.slice(numbered.end, c.marker))) return true;
    // "Номер, озаглавленный «X»": the marker right after an issue noun, with no number, names the issue.
    const last = cp.release.issueWords.scanRange(text, Math.max(seg.start, c.marker - 30), c.marker).pop();
    if (last && /^[\s,،]*$/u.test(text.slice(last.end, c.marker)) && last.end - last.start > 2) return true;
  }
  // "the latest issue, titled X" (a marker names the issue), not "issue 7 of the magazine "X""; "Dabiq's
  // fourth issue, "The Failed Crusade",": a quote right after the issue noun is the issue's own title.
  const noun = c.noun;
  if (noun === null) return false;
  if (c.anchor === noun.start)
    return (
      c.adjacent === true &&
      !namesSeries(ctx, c) &&
      cp.release.issueWords.scanRange(text, noun.start, noun.end).some((w) => w.end === noun.end)
    );
  return (
    cp.release.issueWords.anyIn(text, noun.start, noun.end) &&
    !cp.media.scanRange(text, noun.end, c.titleStart).some((m) => m.value === 'magazine')
  );
}

/**
 * The number of the issue a magazine title stands for: "issue 7", "№ 7", "the fifth edition",
 * "le 12e numéro", "седьмой номер", "العدد السابع", said before the title in its sentence or right
 * after it ("Dabiq issue 7"); or in the sentence before when that sentence announces an issue of a
 * magazine ("its first edition of a new magazine. The magazine, called Istok").
 */
function issueNumber(ctx: ClaimContext, si: number, c: Candidate): Issue | null {
  const { sentences } = ctx;
  const seg = sentences[si]!;
  // The issue nearest before the title ("le numéro 9 de Dabiq et le numéro 2 de Rumiyah"), else one after it.
  let before: Issue | null = null;
  for (const found of issuesIn(ctx, seg, si)) {
    if (found.end <= c.titleStart) before = found;
    else if (before) break;
    else if (
      found.start >= c.titleEnd &&
      (issueFollows(ctx, c.titleEnd, found.start) ||
        possessedIssue(ctx, c.titleEnd, found) ||
        partInIssue(ctx, c, found))
    )
      return found;
  }
  if (before) return before;
  const prev = sentences[si - 1];
  if (prev) {
    const media = ctx.cp.media.scanRange(ctx.text, prev.start, prev.end);
    for (const found of issuesIn(ctx, prev, si - 1))
      if (media.some((m) => m.value === 'magazine' && m.start >= found.end && m.start - found.end < 50))
        return found;
  }
  return null;
}

/** A short word between a word of publishing and the issue: an article or a possessive ("le", "its", "в"). */
const ISSUE_PLACE_TAIL = /^\s*(?:\p{L}{1,3}\s+)?$/u;

/**
 * Whether the series C names holds a part (article, chapter) that came out in ISSUE after it: "a Dabiq
 * article on slavery, published in issue 4", "un article de Dabiq paru dans le numéro 7", "статья
 * журнала Dabiq, опубликованная в четвертом номере". The part noun stands right before the series or in
 * the short phrase after it; nothing but the word of publishing and an article or possessive stands
 * before the issue, and no other series or magazine comes between.
 */
function partInIssue(ctx: ClaimContext, c: Candidate, issue: Issue): boolean {
  const { text, cp } = ctx;
  if (issue.start - c.titleEnd > 60) return false;
  const placed = cp.release.issuePlaceWords.scanRange(text, c.titleEnd, issue.start).pop();
  if (!placed || !ISSUE_PLACE_TAIL.test(text.slice(placed.end, issue.start))) return false;
  // The series' own closing quote goes ("статья «Дабика», вышедшая в 15-м номере").
  if (/[;:.!?()"«»“”]/u.test(text.slice(c.titleEnd, placed.start).replace(/^["»”]+/u, ''))) return false;
  const lead = Math.max(0, c.titleStart - 25);
  return (
    cp.release.partNouns.anyIn(text, lead, placed.start) &&
    // "a Dabiq article quoted a speech published in issue 3 of Inspire": the issue is another series'.
    !cp.release.series.anyIn(text, c.titleEnd, Math.min(text.length, issue.end + 40)) &&
    !cp.media.scanRange(text, c.titleEnd, issue.start).some((m) => m.value === 'magazine')
  );
}

/** The text FROM-TO without the SPANS in it (overlapping spans cut once). */
function cutSpans(
  text: string,
  from: number,
  to: number,
  spans: Array<{ start: number; end: number }>,
): string {
  let out = '';
  let at = from;
  for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
    if (sp.start < at || sp.end > to) continue;
    out += text.slice(at, sp.start);
    at = sp.end;
  }
  return out + text.slice(at, to);
}

/** Before a part noun: a verb, then an article or possessive ("devoted its", "ran an", "a consacré son"). */
const PART_LEAD = /^\s*(?:[\p{L}\p{M}]+\s+)?(?:\p{L}{1,3}\s+)?$/u;

/**
 * Whether the gap FROM-TO between a series and an issue holds a verb and a part of that issue: "al-Naba
 * devoted its editorial in issue 300", "a consacré son éditorial du numéro 300", "посвятил передовицу
 * 300-го номера". Only prepositions or possessors stand between the part and the issue, and no series
 * follows the issue ("an article in issue 3 of Inspire").
 */
function partOfIssue(ctx: ClaimContext, start: number, to: number): boolean {
  const { text, cp } = ctx;
  // The series' own closing quote goes: "«ан-Наба» посвятил передовицу".
  const from = start + (/^["»”]*/u.exec(text.slice(start, to))?.[0].length ?? 0);
  if (to - from > 50 || /[,;:.!?()"«»“”]/u.test(text.slice(from, to))) return false;
  const part = cp.release.partNouns.scanRange(text, from, to).pop();
  if (!part || cp.release.partNouns.anyIn(text, from, part.start)) return false;
  const tail = cutSpans(text, part.end, to, [
    ...cp.prepositions.scanRange(text, part.end, to),
    ...cp.release.possessors.scanRange(text, part.end, to),
  ]);
  // "un éditorial dans le numéro 215": a short preposition with its article before the issue's noun.
  if (!/^\s*$/u.test(tail) && cp.release.mediaPlaceLead.exec(text.slice(part.end, to))?.index !== 0)
    return false;
  const lead = cutSpans(text, from, part.start, [
    ...cp.auxiliaries.scanRange(text, from, part.start),
    ...cp.possessives.scanRange(text, from, part.start),
  ]);
  return PART_LEAD.test(lead) && !cp.release.series.anyIn(text, to, Math.min(text.length, to + 40));
}

/**
 * An issue number right after a series' name, or after a preposition there: "مجلة رومية في عددها
 * الثالث" (Rumiyah, in its third issue) is Rumiyah 3.
 */
function issueFollows(ctx: ClaimContext, start: number, to: number): boolean {
  const { text, cp } = ctx;
  let from = start;
  // "Rumiyah, the IS magazine, in its third issue": an apposition that names the magazine goes; so does
  // one that tells how it came out ("Dar al-Islam, publié en français par l'EI, a consacré son numéro 8").
  const apposition = /^["»”\s]*,[^,;:."]{1,40}(?=,)/u.exec(text.slice(from, Math.min(to, from + 46)));
  if (
    apposition &&
    (cp.media.scanRange(text, from, from + apposition[0].length).some((m) => m.value === 'magazine') ||
      cp.release.releaseVerbs.anyIn(text, from, from + apposition[0].length))
  )
    from += apposition[0].length;
  if (to - from <= 3) return true;
  // "Al-Naba, IS's weekly newsletter, published an editorial in issue 215": past the apposition's comma.
  if (partOfIssue(ctx, apposition && text[from] === ',' ? from + 1 : from, to)) return true;
  if (to - from > 24) return false;
  // Prepositions and possessives go: "Dabiq, dans son numéro 12", "Rumiyah, in its third issue".
  // Words that describe the series go too: "النبأ الأسبوعية في عددها 215" (al-Naba weekly, in its issue 215).
  const cuts = [
    ...cp.prepositions.scanRange(text, from, to),
    ...cp.possessives.scanRange(text, from, to),
    ...cp.release.seriesEpithets.scanRange(text, from, to),
    // "Istok, whose first issue", "مجلة دابق، التي صدر عددها الأول": a relative owning the issue.
    ...cp.release.issueRelatives.scanRange(text, from, to),
  ];
  let rest = text.slice(from, to);
  for (const p of cuts.sort((a, b) => b.start - a.start))
    rest = rest.slice(0, p.start - from) + rest.slice(p.end - from);
  if (/^[\s,،"]*$/u.test(rest)) return true;
  // One verb right before the issue: "the weekly al-Naba newspaper devoted issue 250 to"; not "and",
  // nor an issue of another series named after it ("Dabiq quoted issue 3 of Inspire").
  const verb = /^[\s"]*([\p{L}\p{M}]+)\s*$/u.exec(rest);
  if (
    verb &&
    text.slice(from, to).trimEnd().endsWith(verb[1]!) &&
    !cp.conjunctions.anyIn(text, from, to) &&
    !cp.release.issueWords.anyIn(text, from, to) &&
    !cp.release.series.anyIn(text, to, Math.min(text.length, to + 40))
  )
    return true;
  // One verb before a possessive that owns the issue: "Rumiyah devoted its fifth issue to", also after
  // its auxiliary ("al-Naba a consacré son numéro 300", "Dabiq has devoted its fifth issue").
  const owner = cp.possessives.scanRange(text, from, to).pop();
  if (owner === undefined || !/^\s*$/.test(text.slice(owner.end, to))) return false;
  let lead = text.slice(from, owner.start);
  for (const a of cp.auxiliaries.scanRange(text, from, owner.start).reverse())
    lead = lead.slice(0, a.start - from) + lead.slice(a.end - from);
  // "Dar al-Islam, consacrait son dixième numéro": the series set off by a comma, then its verb.
  return /^"?\s*[,،]?\s*[\p{L}\p{M}]+\s*$/u.test(lead);
}

/**
 * An issue its series owns later in the clause the series opens: "the weekly al-Naba ran an editorial on
 * the camp in its 250th issue", "al-Naba a consacré un éditorial aux enfants dans son 250e numéro",
 * "صحيفة النبأ … مقالا عن أطفال المخيم في عددها 250". Not past a clause word, a copula ("which is now in
 * its ninth edition"), a stop, colon or semicolon, nor another series or magazine the possessive may own.
 */
function possessedIssue(ctx: ClaimContext, from: number, issue: Issue): boolean {
  const { text, cp } = ctx;
  if (issue.weak || issue.start - from > 110) return false;
  const word = /^[\p{L}\p{M}]+/u.exec(text.slice(issue.start, issue.end))?.[0] ?? '';
  const suffixed =
    cp.release.issueWords.scanRange(text, issue.start, issue.end).some((w) => w.start === issue.start) &&
    cp.pack.possessiveSuffixes.some((x) => word.length > x.length + 2 && word.endsWith(x));
  const owner = cp.possessives
    .scanRange(text, Math.max(from, issue.start - 16), issue.start)
    .some((p) => /^\s+$/u.test(text.slice(p.end, issue.start)));
  if (!owner && !suffixed) return false;
  if (/[;:.!?"]/u.test(text.slice(from, issue.start).replace(/^["\s]+/u, ''))) return false;
  return !(
    // A clause word that also tells what a media is about ("عن") opens no clause of its own here.
    cp.clauseOpeners
      .scanRange(text, from, issue.start)
      .some((w) => !cp.release.possessors.anyIn(text, w.start, w.end)) ||
    cp.copulas.anyIn(text, from, issue.start) ||
    cp.release.series.anyIn(text, from, issue.start) ||
    cp.media.scanRange(text, from, issue.start).some((m) => m.value === 'magazine')
  );
}

/** An ordinal in digits set off after a series' name: " le 420e,", " the 312th.", " 215-й,". */
const APPOSED_ORDINAL =
  /^\s*(?:\p{L}{1,3}\s+)?(\d{1,3})(?:e|er|eme|ème|th|st|nd|rd|-?й|-?м|-?го)(?![\p{L}\d])\s*(?:[,.;،]|$)/u;

interface Issue {
  n: number;
  start: number;
  end: number;
  sentence: number;
  /** Said by a word that also counts or numbers other things ("number 12", "no. 4"). */
  weak?: boolean;
}

function issuesIn(ctx: ClaimContext, seg: Segment, sentence: number): Issue[] {
  const { text, cp } = ctx;
  const out: Issue[] = [];
  for (const w of cp.release.issueWords.scanRange(text, seg.start, seg.end)) {
    // "issue 7", "issue (No. 15)", "numéro n° 9", "No. 4".
    const after = /^\s*[(.]?\s*(?:°|no\b\.?|n\s*°|№|#|number|رقم)?\s*(\d{1,3})(?!\d)/u.exec(
      text.slice(w.end, Math.min(seg.end, w.end + 12)),
    );
    if (after) {
      const weak = w.pattern === 'n' || w.pattern === 'no' || w.pattern === 'number';
      out.push({ n: Number(after[1]), start: w.start, end: w.end + after[0].length, sentence, weak });
      continue;
    }
    if (w.pattern === 'n' || w.pattern === 'no' || w.pattern === '№') continue;
    const lead = text.slice(Math.max(seg.start, w.start - 12), w.start);
    // The suffix is glued to its digits ("12e", "5-й"), and the digits are no year's last ones ("2017 صدر العدد").
    const digit = /(?<![\d.,])(\d{1,3})(?:\s*(?:e|er|eme|ème|re|th|st|nd|rd)|-?[\p{L}]{1,3})?\s*$/u.exec(
      lead,
    );
    if (digit) {
      out.push({ n: Number(digit[1]), start: w.start - (lead.length - digit.index), end: w.end, sentence });
      continue;
    }
    const ordBefore = cp.release.issueOrdinals
      .scanRange(text, Math.max(seg.start, w.start - 20), w.start)
      .filter((o) => /^\s*$/.test(text.slice(o.end, w.start)))
      .pop();
    if (ordBefore) {
      out.push({ n: ordBefore.value, start: ordBefore.start, end: w.end, sentence });
      continue;
    }
    const ordAfter = cp.release.issueOrdinals
      .scanRange(text, w.end, Math.min(seg.end, w.end + 20))
      .find((o) => /^\s*$/.test(text.slice(w.end, o.start)));
    if (ordAfter) {
      out.push({ n: ordAfter.value, start: w.start, end: ordAfter.end, sentence });
      continue;
    }
    // A cardinal in words after the issue noun: "Issue thirteen of Dabiq", "le numéro douze de Dabiq";
    // not one that counts the noun after it ("will issue three statements", "عدد خمسة أطفال").
    const cardinal = cardinalAfter(ctx, seg, w.end);
    if (cardinal) {
      out.push({ n: cardinal.n, start: w.start, end: cardinal.end, sentence });
      continue;
    }
    // An ordinal set off after the series' name: "a new issue of its Rumiyah magazine, the ninth",
    // "новый номер журнала «Исток», третий по счёту". The issue word stands for the issue.
    const comma = text.slice(w.end, Math.min(seg.end, w.end + 60)).search(/[,،]/u);
    if (comma < 0) continue;
    const appositive = cp.release.issueOrdinals
      .scanRange(text, w.end + comma + 1, Math.min(seg.end, w.end + comma + 16))
      .find((o) => /^\s*(?:\p{L}{1,3}\s+)?$/u.test(text.slice(w.end + comma + 1, o.start)));
    // The apposition ends within two words ("третий по счёту."): it is no "the ninth victim".
    if (appositive && /^(?:\s+[\p{L}]+){0,2}\s*(?:[,.;،]|$)/u.test(text.slice(appositive.end, seg.end)))
      out.push({ n: appositive.value, start: w.start, end: w.end, sentence });
    else {
      // The same in digits: "le dernier numéro d'al-Naba, le 420e,", "its latest issue, the 312th.".
      const digits = APPOSED_ORDINAL.exec(
        text.slice(w.end + comma + 1, Math.min(seg.end, w.end + comma + 24)),
      );
      if (digits) out.push({ n: Number(digits[1]), start: w.start, end: w.end, sentence });
    }
  }
  return out;
}

/** A number word of its own right after an issue noun (see issuesIn), with where it ends. */
function cardinalAfter(ctx: ClaimContext, seg: Segment, from: number): { n: number; end: number } | null {
  const { text, cp } = ctx;
  const m = findNumbers(text, from, Math.min(seg.end, from + 40), cp)[0];
  if (!m || !/^\s+$/u.test(text.slice(from, m.start))) return issueOne(ctx, seg, from);
  if (!m.spelled || m.min !== m.max || m.min === null || m.qualifier !== 'exact') return null;
  if (!/^\s+$/u.test(text.slice(from, m.start)) || m.numEnd - m.numStart < 3) return null;
  if (!Number.isInteger(m.min) || m.min < 1 || m.min > 999) return null;
  const next = /^\s+[\p{L}\p{M}'’-]+/u.exec(text.slice(m.end, seg.end));
  if (next) {
    const at = m.end + next[0].length;
    if (cp.media.anyIn(text, m.end, at) || cp.population.anyIn(text, m.end, at)) return null;
  }
  return { n: m.min, end: m.end };
}

/**
 * The quote set off by a comma right after a series (its number and a word for a periodical may stand
 * between) whose issue the sentence names just before it ("Issue 14 of Dabiq, "X",", "the latest issue
 * of Rumiyah magazine, "X"."), closed by a comma or the sentence's end.
 */
function issueApposedQuote(
  ctx: ClaimContext,
  seg: Segment,
  si: number,
  seriesStart: number,
  seriesEnd: number,
  quotes: Quote[],
): Quote | null {
  const { text, cp } = ctx;
  const issue = issuesIn(ctx, seg, si)
    .filter((i) => i.end <= seriesStart && seriesStart - i.end <= 24)
    .pop();
  const latest = issue
    ? null
    : cp.release.issueWords.scanRange(text, Math.max(seg.start, seriesStart - 24), seriesStart).pop();
  const word = issue ?? latest;
  // Its series after "of" or a magazine noun: "Issue 14 of Dabiq", "третий номер журнала «Исток»".
  if (
    !word ||
    !(
      cp.release.possessors.anyIn(text, word.end, seriesStart) ||
      cp.media.scanRange(text, word.start, seriesStart).some((m) => m.value === 'magazine')
    )
  )
    return null;
  let after = text[seriesEnd] === '"' ? seriesEnd + 1 : seriesEnd;
  const epithet = cp.release.seriesEpithets.firstIn(text, after, Math.min(seg.end, after + 20));
  if (epithet && /^\s+$/u.test(text.slice(after, epithet.start))) after = epithet.end;
  const q = quotes.find((q) => q.open >= after && /^\s*[,،]\s*$/u.test(text.slice(after, q.open)));
  if (!q || !/^\s*(?:[,،.;]|$)/u.test(text.slice(q.close + 1, seg.end))) return null;
  return q;
}

/**
 * The number word for one right after an issue noun, which the number reader leaves to the article it
 * also is: "Issue one of Rumiyah", "le numéro un de Dar al-Islam", "номер один". Only where the issue
 * noun ends its phrase with it: before "of" (the pack's possessors), a series' name or punctuation;
 * "issue one statement" counts its noun.
 */
function issueOne(ctx: ClaimContext, seg: Segment, from: number): { n: number; end: number } | null {
  const { text, cp } = ctx;
  const w = cp.numberWords
    .scanRange(text, from, Math.min(seg.end, from + 12))
    .find((m) => /^\s+$/u.test(text.slice(from, m.start)));
  if (!w || w.value.kind !== 'unit' || w.value.value !== 1 || w.end - w.start < 2) return null;
  if (LETTER_OR_DIGIT.test(text[w.end] ?? '')) return null;
  const rest = text.slice(w.end, seg.end);
  if (/^\s*(?:[,.;:)،]|$)/u.test(rest)) return { n: 1, end: w.end };
  const next = /^\s+/u.exec(rest);
  if (!next) return null;
  let at = w.end + next[0].length;
  // "of Rumiyah", "de la revue Dar al-Islam", "журнала «Исток»": a series or a magazine follows, past a
  // possessor; "le numéro un du groupe" is its leader.
  const of = cp.release.possessors
    .scanRange(text, at, Math.min(seg.end, at + 24))
    .find((m) => m.start === at);
  if (of) at = of.end;
  const near = Math.min(seg.end, at + 30);
  const magazine = cp.media.scanRange(text, at, near).find((m) => m.value === 'magazine');
  const series = cp.release.series.firstIn(text, at, near);
  const first = [magazine, series]
    .filter((m): m is NonNullable<typeof m> => m !== undefined && m !== null)
    .sort((a, b) => a.start - b.start)[0];
  // Up to two short words between: an article or a possessive ("the", "its", "la", "l'").
  if (first && /^\s*(?:\p{L}{1,4}['’]?\s*){0,2}$/u.test(text.slice(at, first.start)))
    return { n: 1, end: w.end };
  return null;
}

function duration(ctx: ClaimContext, seg: Segment): number | null {
  const { text, cp } = ctx;
  for (const w of cp.minuteWords.scanRange(text, seg.start, seg.end)) {
    const lead = /(\d+(?:[.,]\d+)?)[\s-]*$/.exec(text.slice(Math.max(seg.start, w.start - 12), w.start));
    if (lead) return Math.round(Number(lead[1]!.replace(',', '.')));
    // "a five-minute video", "sept minutes", "пять минут": a number word just before.
    const word = cp.numberWords
      .scanRange(text, Math.max(seg.start, w.start - 20), w.start)
      .filter((m) => /^[\s-]*$/.test(text.slice(m.end, w.start)))
      .pop();
    if (word && word.value.kind === 'unit') return word.value.value;
  }
  // "an hour-long video", "مدته دقيقتان": a word that says the length alone.
  const alone = cp.release.durationWords.firstIn(text, seg.start, seg.end);
  if (alone) return alone.value;
  // "a two-hour video", "d'une heure": hours, with their number right before them.
  for (const w of cp.release.hourWords.scanRange(text, seg.start, seg.end)) {
    const lead = /(\d+(?:[.,]\d+)?)[\s-]*$/.exec(text.slice(Math.max(seg.start, w.start - 12), w.start));
    if (lead) return Math.round(Number(lead[1]!.replace(',', '.')) * 60);
    const word = cp.numberWords
      .scanRange(text, Math.max(seg.start, w.start - 20), w.start)
      .filter((m) => /^[\s-]*$/.test(text.slice(m.end, w.start)))
      .pop();
    if (word && word.value.kind === 'unit') return word.value.value * 60;
  }
  // "восьмиминутный ролик": the number word glued to the word of minutes.
  const compound = cp.release.minuteCompound;
  if (compound) {
    compound.lastIndex = 0;
    const m = compound.exec(text.slice(seg.start, seg.end));
    const n = m?.groups?.n ? cp.numberWords.get(m.groups.n) : undefined;
    if (n && n.kind === 'unit') return n.value;
  }
  return null;
}

function languages(ctx: ClaimContext, seg: Segment, c: Candidate): { spoken: string[]; subtitles: string[] } {
  const { text, cp } = ctx;
  const spoken = new Set<string>();
  const subtitles = new Set<string>();
  const subMarkers = cp.subtitleMarkers.scanRange(text, seg.start, seg.end);
  // "Arabic subtitles", "арабские титры": the language adjective before its noun.
  const adjectiveFirst = cp.pack.release?.languageAdjectiveFirst === true;
  for (const l of cp.languageNames.scanRange(text, seg.start, seg.end)) {
    // "Message aux Français": a name inside the title is the title's word.
    if (l.start < c.titleEnd && l.end > c.titleStart) continue;
    // "subtitled in English", "with Arabic subtitles", "с субтитрами на арабском".
    const sub = subMarkers.some(
      (s) =>
        (s.end <= l.start && l.start - s.end < 40) ||
        (adjectiveFirst && s.start >= l.end && s.start - l.end <= 2),
    );
    // "a Kazakh boy", "un adolescent français": a nationality of people, not the language spoken.
    if (!sub && nationalityOfPeople(ctx, seg, l)) continue;
    (sub ? subtitles : spoken).add(l.value);
  }
  return { spoken: [...spoken], subtitles: [...subtitles] };
}

/**
 * Whether a language name stands right before or after a noun of people or of a person: then it says
 * their nationality ("a Kazakh boy", "un adolescent français"), not the language spoken.
 */
function nationalityOfPeople(ctx: ClaimContext, seg: Segment, l: { start: number; end: number }): boolean {
  const { text, cp } = ctx;
  const to = Math.min(seg.end, l.end + 24);
  for (const after of [
    cp.population.firstIn(text, l.end, to),
    cp.release.namedNouns.firstIn(text, l.end, to),
  ])
    if (after && /^\s+$/u.test(text.slice(l.end, after.start))) return true;
  const from = Math.max(seg.start, l.start - 24);
  for (const before of [
    cp.population.scanRange(text, from, l.start).pop(),
    cp.release.namedNouns.scanRange(text, from, l.start).pop(),
  ])
    if (before && /^\s+$/u.test(text.slice(before.end, l.start))) return true;
  return false;
}

/**
 * Whether only spaces and quote marks stand between a name and a marker: "Media Center" joins it,
 * "released by" does not.
 */
function joinsName(text: string, a: number, b: number): boolean {
  return /^[\s"]*$/.test(text.slice(a, b));
}

/** Who released it: the outlet its sentence names, else the group that releases it there. */
function producer(ctx: ClaimContext, si: number, release: Candidate): string | null {
  const seg = ctx.sentences[si]!;
  return (
    outletProducer(ctx, si, release) ??
    releasingGroup(ctx, seg, release) ??
    groupBeforeNoun(ctx, seg, release) ??
    groupAfterNoun(ctx, seg, release)
  );
}

/**
 * The armed group that owns the media noun from after it, before the title: "Видео ИГ «X»", "ролик
 * боевиков «Исламского государства» под названием «X»", "la vidéo de l'EI intitulée « X »", "a video by
 * ISWAP titled "X"". Between the noun and the group: a possessor, an owner noun ("боевиков") and an
 * article at most; between the group and the title: quotes, a comma or a title marker.
 */
function groupAfterNoun(ctx: ClaimContext, seg: Segment, release: Candidate): string | null {
  const { text, cp } = ctx;
  const noun = release.noun;
  if (!noun || noun.end > release.titleStart || release.titleStart - noun.end > 80) return null;
  const g = cp.groups.scanRange(text, noun.end, release.titleStart).find((m) => m.end < release.titleStart);
  if (!g) return null;
  let lead = text.slice(noun.end, g.start);
  const owners = [
    ...cp.release.possessors.scanRange(text, noun.end, g.start),
    ...cp.release.ownerGroupNouns.scanRange(text, noun.end, g.start),
  ].sort((a, b) => b.start - a.start);
  for (const o of owners) lead = lead.slice(0, o.start - noun.end) + ' ' + lead.slice(o.end - noun.end);
  if (!OWNER_LEAD.test(lead)) return null;
  let tail = text.slice(g.end, release.titleStart);
  for (const mk of cp.titleMarkers.scanRange(text, g.end, release.titleStart).reverse())
    tail = tail.slice(0, mk.start - g.end) + ' ' + tail.slice(mk.end - g.end);
  if (!/^[\s",:]*$/u.test(tail)) return null;
  return groupName(ctx, g);
}

/**
 * The armed group written right before the release's media noun, whose media it is: "a Turkistan
 * Islamic Party video", "ISWAP's latest video" (one lower-case word between at most).
 */
function groupBeforeNoun(ctx: ClaimContext, seg: Segment, release: Candidate): string | null {
  const { text, cp } = ctx;
  const noun = release.noun;
  if (!noun) return null;
  const g = cp.groups
    .scanRange(text, Math.max(seg.start, noun.start - 60), noun.start)
    .findLast((m) => OWNER_GAP.test(text.slice(m.end, noun.start)));
  return g ? groupName(ctx, g) : null;
}

/** A group as the report cites it: a declining name in its case ("Исламского государства") by its base name. */
function groupName(ctx: ClaimContext, g: LexiconMatch<unknown>): string {
  const { original, toOriginal, cp } = ctx;
  const written = original.slice(toOriginal[g.start], toOriginal[g.end - 1]! + 1).trim();
  const base = cp.release.groupBase.get(g.pattern);
  // The base name as the report writes it when it is in that case ("аш-Шабааб", "Аш-Шабааб"), else
  // with the written name's capital ("Аш-Шабааба" → "Аш-Шабааб").
  if (base === undefined || fold(base) === fold(written)) return written;
  return UPPER.test(written[0]!) && LOWER.test(base[0]!) ? base[0]!.toUpperCase() + base.slice(1) : base;
}

/** Between a group and the media noun it owns: its possessive and one word ("ISWAP's latest video"). */
const OWNER_GAP = /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?$/u;

/**
 * The armed group that is the subject of a verb of releasing before the title: "ISWAP released a
 * video", "Boko Haram a publié une vidéo", "ИГ выпустило ролик", "نشر تنظيم داعش إصدارا" (the verb
 * first, as Arabic puts it). One short word may stand between ("has", "a"). After the title, the verb
 * may come first and the group after it: "Видео «X» выпустила группировка «Аш-Шабааб»".
 */
function releasingGroup(ctx: ClaimContext, seg: Segment, release: Candidate): string | null {
  const { text, cp } = ctx;
  const to = Math.min(seg.end, release.titleStart);
  for (const v of cp.release.releaseVerbs.scanRange(text, seg.start, to)) {
    const groups = cp.groups.scanRange(text, Math.max(seg.start, v.start - 60), Math.min(to, v.end + 40));
    let g = groups.findLast((m) => m.end <= v.start && SUBJECT_GAP.test(text.slice(m.end, v.start)));
    g ??= groups.find((m) => m.start >= v.end && SUBJECT_GAP.test(text.slice(v.end, m.start)));
    if (g) return groupName(ctx, g);
    const wing = mediaWing(ctx, seg, v.start);
    if (wing) return wing;
  }
  // "Видео «X» выпустила группировка «Аш-Шабааб»": the verb right after the title, its subject after it.
  const after = release.titleEnd + 1;
  const v = cp.release.releaseVerbs.firstIn(text, after, Math.min(seg.end, after + 30));
  // "titled "X", was released by ISWAP", "intitulée « X », a été diffusée par l'ISWAP": after its
  // auxiliary, the verb's agent.
  if (v && PASSIVE_GAP.test(text.slice(after, v.start))) {
    const by = cp.release.producerBefore.firstIn(text, v.end, Math.min(seg.end, v.end + 8));
    const g =
      by && /^\s+$/u.test(text.slice(v.end, by.start))
        ? cp.groups.firstIn(text, by.end, Math.min(seg.end, by.end + 60))
        : null;
    if (g && AGENT_GAP.test(text.slice(by!.end, g.start))) return groupName(ctx, g);
  }
  if (!v || !/^["\s,]*$/u.test(text.slice(after, v.start))) return null;
  const g = cp.groups.firstIn(text, v.end, Math.min(seg.end, v.end + 40));
  if (!g) return null;
  let gap = text.slice(v.end, g.start);
  const owner = cp.release.ownerGroupNouns.firstIn(text, v.end, g.start);
  if (owner) gap = gap.slice(0, owner.start - v.end) + gap.slice(owner.end - v.end);
  return /^[\s"]*$/u.test(gap) ? groupName(ctx, g) : null;
}

/**
 * A media noun heading the subject of a verb of releasing, with whose it is: "ISWAP's media wing
 * released", "Медиа-крыло боевиков выпустило", "la branche médiatique du groupe a publié". The phrase
 * runs from the group that owns the noun (or the noun) to the verb, at most three words after the noun.
 */
function mediaWing(ctx: ClaimContext, seg: Segment, verb: number): string | null {
  const { text, original, toOriginal, cp } = ctx;
  const from = Math.max(seg.start, verb - 60);
  const m = cp.producerMarkers.scanRange(text, from, verb).findLast((p) => !endsWithBy(ctx, p));
  if (!m || /[,.;:()"]/u.test(text.slice(m.end, verb)) || moreWordsThan(text, m.end, verb, 3)) return null;
  // "ISWAP's media wing": the group owns the noun by its possessive.
  const owner = cp.groups
    .scanRange(text, Math.max(seg.start, m.start - 40), m.start)
    .findLast((g) => /^(?:['’]s)?\s+$/u.test(text.slice(g.end, m.start)));
  const start = owner ? owner.start : m.start;
  let end = verb;
  while (end > start && CHAR_KIND[text.charCodeAt(end - 1)] === SPACE) end--;
  return original.slice(toOriginal[start], toOriginal[end - 1]! + 1).trim();
}

/** Between a title and its verb of releasing in the passive: its quote, a comma, two short words ("has been", "a été"). */
const PASSIVE_GAP = /^["\s,]*(?:\p{L}{1,4}\s+){0,2}$/u;
/** Between "by" and its group: an article, elided or not ("par l'ISWAP", "by the"). */
const AGENT_GAP = /^\s*(?:\p{Ll}{1,3}\s+|\p{Ll}['’]\s*)?"?$/u;

/** Between a group and its verb: spaces and at most one short word ("has", "a", "تنظيم" is the group's). */
const SUBJECT_GAP = /^\s+(?:[\p{L}'’]{1,5}\s+)?$/u;

/** The outlet named in the release's sentence, with its noun: "al-Hayat Media Center". */
function outletProducer(ctx: ClaimContext, si: number, release: Candidate): string | null {
  const { text, original, toOriginal, cp, sentences } = ctx;
  const seg = sentences[si]!;
  const markers = cp.producerMarkers.scanRange(text, seg.start, seg.end);
  for (const o of cp.release.outlets.scanRange(text, seg.start, seg.end)) {
    const quoted = text[o.start - 1] === '"' && text[o.end] === '"';
    const start = quoted ? o.start - 1 : o.start;
    const end = quoted ? o.end + 1 : o.end;
    const before = markers
      .filter(
        (m) => m.end <= start && start - m.end <= 2 && joinsName(text, m.end, start) && !endsWithBy(ctx, m),
      )
      .pop();
    // "Ajnad Media Foundation": a marker that begins inside the name ("Ajnad Media" + "media foundation")
    // goes on with it.
    const after = markers.find(
      (m) =>
        (m.start >= end && m.start - end <= 2 && joinsName(text, end, m.start)) ||
        (!quoted && m.start > o.start && m.start < end && m.end > end),
    );
    // A name that is also a common word counts in quotes or with its noun.
    if (o.value && !before && !after && !quoted) continue;
    // Quotes stay only inside a name with its noun: مؤسسة «الحياة» الإعلامية, not “صوت الإسلام”.
    const a = before ? before.start : before || after ? start : o.start;
    const b = after ? after.end : before || after ? end : o.end;
    const name = original.slice(toOriginal[o.start], toOriginal[o.end - 1]! + 1);
    const cited = outletName(ctx, name);
    if (cited === name) return original.slice(toOriginal[a], toOriginal[b - 1]! + 1).trim();
    // "выпущено «Аль-Хаятом»": the outlet named in a case is given in the name the report cites.
    const head = a < o.start ? original.slice(toOriginal[a], toOriginal[o.start]) : '';
    const tail = b > o.end ? original.slice(toOriginal[o.end - 1]! + 1, toOriginal[b - 1]! + 1) : '';
    return (head + cited + tail).trim();
  }
  // A quoted name by its marker: "مؤسسة «الحياة» الإعلامية".
  const marker = markers[0];
  if (!marker) return null;
  const from = Math.max(seg.start, marker.start - 30);
  const to = Math.min(seg.end, marker.end + 30);
  // Not the release's own title: "опубликовано видео «X»", "a video titled "X" was released by".
  // Quotes pair from the sentence's start, so the close of one name and the open of the next ("«X» через
  // студию «Y»") are no pair.
  const names = [...text.slice(seg.start, seg.end).matchAll(/"([^"]{2,40})"/g)].filter((q) => {
    const s = seg.start + q.index;
    if (s < from || s + q[0].length > to) return false;
    return s + q[0].length <= release.titleStart || s >= release.titleEnd;
  });
  // The name right beside the marker first: "«Ансар» через студию «Нур»" is the studio «Нур».
  const quoted =
    names.find((q) => {
      const s = seg.start + q.index;
      return /^\s*$/u.test(
        s >= marker.end ? text.slice(marker.end, s) : text.slice(s + q[0].length, marker.start),
      );
    }) ?? names[0];
  if (!quoted) return null;
  const s = seg.start + quoted.index;
  const e = s + quoted[0].length;
  // "распространено «Ас-Сахабом»", "diffusée par « X »": a verb with its "by" is no part of the name.
  if (endsWithBy(ctx, marker) && marker.end <= s)
    return outletName(ctx, original.slice(toOriginal[s + 1], toOriginal[e - 2]! + 1));
  const a = Math.min(s, marker.start);
  const b = Math.max(e, marker.end);
  return original.slice(toOriginal[a], toOriginal[b - 1]! + 1).trim();
}

/**
 * An outlet as the report cites it when NAME is one of its cases: "Аль-Хаятом" → "Аль-Хаят" by the
 * name's forms; "Амаком" → "Амак", "Аль-Урвой аль-Вуска" → "Аль-Урва аль-Вуска" by the stems of the
 * gazetteer or of the pack's name forms ("Амак*", "Аль-Урв* аль-Вуск*"), each word's ending at most
 * three letters. Any other name is returned as written. Read once per release with an outlet.
 */
function outletName(ctx: ClaimContext, name: string): string {
  const base = ctx.cp.release.outletBase;
  const folded = fold(name);
  const exact = base.get(folded);
  if (exact !== undefined) return fold(exact) === folded ? name : exact;
  const words = folded.split(' ');
  for (const [key, cited] of base)
    if (key.endsWith('*') && stemOf(key, words)) return fold(cited) === folded ? name : cited;
  return name;
}

/** Whether folded WORDS are the words of a stem key ("аль-урв* аль-вуск*"), each with a short ending. */
function stemOf(key: string, words: string[]): boolean {
  const stems = key.split(' ');
  if (stems.length !== words.length) return false;
  return stems.every((s, i) => {
    const w = words[i]!;
    if (!s.endsWith('*')) return s === w;
    const stem = s.slice(0, -1);
    return w.startsWith(stem) && w.length - stem.length <= 3 && !NOT_A_LETTER.test(w.slice(stem.length));
  });
}

const NOT_A_LETTER = /[^\p{L}]/u;

/**
 * The date the claims of the sentence take (extract.ts): a month-name date, else one relative to the
 * publication ("on Sunday", "в воскресенье", "dimanche", "يوم الأحد", "yesterday") to the day, in every
 * language alike, or a year; a week said relative to the publication (the pack's weekDates) gives its month.
 */
function releaseDate(
  ctx: ClaimContext,
  seg: Segment,
  sentence: string,
  published: string | null,
  title?: { titleStart: number; titleEnd: number },
): string | null {
  // "on the 20th anniversary of the September 11 attacks": the date after the anniversary, up to the
  // clause's end, is the event's.
  let limit = seg.end;
  for (const w of ctx.cp.release.anniversaryWords.scanRange(ctx.text, seg.start, seg.end)) {
    limit = Math.min(limit, w.start);
    const a = ctx.toOriginal[w.start]! - ctx.toOriginal[seg.start]!;
    const stop = /[,;.()،؛]/u.exec(sentence.slice(a));
    const b = stop ? a + stop.index : sentence.length;
    sentence = sentence.slice(0, a) + ' '.repeat(b - a) + sentence.slice(b);
  }
  // ""X" (September 2014), "Y" (February 2015)": a date in brackets right after the title is its own.
  if (title && title.titleEnd > title.titleStart) {
    const at = title.titleEnd + (ctx.text[title.titleEnd] === '"' ? 1 : 0);
    const aside = ASIDE.exec(ctx.text.slice(at, at + 48));
    if (aside) {
      const open = at + aside[0].indexOf('(') + 1;
      const close = at + aside[0].length - 1;
      const own =
        quickDate(ctx, open, close, published) ??
        /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/u.exec(ctx.text.slice(open, close))?.[1];
      if (own) return own;
    }
  }
  // A month word inside the title is the title's ("a video titled May Allah Accept Them in 2017").
  if (title && title.titleEnd > title.titleStart) {
    const a = ctx.toOriginal[title.titleStart]! - ctx.toOriginal[seg.start]!;
    const b = ctx.toOriginal[title.titleEnd - 1]! + 1 - ctx.toOriginal[seg.start]!;
    if (a >= 0 && b <= sentence.length) {
      sentence = sentence.slice(0, a) + ' '.repeat(b - a) + sentence.slice(b);
      const day =
        quickDate(ctx, seg.start, Math.min(limit, title.titleStart), published) ??
        (title.titleEnd < limit ? quickDate(ctx, title.titleEnd, limit, published) : null) ??
        numericDate(sentence);
      if (day) return day;
      const d = resolveDate(sentence, ctx.cp.pack.code, published, ctx.cp.relativeDates);
      return d && d.length > 7 && ctx.cp.weekDates?.test(sentence) ? d.slice(0, 7) : d;
    }
  }
  const day = quickDate(ctx, seg.start, limit, published) ?? numericDate(sentence);
  if (day) return day;
  const d = resolveDate(sentence, ctx.cp.pack.code, published, ctx.cp.relativeDates);
  // "over the weekend", "на прошлой неделе": a week is no day, and gives the month.
  return d && d.length > 7 && ctx.cp.weekDates?.test(sentence) ? d.slice(0, 7) : d;
}
