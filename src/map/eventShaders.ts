// Shaders of the event layer. Visibility mirrors src/domain/timeline.ts
// (isVisible, visibilityAt): keep the two in step; the end-to-end tests
// compare what is drawn with what the domain says.

export const VERTEX_SHADER = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;   // drawing buffer size, px
uniform float u_ratio;     // device pixel ratio
uniform float u_size;      // symbol size, css px
uniform float u_cursor;
uniform float u_mode;      // 0 cumulative, 1 window, 2 in force
uniform float u_window;    // days
uniform float u_newest;    // start of the newest visible event
uniform float u_emph;      // emphasis window, days
uniform float u_selected;  // event index, -1 for none
uniform float u_appearFrom;// events starting after this day are appearing
uniform float u_appear;    // 0..1 progress of the appearance effect
uniform float u_spacing;   // distance between spread symbols, in symbol sizes (src/domain/markerSpread.ts)
uniform float u_pass;      // 0: every symbol but the selected one; 1: the selected one, on top
in vec2 a_pos;
in vec2 a_offset;          // spread offset in spacings, screen axes (y down)
in vec4 a_time;            // start, end, forceFrom, forceUntil
in vec4 a_style;           // shape, r, g, b
in vec2 a_meta;            // flags (1 planned + 2 approximate + 4 on a border's point), event index
in float a_on;             // passes the filters
out vec3 v_color;
out float v_shape;
out float v_planned;
out float v_state;         // 0 faded, 1 emphasised, 2 selected
out float v_alpha;
out float v_approx;        // 1: drawn at a point standing for an area (placement.ts)
out float v_extent;        // sprite size over the symbol's own: room for the halo or the dashed ring

void main() {
  bool inTime = a_time.x <= u_cursor;
  bool shown = u_mode < 0.5 ? inTime
    : u_mode < 1.5 ? inTime && a_time.y >= u_cursor - u_window
    : inTime && a_time.z <= u_cursor && u_cursor <= a_time.w;
  bool selected = abs(a_meta.y - u_selected) < 0.5;
  if (a_on < 0.5 || !shown || selected != (u_pass > 0.5)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  bool emphasised = a_time.x >= u_newest - u_emph;
  float scale = selected ? 1.5 : emphasised ? 1.0 : 0.75;
  float alpha = emphasised || selected ? 1.0 : 0.55;
  if (emphasised && a_time.x > u_appearFrom) {
    float t = clamp(u_appear, 0.0, 1.0);
    float pop = 1.0 - (1.0 - t) * (1.0 - t);
    scale *= 0.35 + 0.65 * pop + 0.35 * sin(3.14159 * t);
    alpha *= pop;
  }
  vec4 clip = u_matrix * vec4(a_pos, 0.0, 1.0);
  clip.xy += vec2(a_offset.x, -a_offset.y) * (u_size * u_spacing * u_ratio) * 2.0 / u_viewport * clip.w;
  gl_Position = clip;
  // The flags' bits: 2 approximate; 4 on a border's point, whose group ring the overlay draws (eventBuffers.ts).
  bool approx = mod(floor(a_meta.x / 2.0), 2.0) > 0.5;
  bool ownRing = approx && a_meta.x < 3.5;
  v_extent = selected ? 1.25 : ownRing ? 1.12 : 1.0;
  gl_PointSize = (u_size * scale + 4.0) * v_extent * u_ratio;
  v_color = a_style.yzw;
  v_shape = a_style.x;
  v_planned = mod(a_meta.x, 2.0) > 0.5 ? 1.0 : 0.0;
  v_approx = ownRing ? 1.0 : 0.0;
  v_state = selected ? 2.0 : emphasised ? 1.0 : 0.0;
  v_alpha = alpha;
}`;

/** How far towards white the dashed ring ("place not named") is lightened on the dark ground. */
export const DARK_RING_LIGHTEN = 0.6;

export const FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform float u_dark;     // 1 on the dark theme's ground
in vec3 v_color;
in float v_shape;
in float v_planned;
in float v_state;
in float v_alpha;
in float v_approx;
in float v_extent;
out vec4 outColor;

float sdShape(vec2 p, float shape) {
  float r = 0.78;
  if (shape < 0.5) return length(p) - r;
  if (shape < 1.5) { vec2 d = abs(p) - vec2(r * 0.85); return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0); }
  if (shape < 2.5) return (abs(p.x) + abs(p.y) - r * 1.1) * 0.7071;
  if (shape < 3.5) { // triangle, pointing up
    vec2 q = vec2(abs(p.x), p.y + r * 0.2);
    return max(q.x * 0.866 + q.y * 0.5, -q.y) - r * 0.5;
  }
  if (shape < 4.5) { // five-pointed star
    float a = atan(p.x, p.y);
    float seg = 6.28318 / 5.0;
    float k = mod(a + seg * 0.5, seg) - seg * 0.5;
    vec2 q = length(p) * vec2(abs(sin(k)), cos(k));
    vec2 tip = vec2(0.0, r * 1.1);
    vec2 valley = vec2(sin(seg * 0.5), cos(seg * 0.5)) * r * 0.48;
    vec2 e = valley - tip;
    return -((q.x - tip.x) * e.y - (q.y - tip.y) * e.x) / length(e);
  }
  if (shape < 5.5) { vec2 q = abs(p); return max(q.x * 0.866 + q.y * 0.5, q.y) - r * 0.88; }
  vec2 q = abs(p); // cross
  return min(max(q.x - r, q.y - r * 0.36), max(q.x - r * 0.36, q.y - r));
}

void main() {
  // gl_PointSize includes a 4 px margin for the outline (and v_extent for a halo or ring); map to the shape's units.
  vec2 p = (gl_PointCoord * 2.0 - 1.0) * vec2(1.0, -1.0) * 1.12 * v_extent;
  float d = sdShape(p, v_shape);
  float aa = fwidth(d);
  bool selected = v_state > 1.5;
  float outline = selected ? 0.26 : 0.14;
  vec4 acc = vec4(0.0); // premultiplied, composed back to front
  if (selected) {
    // The selected symbol's halo: a white band around its dark outline, so it reads on any ground.
    float h = 1.0 - smoothstep(-aa, aa, d - outline - 0.28);
    acc = vec4(1.0) * h * 0.95;
  }
  if (v_approx > 0.5) {
    // Approximate placement (issue 13): a dashed ring in the symbol's colour, explained in the legend.
    float rr = length(p);
    float raa = fwidth(rr);
    float band = 1.0 - smoothstep(-raa, raa, abs(rr - 1.1) - 0.075);
    float dash = step(0.42, fract(atan(p.y, p.x) / 6.28318 * 12.0));
    float a = band * dash;
    // On the dark ground (an embed's theme=dark) the darkened colour all but vanished (journalist
    // review): there the ring is the colour lightened towards white, 3:1 or more on the ground.
    vec3 rc = u_dark > 0.5 ? mix(v_color, vec3(1.0), ${DARK_RING_LIGHTEN.toFixed(2)}) : v_color * 0.7;
    acc = vec4(rc, 1.0) * a + acc * (1.0 - a);
  }
  float outer = 1.0 - smoothstep(-aa, aa, d - outline);
  float inner = 1.0 - smoothstep(-aa, aa, d);
  vec3 ring = selected ? vec3(0.08) : vec3(1.0);
  vec3 fill = v_color;
  if (v_planned > 0.5) {
    // Planned: hollow, a thick coloured outline around white.
    float band = 1.0 - smoothstep(-aa, aa, d + 0.22);
    fill = mix(v_color, vec3(1.0), band);
  }
  vec3 color = mix(ring, fill, inner);
  acc = vec4(color, 1.0) * outer + acc * (1.0 - outer);
  if (acc.a <= 0.0) discard;
  outColor = acc * v_alpha;
}`;
