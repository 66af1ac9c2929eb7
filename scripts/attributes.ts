// Debug aid: for claims matched with the dev gold, prints the attributes that disagree.
// `npx tsx scripts/attributes.ts [lang] [field]`
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Claim } from '../src/domain/claim.ts';
import { extract } from '../src/pipeline/extract.ts';

const [only, field] = process.argv.slice(2);
const corpus = resolve(import.meta.dirname, '../../shared/corpus/dev');
const key = (c: Pick<Claim, 'value' | 'population' | 'origin'>) =>
  JSON.stringify([c.value.min, c.value.max, c.population, [...new Set(c.origin ?? [])].sort()]);
for (const f of readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const id = f.slice(0, -4);
  const meta = JSON.parse(readFileSync(join(corpus, `${id}.meta.json`), 'utf8')) as {
    lang: string;
    published: string | null;
  };
  if (only && only !== 'all' && meta.lang !== only) continue;
  const gold = JSON.parse(readFileSync(join(corpus, `${id}.gold.json`), 'utf8')) as { claims: Claim[] };
  const pred = extract(readFileSync(join(corpus, f), 'utf8'), { lang: meta.lang, published: meta.published });
  for (const g of gold.claims) {
    const p = pred.claims.find((c) => key(c) === key(g));
    if (!p) continue;
    const diffs: string[] = [];
    const show = (name: string, a: unknown, b: unknown) => {
      if ((!field || field === name) && JSON.stringify(a) !== JSON.stringify(b))
        diffs.push(`${name}: gold ${JSON.stringify(a)} got ${JSON.stringify(b)}`);
    };
    show('status', g.status, p.status);
    show('location', [...g.location].sort(), [...p.location].sort());
    show('affiliation', g.affiliation ?? null, p.affiliation ?? null);
    show('age', [g.age.min, g.age.max], [p.age.min, p.age.max]);
    show('source', g.source == null, p.source == null);
    if (diffs.length) console.log(`${id} «${g.quote}»\n   ${diffs.join('\n   ')}`);
  }
}
