// The Admiralty (NATO) code: analysts grade a source's reliability once (A–F) and each
// claim's credibility (1–6). Ungraded is F/6, "cannot be judged": shown, never hidden.

export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITIES)[number];

export interface Grade {
  reliability: Reliability;
  credibility: Credibility;
}

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export const UNGRADED: Grade = Object.freeze({ reliability: 'F', credibility: 6 });

export function isReliability(value: unknown): value is Reliability {
  return typeof value === 'string' && (RELIABILITIES as readonly string[]).includes(value);
}

export function isCredibility(value: unknown): value is Credibility {
  return typeof value === 'number' && (CREDIBILITIES as readonly number[]).includes(value);
}

/** Reads "a", " B " as a reliability; null for anything else. */
export function parseReliability(input: string): Reliability | null {
  const letter = input.trim().toUpperCase();
  return isReliability(letter) ? letter : null;
}

/** Reads "3" as a credibility; null for anything else (including "3.5" and "03"). */
export function parseCredibility(input: string): Credibility | null {
  const text = input.trim();
  if (!/^[1-6]$/.test(text)) return null;
  return Number(text) as Credibility;
}

/** Reads the compact forms analysts write: "B2", "b/2", "B-2", "B 2". */
export function parseGrade(input: string): Grade | null {
  const match = /^\s*([A-Fa-f])\s*[/\-\s]?\s*([1-6])\s*$/.exec(input);
  if (!match) return null;
  return {
    reliability: match[1]!.toUpperCase() as Reliability,
    credibility: Number(match[2]) as Credibility,
  };
}

/** A missing grade or missing half of one is "cannot be judged", not omitted. */
export function gradeOrUngraded(grade: Partial<Grade> | null | undefined): Grade {
  return {
    reliability: grade?.reliability ?? UNGRADED.reliability,
    credibility: grade?.credibility ?? UNGRADED.credibility,
  };
}

export function isUngraded(grade: Grade): boolean {
  return grade.reliability === 'F' && grade.credibility === 6;
}

/** "B2". */
export function formatGrade(grade: Grade): string {
  return `${grade.reliability}${grade.credibility}`;
}

/** "B2 (usually reliable; probably true)". */
export function describeGrade(grade: Grade): string {
  return `${formatGrade(grade)} (${RELIABILITY_LABELS[grade.reliability]}; ${CREDIBILITY_LABELS[grade.credibility]})`;
}
