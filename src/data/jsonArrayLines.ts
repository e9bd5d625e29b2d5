import { jsonErrorOffset, lineAt } from './jsonErrorOffset.ts';

/**
 * Finds the 1-based line where each element of a top-level array property
 * starts (`{"events": [ <here>, <here> ]}`), without parsing the values, so
 * problems can point at the event as an editor shows it. JSON.parse gives
 * no positions. Copes with any input: on broken JSON it returns what it
 * found so far. If the key occurs more than once, the last occurrence wins,
 * as it does for JSON.parse.
 */
const NL = 0x0a, SPACE = 0x20, TAB = 0x09, CR = 0x0d, BOM = 0xfeff, QUOTE = 0x22, BACKSLASH = 0x5c;
const COLON = 0x3a, COMMA = 0x2c, OPEN_OBJECT = 0x7b, CLOSE_OBJECT = 0x7d, OPEN_ARRAY = 0x5b, CLOSE_ARRAY = 0x5d;

export function jsonArrayLines(text: string, key: string): number[] {
  let found: number[] = [];
  let current: number[] | undefined;
  let currentDepth = -1;
  let expectElement = false;
  let line = 1;
  let depth = 0;
  // At depth 1 (inside the top-level object): the last string seen and whether a colon followed it.
  let lastString: string | undefined;
  let afterColon = false;

  const n = text.length;
  let i = 0;
  // Code units, not one-character strings: this scans every character of the file (issue 18).
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      line += 1;
      i += 1;
      continue;
    }
    if (c === SPACE || c === TAB || c === CR || c === BOM) {
      i += 1;
      continue;
    }
    if (current && depth === currentDepth && expectElement && c !== CLOSE_ARRAY && c !== COMMA) {
      current.push(line);
      expectElement = false;
    }
    if (c === QUOTE) {
      const start = i + 1;
      i = start;
      while (i < n) {
        const u = text.charCodeAt(i);
        if (u === QUOTE) break;
        if (u === BACKSLASH) i += 1;
        if (text.charCodeAt(i) === NL) line += 1;
        i += 1;
      }
      if (depth === 1) {
        lastString = decodeKey(text.slice(start, i));
        afterColon = false;
      }
      i += 1;
      continue;
    }
    if (c === COLON) {
      if (depth === 1) afterColon = true;
    } else if (c === COMMA) {
      if (depth === 1) {
        lastString = undefined;
        afterColon = false;
      }
      if (current && depth === currentDepth) expectElement = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (c === OPEN_ARRAY && depth === 1 && afterColon && lastString === key) {
        current = [];
        found = current;
        currentDepth = 2;
        expectElement = true;
      }
      depth += 1;
      afterColon = false;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (current && depth === currentDepth) {
        current = undefined;
        currentDepth = -1;
      }
      depth = Math.max(0, depth - 1);
    }
    i += 1;
  }
  return found;
}

/** Decodes escapes in a key (`"\u0065vents"` is `events` to JSON.parse too). */
function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    const value: unknown = JSON.parse(`"${raw}"`);
    return typeof value === 'string' ? value : raw;
  } catch {
    return raw;
  }
}

/**
 * The line of a JSON syntax error, the same in every engine: found by a
 * strict scan of the text (see jsonErrorOffset.ts), since engines differ in
 * what their messages say. The message's own line or position is the
 * fallback for text the scan accepts but JSON.parse did not (nesting deeper
 * than the engine allows).
 */
export function lineOfError(text: string, detail: string): number {
  const offset = jsonErrorOffset(text);
  if (offset !== null) return lineAt(text, offset);
  const lineMatch = /line (\d+)/.exec(detail);
  if (lineMatch) return Number(lineMatch[1]);
  const position = /position (\d+)/.exec(detail);
  return position ? lineAt(text, Number(position[1])) : 1;
}
