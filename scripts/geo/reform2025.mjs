// Vietnam's provincial reform of 1 July 2025: Resolution No. 202/2025/QH15
// of the National Assembly (adopted 12 June 2025) on the arrangement of
// provincial-level administrative units; the new units operate from 1 July
// 2025. 63 provincial units became 34: 11 kept as they were, 23 are whole
// provinces merged, each named after one of them (data/SOURCES.md).
//
// A merged unit is drawn as the union of its predecessors' polygons, with
// the id `<first predecessor's id>-2025`; the predecessors end on
// LAST_DAY_BEFORE_REFORM, the merged unit starts on REFORM_DAY.

export const REFORM_DAY = '2025-07-01';
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';

/** The 11 provincial units the resolution leaves as they were (ids of provinceTable.mjs). */
export const unchanged = [
  'vn-ha-noi', 'vn-thua-thien-hue', 'vn-lai-chau', 'vn-dien-bien', 'vn-son-la', 'vn-lang-son',
  'vn-quang-ninh', 'vn-thanh-hoa', 'vn-nghe-an', 'vn-ha-tinh', 'vn-cao-bang',
];

/**
 * @typedef {{ id: string, name: string, name_en: string, from: string[], capital?: string }} MergedUnit
 * `from` lists the predecessors, the one whose name the unit keeps first.
 * `capital` (a place id in places.geojson) only where the new seat is one of
 * the map's places: Quảng Trị's seat moved to Đồng Hới; new Lào Cai's is in
 * the former Yên Bái, which the map does not hold, so it has none.
 */

/** @type {MergedUnit[]} */
export const merged = [
  { id: 'vn-tuyen-quang-2025', name: 'Tuyên Quang', name_en: 'Tuyen Quang', from: ['vn-tuyen-quang', 'vn-ha-giang'] },
  { id: 'vn-lao-cai-2025', name: 'Lào Cai', name_en: 'Lao Cai', from: ['vn-lao-cai', 'vn-yen-bai'] },
  { id: 'vn-thai-nguyen-2025', name: 'Thái Nguyên', name_en: 'Thai Nguyen', from: ['vn-thai-nguyen', 'vn-bac-kan'] },
  { id: 'vn-phu-tho-2025', name: 'Phú Thọ', name_en: 'Phu Tho', from: ['vn-phu-tho', 'vn-vinh-phuc', 'vn-hoa-binh'] },
  { id: 'vn-bac-ninh-2025', name: 'Bắc Ninh', name_en: 'Bac Ninh', from: ['vn-bac-ninh', 'vn-bac-giang'] },
  { id: 'vn-hung-yen-2025', name: 'Hưng Yên', name_en: 'Hung Yen', from: ['vn-hung-yen', 'vn-thai-binh'] },
  { id: 'vn-hai-phong-2025', name: 'Hải Phòng', name_en: 'Hai Phong', from: ['vn-hai-phong', 'vn-hai-duong'] },
  { id: 'vn-ninh-binh-2025', name: 'Ninh Bình', name_en: 'Ninh Binh', from: ['vn-ninh-binh', 'vn-ha-nam', 'vn-nam-dinh'] },
  { id: 'vn-quang-tri-2025', name: 'Quảng Trị', name_en: 'Quang Tri', from: ['vn-quang-tri', 'vn-quang-binh'], capital: 'place-dong-hoi' },
  { id: 'vn-da-nang-2025', name: 'Đà Nẵng', name_en: 'Da Nang', from: ['vn-da-nang', 'vn-quang-nam'] },
  { id: 'vn-quang-ngai-2025', name: 'Quảng Ngãi', name_en: 'Quang Ngai', from: ['vn-quang-ngai', 'vn-kon-tum'] },
  { id: 'vn-gia-lai-2025', name: 'Gia Lai', name_en: 'Gia Lai', from: ['vn-gia-lai', 'vn-binh-dinh'] },
  { id: 'vn-khanh-hoa-2025', name: 'Khánh Hòa', name_en: 'Khanh Hoa', from: ['vn-khanh-hoa', 'vn-ninh-thuan'] },
  { id: 'vn-lam-dong-2025', name: 'Lâm Đồng', name_en: 'Lam Dong', from: ['vn-lam-dong', 'vn-dak-nong', 'vn-binh-thuan'] },
  { id: 'vn-dak-lak-2025', name: 'Đắk Lắk', name_en: 'Dak Lak', from: ['vn-dak-lak', 'vn-phu-yen'] },
  { id: 'vn-ho-chi-minh-2025', name: 'Thành phố Hồ Chí Minh', name_en: 'Ho Chi Minh City', from: ['vn-ho-chi-minh', 'vn-binh-duong', 'vn-ba-ria-vung-tau'] },
  { id: 'vn-dong-nai-2025', name: 'Đồng Nai', name_en: 'Dong Nai', from: ['vn-dong-nai', 'vn-binh-phuoc'] },
  { id: 'vn-tay-ninh-2025', name: 'Tây Ninh', name_en: 'Tay Ninh', from: ['vn-tay-ninh', 'vn-long-an'] },
  { id: 'vn-can-tho-2025', name: 'Cần Thơ', name_en: 'Can Tho', from: ['vn-can-tho', 'vn-soc-trang', 'vn-hau-giang'] },
  { id: 'vn-vinh-long-2025', name: 'Vĩnh Long', name_en: 'Vinh Long', from: ['vn-vinh-long', 'vn-ben-tre', 'vn-tra-vinh'] },
  { id: 'vn-dong-thap-2025', name: 'Đồng Tháp', name_en: 'Dong Thap', from: ['vn-dong-thap', 'vn-tien-giang'] },
  { id: 'vn-ca-mau-2025', name: 'Cà Mau', name_en: 'Ca Mau', from: ['vn-ca-mau', 'vn-bac-lieu'] },
  { id: 'vn-an-giang-2025', name: 'An Giang', name_en: 'An Giang', from: ['vn-an-giang', 'vn-kien-giang'] },
];
