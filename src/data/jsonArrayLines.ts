import { jsonErrorOffset, lineAt } from './jsonErrorOffset.ts';

/**
 * Finds the 1-based line where each element of a top-level array property
 * starts (`{"events": [ <here>, <here> ]}`), without parsing the values, so
 * problems can point at the event as an editor shows it. JSON.parse gives
 * no positions. Copes with any input: on broken JSON it returns what it
 * found so far. If the key occurs more than once, the last occurrence wins,
 * as it does for JSON.parse.
 */
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
  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      line += 1;
      i += 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
      i += 1;
      continue;
    }
    if (current && depth === currentDepth && expectElement && c !== ']' && c !== ',') {
      current.push(line);
      expectElement = false;
    }
    if (c === '"') {
      const start = i + 1;
      i = start;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\') i += 1;
        if (text[i] === '\n') line += 1;
        i += 1;
      }
      if (depth === 1) {
        lastString = decodeKey(text.slice(start, i));
        afterColon = false;
      }
      i += 1;
      continue;
    }
    if (c === ':') {
      if (depth === 1) afterColon = true;
    } else if (c === ',') {
      if (depth === 1) {
        lastString = undefined;
        afterColon = false;
      }
      if (current && depth === currentDepth) expectElement = true;
    } else if (c === '{' || c === '[') {
      if (c === '[' && depth === 1 && afterColon && lastString === key) {
        current = [];
        found = current;
        currentDepth = 2;
        expectElement = true;
      }
      depth += 1;
      afterColon = false;
    } else if (c === '}' || c === ']') {
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
