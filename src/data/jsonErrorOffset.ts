/**
 * Where a text stops being JSON (RFC 8259): the offset of the first
 * character a strict parser cannot accept, the text's length when it ends
 * too early, or null when it is valid JSON. Run only after JSON.parse has
 * failed, to name the line of the error: V8 (Node 20, Chrome) leaves the
 * position out of many of its messages ("Unexpected token ','") and
 * JavaScriptCore (Safari) never gives one (issue 17). Checked against
 * jsonc-parser, a maintained parser that reports offsets, in the tests;
 * written here because the parse is synchronous and runs in the worker,
 * where a dependency loaded on failure would make every caller async.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i += 1;
      else break;
    }
  };
  const digits = (): boolean => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i += 1;
    return i > start;
  };
  // Each reader returns true when the value was read, false with `i` on the faulty character.
  const string = (): boolean => {
    i += 1; // the opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i += 1; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i += 1;
        if (i >= n) return false;
        const e = text[i] ?? '';
        if (e === 'u') {
          for (let k = 1; k <= 4; k += 1) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) { i += k; return false; }
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(e)) i += 1;
        else return false;
      } else i += 1;
    }
    return false;
  };
  const number = (): boolean => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else if (!digits()) return false;
    if (text[i] === '.') { i += 1; if (!digits()) return false; }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k += 1, i += 1) if (text[i] !== word[k]) return false;
    return true;
  };
  // Iterative over nesting, so a deeply nested file cannot overflow the stack.
  const stack: ('{' | '[')[] = [];
  const value = (): boolean => {
    const c = text[i];
    if (c === '{' || c === '[') { stack.push(c); i += 1; return true; }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    return false;
  };
  // After an opening bracket: either its closing bracket, or a first member.
  let opened = false;
  ws();
  if (!value()) return Math.min(i, n);
  opened = stack.length > 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    ws();
    if (opened) {
      opened = false;
      if (text[i] === (top === '{' ? '}' : ']')) { stack.pop(); i += 1; continue; }
    } else {
      if (text[i] === (top === '{' ? '}' : ']')) { stack.pop(); i += 1; continue; }
      if (text[i] !== ',') return Math.min(i, n);
      i += 1;
      ws();
    }
    if (top === '{') {
      if (text[i] !== '"' || !string()) return Math.min(i, n);
      ws();
      if (text[i] !== ':') return Math.min(i, n);
      i += 1;
      ws();
    }
    const depth = stack.length;
    if (!value()) return Math.min(i, n);
    opened = stack.length > depth;
  }
  ws();
  return i < n ? i : null;
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k += 1) if (text.charCodeAt(k) === 10) line += 1;
  return line;
}
