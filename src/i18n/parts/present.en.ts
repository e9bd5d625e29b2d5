// Present mode's words (issue 6, 15; split off in issue 18): the presentation, its exports and
// slides. A chunk of their own per language, fetched with present mode or the image download
// (src/i18n/catalogues.ts loadPart), so the explorer and the embed do not download them.
// Every other language must provide exactly these keys (the type check and i18n.test.ts).
export const words = {
  'present.controls': "Presentation controls",
  'present.previous': "Previous",
  'present.next': "Next",
  'present.autoplay': "Autoplay",
  'present.interval': "Every",
  'present.seconds': "{count} s",
  'present.blackout': "Black screen",
  'present.blackoutNote': "The screen is blacked out. Press B to bring it back.",
  'present.fullscreen': "Fullscreen",
  'present.export': "Export slide (PNG)",
  'present.exporting': "Exporting…",
  'present.exportFailed': "The slide could not be exported. Try again, or take a screenshot.",
  'present.exit': "Leave the presentation",
  // Present control bar in one row (issue 15): the three exports behind one button
  'present.exportMenu': "Export",
  'present.empty': "No event to present: the filters leave none.",
  'present.source': "— {publisher}, {date}",
  // The quote's language beside it where it is not the briefing's (issue 15, session 11 review); never in its own
  // Present mode without a named publisher (issue 15): date and headline instead
  // Present mode's one-line credits at 1024 px (issue 15); the full credits are in the handout and on the slide
  'present.credits': "Map: Natural Earth · © GeoNames (CC BY 4.0) · countries-states-cities (ODbL) · SRTM30/KDE Marble · GSHHG (LGPL)",
  'present.sourceNoPublisher': "— “{headline}”, {date}",
  'slide.sourceShortNoPublisher': "« {headline} », {date}",
  'slide.sourceLineNoPublisher': "{date}: « {headline} »",
  'present.progressLabel': "Progress through the presentation",
  'present.progress': "Step {index} of {count}",
  // Briefing legend card (issue 15, present3): events the frame leaves out
  // The briefing's legend card names the border glow (issue 15, session 7 review)
  'present.litBorder': "Glow: a border linked to this step’s event",
  'present.offFrame': "+{count} in {place} {arrow}",
  'present.offFrameBorder': "{border}: +{count} {arrow}",
  'slide.sources': "Sources",
  'slide.sourceLine': "{publisher}, {date}: « {headline} »",
  'slide.eventCount': "{count, plural, one {# event shown} other {# events shown}}",
  // Briefing slides (issue 15, brief): the slide's own source, the others as a footnote
  'slide.source': "Source",
  'slide.sourceShort': "{publisher}, {date}",
  'slide.otherSources': "Other sources on the map: {list}",
  // Handout and video export (issue 15)
  'present.exportHandout': "Export handout (PDF)",
  'present.exportVideo': "Export video",
  'export.handoutHeading': "Handout",
  'export.videoHeading': "Video of the presentation",
  'export.step': "Step {index} of {count}",
  'export.stepCount': "{count, plural, one {# step} other {# steps}}",
  'export.exportedOn': "Exported on {date}",
  'export.credits': "Credits",
  'export.source': "Source: {line}",
  // Briefing fixes (issue 15, session 8): the cover names every article's publisher, or says the article names none
  'export.coverSourceNoPublisher': "Publisher not named in the article, {date}: « {headline} »",
  'export.page': "Page {index} of {count}",
  'export.time': "{elapsed} of {total}",
  'export.progressLabel': "Export progress",
  'export.format': "Format",
  'export.formatMp4': "MP4 (H.264)",
  'export.formatWebm': "WebM",
  // Video shape (issue 15, present3): a 4:3 projector's film
  'export.aspect': "Shape",
  'export.aspect169': "16:9 widescreen (1920 × 1080)",
  'export.aspect43': "4:3 projector (1440 × 1080)",
  // Video crop preview (issue 15, session 9)
  'export.cropNote': "Inside the dashed frame: what the video shows",
  'export.length': "{count, plural, one {# step} other {# steps}}, {duration} in real time. The presentation plays while it records.",
  'export.record': "Record",
  'export.cancel': "Cancel",
  'export.saved': "Saved: {file}",
  'export.cancelled': "Export cancelled.",
  'export.failed': "The export failed. Try again.",
  'export.noVideo': "This browser cannot record video.",
  'export.dismiss': "Dismiss this message",
} as const;

export type PresentKey = keyof typeof words;
export type PresentCatalogue = Record<PresentKey, string>;
