import type { CustomLayerInterface, CustomRenderMethodInput, Map as MaplibreMap } from 'maplibre-gl';
import { MARKER_SPACING } from '../domain/markerSpread';
import { STRIDE, type EventBuffers } from './eventBuffers';
import { FRAGMENT_SHADER, VERTEX_SHADER } from './eventShaders';

/** What the layer draws with; the controller writes it, the layer reads it each frame. */
export interface EventLayerState {
  cursor: number;
  mode: number;
  windowDays: number;
  newest: number;
  emphasisDays: number;
  selected: number;
  appearFrom: number;
  /** performance.now() when the appearance effect started; −Infinity for none. */
  appearStart: number;
  appearMs: number;
  size: number;
  /** 1 on the dark theme's ground (the dashed ring's colour), 0 otherwise. */
  dark?: number;
}

const UNIFORMS = ['u_matrix', 'u_viewport', 'u_ratio', 'u_size', 'u_cursor', 'u_mode', 'u_window', 'u_newest', 'u_emph', 'u_selected', 'u_appearFrom', 'u_appear', 'u_spacing', 'u_pass', 'u_dark'] as const;

/**
 * Events as a custom WebGL2 layer: every point sits in one static GPU
 * buffer and the cursor is a uniform, so a timeline step costs a uniform
 * update and one frame, whatever the number of events. Measured in
 * TOOLCHAIN.md (and bench/): setFilter or global state in a filter makes
 * MapLibre re-lay-out every tile (hundreds of ms at 100k events); this
 * shows each step on the next frame.
 */
export class EventLayer implements CustomLayerInterface {
  readonly id = 'events';
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private dataBuffer: WebGLBuffer | null = null;
  private maskBuffer: WebGLBuffer | null = null;
  private uniforms: Partial<Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>> = {};
  private map: MaplibreMap | null = null;
  private count = 0;
  private pending: { buffers?: EventBuffers; mask?: Float32Array } = {};

  constructor(readonly state: EventLayerState) {}

  setBuffers(buffers: EventBuffers, mask: Float32Array): void {
    this.pending = { buffers, mask };
    this.map?.triggerRepaint();
  }

  setMask(mask: Float32Array): void {
    this.pending.mask = mask;
    this.map?.triggerRepaint();
  }

  onAdd(map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.map = map;
    const gl2 = gl as WebGL2RenderingContext;
    this.gl = gl2;
    const program = gl2.createProgram();
    gl2.attachShader(program, compile(gl2, gl2.VERTEX_SHADER, VERTEX_SHADER));
    gl2.attachShader(program, compile(gl2, gl2.FRAGMENT_SHADER, FRAGMENT_SHADER));
    gl2.linkProgram(program);
    if (!gl2.getProgramParameter(program, gl2.LINK_STATUS)) throw new Error(`event layer: ${gl2.getProgramInfoLog(program)}`);
    this.program = program;
    for (const u of UNIFORMS) this.uniforms[u] = gl2.getUniformLocation(program, u);
    this.dataBuffer = gl2.createBuffer();
    this.maskBuffer = gl2.createBuffer();
    this.vao = gl2.createVertexArray();
    gl2.bindVertexArray(this.vao);
    gl2.bindBuffer(gl2.ARRAY_BUFFER, this.dataBuffer);
    const F = 4;
    const attrib = (name: string, size: number, offset: number) => {
      const loc = gl2.getAttribLocation(program, name);
      if (loc < 0) return;
      gl2.enableVertexAttribArray(loc);
      gl2.vertexAttribPointer(loc, size, gl2.FLOAT, false, STRIDE * F, offset * F);
    };
    attrib('a_pos', 2, 0);
    attrib('a_offset', 2, 2);
    attrib('a_time', 4, 4);
    attrib('a_style', 4, 8);
    attrib('a_meta', 2, 12);
    gl2.bindBuffer(gl2.ARRAY_BUFFER, this.maskBuffer);
    const onLoc = gl2.getAttribLocation(program, 'a_on');
    if (onLoc >= 0) {
      gl2.enableVertexAttribArray(onLoc);
      gl2.vertexAttribPointer(onLoc, 1, gl2.FLOAT, false, 4, 0);
    }
    gl2.bindVertexArray(null);
  }

  private upload(gl: WebGL2RenderingContext): void {
    const { buffers, mask } = this.pending;
    if (buffers) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.dataBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, buffers.data, gl.STATIC_DRAW);
      this.count = buffers.count;
    }
    if (mask) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.maskBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, mask, gl.DYNAMIC_DRAW);
    }
    this.pending = {};
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    if (!this.program || !this.vao) return;
    if (this.pending.buffers || this.pending.mask) this.upload(gl2);
    if (this.count === 0) return;
    const s = this.state;
    const u = this.uniforms;
    const ratio = this.map?.getPixelRatio() ?? 1;
    const appear = Number.isFinite(s.appearStart) ? (performance.now() - s.appearStart) / s.appearMs : 1;
    gl2.useProgram(this.program);
    // TOOLCHAIN.md: defaultProjectionData.mainMatrix is the matrix that draws on 6.17.
    const matrix = (options as unknown as { defaultProjectionData: { mainMatrix: Float32Array | number[] } }).defaultProjectionData.mainMatrix;
    gl2.uniformMatrix4fv(u.u_matrix ?? null, false, matrix);
    gl2.uniform2f(u.u_viewport ?? null, gl2.drawingBufferWidth, gl2.drawingBufferHeight);
    gl2.uniform1f(u.u_ratio ?? null, ratio);
    gl2.uniform1f(u.u_size ?? null, s.size);
    gl2.uniform1f(u.u_cursor ?? null, s.cursor);
    gl2.uniform1f(u.u_mode ?? null, s.mode);
    gl2.uniform1f(u.u_window ?? null, s.windowDays);
    gl2.uniform1f(u.u_newest ?? null, s.newest);
    gl2.uniform1f(u.u_emph ?? null, s.emphasisDays);
    gl2.uniform1f(u.u_selected ?? null, s.selected);
    gl2.uniform1f(u.u_appearFrom ?? null, s.appearFrom);
    gl2.uniform1f(u.u_appear ?? null, Math.min(1, appear));
    gl2.uniform1f(u.u_spacing ?? null, MARKER_SPACING);
    gl2.uniform1f(u.u_dark ?? null, s.dark ?? 0);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    gl2.bindVertexArray(this.vao);
    // Two passes: every symbol but the selected one, then the selected one alone, on top of its neighbours (issue 13).
    gl2.uniform1f(u.u_pass ?? null, 0);
    gl2.drawArrays(gl2.POINTS, 0, this.count);
    if (s.selected >= 0) {
      gl2.uniform1f(u.u_pass ?? null, 1);
      gl2.drawArrays(gl2.POINTS, 0, this.count);
    }
    gl2.bindVertexArray(null);
    // Keep drawing frames only while the appearance effect runs.
    if (appear < 1) this.map?.triggerRepaint();
  }

  onRemove(_map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    const gl2 = gl as WebGL2RenderingContext;
    if (this.program) gl2.deleteProgram(this.program);
    if (this.dataBuffer) gl2.deleteBuffer(this.dataBuffer);
    if (this.maskBuffer) gl2.deleteBuffer(this.maskBuffer);
    if (this.vao) gl2.deleteVertexArray(this.vao);
    this.map = null;
  }
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('event layer: cannot create shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`event layer: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}
