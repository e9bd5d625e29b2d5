import { describe, expect, it } from 'vitest';
import { labelsByName, withSameNameLabels } from './sameNameLabels';

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
