import { expect, test } from '@playwright/test';
import { makeEvent } from '../unit/makeEvent';
import { DISPLAY_MODES, isVisible, timeEvents, windowDays, type DisplaySettings } from '../../src/domain/timeline';
import { buildEventBuffers, STRIDE } from '../../src/map/eventBuffers';
import { VERTEX_SHADER } from '../../src/map/eventShaders';
import { dayNumber } from '../../src/domain/dayNumber';

/**
 * The GPU's visibility rule against the domain's (issue 17): the event
 * layer's real vertex shader runs in the browser's WebGL2 on the real
 * buffers, one point per grid cell, and each cell's pixel says whether the
 * GPU drew that event. Every display mode, several cursors and a filter
 * mask are compared with isVisible(). A shader that measured the window
 * from an event's start, or got the in-force rule wrong, fails here.
 */

const events = timeEvents([
  makeEvent({ id: 'meeting-2022', date: '2022-06-01/2022-06-04' }),
  makeEvent({ id: 'long-span', date: '2022-09-01/2023-11-30' }),
  makeEvent({ id: 'agreement-2023', type: 'agreement', date: '2023-05-10', inForce: { from: '2023-06-01', until: '2024-12-31' } }),
  makeEvent({ id: 'agreement-open', type: 'agreement', date: '2024-02-01', inForce: { from: '2024-02-01' } }),
  makeEvent({ id: 'month-2024', date: '2024-07' }),
  makeEvent({ id: 'year-2024', date: '2024' }),
  makeEvent({ id: 'twinning-2025', type: 'twinning', date: '2025-03-15' }),
  makeEvent({ id: 'planned-2025', status: 'planned', date: '2025-10-01' }),
  makeEvent({ id: 'exchange-2026', date: '2026-01-15' }),
]);
const buffers = buildEventBuffers(events, { anchorsOf: (e) => [{ id: `at-${e.id}`, lon: 106, lat: 16 }] });
const cursors = [
  dayNumber(2022, 6, 3), dayNumber(2023, 6, 1), dayNumber(2023, 12, 1), dayNumber(2024, 3, 1), dayNumber(2024, 12, 31),
  dayNumber(2025, 1, 1), dayNumber(2025, 6, 1), dayNumber(2026, 2, 1), dayNumber(2027, 3, 1),
];
const displays: DisplaySettings[] = DISPLAY_MODES.flatMap((mode) => [3, 6, 12].map((windowMonths) => ({ mode, windowMonths })));
const MODE_CODE = { cumulative: 0, window: 1, 'in-force': 2 } as const;
const masks: Array<[string, (id: string) => boolean]> = [['all', () => true], ['no agreements', (id) => !id.startsWith('agreement')]];

test('the event shader draws exactly the events the domain says are visible', async ({ page }) => {
  await page.setContent('<canvas id="c"></canvas>');
  const cases = masks.flatMap(([maskName, on]) => cursors.flatMap((cursor) => displays.map((display) => ({
    label: `${maskName}, day ${cursor}, ${display.mode}/${display.windowMonths}`,
    cursor, mode: MODE_CODE[display.mode], windowDays: windowDays(display.windowMonths),
    on: Array.from(buffers.eventOf, (ev) => (on(events[ev]!.event.id) ? 1 : 0)),
    expected: Array.from(buffers.eventOf, (ev) => on(events[ev]!.event.id) && isVisible(events[ev]!, cursor, display)),
  }))));
  const time = Array.from({ length: buffers.count }, (_, i) => Array.from(buffers.data.slice(i * STRIDE + 4, i * STRIDE + 8)));
  const drawn = await page.evaluate(({ vertex, time, cases }) => {
    const CELL = 16, n = time.length;
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    canvas.width = CELL * n; canvas.height = CELL;
    const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true, antialias: false });
    if (!gl) throw new Error('no WebGL2 in this browser');
    const compile = (type: number, src: string) => {
      const s = gl.createShader(type)!;
      gl.shaderSource(s, src); gl.compileShader(s);
      if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`shader did not compile: ${gl.getShaderInfoLog(s)}`);
      return s;
    };
    // A plain fragment shader: the question is which points the vertex shader lets through.
    const fragment = '#version 300 es\nprecision highp float;\nout vec4 o;\nvoid main() { o = vec4(1.0); }';
    const prog = gl.createProgram()!;
    gl.attachShader(prog, compile(gl.VERTEX_SHADER, vertex));
    gl.attachShader(prog, compile(gl.FRAGMENT_SHADER, fragment));
    gl.linkProgram(prog);
    if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) throw new Error(`program did not link: ${gl.getProgramInfoLog(prog)}`);
    gl.useProgram(prog);
    const attrib = (name: string, size: number, values: number[], required: boolean) => {
      const loc = gl.getAttribLocation(prog, name);
      if (loc < 0) { if (required) throw new Error(`the event shader has no attribute ${name}`); return; }
      const buf = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, buf);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(values), gl.STATIC_DRAW);
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribPointer(loc, size, gl.FLOAT, false, 0, 0);
    };
    const uniform = (name: string, ...v: number[]) => {
      const loc = gl.getUniformLocation(prog, name);
      if (!loc) return;
      if (v.length === 1) gl.uniform1f(loc, v[0]!); else gl.uniform2f(loc, v[0]!, v[1]!);
    };
    // One point per cell, in clip space (u_matrix is the identity).
    attrib('a_pos', 2, time.flatMap((_, i) => [((i + 0.5) * CELL) / canvas.width * 2 - 1, 0]), true);
    attrib('a_offset', 2, time.flatMap(() => [0, 0]), false);
    attrib('a_time', 4, time.flat(), true);
    attrib('a_style', 4, time.flatMap(() => [0, 1, 1, 1]), false);
    attrib('a_meta', 2, time.flatMap((_, i) => [0, i]), false);
    const onLoc = gl.getAttribLocation(prog, 'a_on');
    if (onLoc < 0) throw new Error('the event shader has no attribute a_on');
    const onBuf = gl.createBuffer();
    gl.uniformMatrix4fv(gl.getUniformLocation(prog, 'u_matrix'), false, [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    uniform('u_viewport', canvas.width, canvas.height);
    uniform('u_ratio', 1); uniform('u_size', 6); uniform('u_emph', 31); uniform('u_selected', -1);
    uniform('u_newest', -1e9); uniform('u_appearFrom', 1e9); uniform('u_appear', 1);
    gl.viewport(0, 0, canvas.width, canvas.height);
    const pixels = new Uint8Array(canvas.width * canvas.height * 4);
    return cases.map((c) => {
      gl.bindBuffer(gl.ARRAY_BUFFER, onBuf);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(c.on), gl.STATIC_DRAW);
      gl.enableVertexAttribArray(onLoc);
      gl.vertexAttribPointer(onLoc, 1, gl.FLOAT, false, 0, 0);
      uniform('u_cursor', c.cursor); uniform('u_mode', c.mode); uniform('u_window', c.windowDays);
      gl.clearColor(0, 0, 0, 1); gl.clear(gl.COLOR_BUFFER_BIT);
      gl.drawArrays(gl.POINTS, 0, n);
      gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      const y = Math.floor(CELL / 2);
      return time.map((_, i) => pixels[(y * canvas.width + Math.floor((i + 0.5) * CELL)) * 4]! > 128);
    });
  }, { vertex: VERTEX_SHADER, time, cases: cases.map(({ label: _l, expected: _e, ...c }) => c) });

  const wrong: string[] = [];
  cases.forEach((c, k) => c.expected.forEach((want, i) => {
    if (drawn[k]![i] !== want) wrong.push(`${c.label}: ${events[buffers.eventOf[i]!]!.event.id} ${want ? 'visible but not drawn' : 'drawn but hidden'}`);
  }));
  expect(wrong, wrong.slice(0, 10).join('\n')).toEqual([]);
  // The cases really try both answers in every mode.
  for (const mode of [0, 1, 2]) {
    const flat = cases.filter((c) => c.mode === mode).flatMap((c) => c.expected);
    expect(flat.filter(Boolean).length, `mode ${mode}`).toBeGreaterThan(3);
    expect(flat.filter((x) => !x).length, `mode ${mode}`).toBeGreaterThan(3);
  }
});
