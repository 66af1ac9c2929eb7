// Choropleth of claims by country (where people come from, or where they are), drawn from world-atlas (shipped in the package, no tiles),
// framed on the Middle East, the Caucasus and Central Asia where the reports' countries are.
import { geoMercator, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { placeName, t } from '../i18n/index.ts';
import { navigate } from '../router.tsx';

export interface PlaceCount {
  code: string;
  claims: number;
  documents: number;
  childrenMax: number | null;
}

// Five shades (styles.css .sw-0 … .sw-4), by the logarithm of the count.
const SHADES = [0, 1, 2, 3, 4];
const W = 640;
const H = 380;

export function WorldMap({ counts, label, help }: { counts: PlaceCount[]; label: string; help: string }) {
  const [focus, setFocus] = useState<PlaceCount | null>(null);
  const shapes = useMemo(() => {
    const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const frame: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [2, 55],
          [92, 55],
          [2, 17],
          [92, 17],
        ],
      },
    };
    const projection = geoMercator().fitExtent(
      [
        [4, 4],
        [W - 4, H - 4],
      ],
      frame,
    );
    const path = geoPath(projection);
    return fc.features.map((f) => ({
      code: countries.numericToAlpha2(String(f.id ?? '')) ?? '',
      name: f.properties.name,
      d: path(f) ?? '',
    }));
  }, []);
  const byCode = new Map(counts.map((c) => [c.code, c]));
  const max = Math.max(1, ...counts.map((c) => c.claims));
  const shade = (n: number): number =>
    Math.min(SHADES.length - 1, Math.floor((Math.log(n + 1) / Math.log(max + 1)) * (SHADES.length - 0.01)));
  const describe = (c: PlaceCount) =>
    t.overview.countryFigures(placeName(c.code), c.claims, c.documents, c.childrenMax);

  return (
    <figure className="map">
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={label} className="map-svg">
        <rect width={W} height={H} className="sea" />
        {shapes.map((s, i) => {
          const c = byCode.get(s.code);
          if (!c) return <path key={i} d={s.d} className="land" />;
          return (
            <path
              key={i}
              d={s.d}
              className={`land counted sw-${shade(c.claims)}`}
              tabIndex={0}
              role="button"
              aria-label={describe(c)}
              onMouseEnter={() => setFocus(c)}
              onMouseLeave={() => setFocus(null)}
              onFocus={() => setFocus(c)}
              onBlur={() => setFocus(null)}
              onClick={() => navigate(`/search?country=${c.code}`)}
              onKeyDown={(e) => e.key === 'Enter' && navigate(`/search?country=${c.code}`)}
            >
              <title>{describe(c)}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <span className="legend" aria-hidden="true">
          {t.overview.mapLegendFew}
          {SHADES.map((s) => (
            <i key={s} className={`sw sw-${s}`} />
          ))}
          {t.overview.mapLegendMany}
        </span>
        <span role="status" className="map-focus">
          {focus ? describe(focus) : help}
        </span>
      </figcaption>
    </figure>
  );
}
