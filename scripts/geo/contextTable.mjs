// The context layers' names and hand-entered placements (issue 13, "a basemap
// that orients"). Each river is the Natural Earth 1:50m feature that passes
// nearest to its reference points; each water label is a point placed by
// hand in open water; the AH16 line joins gazetteer points along the route.
// Names per language: label_en / label_fr / label_vi where the language has
// an established form, otherwise the map shows `name` (the local form).

/** [west, south, east, north] the context layers are clipped to. */
/** @type {[number, number, number, number]} */
export const CONTEXT_BOX = [97, 8, 112, 26];

export const rivers = [
  {
    id: 'river-mekong', name: 'Mekong', name_en: 'Mekong', label_en: 'Mekong', label_fr: 'Mékong', label_vi: 'Mê Kông',
    // Jinghong, Luang Prabang, Vientiane and Pakse, all on the river (GeoNames points, rounded).
    near: [[100.8, 22.01], [102.14, 19.89], [102.6, 17.97], [105.78, 15.12]],
  },
  {
    id: 'river-red', name: 'Sông Hồng', name_en: 'Red River', label_en: 'Red River', label_fr: 'fleuve Rouge', label_vi: 'sông Hồng',
    // Hanoi and Lào Cai, both on the river.
    near: [[105.85, 21.03], [103.97, 22.49]],
  },
];

/**
 * Rivers too small for Natural Earth, taken from GSHHG's WDB II rivers: the
 * chain of segments from `from` to `to` (each within 3 km of a segment end).
 */
export const gshhgRivers = [
  {
    id: 'river-se-pon', name: 'Sê Pôn', name_en: 'Sepon River', label_en: 'Sê Pôn', label_fr: 'Sê Pôn', label_vi: 'sông Sê Pôn',
    // From the Vietnam–Laos border south-east of Lao Bảo, past Lao Bảo, to the Xe Banghiang at Xépôn.
    from: [106.79, 16.46], to: [106.23, 16.7],
  },
  {
    id: 'river-ben-hai', name: 'Sông Bến Hải', name_en: 'Ben Hai River', label_en: 'Bến Hải', label_fr: 'Bến Hải', label_vi: 'sông Bến Hải',
    // From the hills west of Vĩnh Linh to the sea at Cửa Tùng (17.02N 107.11E).
    from: [106.72, 16.93], to: [107.12, 17.01],
  },
];

export const waterLabels = [
  // Open sea east of the Vietnamese coast (108.8E at this latitude), inside the Paracels' box but clear of its
  // islands (Triton Island, 15.8N 111.2E, about 30 km away; the islands are not drawn), far enough
  // north to be named in the default view at 1280×800 and 1440×900 (session 18 review: only Vietnamese named it
  // there; at 14.2N the English and French names fell on the map's bottom edge).
  { id: 'sea-south-china-sea', kind: 'sea', name: 'Biển Đông', name_en: 'South China Sea', label_en: 'South China Sea', label_fr: 'mer de Chine méridionale', label_vi: 'Biển Đông', lonLat: [111.3, 15.5], rank: 1 },
  // The same sea again off Quảng Trị's coast (east of Cồn Cỏ, 17.16N 107.34E),
  // so the default view of the focus provinces names the water it borders.
  { id: 'sea-south-china-sea-quang-tri', kind: 'sea', name: 'Biển Đông', name_en: 'South China Sea', label_en: 'South China Sea', label_fr: 'mer de Chine méridionale', label_vi: 'Biển Đông', lonLat: [107.6, 17.3], rank: 1 },
  { id: 'gulf-tonkin', kind: 'gulf', name: 'Vịnh Bắc Bộ', name_en: 'Gulf of Tonkin', label_en: 'Gulf of Tonkin', label_fr: 'golfe du Tonkin', label_vi: 'Vịnh Bắc Bộ', lonLat: [107.6, 19.9], rank: 2 },
  { id: 'gulf-thailand', kind: 'gulf', name: 'Vịnh Thái Lan', name_en: 'Gulf of Thailand', label_en: 'Gulf of Thailand', label_fr: 'golfe de Thaïlande', label_vi: 'Vịnh Thái Lan', lonLat: [101.6, 10.4], rank: 2 },
];

/**
 * AH16 / Route 9 (Quốc lộ 9 in Vietnam, Route 9 in Laos) from Đông Hà to
 * Savannakhet. No openly licensed road data reaches this machine (see
 * data/SOURCES.md), so the line is schematic: it joins, in order, points the
 * road is documented to pass through, and is marked approximate.
 */
export const roads = [
  {
    id: 'road-ah16', kind: 'road', name: 'QL9 / AH16', name_en: 'AH16 / Highway 9', label_en: 'AH16 / Route 9', label_fr: 'AH16 / route 9', label_vi: 'QL9 / AH16',
    via: [
      { place: 'place-dong-ha' },
      { place: 'place-khe-sanh' },
      { place: 'gate-lao-bao-dansavanh' },
      { place: 'district-la-sepon' },
      { lonLat: [106.01, 16.53], from: 'Phin (Muang Phine) on Route 9, read from the GeoNames point of the town, rounded' },
      { lonLat: [105.28, 16.53], from: 'Xeno (Seno), the junction of Route 9 with Route 13, rounded' },
      { place: 'place-savannakhet' },
    ],
  },
];

/** Names of places in the reader's language where one is established (places.geojson). */
export const placeLabels = {
  'place-ha-noi': { label_en: 'Hanoi', label_fr: 'Hanoï' },
  'place-vientiane': { label_en: 'Vientiane', label_fr: 'Vientiane', label_vi: 'Viêng Chăn' },
  'place-beijing': { label_en: 'Beijing', label_fr: 'Pékin', label_vi: 'Bắc Kinh' },
  'place-phnom-penh': { label_vi: 'Phnôm Pênh' },
  'place-bangkok': { label_en: 'Bangkok', label_fr: 'Bangkok', label_vi: 'Băng Cốc' },
  'place-kunming': { label_en: 'Kunming', label_fr: 'Kunming', label_vi: 'Côn Minh' },
  'place-nanning': { label_en: 'Nanning', label_fr: 'Nanning', label_vi: 'Nam Ninh' },
  'place-savannakhet': { label_en: 'Savannakhet', label_fr: 'Savannakhet', label_vi: 'Savannakhet' },
  'place-dongxing': { label_en: 'Dongxing', label_fr: 'Dongxing', label_vi: 'Đông Hưng' },
  // The Vietnamese forms the record uses (issue 16; VNA's Vietnamese text): Sê Pôn, Noòng, Sa Muội.
  'district-la-sepon': { label_en: 'Sepon', label_vi: 'Sê Pôn' },
  'district-la-nong': { label_en: 'Nong', label_vi: 'Noòng' },
  'district-la-samouay': { label_en: 'Samouay', label_vi: 'Sa Muội' },
  'gate-huu-nghi-youyiguan': { label_en: 'Hữu Nghị – Youyiguan', label_fr: 'Hữu Nghị – Youyiguan', label_vi: 'Hữu Nghị – Hữu Nghị Quan' },
  'gate-lao-cai-hekou': { label_en: 'Lào Cai – Hekou', label_fr: 'Lào Cai – Hekou', label_vi: 'Lào Cai – Hà Khẩu' },
  'gate-mong-cai-dongxing': { label_en: 'Móng Cái – Dongxing', label_fr: 'Móng Cái – Dongxing', label_vi: 'Móng Cái – Đông Hưng' },
};

/** Province names in the reader's language where one is established (provinces.geojson). */
export const provinceLabels = {
  'cn-yunnan': { label_en: 'Yunnan', label_fr: 'Yunnan', label_vi: 'Vân Nam' },
  'cn-guangxi': { label_en: 'Guangxi', label_fr: 'Guangxi', label_vi: 'Quảng Tây' },
};
