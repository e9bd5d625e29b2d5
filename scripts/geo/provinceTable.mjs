// Names for the Natural Earth admin-1 polygons, keyed by their `adm1_code`.
// The source's own name fields are unreliable for Vietnam (three polygons
// carry region names, others lack diacritics or are mangled), so every
// province is named here, by hand, and the build fails if a polygon is
// unnamed or a name has no polygon. `neName` is the source's `name`, kept
// only to document the renames in data/SOURCES.md.

/** @typedef {{ code: string, id: string, name: string, name_en: string, neName: string, name_zh?: string }} ProvinceName */

/** @type {ProvinceName[]} */
export const vietnamProvinces = [
  { code: 'VNM-498', id: 'vn-an-giang', name: 'An Giang', name_en: 'An Giang', neName: 'An Giang' },
  { code: 'VNM-495', id: 'vn-ba-ria-vung-tau', name: 'Bà Rịa – Vũng Tàu', name_en: 'Ba Ria–Vung Tau', neName: 'Bà Rịa - Vũng Tàu' },
  { code: 'VNM-506', id: 'vn-bac-lieu', name: 'Bạc Liêu', name_en: 'Bac Lieu', neName: 'Bạc Liêu' },
  { code: 'VNM-470', id: 'vn-bac-giang', name: 'Bắc Giang', name_en: 'Bac Giang', neName: 'Bắc Giang' },
  { code: 'VNM-451', id: 'vn-bac-kan', name: 'Bắc Kạn', name_en: 'Bac Kan', neName: 'Đông Bắc' },
  { code: 'VNM-463', id: 'vn-bac-ninh', name: 'Bắc Ninh', name_en: 'Bac Ninh', neName: 'Bắc Ninh' },
  { code: 'VNM-504', id: 'vn-ben-tre', name: 'Bến Tre', name_en: 'Ben Tre', neName: 'Bến Tre' },
  { code: 'VNM-483', id: 'vn-binh-duong', name: 'Bình Dương', name_en: 'Binh Duong', neName: 'Bình Dương' },
  { code: 'VNM-485', id: 'vn-binh-dinh', name: 'Bình Định', name_en: 'Binh Dinh', neName: 'Bình Định' },
  { code: 'VNM-484', id: 'vn-binh-phuoc', name: 'Bình Phước', name_en: 'Binh Phuoc', neName: 'Bình Phước' },
  { code: 'VNM-496', id: 'vn-binh-thuan', name: 'Bình Thuận', name_en: 'Binh Thuan', neName: 'Bình Thuận' },
  { code: 'VNM-507', id: 'vn-ca-mau', name: 'Cà Mau', name_en: 'Ca Mau', neName: 'Cà Mau' },
  { code: 'VNM-511', id: 'vn-cao-bang', name: 'Cao Bằng', name_en: 'Cao Bang', neName: 'Cao Bằng' },
  { code: 'VNM-499', id: 'vn-can-tho', name: 'Cần Thơ', name_en: 'Can Tho', neName: 'Can Tho' },
  { code: 'VNM-491', id: 'vn-da-nang', name: 'Đà Nẵng', name_en: 'Da Nang', neName: 'Đà Nẵng' },
  { code: 'VNM-477', id: 'vn-dak-lak', name: 'Đắk Lắk', name_en: 'Dak Lak', neName: 'Dak Lak' },
  { code: 'VNM-4835', id: 'vn-dak-nong', name: 'Đắk Nông', name_en: 'Dak Nong', neName: 'Đắk Nông' },
  { code: 'VNM-450', id: 'vn-dien-bien', name: 'Điện Biên', name_en: 'Dien Bien', neName: 'Điện Biên' },
  { code: 'VNM-497', id: 'vn-dong-nai', name: 'Đồng Nai', name_en: 'Dong Nai', neName: 'Đông Nam Bộ' },
  { code: 'VNM-500', id: 'vn-dong-thap', name: 'Đồng Tháp', name_en: 'Dong Thap', neName: 'Ð?ng Tháp' },
  { code: 'VNM-478', id: 'vn-gia-lai', name: 'Gia Lai', name_en: 'Gia Lai', neName: 'Gia Lai' },
  { code: 'VNM-512', id: 'vn-ha-giang', name: 'Hà Giang', name_en: 'Ha Giang', neName: 'Hà Giang' },
  { code: 'VNM-467', id: 'vn-ha-nam', name: 'Hà Nam', name_en: 'Ha Nam', neName: 'Hà Nam' },
  { code: 'VNM-462', id: 'vn-ha-noi', name: 'Hà Nội', name_en: 'Hanoi', neName: 'Ha Noi' },
  { code: 'VNM-474', id: 'vn-ha-tinh', name: 'Hà Tĩnh', name_en: 'Ha Tinh', neName: 'Ha Tinh' },
  { code: 'VNM-460', id: 'vn-hai-duong', name: 'Hải Dương', name_en: 'Hai Duong', neName: 'Hải Dương' },
  { code: 'VNM-4600', id: 'vn-hai-phong', name: 'Hải Phòng', name_en: 'Hai Phong', neName: 'Hải Phòng' },
  { code: 'VNM-505', id: 'vn-hau-giang', name: 'Hậu Giang', name_en: 'Hau Giang', neName: 'Hau Giang' },
  { code: 'VNM-459', id: 'vn-hoa-binh', name: 'Hòa Bình', name_en: 'Hoa Binh', neName: 'Hòa Bình' },
  { code: 'VNM-501', id: 'vn-ho-chi-minh', name: 'Thành phố Hồ Chí Minh', name_en: 'Ho Chi Minh City', neName: 'Hồ Chí Minh city' },
  { code: 'VNM-461', id: 'vn-hung-yen', name: 'Hưng Yên', name_en: 'Hung Yen', neName: 'Đồng Bằng Sông Hồng' },
  { code: 'VNM-479', id: 'vn-khanh-hoa', name: 'Khánh Hòa', name_en: 'Khanh Hoa', neName: 'Khánh Hòa' },
  { code: 'VNM-502', id: 'vn-kien-giang', name: 'Kiên Giang', name_en: 'Kien Giang', neName: 'Kiên Giang' },
  { code: 'VNM-486', id: 'vn-kon-tum', name: 'Kon Tum', name_en: 'Kon Tum', neName: 'Kon Tum' },
  { code: 'VNM-453', id: 'vn-lai-chau', name: 'Lai Châu', name_en: 'Lai Chau', neName: 'Lai Chau' },
  { code: 'VNM-480', id: 'vn-lam-dong', name: 'Lâm Đồng', name_en: 'Lam Dong', neName: 'Lâm Đồng' },
  { code: 'VNM-454', id: 'vn-lang-son', name: 'Lạng Sơn', name_en: 'Lang Son', neName: 'Lạng Sơn' },
  { code: 'VNM-5483', id: 'vn-lao-cai', name: 'Lào Cai', name_en: 'Lao Cai', neName: 'Lào Cai' },
  { code: 'VNM-503', id: 'vn-long-an', name: 'Long An', name_en: 'Long An', neName: 'Long An' },
  { code: 'VNM-468', id: 'vn-nam-dinh', name: 'Nam Định', name_en: 'Nam Dinh', neName: 'Nam Định' },
  { code: 'VNM-475', id: 'vn-nghe-an', name: 'Nghệ An', name_en: 'Nghe An', neName: 'Nghệ An' },
  { code: 'VNM-466', id: 'vn-ninh-binh', name: 'Ninh Bình', name_en: 'Ninh Binh', neName: 'Ninh Bình' },
  { code: 'VNM-481', id: 'vn-ninh-thuan', name: 'Ninh Thuận', name_en: 'Ninh Thuan', neName: 'Ninh Thuận' },
  { code: 'VNM-469', id: 'vn-phu-tho', name: 'Phú Thọ', name_en: 'Phu Tho', neName: 'Phú Thọ' },
  { code: 'VNM-482', id: 'vn-phu-yen', name: 'Phú Yên', name_en: 'Phu Yen', neName: 'Phú Yên' },
  { code: 'VNM-476', id: 'vn-quang-binh', name: 'Quảng Bình', name_en: 'Quang Binh', neName: 'Quảng Bình' },
  { code: 'VNM-487', id: 'vn-quang-nam', name: 'Quảng Nam', name_en: 'Quang Nam', neName: 'Quàng Nam' },
  { code: 'VNM-488', id: 'vn-quang-ngai', name: 'Quảng Ngãi', name_en: 'Quang Ngai', neName: 'Quảng Ngãi' },
  { code: 'VNM-429', id: 'vn-quang-ninh', name: 'Quảng Ninh', name_en: 'Quang Ninh', neName: 'Quảng Ninh' },
  { code: 'VNM-489', id: 'vn-quang-tri', name: 'Quảng Trị', name_en: 'Quang Tri', neName: 'Quảng Trị' },
  { code: 'VNM-508', id: 'vn-soc-trang', name: 'Sóc Trăng', name_en: 'Soc Trang', neName: 'Sóc Trăng' },
  { code: 'VNM-455', id: 'vn-son-la', name: 'Sơn La', name_en: 'Son La', neName: 'Son La' },
  { code: 'VNM-444', id: 'vn-tay-ninh', name: 'Tây Ninh', name_en: 'Tay Ninh', neName: 'Tây Ninh' },
  { code: 'VNM-471', id: 'vn-thai-binh', name: 'Thái Bình', name_en: 'Thai Binh', neName: 'Thái Bình' },
  { code: 'VNM-452', id: 'vn-thai-nguyen', name: 'Thái Nguyên', name_en: 'Thai Nguyen', neName: 'Thái Nguyên' },
  { code: 'VNM-456', id: 'vn-thanh-hoa', name: 'Thanh Hóa', name_en: 'Thanh Hoa', neName: 'Thanh Hóa' },
  { code: 'VNM-490', id: 'vn-thua-thien-hue', name: 'Thừa Thiên Huế', name_en: 'Thua Thien Hue', neName: 'Thừa Thiên - Huế' },
  { code: 'VNM-4834', id: 'vn-tien-giang', name: 'Tiền Giang', name_en: 'Tien Giang', neName: 'Tiền Giang' },
  { code: 'VNM-509', id: 'vn-tra-vinh', name: 'Trà Vinh', name_en: 'Tra Vinh', neName: 'Trà Vinh' },
  { code: 'VNM-457', id: 'vn-tuyen-quang', name: 'Tuyên Quang', name_en: 'Tuyen Quang', neName: 'Tuyên Quang' },
  { code: 'VNM-510', id: 'vn-vinh-long', name: 'Vĩnh Long', name_en: 'Vinh Long', neName: 'Vĩnh Long' },
  { code: 'VNM-464', id: 'vn-vinh-phuc', name: 'Vĩnh Phúc', name_en: 'Vinh Phuc', neName: 'Vĩnh Phúc' },
  { code: 'VNM-458', id: 'vn-yen-bai', name: 'Yên Bái', name_en: 'Yen Bai', neName: 'Yên Bái' },
];

// Lao names: `name` is the BGN/PCGN-style romanisation used by Natural Earth
// and GeoNames (with its diacritics), `name_en` the usual English spelling.
/** @type {ProvinceName[]} */
export const laosProvinces = [
  { code: 'LAO-3294', id: 'la-attapeu', name: 'Attapu', name_en: 'Attapeu', neName: 'Attapu' },
  { code: 'LAO-3271', id: 'la-bokeo', name: 'Bokeo', name_en: 'Bokeo', neName: 'Bokeo' },
  { code: 'LAO-3292', id: 'la-bolikhamxay', name: 'Bolikhamxai', name_en: 'Bolikhamxay', neName: 'Bolikhamxai' },
  { code: 'LAO-3280', id: 'la-champasak', name: 'Champasak', name_en: 'Champasak', neName: 'Champasak' },
  { code: 'LAO-3288', id: 'la-houaphanh', name: 'Houaphan', name_en: 'Houaphanh', neName: 'Houaphan' },
  { code: 'LAO-3293', id: 'la-khammouane', name: 'Khammouan', name_en: 'Khammouane', neName: 'Khammouan' },
  { code: 'LAO-3272', id: 'la-luang-namtha', name: 'Louang Namtha', name_en: 'Luang Namtha', neName: 'Louang Namtha' },
  { code: 'LAO-3289', id: 'la-luang-prabang', name: 'Louangphabang', name_en: 'Luang Prabang', neName: 'Louangphrabang' },
  { code: 'LAO-3290', id: 'la-oudomxay', name: 'Oudômxai', name_en: 'Oudomxay', neName: 'Oudômxai' },
  { code: 'LAO-3291', id: 'la-phongsaly', name: 'Phôngsali', name_en: 'Phongsaly', neName: 'Phôngsali' },
  { code: 'LAO-3281', id: 'la-salavan', name: 'Salavan', name_en: 'Salavan', neName: 'Saravan' },
  { code: 'LAO-3282', id: 'la-savannakhet', name: 'Savannakhét', name_en: 'Savannakhet', neName: 'Savannakhét' },
  { code: 'LAO-3295', id: 'la-sekong', name: 'Xékong', name_en: 'Sekong', neName: 'Xékong' },
  { code: 'LAO-3283', id: 'la-vientiane-prefecture', name: 'Nakhon Louang Viangchan', name_en: 'Vientiane Prefecture', neName: 'Vientiane [prefecture]' },
  { code: 'LAO-3284', id: 'la-vientiane-province', name: 'Viangchan', name_en: 'Vientiane Province', neName: 'Vientiane' },
  { code: 'LAO-3278', id: 'la-xayaboury', name: 'Xaignabouli', name_en: 'Xayaboury', neName: 'Xaignabouri' },
  { code: 'LAO-3286', id: 'la-xiangkhouang', name: 'Xiangkhoang', name_en: 'Xiangkhouang', neName: 'Xiangkhoang' },
];

// Chinese names in Hanyu Pinyin with tone marks (label fonts cover Latin and
// Vietnamese but not CJK); the characters are kept in `name_zh`.
/** @type {ProvinceName[]} */
export const chinaProvinces = [
  { code: 'CHN-1152', id: 'cn-guangxi', name: 'Guǎngxī', name_en: 'Guangxi', name_zh: '广西壮族自治区', neName: 'Guangxi' },
  { code: 'CHN-1810', id: 'cn-yunnan', name: 'Yúnnán', name_en: 'Yunnan', name_zh: '云南省', neName: 'Yunnan' },
];
