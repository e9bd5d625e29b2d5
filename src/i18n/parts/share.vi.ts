import type { ShareCatalogue } from './share.en';

// The Share dialog's words; see ./share.en.ts.
export const words: ShareCatalogue = {
  'share.title': "Chia sẻ chế độ xem này",
  'share.intro': "Đường liên kết và mã nhúng khôi phục đúng ngày này, sự kiện đang chọn, các bộ lọc và vị trí của bản đồ.",
  'share.link': "Đường liên kết đến chế độ xem này",
  'share.copyLink': "Sao chép liên kết",
  // Share dialog: the link first, the embed after its own heading (issue 13, session 8)
  'share.embedHeading': "Nhúng bản đồ này",
  'share.embed': "Mã nhúng",
  'share.embedHint': "Dán mã này vào HTML của một trang. Tập lệnh đi kèm giữ cho khung cao vừa đủ với bản đồ; nếu không có tập lệnh, khung giữ chiều cao {height} pixel.",
  // AMP snippet in the Share dialog (issue 14 review, embed2)
  'share.amp': "Mã cho trang AMP (hiển thị ảnh thay thế cho đến khi bản đồ tải xong)",
  // AMP code behind a disclosure, after the iframe code (issue 14, session 9)
  'share.ampShow': "Mã cho trang AMP",
  'share.copyEmbed': "Sao chép mã nhúng",
  'share.mirror': "Để địa chỉ của bài báo theo bản đồ này, nhờ đó người đọc chia sẻ bài báo sẽ chia sẻ đúng thời điểm này (trang phải có đoạn script)",
  'share.linkCopied': "Đã sao chép liên kết.",
  'share.codeCopied': "Đã sao chép mã nhúng.",
  'share.copyFailed': "Không thể tự động sao chép: văn bản đã được chọn, hãy nhấn Ctrl+C (⌘C trên máy Mac) để sao chép.",
  'share.previewWidth': "Xem trước",
  'share.previewPhone': "Điện thoại, 320 px",
  'share.previewColumn': "Bài viết, 680 px",
  'share.introEmbed': "Liên kết mở bản đồ đầy đủ tại ngày này, với sự kiện đã chọn, bộ lọc và vị trí của bản đồ.",
  'share.builder': "Tùy chỉnh bản nhúng",
  'share.preview': "Xem trước bản nhúng",
  'share.height': "Chiều cao",
  'share.heightAuto': "Tự động",
  'share.heightPx': "{height} px",
  'share.controls': "Nút điều khiển",
  'share.controls.compact': "Gọn: phát, dòng thời gian, ngày",
  'share.controls.full': "Đầy đủ: mọi tùy chọn",
  'share.controls.none': "Không có: chỉ bản đồ, do trang điều khiển",
  'share.theme': "Giao diện",
  'share.theme.light': "Sáng",
  'share.theme.dark': "Tối",
  'share.theme.auto': "Theo hệ thống của người đọc",
  'share.transparent': "Nền trong suốt",
  'share.legendOpen': "Mở chú giải ngay từ đầu",
  'share.language': "Ngôn ngữ",
  'share.languageReader': "Ngôn ngữ của người đọc",
};
