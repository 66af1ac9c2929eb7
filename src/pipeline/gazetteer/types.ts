// What a match of the gazetteer refers to: shared by the gazetteer and the language packs that judge
// its matches, so neither imports the other for it.

/** name: the country or region named; demonym: a nationality word; site: a place inside a country. */
export type PlaceKind = 'name' | 'demonym' | 'site' | 'none';

export interface PlaceRef {
  code: string;
  kind: PlaceKind;
}
