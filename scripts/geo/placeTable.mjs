// The places shipped in data/places.geojson and where each coordinate comes
// from: a GeoNames id (cities500), a country-state-city entry, a midpoint of
// two GeoNames points, or a hand-entered coordinate (always approximate).
// Border gates name the border line they are snapped onto.

/**
 * @typedef {{ geonameid: number } | { csc: string, cscCountry: string } | { midpointOf: [number, number] } | { lonLat: [number, number], from: string }} Origin
 * @typedef {{ id: string, kind: string, country: string, rank: number, name: string, name_en: string,
 *   origin: Origin, name_alt?: string, name_zh?: string, province?: string, border?: string, countries?: string[] }} PlaceSpec
 */

/** @type {PlaceSpec[]} */
export const places = [
  { id: 'place-ha-noi', kind: 'national-capital', country: 'VN', rank: 1, name: 'Hà Nội', name_en: 'Hanoi', origin: { geonameid: 1581130 } },
  { id: 'place-vientiane', kind: 'national-capital', country: 'LA', rank: 1, name: 'Viangchan', name_en: 'Vientiane', origin: { geonameid: 1651944 } },
  { id: 'place-beijing', kind: 'national-capital', country: 'CN', rank: 1, name: 'Běijīng', name_en: 'Beijing', name_zh: '北京', origin: { geonameid: 1816670 } },
  { id: 'place-phnom-penh', kind: 'national-capital', country: 'KH', rank: 2, name: 'Phnom Penh', name_en: 'Phnom Penh', origin: { geonameid: 1821306 } },
  { id: 'place-bangkok', kind: 'national-capital', country: 'TH', rank: 2, name: 'Krung Thep', name_en: 'Bangkok', origin: { geonameid: 1609350 } },
  { id: 'place-kunming', kind: 'provincial-capital', country: 'CN', rank: 2, name: 'Kūnmíng', name_en: 'Kunming', name_zh: '昆明', province: 'cn-yunnan', origin: { geonameid: 1804651 } },
  { id: 'place-nanning', kind: 'provincial-capital', country: 'CN', rank: 2, name: 'Nánníng', name_en: 'Nanning', name_zh: '南宁', province: 'cn-guangxi', origin: { geonameid: 1799869 } },
  { id: 'place-dong-ha', kind: 'provincial-capital', country: 'VN', rank: 2, name: 'Đông Hà', name_en: 'Dong Ha', province: 'vn-quang-tri', origin: { geonameid: 1582926 } },
  { id: 'place-dong-hoi', kind: 'provincial-capital', country: 'VN', rank: 2, name: 'Đồng Hới', name_en: 'Dong Hoi', province: 'vn-quang-binh', origin: { geonameid: 1582886 } },
  { id: 'place-savannakhet', kind: 'provincial-capital', country: 'LA', rank: 2, name: 'Savannakhét', name_en: 'Savannakhet', name_alt: 'Kaysone Phomvihane', province: 'la-savannakhet', origin: { geonameid: 1653316 } },
  { id: 'place-salavan', kind: 'provincial-capital', country: 'LA', rank: 2, name: 'Salavan', name_en: 'Salavan', province: 'la-salavan', origin: { geonameid: 1653334 } },
  { id: 'place-lao-cai', kind: 'provincial-capital', country: 'VN', rank: 2, name: 'Lào Cai', name_en: 'Lao Cai', province: 'vn-lao-cai', origin: { geonameid: 1576303 } },
  { id: 'place-lang-son', kind: 'provincial-capital', country: 'VN', rank: 2, name: 'Lạng Sơn', name_en: 'Lang Son', province: 'vn-lang-son', origin: { geonameid: 1576633 } },
  { id: 'place-khe-sanh', kind: 'town', country: 'VN', rank: 3, name: 'Khe Sanh', name_en: 'Khe Sanh', province: 'vn-quang-tri', origin: { geonameid: 1579363 } },
  { id: 'place-mong-cai', kind: 'town', country: 'VN', rank: 3, name: 'Móng Cái', name_en: 'Mong Cai', province: 'vn-quang-ninh', origin: { geonameid: 1574507 } },
  { id: 'place-dongxing', kind: 'town', country: 'CN', rank: 3, name: 'Dōngxīng', name_en: 'Dongxing', name_zh: '东兴', province: 'cn-guangxi', origin: { geonameid: 1812138 } },
  { id: 'place-dong-dang', kind: 'town', country: 'VN', rank: 4, name: 'Đồng Đăng', name_en: 'Dong Dang', province: 'vn-lang-son', origin: { geonameid: 1582998 } },
  {
    id: 'district-la-sepon', kind: 'district', country: 'LA', rank: 4, name: 'Xépôn', name_en: 'Sepon', name_alt: 'Seponh', province: 'la-savannakhet',
    origin: { lonLat: [106.23, 16.69], from: 'town of Xépôn on Route 9 (rebuilt west of the Xe Banghiang after the war), read off published maps; no gazetteer package lists it' },
  },
  { id: 'district-la-nong', kind: 'district', country: 'LA', rank: 4, name: 'Nong', name_en: 'Nong', province: 'la-savannakhet', origin: { csc: 'Muang Nong', cscCountry: 'LA' }, districtRecord: true },
  { id: 'district-la-samouay', kind: 'district', country: 'LA', rank: 4, name: 'Samouay', name_en: 'Samouay', name_alt: 'Sa Mouay', province: 'la-salavan', origin: { csc: 'Muang Samouay', cscCountry: 'LA' }, districtRecord: true },
  {
    id: 'gate-lao-bao-dansavanh', kind: 'border-gate', country: 'VN', countries: ['VN', 'LA'], rank: 3, border: 'border-vn-la',
    name: 'Lao Bảo – Dansavanh', name_en: 'Lao Bao–Dansavanh border gate',
    origin: { lonLat: [106.6, 16.617], from: 'Lao Bảo town, 16°37′N 106°36′E (Wikipedia "Lao Bảo"); the gate is on Route 9 at the town\'s western edge' },
  },
  {
    id: 'gate-huu-nghi-youyiguan', kind: 'border-gate', country: 'VN', countries: ['VN', 'CN'], rank: 3, border: 'border-vn-cn',
    name: 'Hữu Nghị – Yǒuyìguān', name_en: 'Huu Nghi–Youyiguan (Friendship Pass) border gate', name_zh: '友谊关',
    origin: { lonLat: [106.712222, 21.976389], from: 'Friendship Pass, 21°58′35″N 106°42′44″E (shared/GEODATA.md)' },
  },
  {
    id: 'gate-lao-cai-hekou', kind: 'border-gate', country: 'VN', countries: ['VN', 'CN'], rank: 3, border: 'border-vn-cn',
    name: 'Lào Cai – Hékǒu', name_en: 'Lao Cai–Hekou border gate', name_zh: '河口',
    origin: { midpointOf: [1576303, 1808588] },
  },
  {
    id: 'gate-mong-cai-dongxing', kind: 'border-gate', country: 'VN', countries: ['VN', 'CN'], rank: 3, border: 'border-vn-cn',
    name: 'Móng Cái – Dōngxīng', name_en: 'Mong Cai–Dongxing border gate', name_zh: '东兴',
    origin: { midpointOf: [1574507, 1812138] },
  },
];
