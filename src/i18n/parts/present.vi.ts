import type { PresentCatalogue } from './present.en';

// Present mode's words; see ./present.en.ts.
export const words: PresentCatalogue = {
  'present.controls': "Điều khiển trình chiếu",
  'present.previous': "Trước",
  'present.next': "Tiếp",
  'present.autoplay': "Tự động chạy",
  'present.interval': "Mỗi",
  'present.seconds': "{count} giây",
  'present.blackout': "Màn hình đen",
  'present.blackoutNote': "Màn hình đang tắt. Nhấn B để bật lại.",
  'present.fullscreen': "Toàn màn hình",
  'present.export': "Xuất trang chiếu (PNG)",
  'present.exporting': "Đang xuất…",
  'present.exportFailed': "Không thể xuất trang chiếu. Hãy thử lại, hoặc chụp màn hình.",
  'present.exit': "Thoát trình chiếu",
  // Present control bar in one row (issue 15): the three exports behind one button
  'present.exportMenu': "Xuất",
  'present.empty': "Không có sự kiện để trình chiếu: bộ lọc không còn sự kiện nào.",
  'present.source': "— {publisher}, {date}",
  // The quote's language beside it where it is not the briefing's (issue 15, session 11 review); never in its own
  // Present mode without a named publisher (issue 15): date and headline instead
  // Present mode's one-line credits at 1024 px (issue 15); the full credits are in the handout and on the slide
  'present.credits': "Bản đồ: Natural Earth · © GeoNames (CC BY 4.0) · countries-states-cities (ODbL) · SRTM30/KDE Marble · GSHHG (LGPL)",
  'present.sourceNoPublisher': "— “{headline}”, {date}",
  'slide.sourceShortNoPublisher': "“{headline}”, {date}",
  'slide.sourceLineNoPublisher': "{date}: “{headline}”",
  'present.progressLabel': "Tiến độ trình chiếu",
  'present.progress': "Bước {index} trên {count}",
  // Briefing legend card (issue 15, present3): events the frame leaves out
  // The briefing's legend card names the border glow (issue 15, session 7 review)
  'present.litBorder': "Viền sáng: đường biên giới gắn với sự kiện của bước này",
  'present.offFrame': "+{count} tại {place} {arrow}",
  'present.offFrameBorder': "{border}: +{count} {arrow}",
  'slide.sources': "Nguồn",
  'slide.sourceLine': "{publisher}, {date}: “{headline}”",
  'slide.eventCount': "{count, plural, other {# sự kiện được hiển thị}}",
  // Briefing slides (issue 15, brief): the slide's own source, the others as a footnote
  'slide.source': "Nguồn",
  'slide.sourceShort': "{publisher}, {date}",
  'slide.otherSources': "Các nguồn khác trên bản đồ: {list}",
  // Handout and video export (issue 15)
  'present.exportHandout': "Xuất tài liệu phát tay (PDF)",
  'present.exportVideo': "Xuất video",
  'export.handoutHeading': "Tài liệu phát tay",
  'export.videoHeading': "Video bài trình chiếu",
  'export.step': "Bước {index} trên {count}",
  'export.stepCount': "{count, plural, other {# bước}}",
  'export.exportedOn': "Xuất ngày {date}",
  'export.credits': "Ghi nguồn",
  'export.source': "Nguồn: {line}",
  // Briefing fixes (issue 15, session 8): the cover names every article's publisher, or says the article names none
  'export.coverSourceNoPublisher': "Bài báo không nêu cơ quan đăng tải, {date}: “{headline}”",
  'export.page': "Trang {index} trên {count}",
  'export.time': "{elapsed} trên {total}",
  'export.progressLabel': "Tiến độ xuất",
  'export.format': "Định dạng",
  'export.formatMp4': "MP4 (H.264)",
  'export.formatWebm': "WebM",
  // Video shape (issue 15, present3): a 4:3 projector's film
  'export.aspect': "Tỉ lệ khung hình",
  'export.aspect169': "16:9 màn hình rộng (1920 × 1080)",
  'export.aspect43': "4:3 máy chiếu (1440 × 1080)",
  // Video crop preview (issue 15, session 9)
  'export.cropNote': "Trong khung nét đứt: phần video hiển thị",
  'export.length': "{count, plural, other {# bước}}, dài {duration} theo thời gian thực. Bài trình chiếu sẽ tự chạy trong khi ghi.",
  'export.record': "Ghi",
  'export.cancel': "Hủy",
  'export.saved': "Đã lưu: {file}",
  'export.cancelled': "Đã hủy xuất.",
  'export.failed': "Xuất không thành công. Hãy thử lại.",
  'export.noVideo': "Trình duyệt này không ghi được video.",
  'export.dismiss': "Đóng thông báo này",
};
