/**
 * A border-cooperation event drawn from a news article. The model is
 * documented field by field in data/README.md and exported as a JSON Schema
 * in data/events.schema.json; src/data/validateEvent.ts enforces it.
 */

/** The closed set of event types; definitions in EVENT_TYPE_DEFINITIONS. */
export const EVENT_TYPES = [
  'twinning',
  'joint-patrol',
  'agreement',
  'high-level-meeting',
  'exchange',
  'joint-operation',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** English definitions (for documentation and the schema; the UI translates its own labels). */
export const EVENT_TYPE_DEFINITIONS: Readonly<Record<EventType, string>> = {
  twinning: 'Twinning of units, localities or forces on both sides of a border.',
  'joint-patrol': 'Patrols conducted jointly by the forces of two or more countries.',
  agreement: 'An agreement, regulation, minute or plan signed or adopted.',
  'high-level-meeting': 'Talks, a working session or a courtesy call at ministerial or high level.',
  exchange: 'An exchange, visit or delegation.',
  'joint-operation': 'A joint operation, exercise or campaign.',
};

/** `held`: it happened; `planned`: announced for later. */
export const EVENT_STATUSES = ['held', 'planned'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * Where the date comes from. `text`: the article states it, possibly read
 * against its date line ("le 15 janvier", "en décembre dernier").
 * `article-date`: the text gives no date, so the date is the article's date
 * line or a coarsening of it; `dateNote` must then say so.
 */
export const DATE_BASES = ['text', 'article-date'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** Languages of every user-facing text, and of source quotes. */
export const LANGUAGES = ['fr', 'en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

export type LocalizedText = Readonly<Record<Language, string>>;

/** Some of the three languages: a name is given only where a form is established. */
export type PartialLocalizedText = Readonly<Partial<Record<Language, string>>>;

/**
 * A person or body taking part. `name` and `title` are exactly as the source
 * gives them (French, the articles' language). `names` and `titles` hold the
 * established form in a reader's language, where there is one (issue 16:
 * "Nguyên Tân Cuong" is Nguyễn Tân Cương to a Vietnamese or English reader);
 * where a language has none the UI shows the source's wording and marks it.
 */
export interface Actor {
  readonly name: string;
  readonly names?: PartialLocalizedText;
  readonly title?: string;
  readonly titles?: PartialLocalizedText;
  /** ISO 3166-1 alpha-2, one of the event's `countries`. */
  readonly country?: string;
}

/** Ids from the geography (data/*.geojson), by kind. */
export interface EventLinks {
  readonly places: readonly string[];
  readonly provinces: readonly string[];
  readonly districts: readonly string[];
  readonly borders: readonly string[];
}

export const LINK_FIELDS = ['places', 'provinces', 'districts', 'borders'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

/** How long something lasting (twinning, regulation, agreement, plan) applies. */
export interface InForce {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly from: string;
  readonly until?: string;
}

export interface EventSource {
  /** The article's file stem in the sources folder, e.g. `000_76e267069441fbc5`. */
  readonly article: string;
  /** Only where the article names it (e.g. VNA). */
  readonly publisher?: string;
  readonly headline: string;
  /** The article's date line: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly date: string;
  readonly language: Language;
  /** Short verbatim quote supporting the event; `[…]` may skip words. */
  readonly quote: string;
}

export interface BorderEvent {
  readonly id: string;
  readonly type: EventType;
  /** ISO 3166-1 alpha-2 codes, at least two. */
  readonly countries: readonly string[];
  readonly actors: readonly Actor[];
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`; see calendarDate.ts. */
  readonly date: string;
  readonly dateBasis: DateBasis;
  readonly dateNote?: LocalizedText;
  readonly status: EventStatus;
  readonly links: EventLinks;
  readonly placeNote?: LocalizedText;
  readonly inForce?: InForce;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly source: EventSource;
}

/** Limits shared by the validator and the JSON Schema. Lengths count Unicode code points. */
export const EVENT_LIMITS = {
  idMaxLength: 80,
  titleMaxLength: 140,
  summaryMaxLength: 600,
  noteMaxLength: 400,
  quoteMaxLength: 300,
  headlineMaxLength: 300,
  actorNameMaxLength: 120,
  actorTitleMaxLength: 200,
  publisherMaxLength: 80,
  articleMaxLength: 80,
  linkIdMaxLength: 80,
  minCountries: 2,
} as const;

/** Readable slug: lowercase words joined by single hyphens. */
export const EVENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;
export const ARTICLE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Geography ids: letters and digits in runs joined by `-`, `_` or `.` (e.g. `vn-quang-tri`, `VN`). */
export const LINK_ID_PATTERN = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
