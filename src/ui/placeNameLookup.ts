import { nameIn, type GeoProperties } from '../domain/geography';
import { labelsByName, withSameNameLabels } from '../domain/sameNameLabels';
import type { PlaceNameLookup } from './GeographyContext';

export type PlaceNameRecord = Pick<GeoProperties, 'name' | 'label_en' | 'label_fr' | 'label_vi'>;

/**
 * The table's and panel's place names: the reader's established name where the
 * data has one (Vientiane / Viêng Chăn), else the local form with its
 * diacritics (issue 13), the same rule as the map's labels; the id until the
 * geography has loaded, so nothing waits for it.
 */
export function placeNameLookup(names: ReadonlyMap<string, PlaceNameRecord> | null): PlaceNameLookup {
  // A province spelled as its capital is in each language (Savannakhet, both): issue 13 review.
  const byName = labelsByName(names?.values() ?? []);
  return (id, lang) => {
    const record = names?.get(id);
    return record ? nameIn(withSameNameLabels(record, byName), lang) : id;
  };
}
