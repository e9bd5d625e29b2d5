// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { labelsByName, placesWithSameNameFlag, withSameNameLabels } from './sameNameLabels';

describe('same-name labels', () => {
  const town = { name: 'Savannakhét', label_en: 'Savannakhet', label_fr: 'Savannakhet', label_vi: 'Savannakhet' };
  const province = { name: 'Savannakhét' };
  const sepon = { name: 'Xépôn', label_en: 'Sepon', label_vi: 'Xê Pôn' };

  it('gives a province its capital\'s established names, language by language', () => {
    const byName = labelsByName([town, province, sepon]);
    expect(withSameNameLabels(province, byName)).toEqual(town);
    // Only the languages that have one: French keeps the local form.
    expect(withSameNameLabels({ name: 'Xépôn' }, byName)).toEqual(sepon);
  });

  it('keeps a feature\'s own labels, and leaves alone one with no namesake', () => {
    const byName = labelsByName([town]);
    expect(withSameNameLabels({ name: 'Savannakhét', label_fr: 'Savannakhet (province)' }, byName).label_fr).toBe('Savannakhet (province)');
    const salavan = { name: 'Salavan' };
    expect(withSameNameLabels(salavan, byName)).toBe(salavan);
  });
});

describe('placesWithSameNameFlag (one "Salavan" at the default view)', () => {
  it('flags a provincial capital named like a focus province, and no other place', () => {
    const places = { features: [
      { properties: { name: 'Salavan', kind: 'provincial-capital' } },
      { properties: { name: 'Salavan', kind: 'town' } },
      { properties: { name: 'Pakse', kind: 'provincial-capital' } },
      { properties: { name: 'Vinh', kind: 'provincial-capital' } },
    ] };
    const provinces = { features: [{ properties: { name: 'Salavan', focus: true } }, { properties: { name: 'Vinh', focus: false } }] };
    const out = placesWithSameNameFlag(places, provinces).features.map((f) => (f.properties as { sameNameAsProvince?: boolean }).sameNameAsProvince === true);
    expect(out).toEqual([true, false, false, false]);
  });
});
