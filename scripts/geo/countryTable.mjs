// Countries drawn on the map, keyed by the ISO 3166-1 numeric code that
// world-atlas uses as the TopoJSON geometry id. Every Natural Earth unit with
// land inside the clip box must be listed here or in `excludedUnits`, so the
// sea is only sea; the build fails on an unlisted one.

/** @typedef {{ numeric: string, id: string, name: string, name_en: string, focus?: true, name_zh?: string }} CountryName */

/** @type {CountryName[]} */
export const countries = [
  { numeric: '704', id: 'VN', name: 'Việt Nam', name_en: 'Vietnam', focus: true },
  { numeric: '418', id: 'LA', name: 'Lao', name_en: 'Laos', focus: true },
  { numeric: '156', id: 'CN', name: 'Zhōngguó', name_en: 'China', name_zh: '中国', focus: true },
  { numeric: '116', id: 'KH', name: 'Kampuchea', name_en: 'Cambodia' },
  { numeric: '764', id: 'TH', name: 'Prathet Thai', name_en: 'Thailand' },
  { numeric: '104', id: 'MM', name: 'Myanma', name_en: 'Myanmar' },
  { numeric: '356', id: 'IN', name: 'Bhārat', name_en: 'India' },
  { numeric: '050', id: 'BD', name: 'Bangladesh', name_en: 'Bangladesh' },
  { numeric: '064', id: 'BT', name: 'Druk Yul', name_en: 'Bhutan' },
  { numeric: '524', id: 'NP', name: 'Nepal', name_en: 'Nepal' },
  { numeric: '496', id: 'MN', name: 'Mongol Uls', name_en: 'Mongolia' },
  { numeric: '408', id: 'KP', name: 'Chosŏn', name_en: 'North Korea' },
  { numeric: '410', id: 'KR', name: 'Hanguk', name_en: 'South Korea' },
  { numeric: '392', id: 'JP', name: 'Nihon', name_en: 'Japan' },
  { numeric: '158', id: 'TW', name: 'Táiwān', name_en: 'Taiwan', name_zh: '台湾' },
  { numeric: '344', id: 'HK', name: 'Hong Kong', name_en: 'Hong Kong', name_zh: '香港' },
  { numeric: '446', id: 'MO', name: 'Macau', name_en: 'Macao', name_zh: '澳门' },
  { numeric: '608', id: 'PH', name: 'Pilipinas', name_en: 'Philippines' },
  { numeric: '458', id: 'MY', name: 'Malaysia', name_en: 'Malaysia' },
  { numeric: '096', id: 'BN', name: 'Brunei', name_en: 'Brunei' },
  { numeric: '360', id: 'ID', name: 'Indonesia', name_en: 'Indonesia' },
];

// Natural Earth units left out on purpose (see data/SOURCES.md, "islands").
export const excludedUnits = ['Spratly Is.', 'Scarborough Reef'];

// The Paracel Islands sit inside Natural Earth's China multipolygon; parts
// whose every vertex falls in this box are removed (Hainan lies well north).
/** @type {[number, number, number, number]} */
export const paracelBox = [110.9, 15.3, 113.2, 17.3];
