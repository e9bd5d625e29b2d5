import { EVENT_ID_PATTERN, EVENT_LIMITS, EVENT_TYPES, LANGUAGES } from '../domain/event.ts';
import { COUNTRY_PAIRS, DISPLAY_MODES } from '../domain/timeline.ts';
import { type JsonSchema, SCHEMA_TEXT_PATTERNS } from './eventsJsonSchema.ts';
import { CAMERA_LIMITS, SCENE_LIMITS, SCENE_WINDOW_MONTHS } from './sceneScript.ts';

const text = (max: number, multiline = false): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength: max,
  pattern: multiline ? SCHEMA_TEXT_PATTERNS.multiline : SCHEMA_TEXT_PATTERNS.singleLine,
});
const localized = (max: number, multiline: boolean): JsonSchema => ({
  type: 'object',
  required: [...LANGUAGES],
  additionalProperties: false,
  properties: Object.fromEntries(LANGUAGES.map((lang) => [lang, text(max, multiline)])),
});
const range = (limits: { readonly min: number; readonly max: number }): JsonSchema => ({ type: 'number', minimum: limits.min, maximum: limits.max });
const choices = (values: readonly string[]): JsonSchema => ({ type: 'array', uniqueItems: true, items: { enum: [...values] } });

/**
 * The JSON Schema (draft 2020-12) of a briefing script, built from the same
 * constants as src/data/sceneScript.ts so the two cannot drift. Written to
 * data/briefing.schema.json by
 * `npx tsx scripts/validate-data.ts --print-scene-schema`. What a schema
 * cannot say (real calendar days, event ids that exist, NFC text) is
 * checked by the validator.
 */
export function sceneScriptJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'briefing.schema.json',
    title: 'Briefing script',
    description:
      'Scenes a presentation steps through (issue 6). See data/README.md, "Briefing scripts". ' +
      'The validator (npm run validate-data) also checks what a schema cannot: real calendar days, ' +
      'event ids of the loaded events, NFC text.',
    type: 'object',
    required: ['version', 'scenes'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      version: { const: 1 },
      title: localized(SCENE_LIMITS.titleMaxLength, false),
      scenes: { type: 'array', maxItems: SCENE_LIMITS.maxScenes, items: { $ref: '#/$defs/scene' } },
    },
    $defs: {
      scene: {
        type: 'object',
        additionalProperties: false,
        anyOf: [{ required: ['event'] }, { required: ['date'] }],
        // windowMonths only with display "window".
        if: { required: ['windowMonths'] },
        then: { required: ['display'], properties: { display: { const: 'window' } } },
        properties: {
          event: { type: 'string', maxLength: EVENT_LIMITS.idMaxLength, pattern: EVENT_ID_PATTERN.source, description: 'The id of a loaded event; it is selected.' },
          date: {
            type: 'string',
            pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
            description: "The timeline's cursor, YYYY-MM-DD, a real calendar day.",
          },
          types: choices(EVENT_TYPES),
          pairs: choices(COUNTRY_PAIRS),
          query: text(SCENE_LIMITS.queryMaxLength),
          display: { enum: [...DISPLAY_MODES] },
          windowMonths: { enum: [...SCENE_WINDOW_MONTHS] },
          camera: {
            type: 'object',
            required: ['zoom', 'lat', 'lng'],
            additionalProperties: false,
            properties: { zoom: range(CAMERA_LIMITS.zoom), lat: range(CAMERA_LIMITS.lat), lng: range(CAMERA_LIMITS.lng) },
          },
          caption: localized(SCENE_LIMITS.captionMaxLength, true),
          seconds: { ...range(SCENE_LIMITS.seconds), description: 'How long autoplay stays on this scene.' },
        },
      },
    },
  };
}
