// Undo of any change of a claim's history, decided from the change log as data (planUndo): which fields
// come back, when the review state does, and the refusals, each in plain words.
import { describe, expect, it } from 'vitest';
import { historyEntries, planUndo, type ClaimState } from '../../src/services/review.service.ts';
import type { ChangeRecord, ClaimEdits } from '../../src/storage/repository.ts';

let next = 1;
function reviewed(
  from: [string, ClaimEdits | null],
  to: [string, ClaimEdits | null],
  extra = {},
): ChangeRecord {
  return {
    id: next++,
    at: new Date('2026-01-01T00:00:00Z'),
    actor: 'a',
    action: 'claim.reviewed',
    entity: 'claim',
    entityId: 7,
    documentId: 1,
    details: {
      from: { state: from[0], edits: from[1] },
      to: { state: to[0], edits: to[1] },
      note: null,
      ...extra,
    },
  };
}
const graded = (from: number | null, to: number | null, extra = {}): ChangeRecord => ({
  id: next++,
  at: new Date('2026-01-01T00:00:00Z'),
  actor: 'a',
  action: 'claim.graded',
  entity: 'claim',
  entityId: 7,
  documentId: 1,
  details: { from, to, ...extra },
});
const now = (state: string, edits: ClaimEdits | null, credibility: number | null = null): ClaimState =>
  ({ state, edits, credibility }) as ClaimState;

const V = { value: { min: 40, max: 45 } };
const VL = { value: { min: 40, max: 45 }, location: ['IQ'] };

describe('planUndo', () => {
  it('undoes the last review as it was before', () => {
    const a = reviewed(['unreviewed', null], ['corrected', V]);
    expect(planUndo([a], a.id, now('corrected', V))).toEqual({
      kind: 'review',
      state: 'unreviewed',
      edits: null,
    });
  });

  it('undoes an earlier correction field by field, keeping the later one and its state', () => {
    const a = reviewed(['unreviewed', null], ['corrected', V]);
    const b = reviewed(['corrected', V], ['corrected', VL]);
    expect(planUndo([a, b], a.id, now('corrected', VL))).toEqual({
      kind: 'review',
      state: 'corrected',
      edits: { location: ['IQ'] },
    });
  });

  it('compares values whatever the order of their keys (the log is jsonb)', () => {
    const a = reviewed(['unreviewed', null], ['corrected', V]);
    const stored = { value: { max: 45, min: 40 } } as ClaimEdits;
    expect(planUndo([a], a.id, now('corrected', stored)).kind).toBe('review');
  });

  it('refuses an earlier change whose field a later one changed, naming that change', () => {
    const a = reviewed(['unreviewed', null], ['corrected', V]);
    const b = reviewed(['corrected', V], ['corrected', { value: { min: 50, max: 50 } }]);
    expect(() => planUndo([a, b], a.id, now('corrected', { value: { min: 50, max: 50 } }))).toThrow(
      `cannot undo change ${a.id}: the number (changed by change ${b.id}) was changed again since; undo the later change first`,
    );
  });

  it('refuses a confirmation whose state a later decision replaced', () => {
    const a = reviewed(['unreviewed', null], ['confirmed', null]);
    const b = reviewed(['confirmed', null], ['rejected', null]);
    expect(() => planUndo([a, b], a.id, now('rejected', null))).toThrow(
      new RegExp(`only set the review state \\(unreviewed → confirmed\\), and change ${b.id} decided`),
    );
  });

  it('lets the state go back once the later decision is itself undone', () => {
    const a = reviewed(['unreviewed', null], ['confirmed', null]);
    const b = reviewed(['confirmed', null], ['rejected', null]);
    const u = reviewed(['rejected', null], ['confirmed', null], { undoes: b.id });
    expect(planUndo([a, b, u], a.id, now('confirmed', null))).toEqual({
      kind: 'review',
      state: 'unreviewed',
      edits: null,
    });
  });

  it('refuses a change already undone, an unknown one and one that is no review', () => {
    const a = reviewed(['unreviewed', null], ['confirmed', null]);
    const u = reviewed(['confirmed', null], ['unreviewed', null], { undoes: a.id });
    expect(() => planUndo([a, u], a.id, now('unreviewed', null))).toThrow(`already undone by change ${u.id}`);
    expect(() => planUndo([a], 99_999, now('confirmed', null))).toThrow(/change not found/);
    const stored = { ...a, id: next++, action: 'document.reextracted' };
    expect(() => planUndo([stored], stored.id, now('confirmed', null))).toThrow(/not a review or a grade/);
  });

  it('takes a correction with nothing left corrected back to unreviewed', () => {
    const a = reviewed(['unreviewed', null], ['corrected', V]);
    const b = reviewed(['corrected', V], ['confirmed', V]);
    // Undoing the correction under a standing confirmation: confirmed, nothing corrected.
    expect(planUndo([a, b], a.id, now('confirmed', V))).toEqual({
      kind: 'review',
      state: 'confirmed',
      edits: null,
    });
  });

  it('undoes a grade unless graded again since', () => {
    const g1 = graded(null, 2);
    const g2 = graded(2, 4);
    expect(planUndo([g1, g2], g2.id, now('unreviewed', null, 4))).toEqual({ kind: 'grade', credibility: 2 });
    expect(() => planUndo([g1, g2], g1.id, now('unreviewed', null, 4))).toThrow(
      `cannot undo change ${g1.id}: the credibility was graded again since by change ${g2.id} (2 → 4); undo that change first`,
    );
  });
});

describe('historyEntries', () => {
  it('shows what each change changed, what undid it and whether it can be undone', () => {
    const a = reviewed(['unreviewed', null], ['corrected', V], { batch: 'b1' });
    const b = reviewed(['corrected', V], ['corrected', VL]);
    const extracted = {
      value: { min: 40, max: 40 },
      location: ['SY'],
      quote: 'Some 40 Kazakh children',
    } as never;
    const entries = historyEntries(
      [a, b],
      { extracted, edits: VL, review: { state: 'corrected' } as never, credibility: null },
      () => null,
    );
    expect(entries[0]!.changes).toEqual([
      { field: 'review', before: 'unreviewed', after: 'corrected' },
      { field: 'value', before: '40', after: '40–45' },
    ]);
    expect(entries[0]!.batch).toBe('b1');
    expect(entries[0]!.cannotUndo).toBeNull();
    expect(entries[1]!.changes).toEqual([{ field: 'location', before: 'SY', after: 'IQ' }]);
  });
});
