// Debug aid: prints the claims and releases the engine finds in one file (`npx tsx scripts/show.ts FILE [LANG]`).
import { readFileSync } from 'node:fs';
import { extract } from '../src/pipeline/extract.ts';

const [file, lang] = process.argv.slice(2);
if (!file) throw new Error('usage: show.ts FILE [LANG]');
const metaPath = file.replace(/\.txt$/, '.meta.json');
let meta: { lang?: string; published?: string | null } = {};
try {
  meta = JSON.parse(readFileSync(metaPath, 'utf8')) as typeof meta;
} catch {
  // no sidecar
}
const r = extract(readFileSync(file, 'utf8'), {
  lang: lang ?? meta.lang ?? null,
  published: meta.published ?? null,
});
for (const c of r.claims) {
  console.log(
    JSON.stringify([
      c.value.min,
      c.value.max,
      c.qualifier,
      c.population,
      c.origin,
      c.status,
      c.location,
      c.affiliation,
      c.age.min,
      c.age.max,
      c.source,
      c.date,
    ]),
    `«${c.quote}»`,
  );
}
for (const rel of r.releases) console.log('REL', JSON.stringify(rel));
for (const n of r.notices) console.log('NOTICE', n);
