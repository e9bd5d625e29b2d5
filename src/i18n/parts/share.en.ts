// The Share dialog's words (issue 5, 14; split off in issue 18): its links, the embed code
// builder and its preview. A chunk of their own per language, fetched with the dialog
// (src/i18n/catalogues.ts loadPart). The Share button's and the image download's words stay
// in the core catalogue: every page load shows them.
// Every other language must provide exactly these keys (the type check and i18n.test.ts).
export const words = {
  'share.title': "Share this view",
  'share.intro': "The link and the embed code restore this date, the selected event, the filters and the position of the map.",
  'share.link': "Link to this view",
  'share.copyLink': "Copy link",
  // Share dialog: the link first, the embed after its own heading (issue 13, session 8)
  'share.embedHeading': "Embed this map",
  'share.embed': "Embed code",
  'share.embedHint': "Paste it into the HTML of a page. Its script keeps the frame as tall as the map needs; without the script the frame stays {height} pixels tall.",
  // AMP snippet in the Share dialog (issue 14 review, embed2)
  'share.amp': "Code for an AMP page (the fallback image shows until the map loads)",
  // AMP code behind a disclosure, after the iframe code (issue 14, session 9)
  'share.ampShow': "Code for an AMP page",
  'share.copyEmbed': "Copy embed code",
  'share.mirror': "Let the article’s address follow this map, so that readers who share the article share this moment (the page must include the script)",
  'share.linkCopied': "Link copied.",
  'share.codeCopied': "Embed code copied.",
  'share.copyFailed': "Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
  'share.previewWidth': "Preview width",
  'share.previewPhone': "Phone, 320 px",
  'share.previewColumn': "Article, 680 px",
  'share.introEmbed': "The link opens the full map at this date, with the selected event, the filters and the position of the map.",
  'share.builder': "Customise the embed",
  'share.preview': "Preview of the embed",
  'share.height': "Height",
  'share.heightAuto': "Automatic",
  'share.heightPx': "{height} px",
  'share.controls': "Controls",
  'share.controls.compact': "Compact: play, timeline, date",
  'share.controls.full': "Full: every option",
  'share.controls.none': "None: the map alone, for a page that drives it",
  'share.theme': "Theme",
  'share.theme.light': "Light",
  'share.theme.dark': "Dark",
  'share.theme.auto': "As the reader’s system",
  'share.transparent': "Transparent background",
  'share.legendOpen': "Legend open at first",
  'share.language': "Language",
  'share.languageReader': "The reader’s",
} as const;

export type ShareKey = keyof typeof words;
export type ShareCatalogue = Record<ShareKey, string>;
