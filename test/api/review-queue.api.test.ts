/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON bodies read loosely in tests */
// Review at scale through the API: the queue over every unreviewed claim with its filters and
// "conflicts first", n of N by claim id, a report's claims confirmed at once and undone, undo of any
// earlier change (or a clear refusal), the highlight corrected, and bad input answered 4xx {code, message}.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEstimateReports } from '../fixtures/estimate-reports.ts';
import { startApiStore, type ApiStore } from './harness.ts';

let store: ApiStore;

beforeAll(async () => {
  store = await startApiStore('review-queue', async (dir) => {
    const reports = await writeEstimateReports(dir);
    await writeFile(
      join(reports, 'flight.txt'),
      'On Tuesday a plane brought 231 Kazakh citizens home from Syria, including 156 children, 18 of them orphans, the ministry said.\n',
    );
    await writeFile(
      join(reports, 'flight.meta.json'),
      JSON.stringify({ lang: 'en', outlet: 'Steppe Daily', published: '2019-05-30' }),
    );
    return [reports];
  });
}, 180_000);

afterAll(() => store?.close());

const get = async (url: string) => {
  const res = await store.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json<any>() };
};
const post = async (url: string, payload?: unknown) => {
  const res = await store.app.inject({
    method: 'POST',
    url,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  return { status: res.statusCode, body: res.json<any>() };
};

async function allClaims(): Promise<any[]> {
  return (await get('/api/claims?limit=500&review=unreviewed,confirmed,corrected,rejected')).body.items;
}
const byQuote = (claims: any[], words: string) => claims.find((c) => c.claim.quote.includes(words));

describe('the review queue', () => {
  it('walks every unreviewed claim, n of N, with neighbours kept by claim id', async () => {
    const all = await allClaims();
    const first = await get('/api/review/queue');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(all.length);
    expect(first.body.position).toBe(1);
    expect(first.body.previous).toBeNull();
    const second = await get(`/api/review/queue?claim=${first.body.next}`);
    expect(second.body.position).toBe(2);
    expect(second.body.previous).toBe(first.body.claim.id);
    const byPosition = await get('/api/review/queue?position=2');
    expect(byPosition.body.claim.id).toBe(second.body.claim.id);
  });

  it('takes every filter: origin, population, status, language, report, outlet', async () => {
    const fr = await get('/api/review/queue?lang=fr');
    expect(fr.body.total).toBe(1);
    expect(fr.body.claim.documentLang).toBe('fr');
    const outlet = await get(`/api/review/queue?outlet=${encodeURIComponent('Steppe Daily')}`);
    const steppe = (await allClaims()).filter((c) => c.documentOutlet === 'Steppe Daily');
    expect(outlet.body.total).toBe(steppe.length);
    const report = steppe.find((c) => c.claim.quote.includes('231'))!.documentId;
    expect((await get(`/api/review/queue?report=${report}`)).body.total).toBe(3);
    const orphans = await get('/api/review/queue?population=children&status=returned&origin=KZ');
    expect(orphans.body.claim.claim.population).toBe('children');
    expect(orphans.body.claim.claim.status).toBe('returned');
    // The claim list takes the same filters and the same order.
    const list = await get('/api/claims?review=unreviewed&lang=fr,ru&conflicts=first');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: any) => c.documentLang).sort()).toEqual(['fr', 'ru']);
  });

  it('puts the claims whose estimate conflicts with another report first', async () => {
    const all = await allClaims();
    const gazette = byQuote(all, '600 enfants');
    const queue = await get('/api/review/queue?conflicts=first');
    expect(queue.body.conflicting).toBeGreaterThanOrEqual(2);
    expect(queue.body.conflict).toBe(true);
    const list = await get(`/api/claims?review=unreviewed&conflicts=first&limit=${queue.body.conflicting}`);
    expect(list.body.items.map((c: any) => c.id)).toContain(gazette.id);
    const only = await get('/api/claims?review=unreviewed&conflicts=only&limit=100');
    expect(only.body.total).toBe(queue.body.conflicting);
    // Every later claim of the queue is one without a conflict.
    const rest = await get(
      `/api/claims?review=unreviewed&conflicts=first&offset=${queue.body.conflicting}&limit=100`,
    );
    expect(rest.body.items.map((c: any) => c.id)).not.toContain(gazette.id);
    expect(rest.body.items.length + queue.body.conflicting).toBe(queue.body.total);
    // A rejected claim leaves its question's series: its conflicts go with it, and come back on undo.
    const conflictsOf = async () =>
      (await get('/api/claims?review=unreviewed,confirmed,rejected&conflicts=only&limit=100')).body.items.map(
        (c: any) => c.id,
      );
    expect(await conflictsOf()).toContain(gazette.id);
    expect((await post(`/api/claims/${gazette.id}/review`, { action: 'reject' })).status).toBe(200);
    expect(await conflictsOf()).not.toContain(gazette.id);
    expect((await post(`/api/claims/${gazette.id}/undo`)).status).toBe(200);
    expect(await conflictsOf()).toContain(gazette.id);
  });

  it('answers bad filters 400 with {code, message} naming them', async () => {
    for (const url of [
      '/api/review/queue?origin=Narnia',
      '/api/review/queue?conflicts=last',
      '/api/review/queue?claim=abc',
      '/api/review/queue?position=0',
      '/api/review/queue?review=maybe',
      '/api/claims?conflicts=sometimes',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.code).toBe('invalid_input');
      expect(res.body.message).toMatch(/origin|conflicts|claim|position|review/);
    }
  });
});

describe('batch confirm of a report', () => {
  it('confirms every unreviewed claim of a report, logged per claim, and undoes the batch', async () => {
    const all = await allClaims();
    const flight = byQuote(all, '231').documentId;
    const before = (await get(`/api/review/queue?report=${flight}`)).body.total;
    expect(before).toBe(3);
    const done = await post(`/api/review/reports/${flight}/confirm`, { note: 'read it whole' });
    expect(done.status).toBe(200);
    expect(done.body.confirmed).toHaveLength(3);
    expect((await get(`/api/review/queue?report=${flight}`)).body.total).toBe(0);
    const one = (await get(`/api/claims/${done.body.confirmed[0]}`)).body;
    expect(one.review.state).toBe('confirmed');
    const entry = one.entries.at(-1);
    expect(entry.batch).toBe(done.body.batch);
    expect(entry.changes).toEqual([{ field: 'review', before: 'unreviewed', after: 'confirmed' }]);
    expect(entry.note).toBe('read it whole');
    // One claim undone alone, then the batch: the rest come back, the one already undone is named.
    expect((await post(`/api/claims/${done.body.confirmed[0]}/undo`, { change: entry.id })).status).toBe(200);
    const undone = await post(`/api/review/reports/${flight}/undo`, { batch: done.body.batch });
    expect(undone.status).toBe(200);
    expect(undone.body.undone.sort()).toEqual(done.body.confirmed.slice(1).sort());
    expect(undone.body.refused).toEqual([
      { claimId: done.body.confirmed[0], message: expect.stringMatching(/already undone/) },
    ]);
    expect((await get(`/api/review/queue?report=${flight}`)).body.total).toBe(3);
  });

  it('answers an unknown report 404 and a bad batch 400/404', async () => {
    expect((await post('/api/review/reports/99999/confirm', {})).status).toBe(404);
    const flight = byQuote(await allClaims(), '231').documentId;
    const none = await post(`/api/review/reports/${flight}/undo`, { batch: 'no-such-batch' });
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('not_found');
    const empty = await post(`/api/review/reports/${flight}/undo`, { batch: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/batch/);
  });
});

describe('undo of any earlier action', () => {
  it('takes back an earlier correction when its fields are untouched since, keeping the later one', async () => {
    const claim = byQuote(await allClaims(), 'Some 40');
    const a = await post(`/api/claims/${claim.id}/review`, {
      action: 'correct',
      edits: { value: { min: 40, max: 45 } },
    });
    expect(a.status).toBe(200);
    const b = await post(`/api/claims/${claim.id}/review`, {
      action: 'correct',
      edits: { ...a.body.edits, location: ['IQ'] },
    });
    const [first, second] = b.body.entries.slice(-2);
    expect(first.changes).toEqual([
      { field: 'review', before: 'unreviewed', after: 'corrected' },
      { field: 'value', before: '40', after: '40–45' },
    ]);
    expect(second.changes).toEqual([{ field: 'location', before: 'SY', after: 'IQ' }]);
    const undone = await post(`/api/claims/${claim.id}/undo`, { change: first.id });
    expect(undone.status).toBe(200);
    expect(undone.body.claim.value).toEqual({ min: 40, max: 40 });
    expect(undone.body.claim.location).toEqual(['IQ']);
    expect(undone.body.review.state).toBe('corrected');
    expect(undone.body.entries.find((e: any) => e.id === first.id).undoneBy).toBe(
      undone.body.entries.at(-1).id,
    );
    // The later correction can still be taken back; then nothing is corrected: back in the queue.
    const last = await post(`/api/claims/${claim.id}/undo`, { change: second.id });
    expect(last.body.edits).toBeNull();
    expect(last.body.review.state).toBe('unreviewed');
  });

  it('refuses to undo an earlier change whose field a later one changed, naming it', async () => {
    const claim = byQuote(await allClaims(), '600 children');
    const a = await post(`/api/claims/${claim.id}/review`, {
      action: 'correct',
      edits: { value: { min: 600, max: 700 } },
    });
    const b = await post(`/api/claims/${claim.id}/review`, {
      action: 'correct',
      edits: { value: { min: 650, max: 700 } },
    });
    const [first, second] = b.body.entries.slice(-2);
    expect(first.cannotUndo).toMatch(/number/);
    const refused = await post(`/api/claims/${claim.id}/undo`, { change: first.id });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('conflict');
    expect(refused.body.message).toBe(
      `cannot undo change ${first.id}: the number (changed by change ${second.id}) was changed again since; undo the later change first`,
    );
    expect(a.status).toBe(200);
    expect((await post(`/api/claims/${claim.id}/undo`, { change: 123456 })).status).toBe(404);
    expect((await post(`/api/claims/${claim.id}/undo`, { change: 'x' })).status).toBe(400);
  });

  it('takes back a grade', async () => {
    const claim = byQuote(await allClaims(), '150 Kazakh');
    const graded = await post(`/api/claims/${claim.id}/grade`, { credibility: 2 });
    const entry = graded.body.entries.at(-1);
    expect(entry.changes).toEqual([{ field: 'credibility', before: 'ungraded', after: '2' }]);
    const undone = await post(`/api/claims/${claim.id}/undo`, { change: entry.id });
    expect(undone.body.credibility).toBeNull();
  });
});

describe('every field correctable', () => {
  it('corrects the highlight by offsets into the report, and refuses one outside it or empty', async () => {
    const claim = byQuote(await allClaims(), '600 enfants');
    const detail = (await get(`/api/claims/${claim.id}`)).body;
    const start = detail.passage.offset + detail.passage.text.indexOf('600');
    const end = detail.passage.offset + detail.passage.text.indexOf('kazakhs') + 'kazakhs'.length;
    const ok = await post(`/api/claims/${claim.id}/review`, {
      action: 'correct',
      edits: { span: { start, end } },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.claim.quote).toBe('600 enfants kazakhs');
    expect(ok.body.claim.span).toEqual({ start, end });
    expect(ok.body.entries.at(-1).changes).toContainEqual({
      field: 'highlight',
      before: `“${claim.claim.quote}”`,
      after: '“600 enfants kazakhs”',
    });
    for (const [span, words] of [
      [{ start: 5, end: 5 }, /empty/],
      [{ start: 10, end: 100000 }, /within the report/],
      [{ start: -1, end: 4 }, /below zero/],
    ] as const) {
      const bad = await post(`/api/claims/${claim.id}/review`, { action: 'correct', edits: { span } });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('invalid_input');
      expect(bad.body.message).toMatch(words);
    }
  });

  it('corrects location, group, ages, qualifier, scope and part of', async () => {
    const all = await allClaims();
    const claim = byQuote(all, 'More than 600');
    const whole = byQuote(all, '150 Kazakh');
    const edits = {
      location: ['SY'],
      affiliation: 'isis',
      age: { min: 0, max: 17 },
      qualifier: 'approx',
      scope: 'stock',
    };
    const res = await post(`/api/claims/${claim.id}/review`, { action: 'correct', edits });
    expect(res.status).toBe(200);
    expect(res.body.claim).toMatchObject({ location: ['SY'], affiliation: 'isis', age: { min: 0, max: 17 } });
    expect(res.body.scope).toBe('stock');
    const other = await post(`/api/claims/${claim.id}/review`, {
      action: 'correct',
      edits: { partOf: whole.id },
    });
    expect(other.status).toBe(400);
    expect(other.body.message).toMatch(/same report/);
  });

  it('answers bad values in plain words', async () => {
    const claim = byQuote(await allClaims(), 'More than 600');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ value: { min: 500, max: 100 } }, /lower bound \(500\) is above the upper bound \(100\)/],
      [{ origin: ['Kazakhstan'] }, /"Kazakhstan" is a place name, not a code: write KZ/],
      [{ location: ['Narnia'] }, /"Narnia" is not a country or region code/],
      [{ age: { min: -3, max: null } }, /below zero/],
      [{ value: { min: 1.5, max: 2 } }, /whole number/],
    ];
    for (const [edits, message] of cases) {
      const res = await post(`/api/claims/${claim.id}/review`, { action: 'correct', edits });
      expect(res.status, JSON.stringify(edits)).toBe(400);
      expect(res.body.code).toBe('invalid_input');
      expect(res.body.message).toMatch(message);
    }
  });
});
