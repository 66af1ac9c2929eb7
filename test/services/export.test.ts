// Exports and imports over the shared dev corpus (read from ../shared at test time, never copied) and the
// samples, with
// analyst reviews and grades on it: every STIX object valid against the OASIS STIX 2.1 schemas
// (../shared/interop/stix2-json-schemas) and Tessera's own object schemas in docs/stix, no dangling
// reference; a round trip into an empty store; an import twice; another producer's bundle; CSV and JSONL.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChunks, type ExportQuery } from '../../src/services/export.service.ts';
import { importBundle } from '../../src/services/import.service.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/dev', import.meta.url));
// The samples add phrases that count two origins at once ("Kazakh and Kyrgyz children"): two claims, one span.
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('../../../shared/interop/stix2-json-schemas/schemas', import.meta.url));
const DOCS_SCHEMAS = fileURLToPath(new URL('../../docs/stix', import.meta.url));
// ajv-formats is CommonJS: its function is the default export's default under Node's ESM loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void;

type StixObject = { type: string; id: string } & Record<string, unknown>;
interface Bundle {
  type: string;
  id: string;
  objects: StixObject[];
}

async function exported(repo: Repository, q: ExportQuery): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(repo, q)) text += chunk;
  return text;
}

const open = async (root: string, name: string) => openRepository(join(root, name), linker);
const opts = (from: string) => ({ actor: 'importer', from });

/** The OASIS schemas by $id, plus Tessera's; each object is checked against the schema of its type. */
function stixValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });
  addFormats(ajv);
  const files = ['common', 'sdos', 'sros', 'observables'].flatMap((d) =>
    readdirSync(join(SCHEMAS, d)).map((f) => join(SCHEMAS, d, f)),
  );
  for (const f of files) ajv.addSchema(JSON.parse(readFileSync(f, 'utf8')) as object);
  for (const f of readdirSync(DOCS_SCHEMAS))
    ajv.addSchema(JSON.parse(readFileSync(join(DOCS_SCHEMAS, f), 'utf8')) as object);
  const base = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';
  const get = (id: string): ValidateFunction => {
    const v = ajv.getSchema(id);
    if (!v) throw new Error(`no schema ${id}`);
    return v;
  };
  const core = get(`${base}common/core.json`);
  const custom: Record<string, ValidateFunction> = {
    'tessera-count': get('https://tessera.invalid/stix/tessera-count.schema.json'),
    'tessera-release': get('https://tessera.invalid/stix/tessera-release.schema.json'),
  };
  const bundle = get(`${base}common/bundle.json`);
  const forType = (type: string): ValidateFunction[] => {
    if (custom[type]) return [core, custom[type]];
    for (const dir of ['sdos', 'sros', 'observables'])
      if (existsSync(join(SCHEMAS, dir, `${type}.json`))) return [get(`${base}${dir}/${type}.json`)];
    if (type === 'extension-definition') return [get(`${base}common/extension-definition.json`)];
    throw new Error(`no schema for type ${type}`);
  };
  // bundle.json lists the types it knows by $ref and reads any other object as custom; this version of it
  // predates grouping, location, note and extension-definition, which then match both of its core
  // schemas (its oneOf fails). The envelope is checked with the objects it knows; every object is
  // checked against the schema of its own type below.
  const listed = new Set(
    [
      ...readFileSync(join(SCHEMAS, 'common', 'bundle.json'), 'utf8').matchAll(
        /"\.\.\/(?:sdos|sros|observables)\/([a-z0-9-]+)\.json"/g,
      ),
    ].map((m) => m[1]!),
  );
  return {
    bundle: (b: Bundle) => {
      const known = { ...b, objects: b.objects.filter((o) => listed.has(o.type)) };
      return bundle(known) ? [] : (bundle.errors ?? []);
    },
    object: (o: StixObject) =>
      forType(o.type).flatMap((v) => {
        const data: unknown = o;
        return v(data) ? [] : (v.errors ?? []).map((e) => `${o.id} ${e.instancePath} ${e.message}`);
      }),
  };
}

/** Every `*_ref` and `*_refs` value anywhere in an object. */
function refsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /_refs?$/.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => refsOf(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'extensions' ? [] : refsOf(v, k)));
  return [];
}

/** A store's claims as comparable rows: report hash, span, the claim as it stands, review, grade. */
async function claimRows(repo: Repository) {
  const docs = await repo.listDocuments({ limit: 10_000 });
  const shaOf = new Map(docs.map((d) => [d.id, d.sha256]));
  const claims = await repo.listClaims({
    review: ['unreviewed', 'confirmed', 'corrected', 'rejected'],
    limit: 100_000,
  });
  return claims
    .map((c) => ({
      sha: shaOf.get(c.documentId),
      span: c.claim.span,
      claim: c.claim,
      extracted: c.extracted,
      review: c.review.state,
      note: c.review.note,
      credibility: c.credibility,
    }))
    .sort((a, b) => `${a.sha}:${a.span.start}`.localeCompare(`${b.sha}:${b.span.start}`));
}

/** Facts as sets of (report hash, span) members. */
async function factSets(repo: Repository) {
  const docs = await repo.listDocuments({ limit: 10_000 });
  const shaOf = new Map(docs.map((d) => [d.id, d.sha256]));
  const facts = await repo.listFacts({ limit: 100_000 });
  const spans = new Map(
    (await repo.listClaims({ limit: 100_000 })).map((c) => [
      c.id,
      `${shaOf.get(c.documentId)}:${c.claim.span.start}`,
    ]),
  );
  return facts
    .map((f) =>
      f.claims
        .map((m) => spans.get(m.claimId) ?? `?${m.claimId}`)
        .sort()
        .join('|'),
    )
    .sort();
}

interface JsonlLine {
  review: { state: string; by: string | null; note: string | null };
  grades: { credibility: number | null };
  document: { sha256: string };
}

describe.skipIf(!existsSync(CORPUS) || !existsSync(SCHEMAS))(
  'exports and imports (dev corpus)',
  { timeout: 300_000 },
  () => {
    let root: string;
    let repo: Repository;
    let stix: string;
    let bundle: Bundle;

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'tessera-export-'));
      repo = await open(root, 'a');
      const summary = await ingest(
        repo,
        [CORPUS, SAMPLES],
        { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false },
        () => {},
      );
      expect(summary.stored).toBeGreaterThan(50);
      // An analyst's work on it: a confirmation, a rejection, a correction, grades of claims and a source.
      const claims = await repo.listClaims({ limit: 40 });
      await repo.reviewClaim(claims[0]!.id, {
        state: 'confirmed',
        note: 'matches the UN figure',
        actor: 'ana',
      });
      await repo.reviewClaim(claims[1]!.id, { state: 'rejected', actor: 'ana' });
      await repo.reviewClaim(claims[2]!.id, {
        state: 'corrected',
        edits: { value: { min: 151, max: 151 }, qualifier: 'exact' },
        actor: 'ana',
      });
      await repo.gradeClaim(claims[0]!.id, 2, 'ana');
      await repo.gradeClaim(claims[3]!.id, 5, 'ana');
      const outlet = (await repo.listSources('outlet'))[0];
      if (outlet) await repo.gradeSource(outlet.id, 'B', 'ana');
      stix = await exported(repo, { format: 'stix' });
      bundle = JSON.parse(stix) as Bundle;
    }, 300_000);

    afterAll(async () => {
      await repo?.close();
      await rm(root, { recursive: true, force: true });
    });

    it('writes a STIX 2.1 bundle whose every object is valid, with no dangling reference', () => {
      const validate = stixValidator();
      expect(validate.bundle(bundle)).toEqual([]);
      const errors = bundle.objects.flatMap((o) => validate.object(o));
      expect(errors.slice(0, 10)).toEqual([]);
      const ids = bundle.objects.map((o) => o.id);
      expect(new Set(ids).size).toBe(ids.length);
      const known = new Set(ids);
      const dangling = bundle.objects.flatMap((o) =>
        refsOf(o)
          .filter((r) => !known.has(r))
          .map((r) => `${o.id} → ${r}`),
      );
      expect(dangling).toEqual([]);
      const types = new Set(bundle.objects.map((o) => o.type));
      for (const t of [
        'report',
        'artifact',
        'tessera-count',
        'identity',
        'location',
        'relationship',
        'grouping',
        'opinion',
        'extension-definition',
      ])
        expect(types, t).toContain(t);
    });

    it('says what a report is: published, its counts, the URL and SHA-256 of its original bytes', async () => {
      const docs = await repo.listDocuments({ limit: 10_000 });
      const reports = bundle.objects.filter((o) => o.type === 'report');
      expect(reports).toHaveLength(docs.length);
      const doc = docs.find((d) => d.url && d.published)!;
      const report = reports.find((r) => r.x_tessera_name === doc.name)!;
      expect(report.published).toMatch(new RegExp(`^${doc.published}`));
      const ref = (report.external_references as { url?: string; hashes: Record<string, string> }[])[0]!;
      expect(ref).toMatchObject({ url: doc.url, hashes: { 'SHA-256': doc.sha256 } });
      const counts = bundle.objects.filter((o) => o.type === 'tessera-count' && o.report_ref === report.id);
      expect(counts.length).toBe(await repo.countClaims({ documentId: doc.id }));
      for (const c of counts) expect(report.object_refs).toContain(c.id);
    });

    it('carries grades and reviews: credibility as an opinion, reliability on the identity', () => {
      const opinions = bundle.objects.filter((o) => o.type === 'opinion');
      expect(opinions.map((o) => o.x_tessera_credibility).sort()).toEqual([2, 5]);
      expect(opinions.find((o) => o.x_tessera_credibility === 2)!.opinion).toBe('agree');
      expect(bundle.objects.some((o) => o.type === 'identity' && o.x_tessera_reliability === 'B')).toBe(true);
      const corrected = bundle.objects.find(
        (o) => o.type === 'tessera-count' && (o.review as { state: string }).state === 'corrected',
      )!;
      expect(corrected).toMatchObject({ value_min: 151, value_max: 151, qualifier: 'exact' });
      expect(corrected.extracted).toBeDefined();
      // Rejected claims are left out unless asked for, as everywhere in Tessera.
      expect(
        bundle.objects.some((o) => (o.review as { state?: string } | undefined)?.state === 'rejected'),
      ).toBe(false);
    });

    it('gives the same ids when exported twice, and armed groups their names in four languages', async () => {
      expect(await exported(repo, { format: 'stix' })).toBe(stix);
      const isis = bundle.objects.find((o) => o.type === 'intrusion-set' && o.x_tessera_group === 'isis')!;
      const aliases = (isis.aliases as string[]).join(' ');
      expect(isis.name).toBe('Islamic State');
      expect(aliases).toMatch(/[\u0600-\u06ff]/); // Arabic
      expect(aliases).toMatch(/[\u0400-\u04ff]/); // Russian
      expect(aliases).toContain('État islamique');
    });

    it('narrows to a question: only its claims, their reports, and facts among them', async () => {
      const narrow = JSON.parse(await exported(repo, { format: 'stix', population: ['children'] })) as Bundle;
      const counts = narrow.objects.filter((o) => o.type === 'tessera-count');
      expect(counts.length).toBe(await repo.countClaims({ population: 'children' }));
      expect(counts.every((c) => c.population === 'children')).toBe(true);
      const known = new Set(narrow.objects.map((o) => o.id));
      expect(narrow.objects.flatMap((o) => refsOf(o)).filter((r) => !known.has(r))).toEqual([]);
    });

    it('round-trips: an empty store importing the bundle holds the same claims, reviews, grades and facts', async () => {
      const b = await open(root, 'b');
      try {
        const summary = await importBundle(b, stix, opts('export.json'));
        expect(summary.tessera).toBe(true);
        expect(summary.skipped).toEqual([]);
        expect(summary.reports.stored).toBe((await repo.stats()).documents);
        // The rejected claim was not exported: compare what was.
        const rows = (await claimRows(repo)).filter((r) => r.review !== 'rejected');
        expect(await claimRows(b)).toEqual(rows);
        expect(await factSets(b)).toEqual(await factSets(repo));
        expect(summary.facts.found).toBe(summary.facts.inBundle);
        const graded = (await b.listSources()).filter((s) => s.reliability);
        expect(graded.map((s) => [s.kind, s.reliability])).toEqual([['outlet', 'B']]);
        // The same bytes: exporting the copy gives the same reports, counts and facts.
        const again = JSON.parse(await exported(b, { format: 'stix' })) as Bundle;
        const idsOf = (x: Bundle, type: string) =>
          x.objects
            .filter((o) => o.type === type)
            .map((o) => o.id)
            .sort();
        for (const type of ['report', 'artifact', 'tessera-count', 'grouping', 'opinion'])
          expect(idsOf(again, type), type).toEqual(idsOf(bundle, type));

        // The same bundle twice adds nothing: no report, claim, grade or change.
        const before = await b.stats();
        const second = await importBundle(b, stix, opts('export.json'));
        expect(second.reports).toEqual({ stored: 0, alreadyStored: summary.reports.stored });
        expect([second.reviews, second.grades, second.sourceGrades]).toEqual([0, 0, 0]);
        expect(await b.stats()).toEqual(before);
      } finally {
        await b.close();
      }
    });

    it("imports another producer's reports with their text, and names everything it skips", async () => {
      const c = await open(root, 'c');
      try {
        const foreign = {
          type: 'bundle',
          id: 'bundle--6a1d2f7e-2c57-4a8e-9d4c-1b0f0c7a9e11',
          objects: [
            {
              type: 'report',
              spec_version: '2.1',
              id: 'report--2f6c1a9e-8b1d-4e1f-9c3a-5d7e9f1b2c3d',
              created: '2024-03-01T10:00:00.000Z',
              modified: '2024-03-01T10:00:00.000Z',
              name: 'Camp census',
              description: 'Officials said 120 children from Kazakhstan remain in the camp.',
              published: '2024-03-01T09:00:00Z',
              object_refs: ['indicator--0b7e8f7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b'],
            },
            {
              type: 'report',
              spec_version: '2.1',
              id: 'report--7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
              created: '2024-03-02T10:00:00.000Z',
              modified: '2024-03-02T10:00:00.000Z',
              name: 'A report with no text',
              published: '2024-03-02T09:00:00Z',
              object_refs: ['malware--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'],
            },
            { type: 'indicator', spec_version: '2.1', id: 'indicator--0b7e8f7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b' },
            { type: 'malware', spec_version: '2.1', id: 'malware--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' },
            { type: 'indicator', spec_version: '2.1', id: 'indicator--9b7e8f7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b' },
          ],
        };
        const text = JSON.stringify(foreign);
        const summary = await importBundle(c, text, opts('/tmp/feed.json'));
        expect(summary.tessera).toBe(false);
        expect(summary.reports.stored).toBe(2);
        expect(summary.skipped).toEqual([
          { type: 'indicator', count: 2 },
          { type: 'malware', count: 1 },
        ]);
        const docs = await c.listDocuments({ limit: 10 });
        const census = await c.getDocument(docs.find((d) => d.name === 'Camp census')!.id);
        expect(census!.text).toContain('120 children from Kazakhstan');
        expect(census!.published).toBe('2024-03-01');
        expect(census!.collectedFrom).toBe('/tmp/feed.json#report--2f6c1a9e-8b1d-4e1f-9c3a-5d7e9f1b2c3d');
        // The engine read the text: the count is stored, searchable like any ingested report's.
        const claims = await c.listClaims({ documentId: census!.id });
        expect(claims.map((x) => [x.claim.value.min, x.claim.population, x.claim.origin])).toContainEqual([
          120,
          'children',
          ['KZ'],
        ]);
        expect((await importBundle(c, text, opts('/tmp/feed.json'))).reports.stored).toBe(0);
        await expect(importBundle(c, '{"type":"bundle","objects":3}', opts('bad.json'))).rejects.toThrow(
          /bad\.json: objects must hold a list of objects/,
        );
        await expect(importBundle(c, 'not json', opts('bad.json'))).rejects.toThrow(/bad\.json: not JSON/);
      } finally {
        await c.close();
      }
    });

    it('refuses a Tessera bundle with a malformed count, storing nothing of it', async () => {
      const d = await open(root, 'd');
      try {
        const broken = JSON.parse(stix) as Bundle;
        const count = broken.objects.find((o) => o.type === 'tessera-count')!;
        count.population = 'aliens';
        await expect(importBundle(d, JSON.stringify(broken), opts('broken.json'))).rejects.toThrow(
          new RegExp(`broken\\.json: ${count.id}: population`),
        );
        expect((await d.stats()).documents).toBe(0);
      } finally {
        await d.close();
      }
    });

    it('writes CSV with an HXL row, RFC 4180 quoting a CSV parser reads back, and an optional BOM', async () => {
      const csv = await exported(repo, { format: 'csv', population: ['children'] });
      expect(csv.charCodeAt(0)).not.toBe(0xfeff);
      const rows: string[][] = parse(csv, { relax_column_count: false });
      const [header, hxl, ...data] = rows;
      expect(header!.slice(0, 3)).toEqual(['claim', 'value_min', 'value_max']);
      expect(hxl!.every((t) => t.startsWith('#'))).toBe(true);
      expect(hxl).toEqual(
        expect.arrayContaining([
          '#affected+children+min',
          '#country+code+origin',
          '#date',
          '#meta+source+name',
        ]),
      );
      const stored = await repo.listClaims({ population: 'children', limit: 100_000 });
      expect(data).toHaveLength(stored.length);
      const col = (name: string) => header!.indexOf(name);
      const byId = new Map(stored.map((c) => [String(c.id), c]));
      for (const row of data) {
        const claim = byId.get(row[col('claim')]!)!;
        expect(row[col('quote')]).toBe(claim.claim.quote);
        expect(row[col('document_name')]).toBe(claim.documentName);
      }
      // Quotes with commas and line breaks survive: some quote of the corpus has one.
      expect(stored.some((c) => /[",\n]/.test(c.claim.quote))).toBe(true);
      const withBom = await exported(repo, { format: 'csv', bom: true, origin: 'KZ' });
      expect(withBom.charCodeAt(0)).toBe(0xfeff);
      expect(parse(withBom, { bom: true })[0]).toEqual(header);
    });

    it('writes JSON Lines: one claim per line with its report, grades and review', async () => {
      const text = await exported(repo, { format: 'jsonl' });
      const lines = text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as JsonlLine);
      expect(lines).toHaveLength(await repo.countClaims());
      const confirmed = lines.find((l) => l.review.state === 'confirmed')!;
      expect(confirmed).toMatchObject({
        review: { by: 'ana', note: 'matches the UN figure' },
        grades: { credibility: 2 },
      });
      expect(confirmed.document.sha256).toMatch(/^[0-9a-f]{64}$/);
      const reviewed = await exported(repo, { format: 'jsonl', reviewedOnly: true });
      expect(
        reviewed
          .trimEnd()
          .split('\n')
          .map((l) => (JSON.parse(l) as JsonlLine).review.state)
          .sort(),
      ).toEqual(['confirmed', 'corrected']);
    });
  },
);
